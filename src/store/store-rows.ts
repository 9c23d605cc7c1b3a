/** Rows of the store's tables as the recap domain's records (dates parsed, flags and counts typed). */
import type { Selectable } from 'kysely';
import type { Platform } from '../bot/contracts.ts';
import type { DeliveryRecord, DeliveryStatus, Subscription, SubscriptionSource } from '../recaps/recap-store.ts';
import type { DeliveriesTable, SubscriptionsTable } from './schema.ts';
import { toDate, toDateOrNull } from './schema.ts';

export function toSubscription(row: Selectable<SubscriptionsTable>): Subscription {
  return {
    id: row.id,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    topic: row.topic,
    schedule: row.schedule,
    cron: row.cron,
    timezone: row.timezone,
    createdBy: row.created_by,
    source: row.source as SubscriptionSource,
    createdAt: toDate(row.created_at),
    activeFrom: toDate(row.active_from),
  };
}

export function toDelivery(row: Selectable<DeliveriesTable>): DeliveryRecord {
  return {
    subscriptionId: row.subscription_id,
    fireAt: toDate(row.fire_at),
    status: row.status as DeliveryStatus,
    attempts: Number(row.attempts),
    claimedBy: row.claimed_by,
    leaseExpiresAt: toDateOrNull(row.lease_expires_at),
    lastError: row.last_error,
    messageId: row.message_id,
    late: Number(row.late) === 1,
    updatedAt: toDate(row.updated_at),
  };
}
