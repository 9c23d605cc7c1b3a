import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHANNEL_ID } from '../../fakes/discord/fake-discord.ts';
import { autocomplete, buttonPress, slashCommand } from '../../fakes/discord/interaction-payloads.ts';
import { StubCore, longBrief } from '../../fakes/discord/stub-core.ts';
import { startHarness } from './harness.ts';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type Row = { components: { custom_id: string; label: string }[] };

test('autocompletes topics and schedules', { timeout: 10_000 }, async () => {
  const h = await startHarness(new StubCore());
  try {
    const state = h.fake.interact(autocomplete('show', { topic: 'red' }, 'topic'));
    await h.fake.waitForInteraction(state);
    const cb = h.fake.requests.find((r) => r.path.endsWith(`${state.token}/callback`));
    assert.deepEqual(cb?.body, { type: 8, data: { choices: [{ name: 'Red Sea shipping (red-sea-shipping)', value: 'red-sea-shipping' }] } });

    const s2 = h.fake.interact(autocomplete('subscribe', { topic: 'china-russia-aid', schedule: 'week' }, 'schedule'));
    await h.fake.waitForInteraction(s2);
    const cb2 = h.fake.requests.find((r) => r.path.endsWith(`${s2.token}/callback`));
    const values = ((cb2?.body as { data: { choices: { value: string }[] } }).data.choices).map((c) => c.value);
    assert.deepEqual(values, ['week', 'weekdays 08:00', 'weekly mon 09:00']);
  } finally {
    await h.close();
  }
});

test('maps each subcommand to a typed command (shown as its /brief text) with the invoking user and channel', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  const h = await startHarness(core);
  try {
    const cases: [string, Record<string, string>, string][] = [
      ['show', { topic: 'china-russia-aid' }, 'china-russia-aid'],
      ['list', {}, 'list'],
      ['sources', { topic: 'China Russia aid' }, 'sources china-russia-aid'],
      ['timeline', { topic: 'red-sea-shipping' }, 'timeline red-sea-shipping'],
      ['ask', { topic: 'china-russia-aid', question: 'who   pays\nfor it?' }, 'ask china-russia-aid who pays for it?'],
      ['subscribe', { topic: 'china-russia-aid', schedule: 'daily 08:00', timezone: 'Europe/Berlin' }, 'subscribe china-russia-aid daily 08:00 Europe/Berlin'],
      ['unsubscribe', { topic: 'china-russia-aid' }, 'unsubscribe china-russia-aid'],
      ['subscriptions', {}, 'subscriptions'],
      ['help', {}, 'help'],
    ];
    for (const [sub, values, expected] of cases) {
      const state = h.fake.interact(slashCommand(sub, values, { manageChannels: sub === 'subscribe' }));
      await h.fake.waitForInteraction(state);
      const call = core.calls.filter((c) => c.kind === 'command').at(-1);
      assert.equal(call?.text, expected, sub);
      assert.equal(call?.ctx?.channelId, CHANNEL_ID);
      assert.equal(call?.ctx?.user.id, '1100000000000000099');
      assert.equal(await call?.ctx?.isChannelManager(), sub === 'subscribe', `${sub} manager`);
    }
  } finally {
    await h.close();
  }
});

test('a brief is answered at once, ephemeral, with Sources, Timeline and Share buttons; Share posts it publicly', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  const h = await startHarness(core);
  try {
    const state = h.fake.interact(slashCommand('show', { topic: 'china-russia-aid' }));
    await h.fake.waitForInteraction(state);
    assert.equal(state.callbackType, 4);
    const cb = h.fake.requests.find((r) => r.path.endsWith(`${state.token}/callback`));
    const data = (cb?.body as { data: { flags: number; embeds: Embed[]; components: Row[]; allowed_mentions: unknown } }).data;
    assert.equal(data.flags, 64);
    assert.deepEqual(data.allowed_mentions, { parse: [], replied_user: false });
    assert.equal(data.embeds[0]?.title, 'Brief: china-russia-aid');
    assert.deepEqual(data.embeds[0]?.fields?.map((f) => `${f.name}=${f.value}`), ['Status=Developing', 'Updated=2024-05-02']);
    assert.match(data.embeds[1]?.description ?? '', /Officials met in Beijing\. \\\[1\\\]/);
    assert.match(data.embeds.at(-1)?.description ?? '', /\\\[1\\\] Reuters · 2024-05-01 · \[Talks in Beijing\]\(https:\/\/example.com\/a\)/);
    assert.match(data.embeds.at(-1)?.description ?? '', /\\\[2\\\] TASS · date unknown · Deliveries/);
    const buttons = data.components.flatMap((r) => r.components);
    assert.deepEqual(buttons.map((b) => b.label), ['Sources', 'Timeline', 'Share in channel']);
    assert.deepEqual(buttons.slice(0, 2).map((b) => b.custom_id), ['bb:{"kind":"view","view":"sources","topic":"china-russia-aid"}', 'bb:{"kind":"view","view":"timeline","topic":"china-russia-aid"}']);

    // Sources button → the typed command it carries
    const sources = h.fake.interact(buttonPress(buttons[0]?.custom_id ?? '', state.original ?? {}));
    await h.fake.waitForInteraction(sources);
    assert.deepEqual(core.calls.filter((c) => c.kind === 'command').at(-1)?.command, { kind: 'view', view: 'sources', topic: 'china-russia-aid' });

    // Share → the same content, public, remembered for follow-ups.
    const shared = h.fake.interact(buttonPress(buttons[2]?.custom_id ?? '', state.original ?? {}));
    await h.fake.waitForInteraction(shared);
    await h.adapter.idle();
    const shareCb = h.fake.requests.find((r) => r.path.endsWith(`${shared.token}/callback`));
    assert.equal(shareCb?.query.get('with_response'), 'true');
    const shareData = (shareCb?.body as { data: { flags?: number; embeds: Embed[]; components: Row[] } }).data;
    assert.equal(shareData.flags ?? 0, 0);
    assert.deepEqual(shareData.embeds, data.embeds);
    assert.deepEqual(shareData.components.flatMap((r) => r.components).map((b) => b.label), ['Sources', 'Timeline']);
    assert.equal(core.remembered.get(`discord:${CHANNEL_ID}:${shared.original?.id}`), 'china-russia-aid');
  } finally {
    await h.close();
  }
});

