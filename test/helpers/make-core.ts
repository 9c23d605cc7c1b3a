/**
 * Wires the REAL bot over the real briefs in this repository with the app's own
 * composition root (buildApp), on a real state store (SQLite in memory).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, type CoreBundle } from '../../src/app/build-app.ts';
import type { BriefbotCore } from '../../src/bot/briefbot-core.ts';
import type { InboundEventLog } from '../../src/bot/contracts.ts';
import { silentLogger } from '../../src/bot/logger.ts';
import { openStore, type Store } from '../../src/store/open-store.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface TestCore {
  core: BriefbotCore;
  events: InboundEventLog;
  store: Store;
  bundle: CoreBundle;
  close(): Promise<void>;
}

export interface TestCoreOptions {
  briefsDir?: string;
  /** Users allowed to manage subscriptions besides channel managers ("slack:U1"). */
  allow?: string[];
  clock?: () => Date;
}

export async function makeTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const store = await openStore({ sqlitePath: ':memory:', logger: silentLogger });
  const clock = options.clock ?? (() => new Date());
  const bundle = await buildApp({ briefsDir: options.briefsDir ?? path.join(repoRoot, 'briefs'), repoRoot, store, clock, allow: options.allow ?? [], timezone: 'UTC' });
  return {
    core: bundle.core,
    events: store,
    store,
    bundle,
    close: async () => {
      bundle.qa.dispose();
      await store.close();
    },
  };
}
