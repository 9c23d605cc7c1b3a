/** Wires the REAL core over the real briefs in this repository, with in-memory state. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCore, type CoreBundle } from '../../src/app/build-core.ts';
import type { BriefbotCore } from '../../src/core/briefbot-core.ts';
import type { InboundEventLog } from '../../src/core/contracts.ts';
import { MemoryStateStore } from '../../src/core/memory-store.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface TestCore {
  core: BriefbotCore;
  events: InboundEventLog;
  state: MemoryStateStore;
  bundle: CoreBundle;
  close(): Promise<void>;
}

export async function makeTestCore(options: { briefsDir?: string } = {}): Promise<TestCore> {
  const state = new MemoryStateStore();
  const bundle = await buildCore({
    briefsDir: options.briefsDir ?? path.join(repoRoot, 'briefs'),
    repoRoot,
    conversations: state,
  });
  return { core: bundle.core, events: state, state, bundle, close: async () => {} };
}
