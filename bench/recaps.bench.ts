/**
 * 1,000 subscriptions fire in the same minute against a delivery target that allows
 * 50 posts/s (token bucket, burst 50) and throws RateLimitError above that.
 * Reports time to deliver all vs the 20 s floor the rate limit sets, duplicates and losses.
 * Runs once with one replica on SQLite and once with two replicas sharing one database
 * (Postgres when BENCH_DATABASE_URL / TEST_DATABASE_URL is set or 127.0.0.1:5432 answers).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { BriefCatalog } from '../src/content/brief-catalog.ts';
import type { Brief } from '../src/domain/brief-types.ts';
import type { DeliveryTarget, Message, PostedMessage } from '../src/bot/contracts.ts';
import { RateLimitError } from '../src/domain/errors.ts';
import { silentLogger } from '../src/bot/logger.ts';
import { Scheduler } from '../src/recaps/scheduler.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { pgUrl } from './pg-url.ts';

const SUBS = Number(process.env["BENCH_SUBS"] ?? 1000);
const RATE = 50;
const FLOOR_S = SUBS / RATE;

class RateLimitedTarget implements DeliveryTarget {
  readonly platform = 'slack' as const;
  private tokens = RATE;
  private last = performance.now();
  readonly delivered = new Map<string, number>();
  rejected = 0;
  lastDeliveryAt = 0;

  post(channelId: string, _messages: Message[]): Promise<PostedMessage> {
    const now = performance.now();
    this.tokens = Math.min(RATE, this.tokens + ((now - this.last) / 1000) * RATE);
    this.last = now;
    if (this.tokens < 1) {
      this.rejected++;
      return Promise.reject(new RateLimitError(Math.ceil(((1 - this.tokens) / RATE) * 1000)));
    }
    this.tokens -= 1;
    this.delivered.set(channelId, (this.delivered.get(channelId) ?? 0) + 1);
    this.lastDeliveryAt = now;
    return Promise.resolve({ messageId: `${channelId}-${this.delivered.get(channelId)}`, channelId });
  }
}

function brief(): Brief {
  const claim = { text: 'Parties are negotiating.', line: 1, citations: [{ sourceId: 's1', quote: 'negotiating', line: 1 }] };
  return {
    slug: 'grain-deal',
    title: 'Black Sea grain deal',
    aliases: [],
    tags: [],
    status: claim,
    updated: '2025-03-01',
    summary: [claim],
    keyPoints: [{ ...claim, actors: [] }],
    timeline: [{ ...claim, date: '2025-03-01' }],
    whosWho: [],
    differences: [],
    sources: [{ meta: { id: 's1', file: 's1.md', title: 'T', outlet: 'O', published: '2025-03-01', url: null }, topic: 'grain-deal', path: 'x', body: '', passages: [], sentences: [], stripped: [] }],
    path: 'briefs/grain-deal/brief.md',
    version: 'v1',
  };
}

const b = brief();
const catalog: BriefCatalog = {
  list: () => [b],
  get: (slug) => (slug === b.slug ? b : undefined),
  resolve: () => ({ kind: 'found', brief: b }),
  onChange: () => () => undefined,
};

async function run(label: string, open: () => Promise<Store>, replicas: number): Promise<void> {
  const stores: Store[] = [];
  for (let i = 0; i < replicas; i++) stores.push(await open());
  const first = stores[0];
  if (!first) throw new Error('no store');
  const created = new Date('2025-03-03T07:00:00Z');
  for (let i = 0; i < SUBS; i++) {
    await first.upsertSubscription({ platform: 'slack', channelId: `C${i}`, topic: 'grain-deal', schedule: 'daily 08:00 UTC', cron: '0 8 * * *', timezone: 'UTC', createdBy: null, source: 'config' }, created);
  }
  const target = new RateLimitedTarget();
  const fireMinute = new Date('2025-03-03T08:00:00Z');
  // Real time, shifted so that the run starts one second into the fire minute.
  const offset = fireMinute.getTime() + 1000 - Date.now();
  const clock = (): Date => new Date(Date.now() + offset);
  const schedulers = stores.map(
    (store, i) =>
      new Scheduler({
        store,
        catalog,
        targets: { slack: target },
        clock,
        logger: silentLogger,
        config: { graceWindowHours: 6, whenUnchanged: 'line', maxAttempts: 5 },
        replicaId: `bench-${i}`,
      }),
  );
  const t0 = performance.now();
  const reports = await Promise.all(schedulers.map((s) => s.tick(clock())));
  const elapsed = (target.lastDeliveryAt - t0) / 1000;
  const posts = [...target.delivered.values()].reduce((a, n) => a + n, 0);
  const duplicates = [...target.delivered.values()].reduce((a, n) => a + Math.max(0, n - 1), 0);
  const log = await first.listDeliveries({ status: 'posted' });
  const losses = SUBS - target.delivered.size + (SUBS - log.length);
  const failed = reports.reduce((a, r) => a + r.failed, 0);
  console.log(
    `${label.padEnd(34)} ${elapsed.toFixed(2).padStart(6)} s  (floor ${FLOOR_S} s, ratio ${(elapsed / FLOOR_S).toFixed(3)}; ${((SUBS - RATE) / RATE).toFixed(0)} s after the burst)  posts ${posts}  duplicates ${duplicates}  losses ${losses}  failed ${failed}  429s ${target.rejected} (${((target.rejected / posts) * 100).toFixed(1)}% of posts)`,
  );
  for (const s of stores) await s.close();
}

const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-bench-recaps-'));
console.log(`recaps: ${SUBS} subscriptions due in one minute, target allows ${RATE} posts/s (burst ${RATE})`);
try {
  await run('sqlite, 1 replica', () => openStore({ sqlitePath: path.join(dir, 'one.db'), logger: silentLogger }), 1);
  const url = await pgUrl();
  if (url) {
    const schema = `briefbot_bench_${randomBytes(5).toString('hex')}`;
    try {
      await run('postgres, 2 replicas (shared limit)', () => openStore({ databaseUrl: url, sqlitePath: '', schema, logger: silentLogger }), 2);
    } finally {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists "${schema}" cascade`);
      await c.end();
    }
  } else {
    await run('sqlite, 2 replicas on one file', () => openStore({ sqlitePath: path.join(dir, 'two.db'), logger: silentLogger }), 2);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
