import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildRecapMessage } from '../../../src/core/recaps/recap-message.ts';
import type { Message } from '../../../src/core/messages/message-model.ts';
import { PlatformError, PlatformUnavailableError, RateLimitError } from '../../../src/core/errors.ts';
import { checkMessage } from '../../fakes/slack/slack-limits.ts';
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
    assert.ok(calls.some((c) => c.method === 'rememberThread' && c.args[2] === posted.messageId && c.args[3] === 'china-russia-aid'));
  });

  it('posts a long brief as a message plus thread continuations, retrying a rate-limited continuation in place', async () => {
    const brief = (await h.core.handleCommand('china-russia-aid', { platform: 'slack', user: { id: 'U1' }, channelId: 'CLONG', isChannelManager: async () => false })).messages;
    const before = h.fake.calls.length;
    h.sleeps.length = 0;
    // Let part 1 through, then limit the next call (a continuation) once.
    const first = h.adapter.delivery.post('CLONG', brief);
    await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CLONG');
    h.fake.rateLimit('chat.postMessage', 2);
    const posted = await first;
    const mine = h.fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage');
    const accepted = mine.filter((c) => c.status === 200);
    assert.ok(accepted.length >= 3, `expected several parts, got ${accepted.length}`);
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
