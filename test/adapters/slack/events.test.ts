import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CommandContext } from '../../../src/bot/contracts.ts';
import { mentionEvent } from '../../fakes/slack/slack-requests.ts';
import { allStrings, checkMessage, PING_PATTERN } from '../../fakes/slack/slack-limits.ts';
import { makeTempBriefs, type TempBriefs } from '../../helpers/temp-briefs.ts';
import { spyCore, type CoreCall } from './core-spy.ts';
import { startHarness, type Harness } from './harness.ts';

const EVIL = '<!channel> @here <@U0BOSS> *urgent* please read & share <https://evil.example|click>';

describe('Slack mentions, thread follow-ups, retries and escaping through real Bolt', { timeout: 20_000 }, () => {
  let h: Harness;
  let briefs: TempBriefs;
  const calls: CoreCall[] = [];
  const mentions = (): CoreCall[] => calls.filter((c) => c.method === 'handleMention');

  before(async () => {
    // A real brief whose source and claim contain Slack control sequences.
    briefs = makeTempBriefs();
    appendFileSync(path.join(briefs.briefsDir, 'china-russia-aid/sources/004_210360c1a760f1ee.txt'), `\nA forum post read "${EVIL}" according to the report.\n`);
    briefs.replace('## Key points\n', `## Key points\n\n- **Forum users:** A forum post addressed <!channel> and @here with *urgent* news & <b>markup</b>. [@beijing-assurances: ${EVIL}]\n`);
    h = await startHarness({ briefsDir: briefs.briefsDir, wrapCore: (c, notify) => spyCore(c, calls, notify) });
  });
  after(async () => {
    await h.close();
    briefs.cleanup();
  });

  it('answers url_verification with the challenge', async () => {
    const res = await h.event({ type: 'url_verification', token: 'legacy', challenge: 'abc123' });
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(res.body), { challenge: 'abc123' });
  });

  it('escapes document text so nothing in a posted brief can ping anyone', async () => {
    // The full brief carries every quote (the card only names sources).
    await h.command('china-russia-aid full', { responseId: 'evil' });
    await h.button('brief.share', JSON.stringify({ kind: 'publish', command: { kind: 'view', view: 'full', topic: 'china-russia-aid' } }), { channel: 'CEVIL' });
    await h.fake.waitUntil(() => calls.find((c) => c.method === 'rememberThread' && c.args[1] === 'CEVIL'));
    const ephemeral = h.fake.responses.filter((r) => r.id === 'evil').map((r) => r.body);
    const posted = h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === 'CEVIL').map((c) => c.args);
    assert.ok(ephemeral.length > 0 && posted.length > 0);
    for (const payload of [...ephemeral, ...posted]) {
      for (const s of allStrings(payload)) assert.doesNotMatch(s, PING_PATTERN, `control sequence leaked: ${s.slice(0, 200)}`);
      assert.equal(checkMessage(payload), null);
    }
    const text = JSON.stringify(posted);
    assert.match(text, /&lt;!channel&gt; and @here/, 'the claim is shown, escaped');
    assert.match(text, /&lt;https:\/\/evil\.example\|click&gt;/, 'the quote cannot become a link');
    assert.match(text, /&amp; share/);
    assert.match(text, /\u200b\*\u200burgent\u200b\*\u200b/, 'formatting characters are neutralised');
    assert.match(text, /"verbatim":true/);
    for (const p of posted) assert.equal(p['link_names'], 'false');
  });

  it('answers a mention in a brief thread in that thread, once, even when Slack retries the event', async () => {
    const root = h.fake.callsTo('chat.postMessage').find((c) => c.args['channel'] === 'CEVIL' && c.args['thread_ts'] === undefined)!;
    const rootTs = String(root.response['ts']);
    const event = mentionEvent({ eventId: 'Ev1', text: '<@UBOT> what did the forum post say?', channel: 'CEVIL', ts: '1700000999.000100', threadTs: rootTs });
    const res = await h.event(event);
    assert.equal(res.status, 200);
    const [answer] = await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CEVIL' && c.args['thread_ts'] === rootTs && c.args['text'] !== root.args['text'] && !String(c.args['text']).includes('continued'));
    assert.ok(answer);
    const call = mentions()[0]!;
    assert.equal(call.args[0], 'what did the forum post say?');
    assert.equal((call.args[1] as CommandContext).threadId, rootTs);
    for (const s of allStrings(answer.args)) assert.doesNotMatch(s, PING_PATTERN);

    // Slack retries the same event (x-slack-retry-num); it is acked but not answered again.
    const retry = await h.event(event, { extraHeaders: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    assert.equal(retry.status, 200);
    // A later, different event is answered; by then the retry would have been too.
    await h.event(mentionEvent({ eventId: 'Ev2', text: '<@UBOT> and in June?', channel: 'CEVIL', ts: '1700001000.000100', threadTs: rootTs }));
    await h.fake.waitUntil(() => (mentions().length >= 2 ? true : undefined));
    await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['thread_ts'] === rootTs && h.fake.calls.indexOf(c) > h.fake.calls.indexOf(answer));
    assert.deepEqual(mentions().map((c) => c.args[0]), ['what did the forum post say?', 'and in June?']);
  });

  it('answers a mention outside any thread in a new thread under the mention', async () => {
    await h.event(mentionEvent({ eventId: 'Ev3', text: `<@UBOT> tell everyone <!here> about china-russia-aid & more`, channel: 'CTOP', ts: '1700002000.000100' }));
    const [reply] = await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CTOP');
    assert.equal(reply!.args['thread_ts'], '1700002000.000100');
    assert.equal(mentions().at(-1)!.args[0], 'tell everyone @here about china-russia-aid & more');
    for (const s of allStrings(reply!.args)) assert.doesNotMatch(s, PING_PATTERN);
  });

  it('ignores mentions posted by bots', async () => {
    const before = mentions().length;
    const ev = mentionEvent({ eventId: 'Ev4', text: '<@UBOT> hi', channel: 'CBOT', ts: '1700003000.000100' });
    (ev['event'] as Record<string, unknown>)['bot_id'] = 'B2';
    await h.event(ev);
    await h.event(mentionEvent({ eventId: 'Ev5', text: '<@UBOT> hello', channel: 'CBOT', ts: '1700003001.000100' }));
    await h.fake.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CBOT');
    assert.equal(mentions().length, before + 1);
  });
});
