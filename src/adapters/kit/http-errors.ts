/**
 * An HTTP answer from a chat platform as a typed error, the same for every adapter: 429 is
 * `RateLimitError(retryAfterMs)` (from Retry-After, in seconds), a 5xx or no answer at all
 * is `PlatformUnavailableError` (retrying may help), anything else `PlatformError` with its
 * status (retrying will not). Messages keep the method, the URL and the status.
 */
import { PlatformError, PlatformUnavailableError, RateLimitError, type BriefbotError } from '../../domain/errors.ts';

export interface HttpFailure {
  /** What Briefbot was doing ("delivering to channel C1"). */
  what: string;
  /** The platform's name, for people ("Slack", "Discord"). */
  platform: string;
  status: number;
  method?: string;
  /** The URL, with anything secret already removed. */
  url?: string;
  /** Retry-After as sent (seconds, number or header text); 1 s when absent or unreadable. */
  retryAfter?: number | string | undefined;
  /** The platform's own error code, when it gives one. */
  platformCode?: string;
  /** The platform's own words about the error. */
  detail?: string;
  cause?: unknown;
}

/** Seconds from a Retry-After value (number or header text); `fallback` when absent or unreadable. */
export function retryAfterSeconds(value: number | string | undefined, fallback = 1): number {
  const n = typeof value === 'number' ? value : value === undefined ? Number.NaN : Number.parseFloat(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function errorForHttpStatus(f: HttpFailure): BriefbotError {
  const where = [f.method?.toUpperCase(), f.url].filter((s) => s).join(' ');
  const on = where ? ` on ${where}` : '';
  const cause = f.cause === undefined ? {} : { cause: f.cause };
  if (f.status === 429) {
    const sec = retryAfterSeconds(f.retryAfter);
    return new RateLimitError(Math.ceil(sec * 1000), { ...cause, message: `${f.what}: rate limited by ${f.platform}${on}, retry after ${sec} s` });
  }
  if (f.status >= 500 || f.status === 0) return new PlatformUnavailableError(`${f.what}: ${f.platform} answered ${f.status === 0 ? 'nothing' : `HTTP ${f.status}`}${on}`, cause);
  return new PlatformError(`${f.what}: ${f.platform} refused${on} with HTTP ${f.status}${f.platformCode ? ` (code ${f.platformCode})` : ''}${f.detail ? `: ${f.detail}` : ''}`, {
    ...cause,
    status: f.status,
    ...(f.platformCode ? { platformCode: f.platformCode } : {}),
  });
}
