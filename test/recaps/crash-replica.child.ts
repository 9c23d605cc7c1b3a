/**
 * A scheduler replica in its own process, for the SIGKILL test. It delivers recaps by POSTing
 * to a sink the test runs on 127.0.0.1, one at a time, at a fixed time.
 * argv: <store spec JSON> <sink URL> <now ISO>
 */
import type { DeliveryTarget, PostedMessage } from '../../src/bot/contracts.ts';
import { silentLogger } from '../../src/bot/logger.ts';
import { Scheduler } from '../../src/recaps/scheduler.ts';
import { openStore } from '../../src/store/open-store.ts';
import { FakeCatalog, makeBrief } from './recap-fixtures.ts';

const [specJson = '{}', sink = '', nowIso = ''] = process.argv.slice(2);
const spec = JSON.parse(specJson) as { sqlitePath?: string; databaseUrl?: string; schema?: string };
const store = await openStore({ sqlitePath: spec.sqlitePath ?? 'unused', databaseUrl: spec.databaseUrl, schema: spec.schema, logger: silentLogger });
const target: DeliveryTarget = {
  platform: 'slack',
  async post(channelId): Promise<PostedMessage> {
    const res = await fetch(sink, { method: 'POST', body: JSON.stringify({ channelId }) });
    if (!res.ok) throw new Error(`sink answered ${res.status}`);
    const { id } = (await res.json()) as { id: string };
    return { messageId: id, channelId };
  },
};
const scheduler = new Scheduler({
  store,
  catalog: new FakeCatalog([makeBrief()]),
  targets: { slack: target },
  clock: () => new Date(nowIso),
  logger: silentLogger,
  config: { graceWindowHours: 6, whenUnchanged: 'line', maxAttempts: 3 },
  replicaId: `child:${process.pid}`,
  concurrency: 1,
  leaseMs: 120_000,
});
await scheduler.tick();
await store.close();
