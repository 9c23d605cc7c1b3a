/**
 * Slack request signing, as a pure function: no clock, no I/O, no Bolt.
 *
 * Slack signs every HTTP request with `v0=` + hex(HMAC-SHA256(signingSecret,
 * `v0:<timestamp>:<raw body>`)) in `X-Slack-Signature`, with the timestamp (seconds) in
 * `X-Slack-Request-Timestamp`. A request older than `toleranceSec` is refused so a
 * captured request cannot be replayed later. Timestamps from the future are refused
 * beyond the same tolerance (Bolt accepts any future timestamp; we do not).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureFailure =
  | 'missing-signature'
  | 'missing-timestamp'
  | 'invalid-timestamp'
  | 'stale-timestamp'
  | 'malformed-signature'
  | 'signature-mismatch';

export type SignatureCheck = { ok: true } | { ok: false; reason: SignatureFailure };

export interface SlackSignatureInput {
  signingSecret: string;
  /** Value of X-Slack-Request-Timestamp (seconds since the epoch), as sent. */
  timestamp: string | undefined;
  /** Value of X-Slack-Signature, e.g. "v0=abc…". */
  signature: string | undefined;
  /** The request body exactly as received. */
  rawBody: string | Buffer;
  /** The current time in milliseconds (inject a clock). */
  nowMs: number;
  /** Allowed clock difference in seconds; default 300 (Slack's recommendation). */
  toleranceSec?: number;
}

const SIGNATURE_PATTERN = /^v0=[0-9a-f]{64}$/;

/** Computes the `v0=…` signature Slack would send for this body and timestamp. */
export function computeSlackSignature(signingSecret: string, timestamp: string, rawBody: string | Buffer): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

export function verifySlackSignature(input: SlackSignatureInput): SignatureCheck {
  const { signingSecret, timestamp, signature, rawBody, nowMs } = input;
  const toleranceSec = input.toleranceSec ?? 300;
  if (signature === undefined || signature === '') return { ok: false, reason: 'missing-signature' };
  if (timestamp === undefined || timestamp === '') return { ok: false, reason: 'missing-timestamp' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'invalid-timestamp' };
  const ageSec = Math.floor(nowMs / 1000) - Number(timestamp);
  if (Math.abs(ageSec) > toleranceSec) return { ok: false, reason: 'stale-timestamp' };
  if (!SIGNATURE_PATTERN.test(signature)) return { ok: false, reason: 'malformed-signature' };
  const expected = Buffer.from(computeSlackSignature(signingSecret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // Both are "v0=" + 64 hex chars here, so the lengths match and timingSafeEqual cannot throw.
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'signature-mismatch' };
  }
  return { ok: true };
}
