/**
 * The work an interaction does after its ack (answering the command, rendering, posting to
 * response_url), run a few jobs at a time and only after pending I/O has been served.
 *
 * Slack needs the ack within 3 s, and Bolt sends it only when the listener calls ack(); a
 * burst of commands whose answers (several large posts each) ran at once would hold up the
 * acks of the requests behind them. Jobs therefore start from setImmediate, after the
 * event loop has taken in new requests, one new job per turn of the loop and at most
 * `concurrency` running. No job is
 * dropped: stop() waits for the queue to drain (bounded by `drainTimeoutMs`).
 */
import type { Logger } from '../../bot/logger.ts';

export class AfterAckQueue {
  private readonly queue: Array<() => Promise<void>> = [];
  private running = 0;
  private idleWaiters: Array<() => void> = [];
  private warnedAt = 0;
  private scheduled = false;

  constructor(
    private readonly logger: Logger,
    private readonly concurrency = 4,
    private readonly backlogWarning = 500,
  ) {}

  /** Jobs waiting or running. */
  get size(): number {
    return this.queue.length + this.running;
  }

  run(job: () => Promise<void>): void {
    this.queue.push(job);
    if (this.queue.length >= this.backlogWarning && this.queue.length >= this.warnedAt * 2) {
      this.warnedAt = this.queue.length;
      this.logger.warn({ backlog: this.queue.length }, 'slack: answers are queueing behind a burst of commands; they are all acked and will be answered');
    }
    this.pump();
  }

  /** Resolves when every queued job has finished, or after `timeoutMs`. */
  async drain(timeoutMs = 10_000): Promise<boolean> {
    if (this.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      new Promise<boolean>((resolve) => this.idleWaiters.push(() => resolve(true))),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return drained;
  }

  /** Starts at most one job per turn of the event loop, so new requests are read in between. */
  private pump(): void {
    if (this.scheduled || this.running >= this.concurrency || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const job = this.queue.shift();
      if (!job) return;
      this.running++;
      job()
        .catch((err: unknown) => this.logger.error({ err }, 'slack: work after an ack failed'))
        .finally(() => {
          this.running--;
          if (this.queue.length === 0) this.warnedAt = 0;
          this.pump();
          if (this.size === 0) {
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            for (const w of waiters) w();
          }
        });
      this.pump();
    });
  }
}
