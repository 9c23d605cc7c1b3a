import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { webApi } from '@slack/bolt';
import { SlackDelivery, SlackPoster } from '../../../src/adapters/slack/outbound.ts';
import { buildRecapMessage } from '../../../src/recaps/recap-message.ts';
import type { Message } from '../../../src/domain/messages/message-model.ts';
import { PlatformError, PlatformUnavailableError, RateLimitError } from '../../../src/domain/errors.ts';
import { checkMessage } from '../../fakes/slack/slack-limits.ts';
import { captureLogger } from '../../recaps/scheduler-harness.ts';
import { spyCore, type CoreCall } from './core-spy.ts';
import { startHarness, type Harness } from './harness.ts';

describe('Slack recap delivery (DeliveryTarget) against the fake Web API', { timeout: 20_000 }, () => {
  let h: Harness;
  let recap: Message;
  const calls: CoreCall[] = [];

  before(async () => {
    h = await startHarness({ wrapCore: (c, notify) => spyCore(c, calls, notify) });
    const brief = h.testCore.bundle.catalog.get('china-russia-aid');
    assert.ok(brief);
    const built = buildRecapMessage({ brief, previous: null, whenUnchanged: 'line', timezone: 'UTC' });
    assert.ok(built.message);
    recap = built.message;
  });
  after(async () => {
    await h.close();
  });

  it('surfaces a 429 as RateLimitError with Retry-After, posts nothing, and succeeds on retry', async () => {
    h.fake.rateLimit('chat.postMessage', 7);
    const err = await h.adapter.delivery.post('CREC', [recap]).then(
      () => assert.fail('expected a rate limit'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof RateLimitError, String(err));
    assert.equal(err.retryAfterMs, 7000);
    assert.equal(h.fake.callsTo('chat.postMessage').filter((c) => c.status === 200).length, 0);
    assert.deepEqual(h.sleeps, [], 'the adapter does not wait; the scheduler decides');

    // The scheduler retries later.
    const posted = await h.adapter.delivery.post('CREC', [recap]);
    const ok = h.fake.callsTo('chat.postMessage').filter((c) => c.status === 200 && c.args['channel'] === 'CREC');
    assert.ok(ok.length >= 1);
    assert.equal(posted.messageId, ok[0]!.response['ts']);
    assert.equal(posted.channelId, 'CREC');
    for (const c of ok) {
      assert.equal(c.response['ok'], true);
      assert.equal(checkMessage(c.args), null);
    }
    for (const c of ok.slice(1)) assert.equal(c.args['thread_ts'], posted.messageId);
    // The delivery only posts; the scheduler has the bot remember the thread's topic.
    assert.equal(posted.anchors, undefined, 'replies go in the thread of part 1: its ts is the one anchor');
    assert.ok(!calls.some((c) => c.method === 'rememberThread'));
  });

  it('posts a long brief as a message plus thread continuations, retrying a rate-limited continuation in place', async () => {
    const brief = (await h.core.handleCommand('full china-russia-aid', { platform: 'slack', user: { id: 'U1' }, channelId: 'CLONG', isChannelManager: async () => false })).messages;
    const before = h.fake.calls.length;
    h.sleeps.length = 0;
    // Let part 1 through, then limit the next call (a continuation) once.
    const first = h.adapter.delivery.post('CLONG', brief);
    await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CLONG');
    h.fake.rateLimit('chat.postMessage', 2);
    const posted = await first;
    const mine = h.fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage');
    const accepted = mine.filter((c) => c.status === 200);
    assert.ok(accepted.length >= 2, `expected several parts, got ${accepted.length}`);
    assert.equal(new Set(accepted.map((c) => JSON.stringify(c.args['blocks']))).size, accepted.length, 'each part posted once');
    assert.deepEqual(h.sleeps, [2000], 'honoured Retry-After for the continuation');
    assert.equal(accepted[0]!.response['ts'], posted.messageId);
    // Every claim and every footnote made it: the [n] markers of the message all appear.
    const text = JSON.stringify(accepted.map((c) => c.args['blocks']));
    for (const c of brief[0]!.citations) assert.ok(text.includes(`*[${c.n}]*`), `footnote [${c.n}] missing`);
  });

  it('translates Slack errors: invalid_auth and channel_not_found are permanent, 5xx is retryable', async () => {
    h.fake.fail('chat.postMessage', 'channel_not_found');
    const notFound = await h.adapter.delivery.post('CGONE', [recap]).catch((e: unknown) => e);
    assert.ok(notFound instanceof PlatformError);
    assert.equal(notFound.platformCode, 'channel_not_found');

    h.fake.fail('chat.postMessage', 'internal_error');
    const transient = await h.adapter.delivery.post('CX', [recap]).catch((e: unknown) => e);
    assert.ok(transient instanceof PlatformUnavailableError, String(transient));
  });
});

const silentSlackLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => webApi.LogLevel.ERROR,
  setName: () => undefined,
} as unknown as webApi.Logger;

