/**
 * Delivers one claimed recap: builds the message, posts it with retries, and records
 * the outcome. Never posts without holding the claim; never gives up without recording
 * 'failed' and logging why.
 */
import type { BriefCatalog } from '../content/brief-catalog.ts';
import type { DeliveryOptions, DeliveryTarget, Platform } from '../bot/contracts.ts';
import { BriefbotError, PlatformError, RateLimitError } from '../domain/errors.ts';
import type { Logger } from '../bot/logger.ts';
import { asBriefSnapshot } from './brief-snapshot.ts';
import type { DeliveryKey, RecapStore, Subscription } from './recap-store.ts';
import { buildRecapMessage, type WhenUnchanged } from './recap-message.ts';
import type { DeliveryPacer } from './delivery-pacer.ts';

export type DeliveryOutcome = 'posted' | 'failed' | 'skipped' | 'released' | 'lost';

export interface DeliveryContext {
  store: RecapStore;
  catalog: BriefCatalog;
  targets: Partial<Record<Platform, DeliveryTarget>>;
  clock: () => Date;
  logger: Logger;
  replicaId: string;
  whenUnchanged: WhenUnchanged;
  maxAttempts: number;
  maxRateLimitRetries: number;
  leaseMs: number;
  pacer: (platform: Platform) => DeliveryPacer;
  /** Waits `ms`, or less when the scheduler is stopping; resolves true when stopping. */
  wait: (ms: number) => Promise<boolean>;
  isStopping: () => boolean;
  onPosted?: ((platform: Platform, channelId: string, messageId: string, topic: string) => Promise<void>) | undefined;
  recordVersion: (topic: string, version: string, snapshot: unknown) => Promise<void>;
}

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 60_000;

/** Exponential backoff with full jitter in [d/2, d]. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const d = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(d / 2 + (random() * d) / 2);
}

/** The idempotency key a target sees for one delivery: "<subscriptionId>@<fire time ISO>". */
export function deliveryIdempotencyKey(key: DeliveryKey): string {
  return `${key.subscriptionId}@${key.fireAt.toISOString()}`;
}

/**
 * Before a delivery that may have reached the platform is recorded as failed or skipped,
 * asks the target whether it is there; if so, records it as posted (the store must say
 * what the channel shows). Returns true when it recorded a post.
 */
export async function recordIfPosted(
  ctx: Pick<DeliveryContext, 'store' | 'targets' | 'clock' | 'replicaId'>,
  sub: Subscription,
  key: DeliveryKey,
  posted: { version: string; snapshot: unknown },
  attempts: number,
  log: Logger,
): Promise<boolean> {
  const target = ctx.targets[sub.platform];
  if (!target?.findPosted) return false;
  let found;
  try {
    found = await target.findPosted(sub.channelId, deliveryIdempotencyKey(key));
  } catch (err) {
    log.warn({ err: describe(err) }, 'could not check whether an earlier attempt of this recap was posted');
    return false;
  }
  if (!found) return false;
  const ok = await ctx.store.markPosted(key, ctx.replicaId, {
    messageId: found.messageId,
    attempts,
    now: ctx.clock(),
    posted: { platform: sub.platform, channelId: sub.channelId, topic: sub.topic, ...posted },
  });
  if (ok) log.info({ messageId: found.messageId }, 'an earlier attempt of this recap reached the channel; recorded as posted');
  return ok;
}

