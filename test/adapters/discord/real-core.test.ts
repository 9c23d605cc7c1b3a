/** End to end: real discord.js, the fake Discord, and the REAL core over the real briefs. */
import { deliverAsScheduler } from '../../helpers/deliver.ts';
import { runTurn } from '../../../src/bot/turn.ts';
import assert from 'node:assert/strict';
import { chmodSync, appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { BriefbotCore } from '../../../src/bot/briefbot-core.ts';
import { conversationKey, type CommandContext } from '../../../src/bot/contracts.ts';
import { buildRecapMessage } from '../../../src/recaps/recap-message.ts';
import { APP_ID, CHANNEL_ID, type RecordedRequest } from '../../fakes/discord/fake-discord.ts';
import { autocomplete, slashCommand } from '../../fakes/discord/interaction-payloads.ts';
import { makeTestCore } from '../../helpers/make-core.ts';
import { makeTempBriefs } from '../../helpers/temp-briefs.ts';
import { startHarness } from './harness.ts';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };

/** The real core, with its calls recorded. */
function recording(core: BriefbotCore): { core: BriefbotCore; mentions: { text: string; ctx: CommandContext }[] } {
  const mentions: { text: string; ctx: CommandContext }[] = [];
  const wrapped: BriefbotCore = {
    run: (turn) => runTurn(wrapped, turn),
    handleCommand: (t, c) => core.handleCommand(t, c),
      handleMention: (t, c) => (mentions.push({ text: t, ctx: c }), core.handleMention(t, c)),
      rememberThread: (p, c, m, t) => core.rememberThread(p, c, m, t),
      suggestTopics: (q, l) => core.suggestTopics(q, l),
  };
  return { mentions, core: wrapped };
}

const allText = (bodies: unknown[]): string => JSON.stringify(bodies);

test('real core: autocomplete, a long brief in one reply plus follow-ups, buttons, a deferred ask', { timeout: 15_000 }, async () => {
  const t = await makeTestCore();
  const h = await startHarness(t.core);
  try {
    const ac = h.fake.interact(autocomplete('show', { topic: 'lethal' }, 'topic'));
    await h.fake.waitForInteraction(ac);
    const choices = (h.fake.requests.find((r) => r.path.endsWith(`${ac.token}/callback`))?.body as { data: { choices: { value: string }[] } }).data.choices;
    assert.equal(choices[0]?.value, 'china-russia-aid');

    // /brief show: the short brief, one message, with buttons for the rest.
    const card = h.fake.interact(slashCommand('show', { topic: 'china-russia-aid' }));
    await h.fake.waitForInteraction(card);
    await h.adapter.idle();
    assert.equal(card.followUps.length, 0, 'the card is one message');
    const cardBody = (h.fake.requests.find((r) => r.path.includes(card.token))?.body as { data: { embeds: Embed[]; components: { components: { label: string }[] }[] } }).data;
    assert.equal(cardBody.embeds[0]?.title, 'China and lethal aid to Russia');
    const cardButtons = cardBody.components.flatMap((r) => r.components.map((b) => b.label));
    for (const label of ['Timeline', "Who's who", 'Where sources differ', 'Full brief with quotes', 'Sources']) assert.ok(cardButtons.includes(label), label);

    // /brief full: every section, split over several messages.
    const brief = h.fake.interact(slashCommand('full', { topic: 'china-russia-aid' }));
    await h.fake.waitForInteraction(brief);
    await h.adapter.idle();
    const mine = h.fake.requests.filter((r) => r.path.includes(brief.token));
    assert.ok(mine.every((r) => r.status < 300), mine.map((r) => `${r.method} ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`).join('\n'));
    assert.equal(brief.callbackType, 4);
    assert.ok(brief.followUps.length >= 1, 'the full brief is longer than one message');
    const first = (mine[0]?.body as { data: { embeds: Embed[]; flags: number } }).data;
    assert.equal(first.flags, 64);
    assert.equal(first.embeds[0]?.title, 'China and lethal aid to Russia');
    const bodies = [first, ...brief.followUps];
    const text = allText(bodies);
    for (const heading of ['Status', 'Summary', 'Key points', "Who's who", 'Where sources differ', 'Sources']) assert.ok(text.includes(`**${heading}**`), heading);
    assert.match(text, /UrduPoint\.com · 2023-02-19[^\n]*\\n> \\\\\[\d+\\\\\] “/, 'quotes are listed under their source, which is named once');
    assert.doesNotMatch(JSON.stringify(cardBody), /“/, 'the card has no quotes');
    const buttons = (brief.followUps.at(-1)?.['components'] as { components: { label: string; custom_id: string }[] }[]).flatMap((r) => r.components);
    assert.deepEqual(buttons.map((b) => b.label), ['Sources', 'Timeline', 'Ask a question', 'Share in channel']);

    const ask = h.fake.interact(slashCommand('ask', { topic: 'china-russia-aid', question: 'When did Blinken meet Wang Yi?' }));
    await h.fake.waitForInteraction(ask);
    await h.adapter.idle();
    assert.equal(ask.callbackType, 5);
    assert.ok(((ask.original?.['embeds'] as Embed[] | undefined) ?? []).length > 0, 'the deferred reply was edited in');
    assert.ok(h.fake.requests.filter((r) => r.path.includes(ask.token)).every((r) => r.status < 300));
  } finally {
    await h.close();
    await t.close();
  }
});

