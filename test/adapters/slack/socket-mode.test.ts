import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buttonPayload, mentionEvent } from '../../fakes/slack/slack-requests.ts';
import { startHarness, type Harness } from './harness.ts';

function commandPayload(text: string, responseUrl: string): Record<string, unknown> {
  return {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'fake',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'alice',
    command: '/brief',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: 'trigger-9',
  };
}

describe('Slack Socket Mode through real Bolt', { timeout: 20_000 }, () => {
  let h: Harness;

  before(async () => {
    h = await startHarness({ socket: true });
  });
  after(async () => {
    await h.close();
  });

  it('connects with the app token and reports it on /healthz', async () => {
    const opens = h.fake.callsTo('apps.connections.open');
    assert.equal(opens.length, 1);
    assert.equal(opens[0]!.token, h.fake.appToken);
    assert.equal(h.fake.socketConnections, 1);
    const health = (await (await fetch(`http://127.0.0.1:${h.port()}/healthz`)).json()) as Record<string, unknown>;
    assert.deepEqual(health, { status: 'ok', platform: 'slack', mode: 'socket', socket: 'connected' });
    const events = await fetch(`http://127.0.0.1:${h.port()}/slack/events`, { method: 'POST', body: 'x' });
    assert.equal(events.status, 404, 'no HTTP events endpoint in Socket Mode');
  });

  it('acks a slash command envelope and answers through response_url', async () => {
    const ack = await h.fake.pushEnvelope('slash_commands', commandPayload('list', h.fake.responseUrl('sock-list')));
    assert.deepEqual(ack, {});
    const reply = await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'sock-list'));
    assert.match(JSON.stringify(reply.body), /China and lethal aid to Russia/);
  });

  it('acks events and interactive envelopes', async () => {
    const evAck = await h.fake.pushEnvelope('events_api', mentionEvent({ eventId: 'EvS1', text: '<@UBOT> hello', ts: '1700005000.000100' }));
    assert.ok(evAck);
    const [post] = await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['thread_ts'] === '1700005000.000100');
    assert.ok(post);
    const btnAck = await h.fake.pushEnvelope('interactive', buttonPayload({ actionId: 'brief.sources', value: 'china-russia-aid', responseUrl: h.fake.responseUrl('sock-btn') }));
    assert.ok(btnAck);
    await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'sock-btn'));
  });

  it('answers a retried event envelope once', async () => {
    const ev = mentionEvent({ eventId: 'EvS2', text: '<@UBOT> again', ts: '1700005001.000100' });
    await h.fake.pushEnvelope('events_api', ev);
    await h.fake.pushEnvelope('events_api', ev, { retry_attempt: 1, retry_reason: 'timeout' });
    await h.fake.pushEnvelope('events_api', mentionEvent({ eventId: 'EvS3', text: '<@UBOT> third', ts: '1700005002.000100' }));
    await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['thread_ts'] === '1700005002.000100');
    assert.equal(h.fake.callsTo('chat.postMessage').filter((c) => c.args['thread_ts'] === '1700005001.000100').length, 1);
  });

  it('reconnects after a disconnect message and keeps working', async () => {
    h.fake.sendDisconnect();
    await h.fake.waitForConnections(2);
    assert.equal(h.fake.callsTo('apps.connections.open').length, 2);
    const ack = await h.fake.pushEnvelope('slash_commands', commandPayload('help', h.fake.responseUrl('sock-help')));
    assert.deepEqual(ack, {});
    await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'sock-help'));
  });
});
