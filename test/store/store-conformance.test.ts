/**
 * One suite, every driver: SQLite always, Postgres when TEST_DATABASE_URL is set.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/open-store.ts';
import type { SubscriptionInput } from '../../src/recaps/recap-store.ts';
import { createTestDatabase, testDatabaseNames, type TestDatabase } from './store-drivers.ts';

const T0 = new Date('2025-03-03T07:00:00.000Z');
const at = (min: number): Date => new Date(T0.getTime() + min * 60_000);

function input(over: Partial<SubscriptionInput> = {}): SubscriptionInput {
  return { platform: 'slack', channelId: 'C1', topic: 'grain-deal', schedule: 'daily 08:00 UTC', cron: '0 8 * * *', timezone: 'UTC', createdBy: 'slack:U1', source: 'command', ...over };
}

for (const driver of testDatabaseNames()) {
  describe(`state store conformance (${driver})`, () => {
    let db: TestDatabase;
    let store: Store;
    let other: Store;

    before(async () => {
      db = createTestDatabase(driver);
      store = await db.open();
      // A second connection on the same database, as a second process or replica would have.
      // (The SQLite file lives in a directory openStore had to create.)
      other = await db.open();
    });
    after(async () => {
      await db.cleanup();
    });

    it('reports its driver and reopens an existing database without re-migrating', async () => {
      assert.equal(store.driver, driver);
      const again = await db.open();
      assert.deepEqual(await again.listSubscriptions({ channelId: 'nope' }), []);
    });

    it('creates, finds, updates and deletes subscriptions, unique per platform+channel+topic', async () => {
      const a = await store.upsertSubscription(input({ channelId: 'CRUD' }), T0);
      assert.equal(a.created, true);
      assert.equal(a.subscription.timezone, 'UTC');
      assert.equal(a.subscription.createdBy, 'slack:U1');
      assert.deepEqual(a.subscription.activeFrom, T0);
      const same = await other.upsertSubscription(input({ channelId: 'CRUD' }), at(5));
      assert.equal(same.created, false);
      assert.equal(same.changed, false);
      assert.equal(same.subscription.id, a.subscription.id);
      const changed = await store.upsertSubscription(input({ channelId: 'CRUD', cron: '0 9 * * 1-5', schedule: 'weekdays 09:00 UTC' }), at(10));
      assert.equal(changed.changed, true);
      assert.equal(changed.subscription.cron, '0 9 * * 1-5');
      assert.deepEqual(changed.subscription.activeFrom, at(10), 'a new schedule starts from now');
      assert.deepEqual(changed.subscription.createdAt, T0);
      const found = await other.findSubscription('slack', 'CRUD', 'grain-deal');
      assert.equal(found?.id, a.subscription.id);
      await store.upsertSubscription(input({ channelId: 'CRUD', topic: 'other', source: 'config', createdBy: null }), T0);
      assert.equal((await store.listSubscriptions({ channelId: 'CRUD' })).length, 2);
      assert.deepEqual((await store.listSubscriptions({ channelId: 'CRUD', source: 'config' })).map((s) => s.topic), ['other']);
      assert.equal(await store.deleteSubscription(a.subscription.id), true);
      assert.equal(await store.deleteSubscription(a.subscription.id), false);
      assert.equal(await store.getSubscription(a.subscription.id), null);
    });

    it('lets exactly one of two connections claim a delivery key', async () => {
      const { subscription } = await store.upsertSubscription(input({ channelId: 'CLAIM' }), T0);
      const key = { subscriptionId: subscription.id, fireAt: at(60) };
      const results = await Promise.all([store.claimDelivery(key, 'a', at(60), 60_000, false), other.claimDelivery(key, 'b', at(60), 60_000, false)]);
      assert.deepEqual(results.filter(Boolean).length, 1);
      const rec = await store.getDelivery(key);
      assert.equal(rec?.status, 'claimed');
      const holder = rec?.claimedBy ?? '';
      assert.ok(holder === 'a' || holder === 'b');
      assert.equal(await store.recordSkipped(key, 'late', at(61)), false, 'skipping never overwrites a claim');
      const cursors = await other.listSubscriptionCursors();
      assert.deepEqual(cursors.find((c) => c.subscription.id === subscription.id)?.lastFireAt, at(60));
    });

    it('only the holder can renew, post, fail or release; posting saves the channel snapshot atomically', async () => {
      const { subscription } = await store.upsertSubscription(input({ channelId: 'HOLD' }), T0);
      const key = { subscriptionId: subscription.id, fireAt: at(60) };
      assert.equal(await store.claimDelivery(key, 'a', at(60), 60_000, true), true);
      assert.equal(await other.renewLease(key, 'b', at(70), 1, at(60)), false);
      assert.equal(await store.renewLease(key, 'a', at(70), 1, at(60)), true);
      assert.deepEqual((await store.getDelivery(key))?.leaseExpiresAt, at(70));
      const posted = { platform: 'slack' as const, channelId: 'HOLD', topic: 'grain-deal', version: 'v1', snapshot: { format: 1, n: 1 } };
      assert.equal(await other.markPosted(key, 'b', { messageId: 'x', attempts: 1, now: at(61), posted }), false);
      assert.equal(await other.getPostedVersion('slack', 'HOLD', 'grain-deal'), null, 'a refused markPosted writes no snapshot');
      assert.equal(await store.markPosted(key, 'a', { messageId: 'm1', attempts: 2, now: at(61), posted }), true);
      const rec = await other.getDelivery(key);
      assert.equal(rec?.status, 'posted');
      assert.equal(rec?.messageId, 'm1');
      assert.equal(rec?.attempts, 2);
      assert.equal(rec?.late, true);
      assert.equal(rec?.claimedBy, null);
      assert.equal(await store.markFailed(key, 'a', { error: 'x', attempts: 3, now: at(62) }), false, 'a finished delivery stays posted');
      const pv = await other.getPostedVersion('slack', 'HOLD', 'grain-deal');
      assert.deepEqual(pv?.snapshot, { format: 1, n: 1 });
      assert.deepEqual(pv?.postedAt, at(61));
      const key2 = { subscriptionId: subscription.id, fireAt: at(120) };
      await store.claimDelivery(key2, 'a', at(120), 60_000, false);
      await store.markPosted(key2, 'a', { messageId: 'm2', attempts: 1, now: at(121), posted: { ...posted, version: 'v2', snapshot: { format: 1, n: 2 } } });
      assert.equal((await store.getPostedVersion('slack', 'HOLD', 'grain-deal'))?.version, 'v2');
      const key3 = { subscriptionId: subscription.id, fireAt: at(180) };
      await store.claimDelivery(key3, 'a', at(180), 60_000, false);
      assert.equal(await store.markFailed(key3, 'a', { error: 'PLATFORM: channel_not_found', attempts: 1, now: at(181) }), true);
      assert.equal((await store.getDelivery(key3))?.lastError, 'PLATFORM: channel_not_found');
      const key4 = { subscriptionId: subscription.id, fireAt: at(240) };
      await store.claimDelivery(key4, 'a', at(240), 60_000, false);
      assert.equal(await store.markClaimSkipped(key4, 'a', 'unchanged', at(241)), true);
      assert.deepEqual((await store.listDeliveries({ subscriptionId: subscription.id })).map((d) => d.status), ['posted', 'posted', 'failed', 'skipped']);
      assert.equal((await store.listDeliveries({ subscriptionId: subscription.id, status: 'failed' })).length, 1);
    });

    it('lets exactly one replica take over an expired or released claim', async () => {
      const { subscription } = await store.upsertSubscription(input({ channelId: 'TAKE' }), T0);
      const key = { subscriptionId: subscription.id, fireAt: at(60) };
      await store.claimDelivery(key, 'dead', at(60), 60_000, false);
      assert.equal((await other.listExpiredClaims(at(60.5), 10)).filter((r) => r.subscriptionId === subscription.id).length, 0, 'lease still valid');
      const expired = (await other.listExpiredClaims(at(62), 10)).filter((r) => r.subscriptionId === subscription.id);
      assert.equal(expired.length, 1);
      const rec = expired[0];
      assert.ok(rec);
      const wins = await Promise.all([store.takeOverClaim(rec, 'a', at(62), 60_000, true), other.takeOverClaim(rec, 'b', at(62), 60_000, true)]);
      assert.equal(wins.filter(Boolean).length, 1);
      const winner = wins[0] ? 'a' : 'b';
      assert.equal((await store.getDelivery(key))?.claimedBy, winner);
      assert.equal(await store.renewLease(key, 'dead', at(200), 1, at(62)), false, 'the crashed holder is fenced off');
      // Release hands it back immediately.
      assert.equal(await store.releaseClaim(key, winner, at(63)), true);
      const released = (await other.listExpiredClaims(at(63), 10)).find((r) => r.subscriptionId === subscription.id);
      assert.ok(released);
      assert.equal(released.claimedBy, null);
      assert.equal(await other.takeOverClaim(released, 'c', at(63), 60_000, false), true);
    });

    it('records skipped fires once and keeps them out of claims', async () => {
      const { subscription } = await store.upsertSubscription(input({ channelId: 'SKIP' }), T0);
      const key = { subscriptionId: subscription.id, fireAt: at(60) };
      assert.equal(await store.recordSkipped(key, 'outside grace window', at(500)), true);
      assert.equal(await other.recordSkipped(key, 'again', at(500)), false);
      assert.equal(await other.claimDelivery(key, 'b', at(500), 60_000, true), false);
      const rec = await store.getDelivery(key);
      assert.equal(rec?.status, 'skipped');
      assert.equal(rec?.lastError, 'outside grace window');
    });

    it('keeps brief version history, oldest first, each version once', async () => {
      assert.equal(await store.recordBriefVersion('hist', 'v1', { format: 1, a: 1 }, at(0)), true);
      assert.equal(await other.recordBriefVersion('hist', 'v1', { format: 1, a: 'ignored' }, at(5)), false);
      assert.equal(await store.recordBriefVersion('hist', 'v2', { format: 1, a: 2 }, at(10)), true);
      const h = await other.listBriefVersions('hist');
      assert.deepEqual(h.map((x) => [x.version, x.firstSeen.toISOString()]), [['v1', at(0).toISOString()], ['v2', at(10).toISOString()]]);
      assert.deepEqual(h[0]?.snapshot, { format: 1, a: 1 });
    });

    it('stores conversations and claims inbound events once', async () => {
      const state = { topic: 'grain-deal', entities: ['Istanbul'], lastQuestion: 'who?', updatedAt: T0.toISOString() };
      assert.equal(await store.getConversation('slack:C1:1.2'), null);
      await store.saveConversation('slack:C1:1.2', state);
      assert.deepEqual(await other.getConversation('slack:C1:1.2'), state);
      await other.saveConversation('slack:C1:1.2', { ...state, topic: null });
      assert.equal((await store.getConversation('slack:C1:1.2'))?.topic, null);
      const claims = await Promise.all([store.claimEvent('Ev1', T0), other.claimEvent('Ev1', T0)]);
      assert.equal(claims.filter(Boolean).length, 1);
      assert.equal(await store.claimEvent('Ev1', at(1)), false);
      assert.equal(await store.pruneEvents(at(10)), 1);
      assert.equal(await store.claimEvent('Ev1', at(11)), true, 'pruned keys can be claimed again');
    });
  });
}
