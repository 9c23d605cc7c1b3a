/** One mapping from a platform's HTTP answer to a typed error, for every adapter. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorForHttpStatus, retryAfterSeconds } from '../../../src/adapters/kit/http-errors.ts';
import { PlatformError, PlatformUnavailableError, RateLimitError } from '../../../src/domain/errors.ts';

const base = { what: 'delivering to channel C1', platform: 'Chat', method: 'post', url: 'https://chat.example/api/messages' };

test('429 is a RateLimitError with Retry-After in milliseconds, keeping method, URL and status words', () => {
  const e = errorForHttpStatus({ ...base, status: 429, retryAfter: '7' });
  assert.ok(e instanceof RateLimitError);
  assert.equal(e.retryAfterMs, 7000);
  assert.match(e.message, /delivering to channel C1: rate limited by Chat on POST https:\/\/chat\.example\/api\/messages, retry after 7 s/);
  assert.equal((errorForHttpStatus({ ...base, status: 429, retryAfter: 0.25 }) as RateLimitError).retryAfterMs, 250);
  assert.equal((errorForHttpStatus({ ...base, status: 429 }) as RateLimitError).retryAfterMs, 1000, 'no Retry-After: 1 s');
  assert.equal((errorForHttpStatus({ ...base, status: 429, retryAfter: 'soon' }) as RateLimitError).retryAfterMs, 1000);
});

test('5xx and no answer may pass; other statuses will not', () => {
  for (const status of [500, 502, 503, 0]) assert.ok(errorForHttpStatus({ ...base, status }) instanceof PlatformUnavailableError, String(status));
  const refused = errorForHttpStatus({ ...base, status: 413, platformCode: '40005', detail: 'Request entity too large' });
  assert.ok(refused instanceof PlatformError);
  assert.equal(refused.status, 413);
  assert.equal(refused.platformCode, '40005');
  assert.match(refused.message, /refused on POST https:\/\/chat\.example\/api\/messages with HTTP 413 \(code 40005\): Request entity too large/);
  assert.equal((errorForHttpStatus({ ...base, status: 401 }) as PlatformError).status, 401);
});

test('retryAfterSeconds reads numbers and header text', () => {
  assert.equal(retryAfterSeconds('3'), 3);
  assert.equal(retryAfterSeconds(' 1.5'), 1.5);
  assert.equal(retryAfterSeconds(undefined), 1);
  assert.equal(retryAfterSeconds('-2', 9), 9);
});
