/** Builds schedulers on a test database with a fake clock, a fake catalog and recording targets. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/bot/logger.ts';
import { silentLogger } from '../../src/bot/logger.ts';
import { Scheduler, type SchedulerConfig, type SchedulerOptions } from '../../src/recaps/scheduler.ts';
import type { Store } from '../../src/store/open-store.ts';
import type { TestDatabase } from '../store/store-drivers.ts';
import { FakeCatalog, makeBrief, RecordingTarget } from './recap-fixtures.ts';

export class FakeClock {
  constructor(public current: Date) {}
  now = (): Date => this.current;
  set(iso: string): Date {
    this.current = new Date(iso);
    return this.current;
  }
}

export interface Replica {
  scheduler: Scheduler;
  store: Store;
  target: RecordingTarget;
  sleeps: number[];
}

export interface Harness {
  clock: FakeClock;
  catalog: FakeCatalog;
  logs: Record<string, unknown>[];
  logger: Logger;
  replica(id: string, over?: Omit<Partial<SchedulerOptions>, 'config'> & { config?: Partial<SchedulerConfig> }): Promise<Replica>;
}

export function captureLogger(): { logger: Logger; logs: Record<string, unknown>[] } {
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: pino({ level: 'info' }, stream), logs };
}

export function createHarness(db: TestDatabase, startIso: string): Harness {
  const clock = new FakeClock(new Date(startIso));
  const catalog = new FakeCatalog([makeBrief()]);
  const { logger, logs } = captureLogger();
  return {
    clock,
    catalog,
    logs,
    logger,
    async replica(id, over = {}) {
      const store = await db.open();
      const target = new RecordingTarget('slack');
      const sleeps: number[] = [];
      const { config, ...rest } = over;
      const scheduler = new Scheduler({
        store,
        catalog,
        targets: { slack: target },
        clock: clock.now,
        logger: id === 'quiet' ? silentLogger : logger,
        config: { graceWindowHours: 6, whenUnchanged: 'line', maxAttempts: 3, ...config },
        replicaId: id,
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
        ...rest,
      });
      return { scheduler, store, target, sleeps };
    },
  };
}

export async function subscribe(store: Store, channelId: string, cron: string, timezone: string, now: Date, topic = 'grain-deal'): Promise<string> {
  const r = await store.upsertSubscription({ platform: 'slack', channelId, topic, schedule: cron, cron, timezone, createdBy: 'slack:U1', source: 'command' }, now);
  return r.subscription.id;
}

/**
 * Replica "a" fails the first post of a subscription due at `fireIso` with `error`, and is
 * stopped while that claim waits to retry; "b" is another replica on the same database.
 * Returns how many claims a's tick released on stop.
 */
export async function stopWhileRetrying(h: Harness, error: Error, fireIso: string): Promise<{ a: Replica; b: Replica; id: string; released: number }> {
  const never = new Promise<never>(() => undefined);
  const a = await h.replica('a', { sleep: () => never });
  let failed: () => void = () => undefined;
  const hasFailed = new Promise<void>((resolve) => (failed = resolve));
  a.target.failWith = () => {
    failed();
    throw error;
  };
  const b = await h.replica('b');
  const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
  const tick = a.scheduler.tick(h.clock.set(fireIso));
  await hasFailed;
  await a.scheduler.stop();
  return { a, b, id, released: (await tick).released };
}
