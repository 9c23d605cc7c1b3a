/**
 * Watched feeds end to end against a loopback site, on every store driver: conditional GET,
 * include/exclude, 429 with Retry-After, malformed feeds, failing articles tried again, and
 * each article added exactly once when two pollers (two replicas) work the same feeds.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { silentLogger } from '../../src/bot/logger.ts';
import { addSource } from '../../src/ingest/add-source.ts';
import { FeedPoller } from '../../src/ingest/feed-poller.ts';
import { fetchFeed, fetchPage, type FetchLimits } from '../../src/ingest/safe-fetch.ts';
import type { Store } from '../../src/store/open-store.ts';
import { FeedServer, makeArticle } from '../helpers/feed-server.ts';
import { makeTempBriefs, type TempBriefs } from '../helpers/temp-briefs.ts';
import { freshDatabases, testDatabaseNames } from '../store/store-drivers.ts';

const LIMITS: FetchLimits = { timeoutMs: 3000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateHosts: true };
const INTERVAL = 15 * 60_000;

function makePoller(store: Store, briefsDir: string, owner: string, clock: () => Date): FeedPoller {
  return new FeedPoller({
    store: store.feeds,
    briefsDir,
    fetchFeed: (url, v) => fetchFeed(url, v, LIMITS),
    addArticle: (topicDir, url, now) => addSource({ topicDir, file: url, given: {}, now, maxBytes: 1 << 20, fetch: (u) => fetchPage(u, LIMITS) }),
    clock,
    logger: silentLogger,
    owner,
    intervalMs: INTERVAL,
  });
}

function makeTopic(tmp: TempBriefs, slug: string, topicYml: string): string {
  const dir = path.join(tmp.briefsDir, slug);
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'sources', 'sources.yml'), '[]\n');
  writeFileSync(path.join(dir, 'topic.yml'), topicYml);
  return dir;
}

const sourceUrls = (dir: string): string[] => [...readFileSync(path.join(dir, 'sources', 'sources.yml'), 'utf8').matchAll(/^ {2}url: (\S+)$/gm)].map((m) => m[1]!);
const textFiles = (dir: string): string[] => readdirSync(path.join(dir, 'sources')).filter((f) => f.endsWith('.txt'));

for (const driver of testDatabaseNames()) {
  describe(`watched feeds (${driver})`, () => {
    const fresh = freshDatabases(driver);
    const site = new FeedServer();
    let tmp: TempBriefs;
    before(async () => {
      await site.start();
      tmp = makeTempBriefs();
    });
    after(async () => {
      await site.stop();
      tmp.cleanup();
    });

    it('adds matching articles once, then asks with a conditional GET and fetches nothing more on 304', async () => {
      const store = await fresh().open();
      for (let n = 1; n <= 4; n++) site.addArticle(makeArticle(n, n === 3 ? 'regatta' : 'strike'));
      const feedUrl = site.feed('/a/rss.xml', 'rss', ['story-1', 'story-2', 'story-3', 'story-4']);
      const dir = makeTopic(tmp, 'port-a', `title: Port A\nfeeds:\n  - url: ${feedUrl}\n    include: [strike]\n    exclude: [update 4]\n`);
      let now = new Date('2026-12-01T10:00:00Z');
      const poller = makePoller(store, tmp.briefsDir, 'replica-1', () => now);

      const [first] = await poller.pollTopic('port-a');
      assert.equal(first?.status, 'ok');
      assert.equal(first?.seen, 4);
      assert.equal(first?.matched, 2, 'include keeps strike stories; exclude drops update 4');
      assert.deepEqual(sourceUrls(dir).sort(), [`${site.base}/news/story-1`, `${site.base}/news/story-2`]);
      const stored = readFileSync(path.join(dir, 'sources', `${first!.added[0]}.txt`), 'utf8');
      assert.match(stored, /crews returned to/);
      assert.doesNotMatch(stored, /newsletter|Advertisement/, 'page boilerplate is not kept');
      assert.match(readFileSync(path.join(dir, 'sources', 'sources.yml'), 'utf8'), /outlet: Harbour Times/);

      const [early] = await poller.pollTopic('port-a');
      assert.equal(early?.status, 'not-due', 'not polled again before the interval');
      assert.equal(site.count('/a/rss.xml'), 1);

      now = new Date(now.getTime() + INTERVAL);
      const articleFetches = site.count('/news/story-1') + site.count('/news/story-2');
      const [second] = await poller.pollTopic('port-a');
      assert.equal(second?.status, 'not-modified');
      assert.equal(site.lastHeaders.get('/a/rss.xml')?.['if-none-match'], '"v1"');
      assert.equal(site.count('/news/story-1') + site.count('/news/story-2'), articleFetches, 'no article fetched again');

      site.addArticle(makeArticle(5, 'strike'));
      site.feed('/a/rss.xml', 'rss', ['story-5']);
      now = new Date(now.getTime() + INTERVAL);
      const [third] = await poller.pollTopic('port-a');
      assert.equal(third?.added.length, 1);
      assert.equal(sourceUrls(dir).length, 3);
      const counts = (await store.feeds.feedItemCounts('port-a')).get(feedUrl);
      assert.deepEqual(counts, { added: 3, skipped: 0, failed: 0, claimed: 0 });
      const [state] = await store.feeds.feedStates('port-a');
      assert.equal(state?.lastStatus, 'ok');
      assert.equal(state?.nextPollAt.toISOString(), new Date(now.getTime() + INTERVAL).toISOString());
    });

    it('waits as long as a 429 asks, records a malformed feed in one line, and keeps polling the topic\'s other feeds', async () => {
      const store = await fresh().open();
      site.addArticle(makeArticle(20, 'strike'));
      const limited = site.feed('/b/limited.xml', 'atom', ['story-20']);
      const broken = `${site.base}/b/broken.xml`;
      site.serveRaw('/b/broken.xml', '<rss><channel><item><title>cut', 'text/xml');
      const good = site.feed('/b/feed.json', 'json', ['story-20']);
      site.failWith('/b/limited.xml', 429, 1, '7200');
      const dir = makeTopic(tmp, 'port-b', `feeds:\n  - ${limited}\n  - ${broken}\n  - ${good}\n`);
      let now = new Date('2026-12-01T10:00:00Z');
      const poller = makePoller(store, tmp.briefsDir, 'replica-1', () => now);
      const reports = await poller.pollTopic('port-b');
      assert.deepEqual(reports.map((r) => r.status), ['rate-limited', 'error', 'ok']);
      assert.match(reports[1]!.error!, /broken\.xml is not an RSS, Atom or JSON feed/);
      assert.equal(sourceUrls(dir).length, 1, 'the good feed added its article');
      const states = new Map((await store.feeds.feedStates('port-b')).map((s) => [s.url, s]));
      assert.equal(states.get(limited)?.nextPollAt.toISOString(), '2026-12-01T12:00:00.000Z', 'Retry-After: 7200 s');
      assert.equal(states.get(broken)?.failures, 1);

      now = new Date('2026-12-01T11:00:00Z');
      const requests = site.count('/b/limited.xml');
      const later = await poller.pollTopic('port-b');
      assert.equal(later[0]?.status, 'not-due');
      assert.equal(site.count('/b/limited.xml'), requests, 'no request before Retry-After has passed');
      now = new Date('2026-12-01T12:00:01Z');
      const after429 = await poller.pollTopic('port-b');
      assert.equal(after429[0]?.status, 'ok');
      assert.equal(after429[0]?.added.length, 0, 'the article came in through the other feed already');
      assert.equal(sourceUrls(dir).length, 1);
    });

    it('tries an article that failed again on the next poll, and skips one that is not an article for good', async () => {
      const store = await fresh().open();
      site.addArticle(makeArticle(30, 'strike'));
      site.addArticle(makeArticle(31, 'strike'));
      const feedUrl = site.feed('/c/rss.xml', 'rss', ['story-30', 'story-31', 'missing-page']);
      site.failWith('/news/story-30', 503, 1);
      site.serveRaw('/news/story-31', '%PDF-1.4 not a page', 'application/pdf');
      const dir = makeTopic(tmp, 'port-c', `feeds:\n  - ${feedUrl}\n`);
      let now = new Date('2026-12-01T10:00:00Z');
      const poller = makePoller(store, tmp.briefsDir, 'replica-1', () => now);
      const [first] = await poller.pollTopic('port-c');
      assert.equal(first?.status, 'ok');
      assert.deepEqual([first?.added.length, first?.failed, first?.skipped], [0, 1, 1], 'story-30 failed (503); story-31 is a PDF; missing-page is not in this feed list');
      now = new Date(now.getTime() + INTERVAL);
      const [second] = await poller.pollTopic('port-c');
      assert.equal(second?.status, 'ok', 'the feed is read in full again, not answered with 304, while an article failed');
      assert.equal(second?.added.length, 1);
      assert.equal(site.count('/news/story-31'), 1, 'the PDF is not fetched again');
      assert.deepEqual(sourceUrls(dir), [`${site.base}/news/story-30`]);
      assert.deepEqual((await store.feeds.feedItemCounts('port-c')).get(feedUrl), { added: 1, skipped: 1, failed: 0, claimed: 0 });
    });

    it('two replicas polling the same feeds at once add each article exactly once, losing no sources.yml entry', async () => {
      const db = fresh();
      const [storeA, storeB] = [await db.open(), await db.open()];
      const slugs = Array.from({ length: 12 }, (_, i) => `story-${100 + i}`);
      slugs.forEach((_, i) => site.addArticle(makeArticle(100 + i, 'strike')));
      // Two feeds share half their articles.
      const f1 = site.feed('/d/one.xml', 'rss', slugs.slice(0, 8));
      const f2 = site.feed('/d/two.json', 'json', slugs.slice(4));
      const dir = makeTopic(tmp, 'port-d', `feeds:\n  - ${f1}\n  - ${f2}\n`);
      const now = (): Date => new Date();
      const a = makePoller(storeA, tmp.briefsDir, 'replica-a', now);
      const b = makePoller(storeB, tmp.briefsDir, 'replica-b', now);
      const rounds = await Promise.all([a.pollTopic('port-d', true), b.pollTopic('port-d', true), a.pollTopic('port-d', true), b.pollTopic('port-d', true)]);
      const added = rounds.flat().flatMap((r) => r.added);
      assert.equal(added.length, 12, 'every article added once across all pollers');
      assert.equal(new Set(added).size, 12);
      assert.deepEqual(sourceUrls(dir).sort(), slugs.map((s) => `${site.base}/news/${s}`).sort(), 'sources.yml lists each article once');
      assert.equal(textFiles(dir).length, 12);
      for (const s of slugs) assert.ok(site.count(`/news/${s}`) <= 1, `${s} fetched at most once`);
      assert.ok(!readdirSync(path.join(dir, 'sources')).some((f) => f.startsWith('.')), 'no lock or temporary file left behind');
    });

    it('an article claimed by a poller that died is taken over after its lease, and added once', async () => {
      const store = await fresh().open();
      site.addArticle(makeArticle(200, 'strike'));
      const feedUrl = site.feed('/e/rss.xml', 'rss', ['story-200']);
      const dir = makeTopic(tmp, 'port-e', `feeds:\n  - ${feedUrl}\n`);
      const t0 = new Date('2026-12-01T10:00:00Z');
      // The dead replica claimed the article and never finished.
      assert.equal(await store.feeds.claimFeedItem('port-e', `${site.base}/news/story-200`, feedUrl, 'dead', t0, 5 * 60_000, 3), 'mine');
      const poller = makePoller(store, tmp.briefsDir, 'replica-2', () => new Date(t0.getTime() + 60_000));
      const held = (await poller.pollTopic('port-e', true))[0];
      assert.deepEqual([held?.added, held?.busy], [[], 1], 'held by the dead replica within its lease');
      const later = makePoller(store, tmp.briefsDir, 'replica-2', () => new Date(t0.getTime() + 6 * 60_000));
      const taken = (await later.pollTopic('port-e', true))[0];
      assert.equal(taken?.status, 'ok', 'the feed is read in full again, since an article was held');
      assert.equal(taken?.added.length, 1);
      assert.equal(sourceUrls(dir).length, 1);
      assert.equal(await store.feeds.finishFeedItem('port-e', `${site.base}/news/story-200`, 'dead', { status: 'added', sourceId: 'x' }, new Date()), false, 'the dead replica cannot overwrite the outcome');
    });
  });
}
