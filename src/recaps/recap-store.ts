/**
 * What recaps and the scheduler need from the state store. The store (src/store/)
 * implements it for SQLite and Postgres; the core depends on this interface only.
 *
 * Exactly-once rests on one rule: a delivery is keyed by (subscription id, scheduled
 * fire time) and only the replica whose INSERT of that key succeeds may post it.
 */
import type { Platform } from '../bot/contracts.ts';

export type SubscriptionSource = 'command' | 'config';

export interface SubscriptionInput {
  platform: Platform;
  channelId: string;
  topic: string;
  /** The schedule as the user wrote it, e.g. "weekdays 08:00 Europe/Berlin". */
  schedule: string;
  /** The 5-field cron expression the schedule compiles to. */
  cron: string;
  /** IANA time zone the cron expression is evaluated in. */
  timezone: string;
  /** "<platform>:<user id>" of whoever subscribed, null for config subscriptions. */
  createdBy: string | null;
  source: SubscriptionSource;
}

export interface Subscription extends SubscriptionInput {
  id: string;
  createdAt: Date;
  /** Fires at or before this instant never count (set on creation and on schedule change). */
  activeFrom: Date;
}

export interface UpsertResult {
  subscription: Subscription;
  created: boolean;
  /** True when an existing subscription's schedule, time zone or source changed. */
  changed: boolean;
}

export interface SubscriptionFilter {
  platform?: Platform;
  channelId?: string;
  source?: SubscriptionSource;
}

/** A subscription with the latest fire time recorded in the delivery log for it. */
export interface SubscriptionCursor {
  subscription: Subscription;
  lastFireAt: Date | null;
}

export type DeliveryStatus = 'claimed' | 'posted' | 'failed' | 'skipped';

export interface DeliveryKey {
  subscriptionId: string;
  fireAt: Date;
}

export interface DeliveryRecord extends DeliveryKey {
  status: DeliveryStatus;
  attempts: number;
  /** Replica holding the claim; null when released or finished. */
  claimedBy: string | null;
  leaseExpiresAt: Date | null;
  /** Last error, or why the fire was skipped. */
  lastError: string | null;
  messageId: string | null;
  /** True when the recap was (or is being) posted after its due time. */
  late: boolean;
  updatedAt: Date;
}

/** The brief snapshot last posted to a channel for a topic ("what changed" baseline). */
export interface PostedVersion {
  platform: Platform;
  channelId: string;
  topic: string;
  version: string;
  snapshot: unknown;
  postedAt: Date;
}

export interface BriefVersionRecord {
  topic: string;
  version: string;
  snapshot: unknown;
  firstSeen: Date;
}

export interface RecapStore {
  // Subscriptions: unique per (platform, channel, topic).
  upsertSubscription(input: SubscriptionInput, now: Date): Promise<UpsertResult>;
  getSubscription(id: string): Promise<Subscription | null>;
  findSubscription(platform: Platform, channelId: string, topic: string): Promise<Subscription | null>;
  listSubscriptions(filter?: SubscriptionFilter): Promise<Subscription[]>;
  deleteSubscription(id: string): Promise<boolean>;
  /** Every subscription with the newest fire time in its delivery log. */
  listSubscriptionCursors(): Promise<SubscriptionCursor[]>;

  // Delivery log.
  /** Inserts the key as 'claimed' by `replicaId`. True only for the one caller whose insert won. */
  claimDelivery(key: DeliveryKey, replicaId: string, now: Date, leaseMs: number, late: boolean): Promise<boolean>;
  /** Inserts the key as 'skipped' unless it already exists. True when inserted. */
  recordSkipped(key: DeliveryKey, reason: string, now: Date): Promise<boolean>;
  /** Extends the lease if `replicaId` still holds the claim; also stores the attempt count. */
  renewLease(key: DeliveryKey, replicaId: string, leaseUntil: Date, attempts: number, now: Date): Promise<boolean>;
  /** claimed → posted, and saves the posted snapshot for the channel, atomically. */
  markPosted(key: DeliveryKey, replicaId: string, result: { messageId: string; attempts: number; now: Date; posted: Omit<PostedVersion, 'postedAt'> }): Promise<boolean>;
  markFailed(key: DeliveryKey, replicaId: string, result: { error: string; attempts: number; now: Date }): Promise<boolean>;
  /** claimed → skipped (e.g. nothing changed and config says skip). */
  markClaimSkipped(key: DeliveryKey, replicaId: string, reason: string, now: Date): Promise<boolean>;
  /** Gives the claim up: clears the holder and expires the lease so any replica may take it over. */
  releaseClaim(key: DeliveryKey, replicaId: string, now: Date): Promise<boolean>;
  /** Claims whose lease expired (crashed or released holder), oldest first. */
  listExpiredClaims(now: Date, limit: number): Promise<DeliveryRecord[]>;
  /** Takes over an expired claim (compare-and-set on holder and lease). True for exactly one caller. */
  takeOverClaim(record: DeliveryRecord, replicaId: string, now: Date, leaseMs: number, late: boolean): Promise<boolean>;
  getDelivery(key: DeliveryKey): Promise<DeliveryRecord | null>;
  listDeliveries(filter?: { subscriptionId?: string; status?: DeliveryStatus }): Promise<DeliveryRecord[]>;

  // "What changed" baselines and brief history.
  getPostedVersion(platform: Platform, channelId: string, topic: string): Promise<PostedVersion | null>;
  /** Records a brief version the first time it is seen. True when it was new. */
  recordBriefVersion(topic: string, version: string, snapshot: unknown, now: Date): Promise<boolean>;
  /** Versions of a topic, oldest first. */
  listBriefVersions(topic: string): Promise<BriefVersionRecord[]>;
}
