import assert from 'node:assert/strict';
import { deliverAsScheduler } from '../../helpers/deliver.ts';
import { test } from 'node:test';
import { idempotentNonce, recapRef } from '../../../src/adapters/discord/outbound.ts';
import { PlatformError, PlatformUnavailableError, RateLimitError } from '../../../src/domain/errors.ts';
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
    const result = await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [recap]);
    const attempts = h.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`));
    assert.equal(attempts[0]?.status, 429);
    assert.ok(attempts.slice(1).every((r) => r.status === 200));
    assert.equal(rateLimited, 1);
    const stored = h.fake.channels.get(CHANNEL_ID) ?? [];
    assert.ok(stored.length >= 2, 'the long recap is split');
    assert.equal(result.messageId, stored[0]?.id);
    const text = stored.flatMap((m) => (m['embeds'] as { description?: string }[]).map((e) => e.description ?? '')).join('\n');
    for (let i = 0; i < 12; i += 1) assert.ok(text.includes(`end-of-${i}.`), `paragraph ${i} delivered`);
    // Every part is an anchor: a reply to any of them is about the recap's topic.
    assert.deepEqual(result.anchors, stored.map((m) => m.id));
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

const KEY = 'sub-1@2025-03-03T08:00:00.000Z';
const footers = (m: Record<string, unknown>): string | undefined => (m['embeds'] as { footer?: { text: string } }[]).at(-1)?.footer?.text;
const historyReads = (h: { fake: { requests: { method: string; path: string }[] } }): number =>
  h.fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`)).length;

test('the process died after Discord accepted the recap: nonce dedupes a quick retry, the look-back a late one', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  const h = await startHarness(core);
  try {
    const recap = { ...stubBrief('china-russia-aid'), kind: 'recap' as const };
    const first = await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [recap], { idempotencyKey: KEY });
    const stored = (): Record<string, unknown>[] => h.fake.channels.get(CHANNEL_ID) ?? [];
    assert.equal(stored().length, 1);
    assert.equal(footers(stored()[0] ?? {}), `ref ${recapRef(KEY, 0)}`);
    const create = h.fake.requests.find((r) => r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`));
    const body = create?.body as Record<string, unknown> | undefined;
    assert.equal(body?.['nonce'], idempotentNonce(KEY, CHANNEL_ID, 0));
    assert.equal(body?.['enforce_nonce'], true);

    // Inside Discord's nonce window, even a retry without mayHavePosted is deduped by Discord.
    const quick = await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [recap], { idempotencyKey: KEY });
    assert.equal(quick.messageId, first.messageId);
    assert.equal(stored().length, 1);

    // After the window (a takeover waits for the lease), the look-back finds it by its footer ref.
    h.fake.expireNonces();
    const late = { ...recap, title: `${recap.title} (late)` };
    const again = await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [late], { idempotencyKey: KEY, mayHavePosted: true });
    assert.equal(again.messageId, first.messageId);
    assert.equal(again.channelId, CHANNEL_ID);
    assert.equal(stored().length, 1, 'exactly one recap in the channel');
    assert.equal(historyReads(h), 1);
    assert.equal(core.remembered.get(`discord:${CHANNEL_ID}:${first.messageId}`), 'china-russia-aid');

    // The scheduler can ask where a key went before it records a delivery as failed or skipped.
    const findPosted = h.adapter.delivery.findPosted?.bind(h.adapter.delivery);
    assert.ok(findPosted, 'the Discord target can look up an earlier post');
    assert.deepEqual(await findPosted(CHANNEL_ID, KEY), { messageId: first.messageId, channelId: CHANNEL_ID });
    assert.equal(await findPosted(CHANNEL_ID, `${KEY}-never-posted`), null);

    // Documented: after the window and without mayHavePosted nothing is looked up, so it posts.
    const blind = await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [recap], { idempotencyKey: KEY });
    assert.notEqual(blind.messageId, first.messageId);
    assert.equal(stored().length, 2);
    assert.equal(historyReads(h), 3);
  } finally {
    await h.close();
  }
});

test('a takeover of a half-posted long recap posts only the missing parts; unreadable history still posts', { timeout: 10_000 }, async () => {
  const h = await startHarness(new StubCore(), { adapter: { maxRateLimitWaitMs: 1000 } });
  try {
    const recap = { ...longBrief('china-russia-aid', 12, 100), kind: 'recap' as const };
    let seen = 0;
    h.fake.rateLimit((m, p) => channelPosts(m, p) && ++seen === 2, { retryAfterSec: 60 });
    const err = await h.adapter.delivery.post(CHANNEL_ID, [recap], { idempotencyKey: KEY }).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof RateLimitError, String(err));
    assert.equal(h.fake.channels.get(CHANNEL_ID)?.length, 1);
    const firstId = h.fake.channels.get(CHANNEL_ID)?.[0]?.id;

    h.fake.expireNonces();
    const done = await h.adapter.delivery.post(CHANNEL_ID, [recap], { idempotencyKey: KEY, mayHavePosted: true });
    const stored = h.fake.channels.get(CHANNEL_ID) ?? [];
    assert.equal(done.messageId, firstId);
    assert.ok(stored.length >= 2);
    assert.deepEqual(stored.map(footers), stored.map((_, i) => `Part ${i + 1} of ${stored.length} · ref ${recapRef(KEY, i)}`), 'each part once, in order');

    // Read Message History missing: warn and post anyway rather than lose the recap.
    const other = 'sub-2@2025-03-03T08:00:00.000Z';
    h.fake.fail((m, p) => m === 'GET' && p === `/channels/${CHANNEL_ID}/messages`, { status: 403 });
    const before = stored.length;
    await h.adapter.delivery.post(CHANNEL_ID, [stubBrief('y')], { idempotencyKey: other, mayHavePosted: true });
    assert.equal(h.fake.channels.get(CHANNEL_ID)?.length, before + 1);
  } finally {
    await h.close();
  }
});
