/** When a feed is polled next: the interval, longer after failures, never before Retry-After. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_BACKOFF_MS, nextPollAt } from '../../src/ingest/feed-backoff.ts';

const now = new Date('2026-12-01T10:00:00Z');
const minutes = (d: Date): number => (d.getTime() - now.getTime()) / 60_000;

describe('feed back-off', () => {
  it('polls again after the interval when the feed answered', () => {
    assert.equal(minutes(nextPollAt(now, 15 * 60_000, { kind: 'ok' })), 15);
  });
  it('doubles the wait with each failure in a row, up to the cap', () => {
    const waits = [1, 2, 3, 4].map((failures) => minutes(nextPollAt(now, 15 * 60_000, { kind: 'error', failures })));
    assert.deepEqual(waits, [30, 60, 120, 240]);
    assert.equal(minutes(nextPollAt(now, 15 * 60_000, { kind: 'error', failures: 50 })), MAX_BACKOFF_MS / 60_000);
  });
  it('waits at least as long as Retry-After asks, and backs off when it asks for less', () => {
    assert.equal(minutes(nextPollAt(now, 15 * 60_000, { kind: 'rate-limited', failures: 1, retryAfterMs: 3 * 3600_000 })), 180);
    assert.equal(minutes(nextPollAt(now, 15 * 60_000, { kind: 'rate-limited', failures: 1, retryAfterMs: 1000 })), 30);
    assert.equal(minutes(nextPollAt(now, 15 * 60_000, { kind: 'rate-limited', failures: 2 })), 60);
  });
  it('never backs off to less than the interval, even when the interval exceeds the cap', () => {
    assert.equal(minutes(nextPollAt(now, 12 * 3600_000, { kind: 'error', failures: 3 })), 12 * 60);
  });
});
