/**
 * When a feed is polled next. A feed that answers is polled again after the topic's
 * interval. One that fails waits longer each time it fails in a row (twice the interval,
 * then four times …, at most `maxBackoffMs`), and one that answers 429 or 503 waits at
 * least as long as its Retry-After asks.
 */
export type PollOutcome =
  | { kind: 'ok' }
  | { kind: 'error'; failures: number }
  | { kind: 'rate-limited'; failures: number; retryAfterMs?: number };

export const MAX_BACKOFF_MS = 6 * 3600_000;

export function nextPollAt(now: Date, intervalMs: number, outcome: PollOutcome, maxBackoffMs = MAX_BACKOFF_MS): Date {
  if (outcome.kind === 'ok') return new Date(now.getTime() + intervalMs);
  const backoff = Math.min(intervalMs * 2 ** Math.min(outcome.failures, 20), Math.max(maxBackoffMs, intervalMs));
  const asked = outcome.kind === 'rate-limited' ? Math.min(outcome.retryAfterMs ?? 0, 7 * 24 * 3600_000) : 0;
  return new Date(now.getTime() + Math.max(backoff, asked));
}
