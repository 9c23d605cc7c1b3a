/**
 * The last duplicate window: a replica dies after the platform accepted a recap but before
 * the store recorded it. Every post carries the delivery's idempotency key; a taken-over
 * claim (and a retry after an unknown outcome) tells the target an earlier attempt may
 * have posted, so a target that can look (Slack, Discord) finds it instead of posting again.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DeliveryOptions, DeliveryTarget, Message, PostedMessage } from '../../src/bot/contracts.ts';
import { PlatformError, PlatformUnavailableError, RateLimitError } from '../../src/domain/errors.ts';
import { deliveryIdempotencyKey } from '../../src/recaps/recap-delivery.ts';
import { freshDatabases, testDatabaseNames } from '../store/store-drivers.ts';
import { createHarness, stopWhileRetrying, subscribe } from './scheduler-harness.ts';

const never = new Promise<never>(() => undefined);

/**
 * A platform that keeps what it accepted, and a target over it that looks for an earlier
 * post of the key when told one may exist (as SlackDelivery and DiscordDelivery do).
 * `dieAfterAccept` makes the next post reach the platform and then never return.
 */
class PlatformTarget implements DeliveryTarget {
  readonly platform = 'slack' as const;
  readonly calls: DeliveryOptions[] = [];
  dieAfterAccept = false;
  private died: () => void = () => undefined;
  readonly hasDied = new Promise<void>((resolve) => (this.died = resolve));

  constructor(readonly accepted: { channelId: string; key: string | undefined; id: string }[]) {}

  async post(channelId: string, _messages: Message[], options: DeliveryOptions = {}): Promise<PostedMessage> {
    this.calls.push({ ...options });
    if (options.mayHavePosted) {
      const earlier = this.accepted.find((p) => p.channelId === channelId && p.key === options.idempotencyKey);
      if (earlier) return { messageId: earlier.id, channelId };
    }
    const id = `msg-${this.accepted.length + 1}`;
    this.accepted.push({ channelId, key: options.idempotencyKey, id });
    if (this.dieAfterAccept) {
      this.died();
      return never;
    }
    return { messageId: id, channelId };
  }

  async findPosted(channelId: string, key: string): Promise<PostedMessage | null> {
    const earlier = this.accepted.find((p) => p.channelId === channelId && p.key === key);
    return earlier ? { messageId: earlier.id, channelId } : null;
  }
}

/** A platform that has the recap already but refuses every new post (an archived channel, say). */
class RefusingTarget extends PlatformTarget {
  override async post(_channelId: string, _messages: Message[], options: DeliveryOptions = {}): Promise<PostedMessage> {
    this.calls.push({ ...options });
    throw new PlatformError('chat.postMessage: Slack error is_archived', { platformCode: 'is_archived' });
  }
}

type Accepted = { channelId: string; key: string | undefined; id: string }[];

/** Replica A posts the 08:00 recap; the platform accepts it and A dies before recording it. */
async function replicaDiesAfterPosting(db: Parameters<typeof createHarness>[0]): Promise<{ h: ReturnType<typeof createHarness>; platform: Accepted; dying: PlatformTarget; id: string }> {
  const h = createHarness(db, '2025-03-03T00:00:00Z');
  const platform: Accepted = [];
  const dying = new PlatformTarget(platform);
  dying.dieAfterAccept = true;
  const a = await h.replica('quiet', { targets: { slack: dying }, leaseMs: 120_000 });
  const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
  void a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
  await dying.hasDied;
  return { h, platform, dying, id };
}