test('real core: a recap is delivered, and a mention in its thread is answered there, about its topic', { timeout: 15_000 }, async () => {
  const t = await makeTestCore();
  const rec = recording(t.core);
  const h = await startHarness(rec.core);
  try {
    const brief = t.bundle.catalog.get('china-russia-aid');
    assert.ok(brief);
    const recap = buildRecapMessage({ brief, previous: null, whenUnchanged: 'line', timezone: 'UTC' }).message;
    assert.ok(recap);
    const posted = await deliverAsScheduler(h.adapter.delivery, t.bundle.core, CHANNEL_ID, [recap]);
    const key = conversationKey('discord', CHANNEL_ID, posted.messageId);
    assert.equal((await t.store.getConversation(key))?.topic, 'china-russia-aid');

    h.fake.startThread(CHANNEL_ID, posted.messageId, 'Recap');
    const since = h.fake.requests.length;
    h.fake.userMessage(posted.messageId, `<@${APP_ID}> When did Blinken meet Wang Yi?`, { mentions: [h.fake.botUser] });
    const answer = await h.fake.waitForRequest((r: RecordedRequest) => r.method === 'POST' && r.path === `/api/v10/channels/${posted.messageId}/messages`, since);
    await h.adapter.idle();
    assert.equal(answer.status, 200);
    assert.deepEqual(rec.mentions.map((m) => [m.text, m.ctx.channelId, m.ctx.threadId]), [['When did Blinken meet Wang Yi?', CHANNEL_ID, posted.messageId]]);
    const embeds = (answer.body as { embeds: Embed[] }).embeds;
    assert.ok(embeds.length > 0 && (embeds[0]?.description ?? embeds[0]?.title ?? '') !== '');
  } finally {
    await h.close();
    await t.close();
  }
});

test('real core: a source document containing @everyone and mentions never pings anyone', { timeout: 15_000 }, async () => {
  const temp = makeTempBriefs();
  const sources = path.join(temp.briefsDir, 'china-russia-aid', 'sources');
  const file = path.join(sources, '000_3fe693ddca6ee84f.txt');
  chmodSync(file, 0o644);
  appendFileSync(file, '\nA leaked memo told @everyone and <@123456789012345678> in <#42> to **ignore** the report.\n');
  temp.replace('## Who\'s who\n', "## Who's who\n\n- **Memo:** A memo addressed @everyone and <@123456789012345678>. [@urdupoint-2023-02-19: A leaked memo told @everyone and <@123456789012345678> in <#42> to **ignore** the report.]\n");
  const t = await makeTestCore({ briefsDir: temp.briefsDir });
  const h = await startHarness(t.core);
  try {
    assert.ok(readFileSync(temp.briefPath(), 'utf8').includes('@everyone'));
    const state = h.fake.interact(slashCommand('full', { topic: 'china-russia-aid' }));
    await h.fake.waitForInteraction(state);
    await h.adapter.idle();
    const mine = h.fake.requests.filter((r) => r.path.includes(state.token));
    const bodies = mine.map((r) => r.body as Record<string, unknown>);
    const text = allText(bodies);
    assert.ok(text.includes('A memo addressed @\u200beveryone and <\u200b@123456789012345678>'), 'the memo claim is shown, neutralised');
    assert.doesNotMatch(text, /@(everyone|here)/);
    assert.doesNotMatch(text, /<[@#]/);
    for (const b of bodies) {
      const payload = (b['data'] as Record<string, unknown> | undefined) ?? b;
      assert.deepEqual(payload['allowed_mentions'], { parse: [], replied_user: false });
    }
  } finally {
    await h.close();
    await t.close();
    temp.cleanup();
  }
});
