/**
 * The state store, written once against Kysely and shared by both drivers.
 * Every exactly-once decision is a single INSERT … ON CONFLICT DO NOTHING or a
 * compare-and-set UPDATE, so it holds across processes on one SQLite file and across
 * replicas on one Postgres.
 */
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Updateable } from 'kysely';
import type { ConversationState, ConversationStore, InboundEventLog, Platform } from '../bot/contracts.ts';
import type {
  BriefVersionRecord,
  DeliveryKey,
  DeliveryRecord,
  DeliveryStatus,
  PostedVersion,
  RecapStore,
  Subscription,
  SubscriptionCursor,
  SubscriptionFilter,
  SubscriptionInput,
  UpsertResult,
} from '../recaps/recap-store.ts';
import type { FeedStore } from '../ingest/feed-store.ts';
import { KyselyFeedStore } from './kysely-feed-store.ts';
import type { Database, DeliveriesTable } from './schema.ts';
import { toDate } from './schema.ts';
import { toDelivery, toSubscription } from './store-rows.ts';

export type StoreDriver = 'sqlite' | 'postgres';

export interface Store extends RecapStore, ConversationStore, InboundEventLog {
  readonly driver: StoreDriver;
  /** Feed poll leases and per-article claims. */
  readonly feeds: FeedStore;
  /** Deletes inbound event keys claimed before `before`. Returns how many. */
  pruneEvents(before: Date): Promise<number>;
  close(): Promise<void>;
}

const iso = (d: Date): string => d.toISOString();
type OwnedSet = Updateable<DeliveriesTable>;
/** Inbound event keys are kept this long; platforms retry for minutes, not days. */
const EVENT_RETENTION_MS = 3 * 24 * 3600_000;
const PRUNE_EVERY = 500;

export class KyselyStore implements Store {
  private claimsSincePrune = 0;
  readonly feeds: FeedStore;

  constructor(
    readonly db: Kysely<Database>,
    readonly driver: StoreDriver,
    private readonly onClose: () => Promise<void>,
    /** The raw SQLite handle, for the one multi-statement transaction (see markPosted). */
    private readonly sqlite: BetterSqlite3.Database | null = null,
  ) {
    this.feeds = new KyselyFeedStore(db);
  }

  // ---- subscriptions ----------------------------------------------------------

