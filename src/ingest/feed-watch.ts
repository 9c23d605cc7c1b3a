/**
 * Runs feed polling in the background of `briefbot start`: every tick (a minute, or the
 * poll interval when shorter) it polls the feeds that are due, in every topic folder. Ticks
 * never overlap; stop() waits for a poll in progress to finish so that no claim is left
 * half done. Which feeds are due, and which poller polls them, is decided in the store, so
 * any number of replicas can run this side by side.
 */
import { readdir } from 'node:fs/promises';
import type { Logger } from '../bot/logger.ts';
import type { FeedPoller, FeedPollReport } from './feed-poller.ts';
import { TOPIC_SLUG } from './topic-folder.ts';

export interface FeedWatchOptions {
  poller: FeedPoller;
  briefsDir: string;
  logger: Logger;
  tickMs: number;
  /** Called after each tick with what it did (tests, metrics). */
  onTick?: (reports: FeedPollReport[]) => void;
}

/** Topic folders of the briefs folder, by name. */
export async function topicFolders(briefsDir: string): Promise<string[]> {
  const entries = await readdir(briefsDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && TOPIC_SLUG.test(e.name)).map((e) => e.name).sort();
}

export class FeedWatch {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: FeedWatchOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** One tick now (also what the timer runs). */
  async tick(): Promise<FeedPollReport[]> {
    const topics = await topicFolders(this.options.briefsDir);
    const reports = await this.options.poller.pollAll(topics);
    this.options.onTick?.(reports);
    return reports;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick()
        .then(() => undefined)
        .catch((err: unknown) => this.options.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'feed polling tick failed'))
        .finally(() => {
          this.running = null;
          this.schedule(this.options.tickMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
