/**
 * Paces posts to one platform. Before a 429 posts go out as fast as the worker pool
 * allows. A RateLimitError pauses every worker for its Retry-After, then posts are spaced
 * by a learned interval that grows on each 429 and shrinks slowly on each success, so a
 * fixed rate limit is saturated with few wasted (429) requests.
 */
const MAX_INTERVAL_MS = 1000;

export class DeliveryPacer {
  private nextAt = 0;
  private intervalMs = 0;
  private lastAdjustAt = -Infinity;
  private chain: Promise<void> = Promise.resolve();
  rateLimitedCount = 0;

  constructor(
    private readonly now: () => number,
    private readonly wait: (ms: number) => Promise<void>,
  ) {}

  /** Resolves, in call order, when the next post may go out; the value identifies the grant. */
  acquire(): Promise<number> {
    const turn = this.chain.then(async () => {
      const delay = this.nextAt - this.now();
      if (delay > 0) await this.wait(delay);
      const grantedAt = this.now();
      this.nextAt = Math.max(grantedAt, this.nextAt) + this.intervalMs;
      return grantedAt;
    });
    this.chain = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /**
   * A post granted at `grantedAt` got a 429. Everyone waits for Retry-After; the spacing
   * grows once per episode (429s of posts granted before the last adjustment are echoes
   * of the same overshoot and only push the pause).
   */
  rateLimited(retryAfterMs: number, grantedAt: number): void {
    this.rateLimitedCount++;
    const now = this.now();
    const after = Math.max(0, retryAfterMs);
    this.nextAt = Math.max(this.nextAt, now + after);
    if (grantedAt < this.lastAdjustAt) return;
    this.lastAdjustAt = now;
    const grown = this.intervalMs === 0 ? Math.max(1, after) : Math.max(this.intervalMs * 1.25, this.intervalMs + 1);
    this.intervalMs = Math.min(MAX_INTERVAL_MS, grown);
  }

  succeeded(): void {
    if (this.intervalMs === 0) return;
    this.intervalMs *= 0.99;
    if (this.intervalMs < 0.5) this.intervalMs = 0;
  }

  get currentIntervalMs(): number {
    return this.intervalMs;
  }
}

/** A counting semaphore for bounded concurrency. */
export class Semaphore {
  private active = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter, so the limit holds exactly.
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiters.shift();
      if (next) next();
      else this.active--;
    }
  }
}
