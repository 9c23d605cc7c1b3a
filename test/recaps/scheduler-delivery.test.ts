/**
 * Exactly-once delivery: several schedulers on one database, a replica dying mid
 * fan-out, retries honouring Retry-After, retries exhausted, shutdown releasing claims.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlatformError, PlatformUnavailableError, RateLimitError } from '../../src/domain/errors.ts';
import { freshDatabases, testDatabaseNames } from '../store/store-drivers.ts';
import { messageText } from './recap-fixtures.ts';
import { createHarness, stopWhileRetrying, subscribe } from './scheduler-harness.ts';

const never = new Promise<never>(() => undefined);

for (const driver of testDatabaseNames()) {
  describe(`scheduler delivery (${driver})`, () => {
    const freshDb = freshDatabases(driver);

    it('posts a due recap once at its time, and never again for the same fire', async () => {
      const h = createHarness(freshDb(), '2025-03-03T06:00:00Z');
      const a = await h.replica('a');
      const id = await subscribe(a.store, 'C1', '0 8 * * 1-5', 'Europe/Berlin', h.clock.now());
      assert.equal((await a.scheduler.tick(h.clock.set('2025-03-03T06:59:00Z'))).started, 0, 'not due before 08:00 Berlin');
      const r = await a.scheduler.tick(h.clock.set('2025-03-03T07:00:00Z'));
      assert.equal(r.posted, 1);
      assert.equal(a.target.posts.length, 1);
      const msg = a.target.posts[0]?.messages[0];
      assert.equal(msg?.kind, 'recap');
      assert.match(messageText(msg ?? never as never), /Summary\nParties are negotiating a renewed deal\./);
      assert.doesNotMatch(messageText(msg ?? never as never), /Late/);
      await a.scheduler.tick(h.clock.set('2025-03-03T07:00:30Z'));
      await a.scheduler.tick(h.clock.set('2025-03-03T07:05:00Z'));
      assert.equal(a.target.posts.length, 1);
      const log = await a.store.listDeliveries({ subscriptionId: id });
      assert.deepEqual(log.map((d) => [d.fireAt.toISOString(), d.status, d.attempts, d.messageId]), [['2025-03-03T07:00:00.000Z', 'posted', 1, 'm1']]);
    });

    it('two schedulers on one database post every recap exactly once', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a', { concurrency: 3 });
      const b = await h.replica('b', { concurrency: 5 });
      for (let i = 0; i < 20; i++) await subscribe(a.store, `C${i}`, '0 8 * * *', 'UTC', h.clock.now());
      for (const day of ['03', '04', '05']) {
        const now = h.clock.set(`2025-03-${day}T08:00:00Z`);
        const [ra, rb] = await Promise.all([a.scheduler.tick(now), b.scheduler.tick(now)]);
        assert.equal(ra.posted + rb.posted, 20, `day ${day}`);
        assert.equal(ra.failed + rb.failed + ra.skipped + rb.skipped, 0);
      }
      const all = [...a.target.posts, ...b.target.posts];
      assert.equal(all.length, 60);
      const perChannel = new Map<string, number>();
      for (const p of all) perChannel.set(p.channelId, (perChannel.get(p.channelId) ?? 0) + 1);
      assert.deepEqual([...new Set(perChannel.values())], [3]);
      const log = await a.store.listDeliveries();
      assert.equal(log.length, 60);
      assert.ok(log.every((d) => d.status === 'posted'));
    });

    it('a replica dying mid fan-out loses nothing and doubles nothing', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      // Replica A posts three recaps, then hangs forever inside the fourth post (as if killed).
      const a = await h.replica('quiet', { concurrency: 1, leaseMs: 120_000 });
      let stuck: () => void = () => undefined;
      const isStuck = new Promise<void>((resolve) => (stuck = resolve));
      a.target.failWith = (call) => {
        if (call < 4) return undefined;
        stuck();
        return never;
      };
      const b = await h.replica('b', { leaseMs: 120_000 });
      for (let i = 0; i < 10; i++) await subscribe(a.store, `C${i}`, '0 8 * * *', 'UTC', h.clock.now());
      void a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      await isStuck;
      assert.equal(a.target.calls, 4);
      assert.equal(a.target.posts.length, 3);
      // A minute later B picks up every recap A had not claimed; A's in-flight claim is still leased.
      const r1 = await b.scheduler.tick(h.clock.set('2025-03-03T08:01:00Z'));
      assert.equal(r1.posted, 6);
      // After the lease expires, B takes over the abandoned claim and finishes it.
      const r2 = await b.scheduler.tick(h.clock.set('2025-03-03T08:03:00Z'));
      assert.equal(r2.takenOver, 1);
      assert.equal(r2.posted, 1);
      const channels = [...a.target.posts, ...b.target.posts].map((p) => p.channelId).sort();
      assert.deepEqual(channels, Array.from({ length: 10 }, (_, i) => `C${i}`).sort());
      const log = await b.store.listDeliveries();
      assert.equal(log.length, 10);
      assert.ok(log.every((d) => d.status === 'posted'));
      assert.equal((await b.scheduler.tick(h.clock.set('2025-03-03T08:10:00Z'))).started, 0);
    });

    it('honours Retry-After on a rate limit, then posts', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a');
      a.target.failWith = (call) => {
        if (call <= 2) throw new RateLimitError(1500);
      };
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      const r = await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      assert.equal(r.posted, 1);
      assert.equal(a.target.posts.length, 1);
      assert.ok(a.sleeps.filter((ms) => ms >= 1500).length >= 2, `waited Retry-After twice: ${a.sleeps.join(',')}`);
      const [rec] = await a.store.listDeliveries({ subscriptionId: id });
      assert.equal(rec?.status, 'posted');
      assert.equal(rec?.attempts, 3);
      assert.equal(a.scheduler.pacer('slack').rateLimitedCount, 2);
    });

    it('marks a recap failed and logs it when retries are exhausted', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a', { config: { maxAttempts: 4 } });
      a.target.failWith = () => {
        throw new PlatformUnavailableError('Slack answered 503');
      };
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      const r = await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      assert.equal(r.failed, 1);
      assert.equal(a.target.calls, 4);
      assert.equal(a.sleeps.length, 3, 'backed off between attempts');
      assert.ok((a.sleeps[2] ?? 0) >= (a.sleeps[0] ?? 0), 'exponential backoff');
      const [rec] = await a.store.listDeliveries({ subscriptionId: id });
      assert.equal(rec?.status, 'failed');
      assert.equal(rec?.attempts, 4);
      assert.match(rec?.lastError ?? '', /gave up after 4 failed attempts: PLATFORM_UNAVAILABLE: Slack answered 503/);
      const errorLog = h.logs.find((l) => l['level'] === 50 && l['msg'] === 'recap delivery failed; recorded as failed');
      assert.ok(errorLog, 'failure is logged at error level');
      assert.equal(errorLog['subscription'], id);
      // A failed fire is final: later ticks do not retry it (and do not post it twice).
      await a.scheduler.tick(h.clock.set('2025-03-03T08:02:00Z'));
      assert.equal(a.target.calls, 4);
    });

    it('does not retry permanent platform errors', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a');
      a.target.failWith = () => {
        throw new PlatformError('channel_not_found', { status: 404 });
      };
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      assert.equal(a.target.calls, 1);
      const [rec] = await a.store.listDeliveries({ subscriptionId: id });
      assert.equal(rec?.status, 'failed');
      assert.match(rec?.lastError ?? '', /permanent error: PLATFORM: channel_not_found/);
    });

    it('on stop, releases a claim waiting to retry so another replica posts it', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const { b, id, released } = await stopWhileRetrying(h, new PlatformUnavailableError('down'), '2025-03-03T08:00:00Z');
      assert.equal(released, 1);
      const [rec] = await b.store.listDeliveries({ subscriptionId: id });
      assert.equal(rec?.status, 'claimed');
      assert.equal(rec?.claimedBy, null);
      const r = await b.scheduler.tick(h.clock.set('2025-03-03T08:00:30Z'));
      assert.equal(r.takenOver, 1);
      assert.equal(b.target.posts.length, 1);
      assert.equal((await b.store.listDeliveries({ subscriptionId: id }))[0]?.status, 'posted');
    });

    it('start() ticks right away; stop() ends the ticks', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a');
      const posted: string[] = [];
      let done: () => void = () => undefined;
      const isDone = new Promise<void>((resolve) => (done = resolve));
      const c = await h.replica('c', {
        onPosted: (platform, channelId, messageId, topic) => {
          posted.push(`${platform}:${channelId}:${messageId}:${topic}`);
          done();
          return Promise.resolve();
        },
      });
      await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      h.clock.set('2025-03-03T08:00:00Z');
      await c.scheduler.start();
      await isDone;
      await c.scheduler.stop();
      assert.equal((await c.scheduler.tick(h.clock.set('2025-03-04T08:00:00Z'))).started, 0, 'a stopped scheduler takes no ticks');
      assert.deepEqual(posted, ['slack:C1:m1:grain-deal']);
      assert.equal((await c.store.listBriefVersions('grain-deal')).length, 1, 'start records the catalog versions');
    });

    it('a post with several anchors has each remembered (replies to any part know the topic)', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const posted: string[] = [];
      const a = await h.replica('a', {
        onPosted: (platform, channelId, messageId, topic) => {
          posted.push(`${platform}:${channelId}:${messageId}:${topic}`);
          return Promise.resolve();
        },
      });
      a.target.anchorParts = 2;
      await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      assert.deepEqual(posted, ['slack:C1:m1.1:grain-deal', 'slack:C1:m1.2:grain-deal']);
    });
  });
}