for (const driver of testDatabaseNames()) {
  describe(`scheduler idempotency keys (${driver})`, () => {
    const freshDb = freshDatabases(driver);

    it('a replica dying after the platform accepted the post: the takeover finds it, one message in all', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const platform: { channelId: string; key: string | undefined; id: string }[] = [];
      const dying = new PlatformTarget(platform);
      dying.dieAfterAccept = true;
      const survivor = new PlatformTarget(platform);
      const a = await h.replica('quiet', { targets: { slack: dying }, leaseMs: 120_000 });
      const b = await h.replica('b', { targets: { slack: survivor }, leaseMs: 120_000 });
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      const key = deliveryIdempotencyKey({ subscriptionId: id, fireAt: new Date('2025-03-03T08:00:00Z') });
      assert.equal(key, `${id}@2025-03-03T08:00:00.000Z`);

      void a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      await dying.hasDied;
      assert.deepEqual(dying.calls, [{ idempotencyKey: key }], 'a first attempt carries the key and no doubt');
      assert.equal(platform.length, 1);

      // Still leased: B leaves it alone. After the lease, B takes over and is told to look.
      assert.equal((await b.scheduler.tick(h.clock.set('2025-03-03T08:01:00Z'))).started, 0);
      const r = await b.scheduler.tick(h.clock.set('2025-03-03T08:03:00Z'));
      assert.equal(r.takenOver, 1);
      assert.equal(r.posted, 1);
      assert.deepEqual(survivor.calls, [{ idempotencyKey: key, mayHavePosted: true }]);
      assert.equal(platform.length, 1, 'not posted twice');
      const [rec] = await b.store.listDeliveries({ subscriptionId: id });
      assert.equal(rec?.status, 'posted');
      assert.equal(rec?.messageId, 'msg-1', 'the message the dead replica posted is recorded');
    });

    it('a replica dying after the platform accepted the post, taken over outside the grace window: recorded as posted, not skipped', async () => {
      const { h, platform, id } = await replicaDiesAfterPosting(freshDb());
      // Nobody was up until long after the grace window (6 h).
      const b = await h.replica('b', { targets: { slack: new PlatformTarget(platform) }, leaseMs: 120_000 });
      await b.scheduler.tick(h.clock.set('2025-03-03T16:00:00Z'));
      assert.equal(platform.length, 1, 'not posted again');
      const [rec] = await b.store.listDeliveries({ subscriptionId: id });
      assert.equal(rec?.status, 'posted', 'the store says what the channel shows');
      assert.equal(rec?.messageId, 'msg-1');
    });

    it('a taken-over recap that is already in the channel is recorded as posted even when a new post would fail', async () => {
      const { h, platform, id } = await replicaDiesAfterPosting(freshDb());
      const b = await h.replica('b', { targets: { slack: new RefusingTarget(platform) }, leaseMs: 120_000 });
      const r = await b.scheduler.tick(h.clock.set('2025-03-03T08:03:00Z'));
      assert.equal(r.posted, 1);
      assert.equal(r.failed, 0);
      const [rec] = await b.store.listDeliveries({ subscriptionId: id });
      assert.equal(rec?.status, 'posted');
      assert.equal(rec?.messageId, 'msg-1');
    });

    it('a taken-over claim whose holder never started posting is posted without a look-up', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const b = await h.replica('b', { leaseMs: 120_000 });
      const id = await subscribe(b.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      const fireAt = new Date('2025-03-03T08:00:00Z');
      // A replica claimed the fire and died before its first attempt (attempts stays 0).
      assert.ok(await b.store.claimDelivery({ subscriptionId: id, fireAt }, 'ghost', h.clock.set('2025-03-03T08:00:00Z'), 120_000, false));
      const r = await b.scheduler.tick(h.clock.set('2025-03-03T08:03:00Z'));
      assert.equal(r.takenOver, 1);
      assert.deepEqual(b.target.attempts.map((c) => c.options), [{ idempotencyKey: deliveryIdempotencyKey({ subscriptionId: id, fireAt }) }]);
    });

    it('a takeover of a claim released after an unknown outcome looks for the earlier post', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const { b, id, released } = await stopWhileRetrying(h, new PlatformUnavailableError('timed out'), '2025-03-03T08:00:00Z');
      assert.equal(released, 1);
      const r = await b.scheduler.tick(h.clock.set('2025-03-03T08:00:30Z'));
      assert.equal(r.takenOver, 1);
      const key = deliveryIdempotencyKey({ subscriptionId: id, fireAt: new Date('2025-03-03T08:00:00Z') });
      assert.deepEqual(b.target.posts.map((p) => p.options), [{ idempotencyKey: key, mayHavePosted: true }]);
    });

    it('retries say mayHavePosted after an unknown outcome, not after a rate limit, and keep saying it', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a', { config: { maxAttempts: 5 } });
      a.target.failWith = (call) => {
        if (call === 1) throw new RateLimitError(1000);
        if (call === 2) throw new PlatformUnavailableError('Slack answered 503');
        if (call === 3) throw new RateLimitError(1000);
        if (call === 4) throw new Error('socket hang up');
      };
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      const r = await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      assert.equal(r.posted, 1);
      const key = deliveryIdempotencyKey({ subscriptionId: id, fireAt: new Date('2025-03-03T08:00:00Z') });
      assert.deepEqual(
        a.target.attempts.map((c) => c.options),
        [
          { idempotencyKey: key },
          { idempotencyKey: key },
          { idempotencyKey: key, mayHavePosted: true },
          { idempotencyKey: key, mayHavePosted: true },
          { idempotencyKey: key, mayHavePosted: true },
        ],
      );
    });

    it('a permanent refusal is final: no retry, so no look-up either', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a');
      a.target.failWith = () => {
        throw new PlatformError('not_in_channel');
      };
      await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      assert.equal((await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'))).failed, 1);
      assert.equal(a.target.attempts.length, 1);
      assert.equal(a.target.attempts[0]?.options.mayHavePosted, undefined);
    });
  });
}