function describe(err: unknown): string {
  if (err instanceof BriefbotError) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

/**
 * `mayHavePosted`: an earlier attempt of this delivery may already have reached the
 * platform (the claim was taken over from a replica that had started posting). Every
 * post then asks the target to look for that earlier post first; the flag also turns on
 * after any attempt whose outcome is unknown (PlatformUnavailableError, unknown errors).
 */
export async function deliverClaimed(ctx: DeliveryContext, sub: Subscription, key: DeliveryKey, late: boolean, mayHavePosted = false): Promise<DeliveryOutcome> {
  const log = ctx.logger.child({ subscription: sub.id, topic: sub.topic, platform: sub.platform, channel: sub.channelId, fireAt: key.fireAt.toISOString() });
  const fail = async (error: string, attempts: number): Promise<DeliveryOutcome> => {
    // An attempt whose outcome was unknown may have reached the channel: record what is there.
    if (uncertain && recorded && (await recordIfPosted(ctx, sub, key, recorded, attempts, log))) return 'posted';
    await ctx.store.markFailed(key, ctx.replicaId, { error, attempts, now: ctx.clock() });
    log.error({ attempts, err: error }, 'recap delivery failed; recorded as failed');
    return 'failed';
  };
  const release = async (): Promise<DeliveryOutcome> => {
    await ctx.store.releaseClaim(key, ctx.replicaId, ctx.clock());
    log.info('scheduler stopping; released the recap claim for another replica');
    return 'released';
  };
  let uncertain = mayHavePosted;
  let recorded: { version: string; snapshot: unknown } | null = null;
  if (ctx.isStopping()) return release();

  const brief = ctx.catalog.get(sub.topic);
  if (!brief) return fail(`topic "${sub.topic}" is not in service (brief missing or invalid)`, 0);
  const target = ctx.targets[sub.platform];
  if (!target) return fail(`no delivery target for platform "${sub.platform}" on this replica`, 0);

  const posted = await ctx.store.getPostedVersion(sub.platform, sub.channelId, sub.topic);
  const recap = buildRecapMessage({
    brief,
    previous: asBriefSnapshot(posted?.snapshot),
    previousPostedAt: posted?.postedAt ?? null,
    whenUnchanged: ctx.whenUnchanged,
    late: late ? { dueAt: key.fireAt } : null,
    timezone: sub.timezone,
  });
  await ctx.recordVersion(sub.topic, brief.version, recap.snapshot);
  recorded = { version: brief.version, snapshot: recap.snapshot };
  if (!recap.message) {
    await ctx.store.markClaimSkipped(key, ctx.replicaId, 'unchanged since the last recap (recaps.whenUnchanged: skip)', ctx.clock());
    log.info('nothing changed since the last recap; skipped');
    return 'skipped';
  }

  const pacer = ctx.pacer(sub.platform);
  let attempts = 0;
  let failures = 0;
  let rateLimited = 0;
  const idempotencyKey = deliveryIdempotencyKey(key);
  // Sticky (`uncertain`): once an attempt may have reached the platform, every later attempt checks.
  for (;;) {
    if (ctx.isStopping()) return release();
    const grantedAt = await pacer.acquire();
    if (ctx.isStopping()) return release();
    attempts++;
    const now = ctx.clock();
    // Fencing: renew the lease right before posting; if another replica took the claim over, stop.
    if (!(await ctx.store.renewLease(key, ctx.replicaId, new Date(now.getTime() + ctx.leaseMs), attempts, now))) {
      log.warn('lost the claim on this recap to another replica; not posting');
      return 'lost';
    }
    try {
      const options: DeliveryOptions = uncertain ? { idempotencyKey, mayHavePosted: true } : { idempotencyKey };
      const result = await target.post(sub.channelId, [recap.message], options);
      pacer.succeeded();
      const recorded = await ctx.store.markPosted(key, ctx.replicaId, {
        messageId: result.messageId,
        attempts,
        now: ctx.clock(),
        posted: { platform: sub.platform, channelId: sub.channelId, topic: sub.topic, version: brief.version, snapshot: recap.snapshot },
      });
      if (!recorded) log.error({ messageId: result.messageId }, 'recap posted but the claim was lost meanwhile; the replica that took it over looks for this post before posting (where the platform allows)');
      else log.info({ messageId: result.messageId, attempts, late }, 'recap posted');
      if (ctx.onPosted) {
        try {
          for (const id of result.anchors ?? [result.messageId]) await ctx.onPosted(sub.platform, result.channelId, id, sub.topic);
        } catch (err) {
          log.warn({ err: describe(err) }, 'onPosted hook failed');
        }
      }
      return 'posted';
    } catch (err) {
      if (err instanceof RateLimitError) {
        pacer.rateLimited(err.retryAfterMs, grantedAt);
        rateLimited++;
        log.debug({ retryAfterMs: err.retryAfterMs, attempts }, 'rate limited; waiting for Retry-After');
        if (rateLimited > ctx.maxRateLimitRetries) return fail(`still rate limited after ${rateLimited} retries: ${describe(err)}`, attempts);
        continue;
      }
      if (err instanceof PlatformError || (err instanceof BriefbotError && err.code !== 'PLATFORM_UNAVAILABLE' && err.code !== 'INTERNAL')) {
        return fail(`permanent error: ${describe(err)}`, attempts);
      }
      // A timeout, 5xx or unknown error: the platform may have accepted the post anyway.
      uncertain = true;
      failures++;
      if (failures >= ctx.maxAttempts) return fail(`gave up after ${failures} failed attempts: ${describe(err)}`, attempts);
      const delay = backoffMs(failures);
      log.warn({ attempts, delayMs: delay, err: describe(err) }, 'recap delivery failed; retrying');
      // Keep the lease for the whole backoff so no replica takes it over while we wait.
      const until = new Date(ctx.clock().getTime() + delay + ctx.leaseMs);
      if (!(await ctx.store.renewLease(key, ctx.replicaId, until, attempts, ctx.clock()))) return 'lost';
      if (await ctx.wait(delay)) return release();
    }
  }
}
