/**
 * The recap scheduler. node-cron only provides a once-a-minute tick; each tick works out
 * from the store which fires are due, so restarts, downtime and several replicas all
 * converge on the same answer:
 *
 * - every fire is a delivery keyed by (subscription, scheduled time) and is posted only by
 *   the replica whose claim (a unique insert) succeeds;
 * - after downtime the most recent missed fire inside the grace window is posted once,
 *   late, saying so; older missed fires are recorded as skipped (never a flood);
 * - a claim whose lease expired (its replica crashed or released it on shutdown) is taken
 *   over by exactly one replica (compare-and-set) and finished.
 */
import nodeCron, { type ScheduledTask } from 'node-cron';
import type { BriefCatalog } from '../content/brief-catalog.ts';
import type { DeliveryTarget, Platform } from '../bot/contracts.ts';
import type { Logger } from '../bot/logger.ts';
import { snapshotBrief } from './brief-snapshot.ts';
import type { DeliveryRecord, RecapStore, Subscription } from './recap-store.ts';
import type { WhenUnchanged } from './recap-message.ts';
import { DeliveryPacer, Semaphore } from './delivery-pacer.ts';
import { compileCron, firesBetween, previousFire, type CompiledCron } from '../schedule/fire-times.ts';
import { deliverClaimed, recordIfPosted, type DeliveryContext, type DeliveryOutcome } from './recap-delivery.ts';

export interface SchedulerConfig {
  graceWindowHours: number;
  whenUnchanged: WhenUnchanged;
  maxAttempts: number;
}

export interface SchedulerOptions {
  store: RecapStore;
  catalog: BriefCatalog;
  targets: Partial<Record<Platform, DeliveryTarget>>;
  clock: () => Date;
  logger: Logger;
  config: SchedulerConfig;
  /** Unique per process, e.g. `${hostname}:${pid}`; recorded as the claim holder. */
  replicaId: string;
  onPosted?: (platform: Platform, channelId: string, messageId: string, topic: string) => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  /** Posts in flight per platform (default 16). */
  concurrency?: number;
  /** How long a claim is held before another replica may take it over (default 2 min). */
  leaseMs?: number;
  /** A recap posted more than this after its due time says it is late (default 5 min). */
  lateAfterMs?: number;
  /** RateLimitError retries per recap before it is marked failed (default 100). */
  maxRateLimitRetries?: number;
}

export interface TickReport {
  /** Deliveries this tick started (new fires and taken-over claims). */
  started: number;
  posted: number;
  failed: number;
  skipped: number;
  /** Claims another replica won, or lost to a takeover. */
  lost: number;
  released: number;
  /** Missed fires recorded as skipped (outside the grace window or superseded). */
  missed: number;
  takenOver: number;
}

interface Job {
  sub: Subscription;
  fireAt: Date;
  late: boolean;
  /** Claim already held (taken over); otherwise claim first. */
  claimed: boolean;
  /** An earlier holder of the claim may have posted it (see deliverClaimed). */
  mayHavePosted: boolean;
}

