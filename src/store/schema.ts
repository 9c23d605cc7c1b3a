/**
 * The one database schema, shared by the SQLite and Postgres drivers.
 * Timestamps are `timestamptz` on Postgres and ISO-8601 text on SQLite (always written
 * with Date#toISOString, so text order is time order); reads normalise both to Date.
 */
import type { ColumnType } from 'kysely';

/** Written as an ISO string; read back as a Date (Postgres) or a string (SQLite). */
export type Timestamp = ColumnType<Date | string, string, string>;
export type NullableTimestamp = ColumnType<Date | string | null, string | null, string | null>;

export interface SubscriptionsTable {
  id: string;
  platform: string;
  channel_id: string;
  topic: string;
  schedule: string;
  cron: string;
  timezone: string;
  created_by: string | null;
  source: string;
  created_at: Timestamp;
  active_from: Timestamp;
}

export interface DeliveriesTable {
  subscription_id: string;
  fire_at: Timestamp;
  status: string;
  attempts: number;
  claimed_by: string | null;
  lease_expires_at: NullableTimestamp;
  last_error: string | null;
  message_id: string | null;
  late: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PostedVersionsTable {
  platform: string;
  channel_id: string;
  topic: string;
  version: string;
  snapshot: string;
  posted_at: Timestamp;
}

export interface BriefVersionsTable {
  topic: string;
  version: string;
  snapshot: string;
  first_seen: Timestamp;
}

export interface ConversationsTable {
  key: string;
  state: string;
  updated_at: Timestamp;
}

export interface InboundEventsTable {
  key: string;
  claimed_at: Timestamp;
}

export interface FeedPollsTable {
  topic: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: NullableTimestamp;
  last_status: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: Timestamp;
  lease_owner: string | null;
  lease_expires_at: NullableTimestamp;
}

export interface FeedItemsTable {
  topic: string;
  key: string;
  feed_url: string;
  status: string;
  attempts: number;
  claimed_by: string | null;
  lease_expires_at: NullableTimestamp;
  source_id: string | null;
  reason: string | null;
  first_seen: Timestamp;
  updated_at: Timestamp;
}

export interface Database {
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  posted_versions: PostedVersionsTable;
  brief_versions: BriefVersionsTable;
  conversations: ConversationsTable;
  inbound_events: InboundEventsTable;
  feed_polls: FeedPollsTable;
  feed_items: FeedItemsTable;
}

export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function toDateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}
