import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderBlockKit } from '../../../src/adapters/slack/render-block-kit.ts';
import { withoutShareButtons, withShareButton } from '../../../src/adapters/kit/share.ts';
import { MAX_BUTTON_VALUE } from '../../../src/adapters/slack/reply-sender.ts';
import { parseCommand } from '../../../src/domain/command.ts';
import type { CommandContext } from '../../../src/bot/contracts.ts';
import { checkMessage } from '../../fakes/slack/slack-limits.ts';
import { spyCore, type CoreCall } from './core-spy.ts';
import { startHarness, type Harness } from './harness.ts';

type Obj = Record<string, unknown>;
const blocksOf = (body: Obj): Obj[] => (body['blocks'] as Obj[] | undefined) ?? [];
const actionIds = (body: Obj): string[] =>
  blocksOf(body)
    .filter((b) => b['type'] === 'actions')
    .flatMap((b) => (b['elements'] as Obj[]).map((e) => String(e['action_id'])));

describe('Slack HTTP mode: signed slash commands through real Bolt', { timeout: 20_000 }, () => {
  let h: Harness;
  const calls: CoreCall[] = [];

  before(async () => {
    h = await startHarness({ users: [{ id: 'U1', name: 'alice' }, { id: 'UADMIN', name: 'root', is_admin: true }], wrapCore: (c, notify) => spyCore(c, calls, notify) });
  });
  after(async () => {
    await h.close();
  });

  it('acks /brief <topic> at once, then sends the short brief as one ephemeral card with buttons for the rest', async () => {
    const res = await h.command('china-russia-aid', { responseId: 'card' });
    assert.equal(res.status, 200);
    assert.equal(res.body, '', 'the ack is empty; the answer goes through response_url');
    const [card] = await h.fake.waitUntil(() => {
      const mine = h.fake.responses.filter((r) => r.id === 'card');
      return mine.length > 0 ? mine : undefined;
    });
    assert.ok(card);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(h.fake.responses.filter((r) => r.id === 'card').length, 1, 'one message, not four');
    assert.equal(card.body['response_type'], 'ephemeral');
    assert.equal(checkMessage(card.body as { text?: unknown; blocks?: unknown }), null);
    assert.deepEqual(actionIds(card.body), ['brief.timeline', 'brief.whoswho', 'brief.differences', 'brief.full', 'brief.sources', 'brief.ask', 'brief.share']);
    const text = JSON.stringify(card.body['blocks']);
    const words = text.replace(/\\n/g, ' ').split(/\s+/).length;
    assert.ok(words < 400, `a card, not the whole brief (${words} words of JSON text)`);
    assert.doesNotMatch(text, /“/, 'no quotes in the card: markers name the sources');
    assert.match(text, /\*\[3\]\* UrduPoint\.com · 2023-02-19/, 'each source named once, with its marker');
  });

  it('/brief <topic> full sends the whole brief, split to fit, with quotes grouped by source', async () => {
    const res = await h.command('china-russia-aid full', { responseId: 'brief' });
    assert.equal(res.status, 200);
    const parts = await h.fake.waitUntil(() => {
      const mine = h.fake.responses.filter((r) => r.id === 'brief');
      return mine.some((r) => actionIds(r.body).length > 0) ? mine : undefined;
    });
    assert.ok(parts.length >= 2, 'the full brief does not fit one Slack message');
    for (const p of parts) {
      assert.equal(p.body['response_type'], 'ephemeral');
      assert.equal(checkMessage(p.body as { text?: unknown; blocks?: unknown }), null);
      assert.ok(typeof p.body['text'] === 'string' && (p.body['text'] as string).length > 0, 'plain-text fallback');
    }
    const ids = actionIds(parts[parts.length - 1]!.body);
    assert.deepEqual(ids, ['brief.sources', 'brief.timeline', 'brief.ask', 'brief.share']);
    const headers = parts.map((p) => (blocksOf(p.body)[0]!['text'] as Obj)['text']);
    assert.match(String(headers[0]), /\(1\/\d\)$/);
    const text = JSON.stringify(parts.map((p) => p.body['blocks']));
    assert.match(text, /\*\[1\]\* “/, 'footnote for citation 1, with its quote');
    assert.match(text, /\*UrduPoint\.com · 2023-02-19 · _Blinken Expresses/, 'quotes are grouped under their source');
    // "date unknown" once per source per part, not once per quote.
    for (const p of parts) {
      const t = JSON.stringify(p.body['blocks']);
      const unknown = t.split('date unknown').length - 1;
      const quotes = t.split('“').length - 1;
      assert.ok(unknown <= 5, `part names each undated source once (${unknown} for ${quotes} quotes)`);
    }
  });

  for (const cmd of [
    'list',
    'help',
    'sources china-russia-aid',
    'timeline china-russia-aid',
    'ask china-russia-aid what did Blinken say about lethal aid?',
    'subscribe china-russia-aid daily 08:00',
    'subscriptions',
    'unsubscribe china-russia-aid',
    '',
  ]) {
    it(`passes "/brief ${cmd}" to the core and sends its reply`, async () => {
      const id = `cmd-${cmd.split(' ')[0] || 'empty'}`;
      const seen = calls.length;
      const res = await h.command(cmd, { responseId: id, channel: `C-${id}` });
      assert.equal(res.status, 200);
      const call = await h.fake.waitUntil(() => calls.slice(seen).find((c) => c.method === 'handleCommand'));
      assert.equal(call.args[0], cmd);
      const ctx = call.args[1] as CommandContext;
      assert.deepEqual([ctx.platform, ctx.channelId, ctx.user.id, ctx.threadId], ['slack', `C-${id}`, 'U1', undefined]);
      // What Slack got is exactly the core's reply, rendered: ephemeral through
      // response_url (with a Share button), or posted in the channel.
      const expected = await h.core.handleCommand(cmd, ctx);
      let payload: Obj;
      if (expected.ephemeral) {
        const [reply] = await h.fake.waitUntil(() => {
          const r = h.fake.responses.filter((x) => x.id === id);
          return r.length > 0 ? r : undefined;
        });
        payload = reply!.body;
        assert.equal(payload['response_type'], 'ephemeral');
        const rendered = renderBlockKit(withShareButton(expected.messages, parseCommand(cmd), MAX_BUTTON_VALUE)[0]!)[0]!;
        assert.deepEqual(payload['blocks'], JSON.parse(JSON.stringify(rendered.blocks)));
      } else {
        const [post] = await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === `C-${id}`);
        payload = post!.args;
        const rendered = renderBlockKit(withoutShareButtons(expected.messages[0]!))[0]!;
        assert.deepEqual(payload['blocks'], JSON.parse(JSON.stringify(rendered.blocks)));
      }
      assert.equal(checkMessage(payload as { blocks?: unknown }), null);
    });
  }

  it('answers list and help with their content', async () => {
    await h.command('list', { responseId: 'list2' });
    await h.command('help', { responseId: 'help2' });
    const list = await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'list2'));
    const help = await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'help2'));
    assert.match(JSON.stringify(list.body), /China and lethal aid to Russia/);
    assert.match(JSON.stringify(help.body), /\/brief &lt;topic&gt;/, 'usage text is escaped, not read as a Slack control sequence');
  });

  it('tells the core who is a channel manager: workspace admins via users.info, cached', async () => {
    await h.command('list', { responseId: 'perm-user', user: 'U1' });
    await h.command('list', { responseId: 'perm-admin', user: 'UADMIN' });
    await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'perm-admin'));
    const ctxOf = (user: string): CommandContext =>
      calls.filter((c) => c.method === 'handleCommand' && (c.args[1] as CommandContext).user.id === user).at(-1)!.args[1] as CommandContext;
    assert.equal(await ctxOf('U1').isChannelManager(), false);
    assert.equal(await ctxOf('UADMIN').isChannelManager(), true);
    assert.equal(await ctxOf('UADMIN').isChannelManager(), true);
    assert.equal(h.fake.callsTo('users.info').filter((c) => c.args['user'] === 'UADMIN').length, 1, 'cached');
  });

  it('the creator of a channel manages that channel (and only that one)', async () => {
    h.fake.channelCreators.set('COWN', 'U1');
    h.fake.channelCreators.set('COTHER', 'USOMEONE');
    await h.command('list', { responseId: 'own', user: 'U1', channel: 'COWN' });
    await h.command('list', { responseId: 'other', user: 'U1', channel: 'COTHER' });
    await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'other'));
    const ctxIn = (channel: string): CommandContext =>
      calls.filter((c) => c.method === 'handleCommand' && (c.args[1] as CommandContext).channelId === channel).at(-1)!.args[1] as CommandContext;
    assert.equal(await ctxIn('COWN').isChannelManager(), true);
    assert.equal(await ctxIn('COTHER').isChannelManager(), false);
    // And the refusal tells a user exactly what an operator should add.
    const r = await h.core.handleCommand('subscribe china-russia-aid daily 08:00', ctxIn('COTHER'));
    assert.match(JSON.stringify(r.messages), /add \\"slack:U1\\" to permissions\.allow/);
  });

  it('refuses a forged signature, a stale timestamp and missing headers with 401, and runs no handler', async () => {
    const before = calls.length;
    const responses = h.fake.responses.length;
    const forged = await h.command('list', { signature: `v0=${'0'.repeat(64)}` });
    const wrongSecret = await h.command('list', { secret: 'not-the-secret' });
    const stale = await h.command('list', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    const missing = await h.command('list', { unsigned: true });
    assert.deepEqual([forged.status, wrongSecret.status, stale.status, missing.status], [401, 401, 401, 401]);
    // A valid request afterwards is answered; the refused ones never reached the core.
    await h.command('list', { responseId: 'after-401' });
    await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'after-401'));
    assert.equal(calls.slice(before).filter((c) => c.method === 'handleCommand').length, 1);
    assert.equal(h.fake.responses.length, responses + 1);
  });

  it('serves /healthz', async () => {
    const res = await fetch(`http://127.0.0.1:${h.port()}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok', platform: 'slack', mode: 'http' });
  });
});