test('ask is deferred privately, as on Slack, then the answer is edited in; a long answer continues in follow-ups', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  core.answer = async () => {
    await gate;
    return { messages: [{ ...longBrief('china-russia-aid'), kind: 'answer' }], ephemeral: true };
  };
  const h = await startHarness(core);
  try {
    const state = h.fake.interact(slashCommand('ask', { topic: 'china-russia-aid', question: 'what happened?' }));
    const cb = await h.fake.waitForRequest((r) => r.path.endsWith(`${state.token}/callback`));
    assert.equal(state.callbackType, 5, 'deferred before the core answered');
    assert.equal((cb.body as { data?: { flags?: number } }).data?.flags, 64, 'answers start private, with a Share button');
    assert.equal(state.original, null);
    release();
    await h.fake.waitForInteraction(state, 1);
    await h.adapter.idle();
    const mine = h.fake.requests.filter((r) => r.path.includes(state.token));
    assert.ok(mine.every((r) => r.status < 300), mine.map((r) => `${r.method} ${r.status}`).join(','));
    const edit = mine.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    assert.ok(edit);
    const bodies = [edit.body, ...state.followUps] as { embeds: Embed[]; components?: Row[]; flags?: number }[];
    assert.ok(bodies.length >= 2, 'split across messages');
    for (const f of state.followUps) assert.equal(f['flags'], 64);
    const text = bodies.flatMap((b) => b.embeds.map((e) => e.description ?? '')).join('\n');
    for (let i = 0; i < 30; i += 1) assert.ok(text.includes(`end-of-${i}.`), `paragraph ${i} kept`);
    const footers = bodies.map((b) => (b.embeds.at(-1) as { footer?: { text: string } }).footer?.text);
    assert.deepEqual(footers, bodies.map((_, i) => `Part ${i + 1} of ${bodies.length}`));
    assert.ok(JSON.stringify(bodies.at(-1)).includes('Share in channel'), 'a private answer can be shared');
  } finally {
    await h.close();
  }
});

test('a public answer to a privately deferred command replaces the placeholder with a public follow-up', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  core.answer = () => ({ messages: [{ ...longBrief('x', 0), kind: 'answer', title: 'Answer' }], ephemeral: false });
  const h = await startHarness(core);
  try {
    const state = h.fake.interact(slashCommand('ask', { topic: 'x', question: '?' }));
    await h.fake.waitForInteraction(state, 1);
    await h.adapter.idle();
    assert.equal(state.callbackType, 5);
    assert.equal(state.followUps[0]?.['flags'] ?? 0, 0);
    assert.equal(state.deleted, true);
  } finally {
    await h.close();
  }
});

test('a fast command that turns slow is deferred instead of missing the deadline', { timeout: 10_000 }, async () => {
  const core = new StubCore();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  core.answer = async (_k, text) => {
    await gate;
    return { messages: [longBrief(text, 1, 5)], ephemeral: true };
  };
  const h = await startHarness(core, { adapter: { deferAfterMs: 1 } });
  try {
    const state = h.fake.interact(slashCommand('show', { topic: 'china-russia-aid' }));
    await h.fake.waitForRequest((r) => r.path.endsWith(`${state.token}/callback`));
    assert.equal(state.callbackType, 5);
    release();
    await h.fake.waitForInteraction(state);
    assert.equal((state.original?.['embeds'] as Embed[])[0]?.title, 'Brief: china-russia-aid');
  } finally {
    await h.close();
  }
});
