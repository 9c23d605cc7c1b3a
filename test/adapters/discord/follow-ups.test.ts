import assert from 'node:assert/strict';
import { deliverAsScheduler } from '../../helpers/deliver.ts';
import { test } from 'node:test';
import { APP_ID, CHANNEL_ID, GUILD_ID, type RecordedRequest } from '../../fakes/discord/fake-discord.ts';
import { slashCommand } from '../../fakes/discord/interaction-payloads.ts';
import { StubCore, stubBrief } from '../../fakes/discord/stub-core.ts';
import { notice } from '../../../src/domain/messages/message-model.ts';
import { startHarness } from './harness.ts';

const mention = `<@${APP_ID}>`;
const botMention = { id: APP_ID, username: 'briefbot', discriminator: '0', global_name: null, avatar: null, bot: true };
const posted = (channelId: string) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/api/v10/channels/${channelId}/messages`;

test('a mention in a thread started from a recap is answered in the thread, about its topic', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  core.answer = (kind, text) => ({ messages: [kind === 'mention' ? { ...notice('Answer', `You asked: ${text}`), kind: 'answer', topic: 'china-russia-aid' } : stubBrief('china-russia-aid')], ephemeral: false });
  const h = await startHarness(core);
  try {
    const recap = await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [{ ...stubBrief('china-russia-aid'), kind: 'recap' }]);
    assert.equal(core.remembered.get(`discord:${CHANNEL_ID}:${recap.messageId}`), 'china-russia-aid');

    h.fake.startThread(CHANNEL_ID, recap.messageId, 'China–Russia aid');
    const since = h.fake.requests.length;
    h.fake.userMessage(recap.messageId, `${mention} who pays for it?`, { mentions: [botMention] });
    const answer = await h.fake.waitForRequest(posted(recap.messageId), since);
    await h.adapter.idle();
    const call = core.calls.find((c) => c.kind === 'mention');
    assert.equal(call?.text, 'who pays for it?');
    assert.equal(call?.ctx?.channelId, CHANNEL_ID);
    assert.equal(call?.ctx?.threadId, recap.messageId);
    const body = answer.body as { embeds: { description?: string }[]; allowed_mentions: unknown; message_reference: { message_id: string } };
    assert.match(body.embeds[0]?.description ?? '', /You asked: who pays for it\?/);
    assert.deepEqual(body.allowed_mentions, { parse: [], replied_user: false });
    assert.ok(body.message_reference.message_id);
  } finally {
    await h.close();
  }
});

test('a reply to a recap, and a reply to that answer, stay in the recap conversation', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  core.answer = (_k, text) => ({ messages: [{ ...notice('Answer', text), kind: 'answer', topic: 'china-russia-aid' }], ephemeral: false });
  const h = await startHarness(core);
  try {
    const recap = await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [{ ...stubBrief('china-russia-aid'), kind: 'recap' }]);
    const ref = (id: string): Record<string, unknown> => ({ mentions: [botMention], message_reference: { message_id: id, channel_id: CHANNEL_ID, guild_id: GUILD_ID }, type: 19 });
    let since = h.fake.requests.length;
    const question = h.fake.userMessage(CHANNEL_ID, `${mention} what changed?`, ref(recap.messageId));
    const first = await h.fake.waitForRequest(posted(CHANNEL_ID), since);
    await h.adapter.idle();
    assert.equal((first.body as { message_reference: { message_id: string } }).message_reference.message_id, question.id);
    const answerId = h.fake.channels.get(CHANNEL_ID)?.at(-1)?.id ?? '';

    since = h.fake.requests.length;
    h.fake.userMessage(CHANNEL_ID, `and in June? ${mention}`, ref(answerId));
    await h.fake.waitForRequest(posted(CHANNEL_ID), since);
    await h.adapter.idle();
    const mentions = core.calls.filter((c) => c.kind === 'mention');
    assert.deepEqual(mentions.map((c) => [c.text, c.ctx?.threadId]), [
      ['what changed?', recap.messageId],
      ['and in June?', recap.messageId],
    ]);
    assert.equal(core.remembered.get(`discord:${CHANNEL_ID}:${answerId}`), 'china-russia-aid');
  } finally {
    await h.close();
  }
});

test('messages that do not mention the bot, and messages from bots, are ignored', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  const h = await startHarness(core);
  try {
    h.fake.userMessage(CHANNEL_ID, 'just chatting');
    h.fake.userMessage(CHANNEL_ID, `${mention} hi from a bot`, { mentions: [botMention], author: { ...botMention, id: '1100000000000000777', username: 'otherbot' } });
    // A command after them: once it is answered, the earlier messages were processed too.
    const state = h.fake.interact(slashCommand('help'));
    await h.fake.waitForInteraction(state);
    await h.adapter.idle();
    assert.deepEqual(core.calls.map((c) => c.kind), ['command']);
  } finally {
    await h.close();
  }
});

const HOSTILE = 'Leak says @everyone and @here should read <@123456789012345678>, <@!1>, <@&222> in <#333>. **Bold** _it_ [click](https://evil.example) `code` ||spoiler||';

function assertInert(value: unknown, where: string): void {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  const text = strings.join('\n');
  assert.ok(text.includes('everyone'), `${where}: the text is still shown`);
  assert.doesNotMatch(text, /@(everyone|here)/, `${where}: @everyone/@here neutralised`);
  assert.doesNotMatch(text, /<[@#]/, `${where}: user, role and channel mentions neutralised`);
  assert.doesNotMatch(text, /(^|[^\\])\*\*Bold/, `${where}: markdown escaped`);
  assert.doesNotMatch(text, /(^|[^\\])\[click\]\(/, `${where}: masked links escaped`);
}

test('document text with @everyone and mentions never pings or formats: replies, follow-ups and recaps', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  const hostile = { ...stubBrief('china-russia-aid', HOSTILE), title: 'Brief @everyone <@1>' };
  core.answer = () => ({ messages: [hostile], ephemeral: true });
  const h = await startHarness(core);
  try {
    const state = h.fake.interact(slashCommand('show', { topic: 'china-russia-aid' }));
    await h.fake.waitForInteraction(state);
    const cb = h.fake.requests.find((r) => r.path.endsWith(`${state.token}/callback`));
    const data = (cb?.body as { data: { allowed_mentions: unknown } }).data;
    assert.deepEqual(data.allowed_mentions, { parse: [], replied_user: false });
    assertInert(data, 'interaction reply');

    core.answer = () => ({ messages: [{ ...hostile, kind: 'answer' }], ephemeral: false });
    const since = h.fake.requests.length;
    h.fake.userMessage(CHANNEL_ID, `${mention} @everyone what now?`, { mentions: [botMention], mention_everyone: false });
    const answer = await h.fake.waitForRequest(posted(CHANNEL_ID), since);
    assert.deepEqual((answer.body as { allowed_mentions: unknown }).allowed_mentions, { parse: [], replied_user: false });
    assertInert(answer.body, 'mention answer');

    await deliverAsScheduler(h.adapter.delivery, core, CHANNEL_ID, [{ ...hostile, kind: 'recap' }]);
    const recap = h.fake.requests.filter(posted(CHANNEL_ID)).at(-1);
    assert.deepEqual((recap?.body as { allowed_mentions: unknown }).allowed_mentions, { parse: [], replied_user: false });
    assertInert(recap?.body, 'recap');
  } finally {
    await h.close();
  }
});