const SKIP_SCAN_MS = 7 * 24 * 3600_000;
const MAX_SKIP_RECORDS = 50;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Scheduler {
  private readonly opts: SchedulerOptions;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly leaseMs: number;
  private readonly lateAfterMs: number;
  private readonly pacers = new Map<Platform, DeliveryPacer>();
  private readonly pools = new Map<Platform, Semaphore>();
  private readonly compiled = new Map<string, CompiledCron | null>();
  private readonly inFlight = new Set<string>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly recordedVersions = new Set<string>();
  private readonly stopWaiters = new Set<() => void>();
  private task: ScheduledTask | null = null;
  private unsubscribeCatalog: (() => void) | null = null;
  private stopping = false;

  constructor(opts: SchedulerOptions) {
    this.opts = opts;
    this.sleep = opts.sleep ?? realSleep;
    this.leaseMs = opts.leaseMs ?? 120_000;
    this.lateAfterMs = opts.lateAfterMs ?? 5 * 60_000;
  }

  /** Records the catalog's brief versions, then ticks every minute (and once right away). */
  async start(): Promise<void> {
    this.stopping = false;
    await this.recordCatalogVersions();
    this.unsubscribeCatalog = this.opts.catalog.onChange(() => {
      this.recordCatalogVersions().catch((err: unknown) => this.opts.logger.warn({ err: String(err) }, 'could not record brief versions'));
    });
    const run = (): void => {
      const p = this.tick().catch((err: unknown) => this.opts.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'scheduler tick failed'));
      this.track(p);
    };
    this.task = nodeCron.schedule('* * * * *', run, { name: `briefbot-recaps-${this.opts.replicaId}` });
    run();
    this.opts.logger.info({ replica: this.opts.replicaId }, 'recap scheduler started');
  }

  /** Stops taking ticks; deliveries being posted finish, the rest release their claims. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.task) await this.task.stop();
    this.task = null;
    this.unsubscribeCatalog?.();
    this.unsubscribeCatalog = null;
    for (const wake of this.stopWaiters) wake();
    this.stopWaiters.clear();
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    this.opts.logger.info({ replica: this.opts.replicaId }, 'recap scheduler stopped');
  }

  async tick(now: Date = this.opts.clock()): Promise<TickReport> {
    const report: TickReport = { started: 0, posted: 0, failed: 0, skipped: 0, lost: 0, released: 0, missed: 0, takenOver: 0 };
    if (this.stopping) return report;
    const jobs: Job[] = [];
    const cursors = await this.opts.store.listSubscriptionCursors();
    const subs = new Map<string, Subscription>();
    const lastFire = new Map<string, Date | null>();
    for (const { subscription: sub, lastFireAt } of cursors) {
      subs.set(sub.id, sub);
      lastFire.set(sub.id, lastFireAt);
      const job = await this.plan(sub, lastFireAt, now, report);
      if (job) jobs.push(job);
    }
    for (const rec of await this.opts.store.listExpiredClaims(now, 500)) {
      const job = await this.planTakeover(rec, subs.get(rec.subscriptionId), lastFire.get(rec.subscriptionId) ?? null, now, report);
      if (job) jobs.push(job);
    }
    const outcomes = await Promise.all(jobs.map((job) => this.track(this.runJob(job))));
    report.started = jobs.length;
    for (const o of outcomes) {
      if (o === 'posted') report.posted++;
      else if (o === 'failed') report.failed++;
      else if (o === 'skipped') report.skipped++;
      else if (o === 'released') report.released++;
      else report.lost++;
    }
    return report;
  }

  private cronFor(sub: Subscription): CompiledCron | null {
    const k = `${sub.cron}\u0000${sub.timezone}`;
    if (!this.compiled.has(k)) {
      try {
        this.compiled.set(k, compileCron(sub.cron, sub.timezone));
      } catch (err) {
        this.opts.logger.error({ subscription: sub.id, cron: sub.cron, err: (err as Error).message }, 'subscription has an invalid schedule; it will not fire');
        this.compiled.set(k, null);
      }
    }
    return this.compiled.get(k) ?? null;
  }

  private async plan(sub: Subscription, lastFireAt: Date | null, now: Date, report: TickReport): Promise<Job | null> {
    const cron = this.cronFor(sub);
    if (!cron) return null;
    const base = lastFireAt && lastFireAt > sub.activeFrom ? lastFireAt : sub.activeFrom;
    const latest = previousFire(cron, now);
    if (!latest || latest <= base) return null;
    if (this.inFlight.has(keyOf(sub.id, latest))) return null;
    const age = now.getTime() - latest.getTime();
    const graceMs = Math.max(this.opts.config.graceWindowHours * 3_600_000, this.lateAfterMs);
    const log = this.opts.logger.child({ subscription: sub.id, topic: sub.topic, platform: sub.platform, channel: sub.channelId });
    if (age > graceMs) {
      report.missed += await this.recordMissed(sub, cron, base, new Date(latest.getTime() + 1), now, `missed: due more than ${this.opts.config.graceWindowHours} h ago (outside the grace window)`);
      log.warn({ dueAt: latest.toISOString(), graceWindowHours: this.opts.config.graceWindowHours }, 'missed recap is outside the grace window; recorded as skipped');
      return null;
    }
    const skipped = await this.recordMissed(sub, cron, base, latest, now, `superseded: only the latest missed recap (${latest.toISOString()}) is posted`);
    if (skipped > 0) log.warn({ skipped, postingLate: latest.toISOString() }, 'older missed recaps recorded as skipped');
    report.missed += skipped;
    return { sub, fireAt: latest, late: age > this.lateAfterMs, claimed: false, mayHavePosted: false };
  }

  /** Records fires in (base, until) as skipped; returns how many were missed in total. */
  private async recordMissed(sub: Subscription, cron: CompiledCron, base: Date, until: Date, now: Date, reason: string): Promise<number> {
    const from = new Date(Math.max(base.getTime(), now.getTime() - SKIP_SCAN_MS));
    const { fires, total } = firesBetween(cron, from, new Date(until.getTime() - 1), MAX_SKIP_RECORDS);
    for (const fireAt of fires) await this.opts.store.recordSkipped({ subscriptionId: sub.id, fireAt }, reason, now);
    return total;
  }

  private async planTakeover(rec: DeliveryRecord, sub: Subscription | undefined, lastFireAt: Date | null, now: Date, report: TickReport): Promise<Job | null> {
    const key = keyOf(rec.subscriptionId, rec.fireAt);
    if (this.inFlight.has(key)) return null;
    const age = now.getTime() - rec.fireAt.getTime();
    const graceMs = Math.max(this.opts.config.graceWindowHours * 3_600_000, this.lateAfterMs);
    const late = age > this.lateAfterMs;
    if (!(await this.opts.store.takeOverClaim(rec, this.opts.replicaId, now, this.leaseMs, late))) return null;
    report.takenOver++;
    const log = this.opts.logger.child({ subscription: rec.subscriptionId, fireAt: rec.fireAt.toISOString(), previousHolder: rec.claimedBy });
    const k = { subscriptionId: rec.subscriptionId, fireAt: rec.fireAt };
    let reason: string | null = null;
    if (!sub) reason = 'subscription was removed';
    else if (age > graceMs) reason = 'claim expired outside the grace window';
    else if (lastFireAt && lastFireAt > rec.fireAt) reason = 'superseded by a later recap';
    if (reason !== null || !sub) {
      // The previous holder got as far as posting: if the recap is in the channel, say so.
      const brief = sub ? this.opts.catalog.get(sub.topic) : undefined;
      if (sub && brief && rec.attempts > 0) {
        const posted = { version: brief.version, snapshot: snapshotBrief(brief) };
        if (await recordIfPosted({ ...this.opts, replicaId: this.opts.replicaId }, sub, k, posted, rec.attempts, log)) {
          report.posted++;
          return null;
        }
      }
      await this.opts.store.markClaimSkipped(k, this.opts.replicaId, `abandoned claim: ${reason ?? ''}`, now);
      log.warn({ reason }, 'abandoned recap claim recorded as skipped');
      report.missed++;
      return null;
    }
    // The previous holder stores its attempt count (renewLease) right before each post, so
    // attempts === 0 means it never got as far as posting; otherwise the platform may
    // already have the recap and the target must look for it before posting again.
    const mayHavePosted = rec.attempts > 0;
    log.info({ late, mayHavePosted, previousAttempts: rec.attempts }, 'taking over an abandoned recap claim');
    return { sub, fireAt: rec.fireAt, late, claimed: true, mayHavePosted };
  }

  private async runJob(job: Job): Promise<DeliveryOutcome> {
    const key = keyOf(job.sub.id, job.fireAt);
    this.inFlight.add(key);
    try {
      return await this.pool(job.sub.platform).run(async () => {
        const k = { subscriptionId: job.sub.id, fireAt: job.fireAt };
        if (!job.claimed) {
          if (this.stopping) return 'released';
          const now = this.opts.clock();
          if (!(await this.opts.store.claimDelivery(k, this.opts.replicaId, now, this.leaseMs, job.late))) return 'lost';
        }
        return deliverClaimed(this.context(), job.sub, k, job.late, job.mayHavePosted);
      });
    } catch (err) {
      this.opts.logger.error({ subscription: job.sub.id, fireAt: job.fireAt.toISOString(), err: err instanceof Error ? err.message : String(err) }, 'recap delivery crashed; its claim will be taken over after the lease expires');
      return 'lost';
    } finally {
      this.inFlight.delete(key);
    }
  }

  private ctx: DeliveryContext | null = null;
  private context(): DeliveryContext {
    this.ctx ??= {
      store: this.opts.store,
      catalog: this.opts.catalog,
      targets: this.opts.targets,
      clock: this.opts.clock,
      logger: this.opts.logger,
      replicaId: this.opts.replicaId,
      whenUnchanged: this.opts.config.whenUnchanged,
      maxAttempts: this.opts.config.maxAttempts,
      maxRateLimitRetries: this.opts.maxRateLimitRetries ?? 100,
      leaseMs: this.leaseMs,
      pacer: (p) => this.pacer(p),
      wait: (ms) => this.wait(ms),
      isStopping: () => this.stopping,
      onPosted: this.opts.onPosted,
      recordVersion: (topic, version, snapshot) => this.recordVersion(topic, version, snapshot),
    };
    return this.ctx;
  }

  /** Per-platform pacer; exposed for reports (e.g. how many 429s were seen). */
  pacer(platform: Platform): DeliveryPacer {
    let p = this.pacers.get(platform);
    if (!p) {
      p = new DeliveryPacer(() => this.opts.clock().getTime(), async (ms) => {
        await this.wait(ms);
      });
      this.pacers.set(platform, p);
    }
    return p;
  }

  private pool(platform: Platform): Semaphore {
    let s = this.pools.get(platform);
    if (!s) {
      s = new Semaphore(Math.max(1, this.opts.concurrency ?? 16));
      this.pools.set(platform, s);
    }
    return s;
  }

  /** Sleeps, but wakes early when stop() is called. Resolves true when stopping. */
  private async wait(ms: number): Promise<boolean> {
    if (this.stopping) return true;
    let wake: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => {
      wake = resolve;
      this.stopWaiters.add(resolve);
    });
    await Promise.race([this.sleep(ms), stopped]);
    this.stopWaiters.delete(wake);
    return this.stopping;
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.running.add(p);
    void p.finally(() => this.running.delete(p)).catch(() => undefined);
    return p;
  }

  private async recordVersion(topic: string, version: string, snapshot: unknown): Promise<void> {
    const k = `${topic}\u0000${version}`;
    if (this.recordedVersions.has(k)) return;
    await this.opts.store.recordBriefVersion(topic, version, snapshot, this.opts.clock());
    this.recordedVersions.add(k);
  }

  private async recordCatalogVersions(): Promise<void> {
    for (const brief of this.opts.catalog.list()) await this.recordVersion(brief.slug, brief.version, snapshotBrief(brief));
  }
}

function keyOf(subscriptionId: string, fireAt: Date): string {
  return `${subscriptionId}|${fireAt.toISOString()}`;
}
