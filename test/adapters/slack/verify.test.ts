import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { computeSlackSignature, verifySlackSignature } from '../../../src/adapters/slack/verify.ts';

const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fbrief&text=china-russia-aid';
const nowMs = 1_700_000_000_000;
const ts = String(nowMs / 1000);
// Independent of the code under test: Slack's documented recipe.
const slackSig = (t: string, b: string, s = secret): string => `v0=${createHmac('sha256', s).update(`v0:${t}:${b}`).digest('hex')}`;

describe('verifySlackSignature', () => {
  it('accepts a real signature, for string and Buffer bodies', () => {
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: slackSig(ts, body), rawBody: body, nowMs }), { ok: true });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: slackSig(ts, body), rawBody: Buffer.from(body), nowMs }), { ok: true });
    assert.equal(computeSlackSignature(secret, ts, body), slackSig(ts, body));
  });

  it('handles multi-byte bodies byte for byte', () => {
    const b = 'text=Qin%20Gang&note=“non-lethal”';
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: slackSig(ts, b), rawBody: Buffer.from(b, 'utf8'), nowMs }), { ok: true });
  });

  it('refuses a tampered body, a wrong secret and a forged signature', () => {
    const sig = slackSig(ts, body);
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: sig, rawBody: `${body}x`, nowMs }), { ok: false, reason: 'signature-mismatch' });
    assert.deepEqual(verifySlackSignature({ signingSecret: 'other', timestamp: ts, signature: sig, rawBody: body, nowMs }), { ok: false, reason: 'signature-mismatch' });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: `v0=${'a'.repeat(64)}`, rawBody: body, nowMs }), { ok: false, reason: 'signature-mismatch' });
    // The signature covers the timestamp: replaying it with a fresher timestamp fails.
    const later = String(Number(ts) + 10);
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: later, signature: sig, rawBody: body, nowMs }), { ok: false, reason: 'signature-mismatch' });
  });

  it('refuses stale and far-future timestamps, accepting the edges of the tolerance', () => {
    const at = (offsetSec: number, toleranceSec?: number) => {
      const t = String(Number(ts) + offsetSec);
      return verifySlackSignature({ signingSecret: secret, timestamp: t, signature: slackSig(t, body), rawBody: body, nowMs, ...(toleranceSec === undefined ? {} : { toleranceSec }) });
    };
    assert.deepEqual(at(-300), { ok: true });
    assert.deepEqual(at(-301), { ok: false, reason: 'stale-timestamp' });
    assert.deepEqual(at(-3600), { ok: false, reason: 'stale-timestamp' });
    assert.deepEqual(at(300), { ok: true });
    assert.deepEqual(at(301), { ok: false, reason: 'stale-timestamp' });
    assert.deepEqual(at(-30, 10), { ok: false, reason: 'stale-timestamp' });
  });

  it('refuses missing and malformed headers', () => {
    const sig = slackSig(ts, body);
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: undefined, rawBody: body, nowMs }), { ok: false, reason: 'missing-signature' });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: undefined, signature: sig, rawBody: body, nowMs }), { ok: false, reason: 'missing-timestamp' });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: '', signature: sig, rawBody: body, nowMs }), { ok: false, reason: 'missing-timestamp' });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: '17e8', signature: sig, rawBody: body, nowMs }), { ok: false, reason: 'invalid-timestamp' });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: sig.slice(0, -1), rawBody: body, nowMs }), { ok: false, reason: 'malformed-signature' });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: sig.replace('v0=', 'v1='), rawBody: body, nowMs }), { ok: false, reason: 'malformed-signature' });
    assert.deepEqual(verifySlackSignature({ signingSecret: secret, timestamp: ts, signature: sig.toUpperCase().replace('V0=', 'v0='), rawBody: body, nowMs }), { ok: false, reason: 'malformed-signature' });
  });
});