  async upsertSubscription(input: SubscriptionInput, now: Date): Promise<UpsertResult> {
    const existing = await this.findSubscription(input.platform, input.channelId, input.topic);
    if (existing) {
      const changed =
        existing.cron !== input.cron || existing.timezone !== input.timezone || existing.source !== input.source || existing.schedule !== input.schedule;
      if (!changed) return { subscription: existing, created: false, changed: false };
      const timingChanged = existing.cron !== input.cron || existing.timezone !== input.timezone;
      await this.db
        .updateTable('subscriptions')
        .set({
          schedule: input.schedule,
          cron: input.cron,
          timezone: input.timezone,
          source: input.source,
          created_by: input.createdBy ?? existing.createdBy,
          // A new schedule starts from now: no "missed" fire of the new schedule is caught up.
          ...(timingChanged ? { active_from: iso(now) } : {}),
        })
        .where('id', '=', existing.id)
        .execute();
      const updated = await this.getSubscription(existing.id);
      if (!updated) throw new Error(`subscription ${existing.id} vanished during update`);
      return { subscription: updated, created: false, changed: true };
    }
    const id = randomUUID();
    const inserted = await this.db
      .insertInto('subscriptions')
      .values({
        id,
        platform: input.platform,
        channel_id: input.channelId,
        topic: input.topic,
        schedule: input.schedule,
        cron: input.cron,
        timezone: input.timezone,
        created_by: input.createdBy,
        source: input.source,
        created_at: iso(now),
        active_from: iso(now),
      })
      .onConflict((oc) => oc.columns(['platform', 'channel_id', 'topic']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
      // Another replica created it at the same moment: update that one instead.
      return this.upsertSubscription(input, now);
    }
    const sub = await this.getSubscription(id);
    if (!sub) throw new Error(`subscription ${id} missing after insert`);
    return { subscription: sub, created: true, changed: false };
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    const row = await this.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSubscription(row) : null;
  }

  async findSubscription(platform: Platform, channelId: string, topic: string): Promise<Subscription | null> {
    const row = await this.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('platform', '=', platform)
      .where('channel_id', '=', channelId)
      .where('topic', '=', topic)
      .executeTakeFirst();
    return row ? toSubscription(row) : null;
  }

  async listSubscriptions(filter: SubscriptionFilter = {}): Promise<Subscription[]> {
    let q = this.db.selectFrom('subscriptions').selectAll();
    if (filter.platform) q = q.where('platform', '=', filter.platform);
    if (filter.channelId) q = q.where('channel_id', '=', filter.channelId);
    if (filter.source) q = q.where('source', '=', filter.source);
    const rows = await q.orderBy('platform').orderBy('channel_id').orderBy('topic').execute();
    return rows.map(toSubscription);
  }

  async deleteSubscription(id: string): Promise<boolean> {
    const res = await this.db.deleteFrom('subscriptions').where('id', '=', id).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }

  async listSubscriptionCursors(): Promise<SubscriptionCursor[]> {
    const rows = await this.db
      .selectFrom('subscriptions')
      .selectAll('subscriptions')
      .select((eb) =>
        eb
          .selectFrom('deliveries')
          .select((e) => e.fn.max('deliveries.fire_at').as('m'))
          .whereRef('deliveries.subscription_id', '=', 'subscriptions.id')
          .as('last_fire_at'),
      )
      .execute();
    return rows.map((row) => ({
      subscription: toSubscription(row),
      lastFireAt: row.last_fire_at === null || row.last_fire_at === undefined ? null : toDate(row.last_fire_at),
    }));
  }

  // ---- delivery log -------------------------------------------------------------

  async claimDelivery(key: DeliveryKey, replicaId: string, now: Date, leaseMs: number, late: boolean): Promise<boolean> {
    const res = await this.db
      .insertInto('deliveries')
      .values({
        subscription_id: key.subscriptionId,
        fire_at: iso(key.fireAt),
        status: 'claimed',
        attempts: 0,
        claimed_by: replicaId,
        lease_expires_at: iso(new Date(now.getTime() + leaseMs)),
        last_error: null,
        message_id: null,
        late: late ? 1 : 0,
        created_at: iso(now),
        updated_at: iso(now),
      })
      .onConflict((oc) => oc.columns(['subscription_id', 'fire_at']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async recordSkipped(key: DeliveryKey, reason: string, now: Date): Promise<boolean> {
    const res = await this.db
      .insertInto('deliveries')
      .values({
        subscription_id: key.subscriptionId,
        fire_at: iso(key.fireAt),
        status: 'skipped',
        attempts: 0,
        claimed_by: null,
        lease_expires_at: null,
        last_error: reason,
        message_id: null,
        late: 0,
        created_at: iso(now),
        updated_at: iso(now),
      })
      .onConflict((oc) => oc.columns(['subscription_id', 'fire_at']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  private ownedUpdate(db: Kysely<Database>, key: DeliveryKey, replicaId: string, set: OwnedSet) {
    return db
      .updateTable('deliveries')
      .set(set)
      .where('subscription_id', '=', key.subscriptionId)
      .where('fire_at', '=', iso(key.fireAt))
      .where('status', '=', 'claimed')
      .where('claimed_by', '=', replicaId);
  }

  private async updateOwned(key: DeliveryKey, replicaId: string, set: OwnedSet): Promise<boolean> {
    const res = await this.ownedUpdate(this.db, key, replicaId, set).executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  renewLease(key: DeliveryKey, replicaId: string, leaseUntil: Date, attempts: number, now: Date): Promise<boolean> {
    return this.updateOwned(key, replicaId, { lease_expires_at: iso(leaseUntil), attempts, updated_at: iso(now) });
  }

  async markPosted(
    key: DeliveryKey,
    replicaId: string,
    result: { messageId: string; attempts: number; now: Date; posted: Omit<PostedVersion, 'postedAt'> },
  ): Promise<boolean> {
    const p = result.posted;
    const build = (db: Kysely<Database>) => ({
      update: this.ownedUpdate(db, key, replicaId, {
        status: 'posted',
        message_id: result.messageId,
        attempts: result.attempts,
        claimed_by: null,
        lease_expires_at: null,
        last_error: null,
        updated_at: iso(result.now),
      }),
      upsert: db
        .insertInto('posted_versions')
        .values({ platform: p.platform, channel_id: p.channelId, topic: p.topic, version: p.version, snapshot: JSON.stringify(p.snapshot), posted_at: iso(result.now) })
        .onConflict((oc) =>
          oc.columns(['platform', 'channel_id', 'topic']).doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            snapshot: eb.ref('excluded.snapshot'),
            posted_at: eb.ref('excluded.posted_at'),
          })),
        ),
    });
    if (this.sqlite) {
      // One synchronous SQLite transaction: no await inside, so no other connection in this
      // process can be blocked (busy-waiting) on our write lock while we wait for the event loop.
      const raw = this.sqlite;
      const { update, upsert } = build(this.db);
      const u = update.compile();
      const i = upsert.compile();
      return raw.transaction(() => {
        if (raw.prepare(u.sql).run(...(u.parameters as unknown[])).changes !== 1) return false;
        raw.prepare(i.sql).run(...(i.parameters as unknown[]));
        return true;
      })();
    }
    return this.db.transaction().execute(async (trx) => {
      const { update, upsert } = build(trx);
      const res = await update.executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      await upsert.execute();
      return true;
    });
  }

  markFailed(key: DeliveryKey, replicaId: string, result: { error: string; attempts: number; now: Date }): Promise<boolean> {
    return this.updateOwned(key, replicaId, {
      status: 'failed',
      last_error: result.error.slice(0, 2000),
      attempts: result.attempts,
      claimed_by: null,
      lease_expires_at: null,
      updated_at: iso(result.now),
    });
  }

  markClaimSkipped(key: DeliveryKey, replicaId: string, reason: string, now: Date): Promise<boolean> {
    return this.updateOwned(key, replicaId, { status: 'skipped', last_error: reason, claimed_by: null, lease_expires_at: null, updated_at: iso(now) });
  }

  releaseClaim(key: DeliveryKey, replicaId: string, now: Date): Promise<boolean> {
    return this.updateOwned(key, replicaId, { claimed_by: null, lease_expires_at: iso(now), updated_at: iso(now) });
  }

  async listExpiredClaims(now: Date, limit: number): Promise<DeliveryRecord[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('status', '=', 'claimed')
      .where('lease_expires_at', '<=', iso(now))
      .orderBy('fire_at')
      .limit(limit)
      .execute();
    return rows.map(toDelivery);
  }

  async takeOverClaim(record: DeliveryRecord, replicaId: string, now: Date, leaseMs: number, late: boolean): Promise<boolean> {
    const res = await this.db
      .updateTable('deliveries')
      .set({ claimed_by: replicaId, lease_expires_at: iso(new Date(now.getTime() + leaseMs)), late: late ? 1 : 0, updated_at: iso(now) })
      .where('subscription_id', '=', record.subscriptionId)
      .where('fire_at', '=', iso(record.fireAt))
      .where('status', '=', 'claimed')
      .where('lease_expires_at', '<=', iso(now))
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async getDelivery(key: DeliveryKey): Promise<DeliveryRecord | null> {
    const row = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('subscription_id', '=', key.subscriptionId)
      .where('fire_at', '=', iso(key.fireAt))
      .executeTakeFirst();
    return row ? toDelivery(row) : null;
  }

  async listDeliveries(filter: { subscriptionId?: string; status?: DeliveryStatus } = {}): Promise<DeliveryRecord[]> {
    let q = this.db.selectFrom('deliveries').selectAll();
    if (filter.subscriptionId) q = q.where('subscription_id', '=', filter.subscriptionId);
    if (filter.status) q = q.where('status', '=', filter.status);
    const rows = await q.orderBy('subscription_id').orderBy('fire_at').execute();
    return rows.map(toDelivery);
  }

  // ---- posted versions and brief history -------------------------------------

  async getPostedVersion(platform: Platform, channelId: string, topic: string): Promise<PostedVersion | null> {
    const row = await this.db
      .selectFrom('posted_versions')
      .selectAll()
      .where('platform', '=', platform)
      .where('channel_id', '=', channelId)
      .where('topic', '=', topic)
      .executeTakeFirst();
    if (!row) return null;
    return {
      platform: row.platform as Platform,
      channelId: row.channel_id,
      topic: row.topic,
      version: row.version,
      snapshot: JSON.parse(row.snapshot) as unknown,
      postedAt: toDate(row.posted_at),
    };
  }

  async recordBriefVersion(topic: string, version: string, snapshot: unknown, now: Date): Promise<boolean> {
    const res = await this.db
      .insertInto('brief_versions')
      .values({ topic, version, snapshot: JSON.stringify(snapshot), first_seen: iso(now) })
      .onConflict((oc) => oc.columns(['topic', 'version']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async listBriefVersions(topic: string): Promise<BriefVersionRecord[]> {
    const rows = await this.db.selectFrom('brief_versions').selectAll().where('topic', '=', topic).orderBy('first_seen').orderBy('version').execute();
    return rows.map((r) => ({ topic: r.topic, version: r.version, snapshot: JSON.parse(r.snapshot) as unknown, firstSeen: toDate(r.first_seen) }));
  }

  // ---- conversations and inbound events --------------------------------------

  async getConversation(key: string): Promise<ConversationState | null> {
    const row = await this.db.selectFrom('conversations').select('state').where('key', '=', key).executeTakeFirst();
    return row ? (JSON.parse(row.state) as ConversationState) : null;
  }

  async saveConversation(key: string, state: ConversationState): Promise<void> {
    const now = new Date().toISOString();
    await this.db
      .insertInto('conversations')
      .values({ key, state: JSON.stringify(state), updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ state: eb.ref('excluded.state'), updated_at: eb.ref('excluded.updated_at') })))
      .execute();
  }

  async claimEvent(key: string, now: Date): Promise<boolean> {
    const res = await this.db
      .insertInto('inbound_events')
      .values({ key, claimed_at: iso(now) })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (++this.claimsSincePrune >= PRUNE_EVERY) {
      this.claimsSincePrune = 0;
      await this.pruneEvents(new Date(now.getTime() - EVENT_RETENTION_MS));
    }
    return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  async pruneEvents(before: Date): Promise<number> {
    const res = await this.db.deleteFrom('inbound_events').where('claimed_at', '<', iso(before)).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  close(): Promise<void> {
    return this.onClose();
  }
}
