import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ASK_VIEW_ID } from '../../../src/adapters/slack/inbound.ts';
import { checkMessage } from '../../fakes/slack/slack-limits.ts';
import { spyCore, type CoreCall } from './core-spy.ts';
import { startHarness, type Harness } from './harness.ts';

type Obj = Record<string, unknown>;

function viewSubmission(meta: Obj, question: string, inChannel: boolean): Obj {
  return {
    type: 'view_submission',
    team: { id: 'T1', domain: 'fake' },
    user: { id: 'U1', username: 'alice', name: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: 'trigger-3',
    view: {
      id: 'V1',
      team_id: 'T1',
      type: 'modal',
      callback_id: ASK_VIEW_ID,
      private_metadata: JSON.stringify(meta),
      hash: 'h',
      state: {
        values: {
          question: { question: { type: 'plain_text_input', value: question } },
          visibility: { visibility: { type: 'checkboxes', selected_options: inChannel ? [{ value: 'in_channel', text: { type: 'plain_text', text: 'x' } }] : [] } },
        },
      },
    },
  };
}

describe('Slack buttons and the "Ask a question" modal through real Bolt', { timeout: 20_000 }, () => {
  let h: Harness;
  const calls: CoreCall[] = [];

  before(async () => {
    h = await startHarness({ wrapCore: (c, notify) => spyCore(c, calls, notify) });
  });
  after(async () => {
    await h.close();
  });

  it('Sources and Timeline buttons answer ephemerally through response_url', async () => {
    const a = await h.button('brief.sources', JSON.stringify({ kind: 'view', view: 'sources', topic: 'china-russia-aid' }), { responseId: 'src' });
    const b = await h.button('brief.timeline', JSON.stringify({ kind: 'view', view: 'timeline', topic: 'china-russia-aid' }), { responseId: 'tl' });
    assert.deepEqual([a.status, b.status], [200, 200]);
    const src = await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'src'));
    const tl = await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'tl'));
    assert.equal(src.body['response_type'], 'ephemeral');
    assert.equal(src.body['replace_original'], false);
    assert.match(JSON.stringify(src.body), /UrduPoint/);
    assert.match(JSON.stringify(tl.body), /Timeline/);
    assert.ok(calls.some((c) => c.method === 'handleCommand' && JSON.stringify(c.args[0]) === JSON.stringify({ kind: 'view', view: 'sources', topic: 'china-russia-aid' })));
  });

  it('"Share in channel" of the full brief posts it in the channel, continues it in the thread, and remembers the topic', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const res = await h.button('brief.share', JSON.stringify({ kind: 'publish', command: { kind: 'view', view: 'full', topic: 'china-russia-aid' } }), { channel: 'CSHARE' });
    assert.equal(res.status, 200);
    const remembered = await h.fake.waitUntil(() => calls.find((c) => c.method === 'rememberThread' && c.args[1] === 'CSHARE'));
    const posts = h.fake.callsTo('chat.postMessage').slice(before);
    assert.ok(posts.length >= 2, 'the real brief needs more than one message');
    const [root, ...rest] = posts;
    assert.equal(root!.args['channel'], 'CSHARE');
    assert.equal(root!.args['thread_ts'], undefined);
    const rootTs = root!.response['ts'];
    for (const p of rest) assert.equal(p.args['thread_ts'], rootTs, 'continuations go in the thread of part 1');
    for (const p of posts) {
      assert.equal(p.response['ok'], true, `fake accepted: ${JSON.stringify(p.response)}`);
      assert.equal(checkMessage(p.args as Obj), null);
    }
    assert.deepEqual(remembered.args, ['slack', 'CSHARE', rootTs, 'china-russia-aid']);
    assert.doesNotMatch(JSON.stringify(posts.map((p) => p.args['blocks'])), /brief\.share/, 'no share button once shared');
  });

  it('"Share in channel" on a card posts the card: one message in the channel', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.button('brief.share', JSON.stringify({ kind: 'publish', command: { kind: 'view', view: 'card', topic: 'china-russia-aid' } }), { channel: 'CCARD' });
    await h.fake.waitUntil(() => calls.find((c) => c.method === 'rememberThread' && c.args[1] === 'CCARD'));
    const posts = h.fake.callsTo('chat.postMessage').slice(before).filter((c) => c.args['channel'] === 'CCARD');
    assert.equal(posts.length, 1);
    assert.match(JSON.stringify(posts[0]!.args['blocks']), /brief\.full/, 'with a button for the full brief');
  });

  it('our Share button re-runs the command it was attached to and posts the result in channel', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.button('brief.share', JSON.stringify({ kind: 'publish', command: { kind: 'view', view: 'timeline', topic: 'china-russia-aid' } }), { channel: 'CTL' });
    const [post] = await h.fake.waitForCalls('chat.postMessage', before + 1);
    assert.ok(post);
    const mine = h.fake.callsTo('chat.postMessage').slice(before);
    assert.equal(mine[0]!.args['channel'], 'CTL');
    assert.match(JSON.stringify(mine[0]!.args['blocks']), /Timeline/);
  });

  it('"Ask a question" opens a modal, and its submission answers ephemerally or in channel', async () => {
    await h.button('brief.ask', JSON.stringify({ kind: 'ask', topic: 'china-russia-aid', question: '' }), { channel: 'CASK', threadTs: '1700000000.000100' });
    const [open] = await h.fake.waitForCalls('views.open');
    assert.equal(open!.args['trigger_id'], 'trigger-2');
    const view = open!.args['view'] as Obj;
    assert.equal(view['callback_id'], ASK_VIEW_ID);
    const meta = JSON.parse(String(view['private_metadata'])) as Obj;
    assert.deepEqual(meta, { t: 'china-russia-aid', c: 'CASK', th: '1700000000.000100' });

    const empty = await h.interaction(viewSubmission(meta, '   ', false));
    assert.equal(empty.status, 200);
    assert.deepEqual(JSON.parse(empty.body), { response_action: 'errors', errors: { question: 'Please type a question.' } });

    const priv = await h.interaction(viewSubmission(meta, 'What did Blinken\nsay in June?', false));
    assert.equal(priv.status, 200);
    const [eph] = await h.fake.waitForCalls('chat.postEphemeral', 1, (c) => c.args['channel'] === 'CASK');
    assert.equal(eph!.args['user'], 'U1');
    assert.equal(eph!.args['thread_ts'], '1700000000.000100');
    assert.ok(calls.some((c) => c.method === 'handleCommand' && JSON.stringify(c.args[0]) === JSON.stringify({ kind: 'ask', topic: 'china-russia-aid', question: 'What did Blinken say in June?' })));

    await h.interaction(viewSubmission(meta, 'Who is Wang Yi?', true));
    const [pub] = await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CASK');
    assert.equal(pub!.args['thread_ts'], '1700000000.000100', 'answered in the thread the button was in');
  });

  it('falls back to chat.postEphemeral when the response_url has expired', async () => {
    h.fake.setResponseUrlStatus(404);
    try {
      await h.button('brief.sources', JSON.stringify({ kind: 'view', view: 'sources', topic: 'china-russia-aid' }), { channel: 'CEXP' });
      const [eph] = await h.fake.waitForCalls('chat.postEphemeral', 1, (c) => c.args['channel'] === 'CEXP');
      assert.match(JSON.stringify(eph!.args['blocks']), /UrduPoint/);
    } finally {
      h.fake.setResponseUrlStatus(200);
    }
  });
});
