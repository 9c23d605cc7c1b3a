/**
 * The FeedStore half of the Kysely store: feed poll leases and per-article claims, each a
 * single INSERT … ON CONFLICT DO NOTHING or compare-and-set UPDATE, so they hold across
 * processes on one SQLite file and across replicas on one Postgres.
 */
import type { Kysely, Selectable } from 'kysely';
import type { FeedItemClaim, FeedItemCounts, FeedItemOutcome, FeedPollResult, FeedPollStatus, FeedState, FeedStore } from '../ingest/feed-store.ts';
import type { Database, FeedPollsTable } from './schema.ts';
import { toDate, toDateOrNull } from './schema.ts';

const iso = (d: Date): string => d.toISOString();

function toFeedState(row: Selectable<FeedPollsTable>): FeedState {
  return {
    topic: row.topic,
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPollAt: toDateOrNull(row.last_poll_at),
    lastStatus: row.last_status as FeedPollStatus | null,
    lastError: row.last_error,
    failures: row.failures,
    nextPollAt: toDate(row.next_poll_at),
  };
}

export class KyselyFeedStore implements FeedStore {
  constructor(private readonly db: Kysely<Database>) {}

  async claimFeedPoll(topic: string, url: string, owner: string, now: Date, leaseMs: number, force = false): Promise<FeedState | null> {
    await this.db
      .insertInto('feed_polls')
      .values({ topic, url, etag: null, last_modified: null, last_poll_at: null, last_status: null, last_error: null, failures: 0, next_poll_at: iso(now), lease_owner: null, lease_expires_at: null })
      .onConflict((oc) => oc.columns(['topic', 'url']).doNothing())
      .execute();
    let q = this.db
      .updateTable('feed_polls')
      .set({ lease_owner: owner, lease_expires_at: iso(new Date(now.getTime() + leaseMs)) })
      .where('topic', '=', topic)
      .where('url', '=', url)
      .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', iso(now))]));
    if (!force) q = q.where('next_poll_at', '<=', iso(now));
    const res = await q.executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return null;
    const row = await this.db.selectFrom('feed_polls').selectAll().where('topic', '=', topic).where('url', '=', url).executeTakeFirst();
    return row ? toFeedState(row) : null;
  }

  async finishFeedPoll(topic: string, url: string, owner: string, result: FeedPollResult, now: Date): Promise<boolean> {
    const res = await this.db
      .updateTable('feed_polls')
      .set({
        etag: result.etag,
        last_modified: result.lastModified,
        last_poll_at: iso(now),
        last_status: result.status,
        last_error: result.error,
        failures: result.failures,
        next_poll_at: iso(result.nextPollAt),
        lease_owner: null,
        lease_expires_at: null,
      })
      .where('topic', '=', topic)
      .where('url', '=', url)
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async claimFeedItem(topic: string, key: string, feedUrl: string, owner: string, now: Date, leaseMs: number, maxAttempts: number): Promise<FeedItemClaim> {
    const lease = iso(new Date(now.getTime() + leaseMs));
    const inserted = await this.db
      .insertInto('feed_items')
      .values({ topic, key, feed_url: feedUrl, status: 'claimed', attempts: 1, claimed_by: owner, lease_expires_at: lease, source_id: null, reason: null, first_seen: iso(now), updated_at: iso(now) })
      .onConflict((oc) => oc.columns(['topic', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return 'mine';
    const taken = await this.db
      .updateTable('feed_items')
      .set((eb) => ({ status: 'claimed', attempts: eb('attempts', '+', 1), claimed_by: owner, lease_expires_at: lease, updated_at: iso(now) }))
      .where('topic', '=', topic)
      .where('key', '=', key)
      .where('attempts', '<', maxAttempts)
      .where((eb) => eb.or([eb('status', '=', 'failed'), eb.and([eb('status', '=', 'claimed'), eb('lease_expires_at', '<', iso(now))])]))
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) return 'mine';
    const row = await this.db.selectFrom('feed_items').select(['status', 'lease_expires_at']).where('topic', '=', topic).where('key', '=', key).executeTakeFirst();
    return row?.status === 'claimed' ? 'busy' : 'done';
  }

  async finishFeedItem(topic: string, key: string, owner: string, outcome: FeedItemOutcome, now: Date): Promise<boolean> {
    const res = await this.db
      .updateTable('feed_items')
      .set({ status: outcome.status, source_id: outcome.sourceId ?? null, reason: outcome.reason?.slice(0, 500) ?? null, claimed_by: null, lease_expires_at: null, updated_at: iso(now) })
      .where('topic', '=', topic)
      .where('key', '=', key)
      .where('status', '=', 'claimed')
      .where('claimed_by', '=', owner)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async feedStates(topic: string): Promise<FeedState[]> {
    const rows = await this.db.selectFrom('feed_polls').selectAll().where('topic', '=', topic).orderBy('url').execute();
    return rows.map(toFeedState);
  }

  async feedItemCounts(topic: string): Promise<Map<string, FeedItemCounts>> {
    const rows = await this.db
      .selectFrom('feed_items')
      .select((eb) => ['feed_url', 'status', eb.fn.countAll<number | string | bigint>().as('n')])
      .where('topic', '=', topic)
      .groupBy(['feed_url', 'status'])
      .execute();
    const out = new Map<string, FeedItemCounts>();
    for (const row of rows) {
      const counts = out.get(row.feed_url) ?? { added: 0, skipped: 0, failed: 0, claimed: 0 };
      const status = row.status as keyof FeedItemCounts;
      if (status in counts) counts[status] += Number(row.n);
      out.set(row.feed_url, counts);
    }
    return out;
  }
}
