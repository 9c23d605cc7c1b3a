/**
 * State store throughput for both drivers (operations per second, latency percentiles),
 * and the idle RSS of a process that has opened the store.
 * Postgres: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test if it answers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { silentLogger } from '../src/bot/logger.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { pgUrl } from './pg-url.ts';

const self = fileURLToPath(import.meta.url);

async function idleChild(driver: string, target: string): Promise<void> {
  let store: Store | null = null;
  if (driver === 'sqlite') store = await openStore({ sqlitePath: target, logger: silentLogger });
  if (driver === 'postgres') store = await openStore({ databaseUrl: target.split('#')[0], schema: target.split('#')[1], sqlitePath: '', logger: silentLogger });
  if (store) await store.listSubscriptionCursors();
  await new Promise((r) => setTimeout(r, 300));
  (globalThis as { gc?: () => void }).gc?.();
  process.stdout.write(JSON.stringify({ rss: process.memoryUsage().rss }));
  await store?.close();
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(label: string, n: number, op: (i: number) => Promise<unknown>): Promise<string> {
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await op(i);
    lat.push(performance.now() - s);
  }
  const total = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const f = (x: number): string => x.toFixed(3).padStart(7);
  return `  ${label.padEnd(38)} ${Math.round(n / total).toString().padStart(7)} ops/s   p50 ${f(pct(lat, 50))} ms  p95 ${f(pct(lat, 95))} ms  p99 ${f(pct(lat, 99))} ms`;
}

async function bench(name: string, store: Store): Promise<void> {
  console.log(`${name}:`);
  const now = new Date('2025-03-03T08:00:00Z');
  const ids: string[] = [];
  console.log(
    await measure('upsertSubscription (new)', 1000, async (i) => {
      const r = await store.upsertSubscription({ platform: 'slack', channelId: `C${i}`, topic: 'grain-deal', schedule: 'daily 08:00 UTC', cron: '0 8 * * *', timezone: 'UTC', createdBy: null, source: 'command' }, now);
      ids.push(r.subscription.id);
    }),
  );
  const key = (i: number) => ({ subscriptionId: ids[i % ids.length] ?? '', fireAt: new Date(now.getTime() + Math.floor(i / ids.length) * 86_400_000) });
  console.log(await measure('claimDelivery (winning insert)', 2000, (i) => store.claimDelivery(key(i), 'r1', now, 60_000, false)));
  console.log(await measure('claimDelivery (conflict, lost)', 2000, (i) => store.claimDelivery(key(i), 'r2', now, 60_000, false)));
  console.log(await measure('renewLease', 2000, (i) => store.renewLease(key(i), 'r1', new Date(now.getTime() + 120_000), 1, now)));
  const snapshot = { format: 1, text: 'x'.repeat(4000) };
  console.log(
    await measure('markPosted (+ channel snapshot, 4 kB)', 2000, (i) =>
      store.markPosted(key(i), 'r1', { messageId: `m${i}`, attempts: 1, now, posted: { platform: 'slack', channelId: `C${i % 1000}`, topic: 'grain-deal', version: 'v1', snapshot } }),
    ),
  );
  console.log(await measure('getPostedVersion', 2000, (i) => store.getPostedVersion('slack', `C${i % 1000}`, 'grain-deal')));
  console.log(await measure('listSubscriptionCursors (1,000 subs)', 50, () => store.listSubscriptionCursors()));
  console.log(await measure('claimEvent', 3000, (i) => store.claimEvent(`Ev${i}`, now)));
  const state = { topic: 'grain-deal', entities: ['Istanbul', 'UN'], lastQuestion: 'who?', updatedAt: now.toISOString() };
  console.log(await measure('saveConversation', 2000, (i) => store.saveConversation(`slack:C1:${i % 200}`, state)));
  console.log(await measure('getConversation', 2000, (i) => store.getConversation(`slack:C1:${i % 200}`)));
}

function childRss(driver: string, target: string): number {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--idle-rss', driver, target], { encoding: 'utf8' });
  return (JSON.parse(out) as { rss: number }).rss;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-bench-store-'));
  const url = await pgUrl();
  const schema = `briefbot_bench_${randomBytes(5).toString('hex')}`;
  try {
    const sqlite = await openStore({ sqlitePath: path.join(dir, 'bench.db'), logger: silentLogger });
    await bench('sqlite (better-sqlite3, WAL, file)', sqlite);
    await sqlite.close();
    if (url) {
      const store = await openStore({ databaseUrl: url, schema, sqlitePath: '', logger: silentLogger });
      await bench('postgres (pg, 127.0.0.1)', store);
      await store.close();
    } else {
      console.log('postgres: not reachable, skipped');
    }
    const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;
    const base = childRss('none', '');
    const sq = childRss('sqlite', path.join(dir, 'bench.db'));
    console.log(`idle RSS (node + tsx, after gc): baseline ${mb(base)}; store open: sqlite ${mb(sq)} (+${mb(sq - base)})`);
    if (url) {
      const pgRss = childRss('postgres', `${url}#${schema}`);
      console.log(`                                 store open: postgres ${mb(pgRss)} (+${mb(pgRss - base)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (url) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists "${schema}" cascade`);
      await c.end();
    }
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--idle-rss') await idleChild(argv[1] ?? 'none', argv[2] ?? '');
else await main();