describe('Slack recap delivery: idempotency keys in message metadata', { timeout: 20_000 }, () => {
  let h: Harness;
  let recap: Message;
  const calls: CoreCall[] = [];
  const KEY = 'sub-1@2025-03-03T08:00:00.000Z';

  before(async () => {
    h = await startHarness({ wrapCore: (c, notify) => spyCore(c, calls, notify) });
    const brief = h.testCore.bundle.catalog.get('china-russia-aid');
    assert.ok(brief);
    const built = buildRecapMessage({ brief, previous: null, whenUnchanged: 'line', timezone: 'UTC' });
    assert.ok(built.message);
    recap = built.message;
  });
  after(async () => {
    await h.close();
  });

  /** A SlackDelivery of its own, with a capturing logger and a clock the test sets. */
  function ownDelivery(now: () => Date = () => new Date()): { delivery: SlackDelivery; logs: Record<string, unknown>[] } {
    const { logger, logs } = captureLogger();
    const client = new webApi.WebClient(h.fake.botToken, { slackApiUrl: h.fake.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 }, logger: silentSlackLogger });
    const delivery = new SlackDelivery(new SlackPoster(client, logger), logger, { clock: now });
    return { delivery, logs };
  }

  it('the process died after Slack accepted the post: the retry with mayHavePosted finds it and posts nothing', async () => {
    const first = await h.adapter.delivery.post('CIDEM', [recap], { idempotencyKey: KEY });
    const [stored] = h.fake.channelMessages('CIDEM');
    const parts = h.fake.allMessages('CIDEM').length;
    assert.deepEqual(stored?.metadata, { event_type: 'briefbot_recap', event_payload: { key: KEY, part: '1', of: String(parts) } });
    assert.equal(stored?.ts, first.messageId);
    calls.length = 0;

    // The store never heard of it; the replica taking over retries with the same key.
    const again = await h.adapter.delivery.post('CIDEM', [recap], { idempotencyKey: KEY, mayHavePosted: true });
    assert.equal(again.messageId, first.messageId);
    assert.equal(again.channelId, 'CIDEM');
    assert.equal(h.fake.channelMessages('CIDEM').length, 1, 'exactly one recap in the channel');
    const [history] = h.fake.callsTo('conversations.history').slice(-1);
    assert.equal(history?.args['channel'], 'CIDEM');
    assert.equal(history?.args['include_all_metadata'], 'true');
    assert.equal(history?.args['limit'], '50');
    const oldest = Number(history?.args['oldest']);
    assert.ok(Math.abs(Date.now() / 1000 - 24 * 3600 - oldest) < 600, `looks back about 24 h (oldest=${oldest})`);
    // The same thread as the first post, so follow-ups in it still know its topic.
    assert.equal(again.messageId, first.messageId);
  });

  it('Slack answers 500 after storing a continuation: the retry finds that part in the thread and does not post it twice', async () => {
    const brief = (await h.core.handleCommand('full china-russia-aid', { platform: 'slack', user: { id: 'U1' }, channelId: 'CP500', isChannelManager: async () => false })).messages;
    const first = h.adapter.delivery.post('CP500', brief, { idempotencyKey: 'sub-500@2025-03-03T08:00:00.000Z' });
    await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CP500');
    h.fake.failAfterStore(1); // the next part (a continuation) is stored, but answered 500
    const posted = await first;
    const stored = h.fake.allMessages('CP500');
    const parts = stored.map((m) => Number((m.metadata?.event_payload as { part?: string } | undefined)?.part));
    const of = Number((stored[0]?.metadata?.event_payload as { of?: string } | undefined)?.of);
    assert.ok(of >= 2, `a multi-part recap (${of} parts)`);
    assert.deepEqual(parts, Array.from({ length: of }, (_, i) => i + 1), 'every part exactly once, in order');
    assert.ok(stored.slice(1).every((m) => m.thread_ts === posted.messageId));
    assert.ok(h.fake.callsTo('conversations.replies').some((c) => c.args['ts'] === posted.messageId), 'looked in the thread before retrying');
  });

  it('Slack answers 500 after storing the first part: the retry with mayHavePosted posts only the missing continuations', async () => {
    const brief = (await h.core.handleCommand('full china-russia-aid', { platform: 'slack', user: { id: 'U1' }, channelId: 'CF500', isChannelManager: async () => false })).messages;
    const key = 'sub-f500@2025-03-03T08:00:00.000Z';
    h.fake.failAfterStore(1);
    const err = await h.adapter.delivery.post('CF500', brief, { idempotencyKey: key }).catch((e: unknown) => e);
    assert.ok(err instanceof PlatformUnavailableError, `an unknown outcome the scheduler retries: ${String(err)}`);
    assert.equal(h.fake.allMessages('CF500').length, 1, 'part 1 is in the channel, the rest not yet');
    // The scheduler's retry (outcome unknown → mayHavePosted).
    const posted = await h.adapter.delivery.post('CF500', brief, { idempotencyKey: key, mayHavePosted: true });
    const stored = h.fake.allMessages('CF500');
    const of = Number((stored[0]?.metadata?.event_payload as { of?: string } | undefined)?.of);
    assert.equal(stored[0]?.ts, posted.messageId);
    assert.equal(h.fake.channelMessages('CF500').length, 1, 'one recap message in the channel');
    assert.deepEqual(stored.map((m) => Number((m.metadata?.event_payload as { part?: string } | undefined)?.part)), Array.from({ length: of }, (_, i) => i + 1), 'the continuations were posted, once each');
  });

  it('findPosted tells the scheduler where an earlier attempt of a key went', async () => {
    const key = 'sub-find@2025-03-03T08:00:00.000Z';
    assert.equal(await h.adapter.delivery.findPosted('CFIND', key), null);
    const first = await h.adapter.delivery.post('CFIND', [recap], { idempotencyKey: key });
    assert.deepEqual(await h.adapter.delivery.findPosted('CFIND', key), { messageId: first.messageId, channelId: 'CFIND' });
  });

  it('without mayHavePosted it posts again: Slack has no server-side dedupe, only the look-up prevents a double', async () => {
    // The scheduler omits mayHavePosted only when no earlier attempt of the key can have reached Slack.
    const before = h.fake.callsTo('conversations.history').length;
    const first = await h.adapter.delivery.post('CTWICE', [recap], { idempotencyKey: KEY });
    const second = await h.adapter.delivery.post('CTWICE', [recap], { idempotencyKey: KEY });
    assert.notEqual(second.messageId, first.messageId);
    assert.equal(h.fake.channelMessages('CTWICE').length, 2);
    assert.equal(h.fake.callsTo('conversations.history').length, before, 'no look-up when nothing may have been posted');
  });

  it('a different key, or an earlier post outside the look-back window, does not count', async () => {
    await h.adapter.delivery.post('COTHER', [recap], { idempotencyKey: 'sub-1@2025-03-02T08:00:00.000Z' });
    const posted = await h.adapter.delivery.post('COTHER', [recap], { idempotencyKey: KEY, mayHavePosted: true });
    assert.equal(h.fake.channelMessages('COTHER').length, 2);
    assert.equal(h.fake.channelMessages('COTHER')[1]?.ts, posted.messageId);

    await h.adapter.delivery.post('COLD', [recap], { idempotencyKey: KEY });
    const later = ownDelivery(() => new Date(Date.now() + 25 * 3600_000));
    await later.delivery.post('COLD', [recap], { idempotencyKey: KEY, mayHavePosted: true });
    assert.equal(h.fake.channelMessages('COLD').length, 2, 'older than 24 h: not looked at');
  });

  it('without history scopes it warns and posts anyway (never loses a recap); a rate-limited look-up is retried later', async () => {
    const { delivery, logs } = ownDelivery();
    await delivery.post('CSCOPE', [recap], { idempotencyKey: KEY });
    h.fake.fail('conversations.history', 'missing_scope');
    await delivery.post('CSCOPE', [recap], { idempotencyKey: KEY, mayHavePosted: true });
    assert.equal(h.fake.channelMessages('CSCOPE').length, 2);
    const warning = logs.find((l) => l['level'] === 40 && l['code'] === 'missing_scope');
    assert.ok(warning, 'logged a warning');
    assert.match(String(warning['msg']), /channels:history/);

    h.fake.fail('conversations.history', 'not_in_channel');
    await delivery.post('CSCOPE', [recap], { idempotencyKey: KEY, mayHavePosted: true });
    assert.equal(h.fake.channelMessages('CSCOPE').length, 3);
    assert.ok(logs.some((l) => l['level'] === 40 && l['code'] === 'not_in_channel'));

    h.fake.rateLimit('conversations.history', 3);
    const err = await delivery.post('CSCOPE', [recap], { idempotencyKey: KEY, mayHavePosted: true }).catch((e: unknown) => e);
    assert.ok(err instanceof RateLimitError, String(err));
    assert.equal(err.retryAfterMs, 3000);
    assert.equal(h.fake.channelMessages('CSCOPE').length, 3, 'nothing posted while unsure');
  });
});
