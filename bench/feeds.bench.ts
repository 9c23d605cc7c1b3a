/**
 * Feed polling (issue: sources that flow in), against a loopback site, with the SQLite store:
 *  - polling 200 feeds that all answer 304: time and requests per round (median of 7);
 *  - the same 200 feeds when 20 of them list one new article each: time, requests, articles added.
 * The first round (200 full feed bodies, empty feeds) is warm-up and not counted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../src/bot/logger.ts';
import { addSource } from '../src/ingest/add-source.ts';
import { FeedPoller } from '../src/ingest/feed-poller.ts';
import { topicFolders } from '../src/ingest/feed-watch.ts';
import { fetchFeed, fetchPage, type FetchLimits } from '../src/ingest/safe-fetch.ts';
import { openStore } from '../src/store/open-store.ts';
import { FeedServer, makeArticle } from '../test/helpers/feed-server.ts';
import { fmt, median } from './stats.ts';

const TOPICS = 10;
const FEEDS_PER_TOPIC = 20;
const INTERVAL = 15 * 60_000;
const limits: FetchLimits = { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateHosts: true };

const work = mkdtempSync(path.join(os.tmpdir(), 'briefbot-feeds-bench-'));
const briefsDir = path.join(work, 'briefs');
const site = new FeedServer();
await site.start();
const feedPaths: string[] = [];
for (let t = 0; t < TOPICS; t++) {
  const urls: string[] = [];
  for (let f = 0; f < FEEDS_PER_TOPIC; f++) {
    const p = `/t${t}/f${f}.xml`;
    feedPaths.push(p);
    urls.push(site.feed(p, (['rss', 'atom', 'json'] as const)[f % 3]!, []));
  }
  const dir = path.join(briefsDir, `topic-${t}`);
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'sources', 'sources.yml'), '[]\n');
  writeFileSync(path.join(dir, 'topic.yml'), `title: Topic ${t}\nfeeds:\n${urls.map((u) => `  - ${u}`).join('\n')}\n`);
}
const store = await openStore({ sqlitePath: path.join(work, 'state.db'), logger: silentLogger });
let now = new Date('2026-12-01T00:00:00Z');
const poller = new FeedPoller({
  store: store.feeds,
  briefsDir,
  fetchFeed: (url, v) => fetchFeed(url, v, limits),
  addArticle: (topicDir, url, at) => addSource({ topicDir, file: url, given: {}, now: at, maxBytes: 1 << 20, fetch: (u) => fetchPage(u, limits) }),
  clock: () => now,
  logger: silentLogger,
  owner: 'bench',
  intervalMs: INTERVAL,
});
const topics = await topicFolders(briefsDir);
const totalRequests = (): number => [...site.requests.values()].reduce((a, b) => a + b, 0);

async function round(): Promise<{ ms: number; requests: number; added: number; statuses: Map<string, number> }> {
  now = new Date(now.getTime() + INTERVAL);
  const before = totalRequests();
  const t0 = performance.now();
  const reports = await poller.pollAll(topics);
  const ms = performance.now() - t0;
  const statuses = new Map<string, number>();
  for (const r of reports) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  return { ms, requests: totalRequests() - before, added: reports.reduce((n, r) => n + r.added.length, 0), statuses };
}

await round(); // warm-up: 200 full bodies, validators stored
const quiet: number[] = [];
let quietRequests = 0;
for (let i = 0; i < 7; i++) {
  const r = await round();
  if (r.statuses.get('not-modified') !== TOPICS * FEEDS_PER_TOPIC) throw new Error(`expected 200 not-modified, got ${JSON.stringify([...r.statuses])}`);
  quiet.push(r.ms);
  quietRequests = r.requests;
}
console.log(`feeds: poll 200 feeds answering 304: median ${fmt(median(quiet))} per round (${fmt(median(quiet) / 200)} per feed), ${quietRequests} requests per round (7 rounds)`);

const busy: number[] = [];
let busyRequests = 0;
let added = 0;
for (let i = 0; i < 3; i++) {
  for (let k = 0; k < 20; k++) {
    const n = 1000 + i * 100 + k;
    site.addArticle(makeArticle(n, 'strike'));
    site.feed(feedPaths[(k * 10 + i) % feedPaths.length]!, 'rss', [`story-${n}`]);
  }
  const r = await round();
  busy.push(r.ms);
  busyRequests = r.requests;
  added = r.added;
  if (r.added !== 20) throw new Error(`expected 20 articles added, got ${r.added}`);
}
console.log(`feeds: poll 200 feeds, 20 with one new article each: median ${fmt(median(busy))} per round, ${busyRequests} requests (180 x 304, 20 feed bodies, 20 articles), ${added} articles added (3 rounds)`);
console.log(`feeds: ratio new-articles round / quiet round: ${(median(busy) / median(quiet)).toFixed(1)}x`);
await store.close();
await site.stop();
rmSync(work, { recursive: true, force: true });
