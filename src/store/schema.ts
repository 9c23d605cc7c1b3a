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

export interface Database {
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  posted_versions: PostedVersionsTable;
  brief_versions: BriefVersionsTable;
  conversations: ConversationsTable;
  inbound_events: InboundEventsTable;
}

export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function toDateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}
