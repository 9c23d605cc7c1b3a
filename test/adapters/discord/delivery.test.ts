import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlatformError, PlatformUnavailableError, RateLimitError } from '../../../src/core/errors.ts';
import { CHANNEL_ID } from '../../fakes/discord/fake-discord.ts';
import { StubCore, longBrief, stubBrief } from '../../fakes/discord/stub-core.ts';
import { startHarness } from './harness.ts';

const channelPosts = (method: string, path: string): boolean => method === 'POST' && path === `/channels/${CHANNEL_ID}/messages`;

test('a recap hit by a 429 waits as the headers say and is delivered, nothing lost', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  const h = await startHarness(core);
  try {
    let rateLimited = 0;
    h.adapter.client.rest.on('rateLimited', () => (rateLimited += 1));
    h.fake.rateLimit(channelPosts, { retryAfterSec: 0.05, count: 1 });
    const recap = { ...longBrief('china-russia-aid', 12, 100), kind: 'recap' as const };
    const result = await h.adapter.delivery.post(CHANNEL_ID, [recap]);
    const attempts = h.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`));
    assert.equal(attempts[0]?.status, 429);
    assert.ok(attempts.slice(1).every((r) => r.status === 200));
    assert.equal(rateLimited, 1);
    const stored = h.fake.channels.get(CHANNEL_ID) ?? [];
    assert.ok(stored.length >= 2, 'the long recap is split');
    assert.equal(result.messageId, stored[0]?.id);
    const text = stored.flatMap((m) => (m['embeds'] as { description?: string }[]).map((e) => e.description ?? '')).join('\n');
    for (let i = 0; i < 12; i += 1) assert.ok(text.includes(`end-of-${i}.`), `paragraph ${i} delivered`);
    for (const m of stored) assert.equal(core.remembered.get(`discord:${CHANNEL_ID}:${m.id}`), 'china-russia-aid');
  } finally {
    await h.close();
  }
});

test('a long rate limit surfaces as RateLimitError; the retry posts only what is missing', { timeout: 10_000 }, async () => {
  const h = await startHarness(new StubCore(), { adapter: { maxRateLimitWaitMs: 1000 } });
  try {
    const recap = { ...longBrief('china-russia-aid', 12, 100), kind: 'recap' as const };
    // The first part goes through, the second is rate limited for a minute.
    let seen = 0;
    h.fake.rateLimit((m, p) => channelPosts(m, p) && ++seen === 2, { retryAfterSec: 60 });
    const err = await h.adapter.delivery.post(CHANNEL_ID, [recap]).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof RateLimitError, String(err));
    assert.ok(err.retryAfterMs >= 60_000 && err.retryAfterMs < 61_000, String(err.retryAfterMs));
    assert.equal(h.fake.channels.get(CHANNEL_ID)?.length, 1);

    // The scheduler retries later: the part already posted is not posted twice (nonce).
    const again = await h.adapter.delivery.post(CHANNEL_ID, [recap]);
    const stored = h.fake.channels.get(CHANNEL_ID) ?? [];
    assert.ok(stored.length >= 2);
    assert.equal(again.messageId, stored[0]?.id);
    const parts = stored.map((m) => (m['embeds'] as { footer?: { text: string } }[]).at(-1)?.footer?.text);
    assert.deepEqual(parts, stored.map((_, i) => `Part ${i + 1} of ${stored.length}`));
  } finally {
    await h.close();
  }
});

test('refusals become PlatformError (with status and code) and server errors PlatformUnavailableError', { timeout: 20_000 }, async () => {
  const h = await startHarness(new StubCore());
  try {
    const unknown = await h.adapter.delivery.post('1100000000000000404', [stubBrief('x')]).then(() => null, (e: unknown) => e);
    assert.ok(unknown instanceof PlatformError, String(unknown));
    assert.equal(unknown.status, 404);
    assert.equal(unknown.platformCode, '10003');
    assert.match(unknown.message, /POST .*\/channels\/1100000000000000404\/messages/);

    // 5xx on every attempt discord.js makes (1 + 3 retries): unavailable, retryable.
    h.fake.fail(channelPosts, { status: 502, count: 4 });
    const bad = await h.adapter.delivery.post(CHANNEL_ID, [stubBrief('x')]).then(() => null, (e: unknown) => e);
    assert.ok(bad instanceof PlatformUnavailableError, String(bad));
    assert.match(bad.message, /502/);

    // A transient 500 is retried by discord.js and the recap still goes out once.
    const before = h.fake.channels.get(CHANNEL_ID)?.length ?? 0;
    h.fake.fail(channelPosts, { status: 500, count: 1 });
    await h.adapter.delivery.post(CHANNEL_ID, [stubBrief('y')]);
    assert.equal(h.fake.channels.get(CHANNEL_ID)?.length, before + 1);

    // Discord unreachable (and the gateway gone): unavailable; stop() still ends cleanly.
    await h.fake.stop();
    const down = await h.adapter.delivery.post(CHANNEL_ID, [stubBrief('x')]).then(() => null, (e: unknown) => e);
    assert.ok(down instanceof PlatformUnavailableError, String(down));
  } finally {
    await h.adapter.stop();
  }
});
