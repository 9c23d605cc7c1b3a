import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeDiscord } from '../../../src/adapters/discord/discord-escape.ts';
import { decodeCommand } from '../../../src/domain/command.ts';
import { decodeCustomId, encodeCustomId, renderDiscordMessages, renderDiscordPayload, splitText } from '../../../src/adapters/discord/render-discord.ts';
import type { Message } from '../../../src/domain/messages/message-model.ts';
import { checkMessageBody } from '../../fakes/discord/discord-limits.ts';
import { longBrief, stubBrief } from '../../fakes/discord/stub-core.ts';
import { prng } from '../../helpers/prng.ts';

function allStrings(payloads: unknown): string {
  return JSON.stringify(payloads);
}

function assertValid(message: Message): ReturnType<typeof renderDiscordPayload> {
  const payloads = renderDiscordPayload(message);
  for (const [i, p] of payloads.entries()) {
    assert.deepEqual(checkMessageBody(p as unknown as Record<string, unknown>, { requireContent: true }), [], `payload ${i}`);
    assert.deepEqual(p.allowed_mentions, { parse: [] });
  }
  return payloads;
}

test('a short brief: title, fields, cited text, sources with outlet, date and link, one message', () => {
  const [p, ...rest] = assertValid(stubBrief('china-russia-aid'));
  assert.equal(rest.length, 0);
  assert.equal(p?.embeds[0]?.title, 'Brief: china-russia-aid');
  const text = allStrings(p);
  assert.match(text, /Officials met in Beijing\. \\\\\[1\\\\\]/);
  assert.match(text, /- \*\*Moscow:\*\* Asked for more deliveries\. \\\\\[2\\\\\]/);
  assert.match(text, /\\\\\[1\\\\\] Reuters · 2024-05-01 · \[Talks in Beijing\]\(https:\/\/example.com\/a\)/);
  assert.equal(p?.embeds[0]?.footer, undefined, 'no part footer when it fits');
});

test('a huge paragraph without spaces, 60 fields, long values and a long title are split, never cut', () => {
  const blob = 'x'.repeat(20_000);
  const message: Message = {
    ...stubBrief('t'),
    title: `T${'itle '.repeat(70)}end`,
    blocks: [
      { type: 'paragraph', spans: [{ text: blob, citations: [1] }] },
      { type: 'fields', fields: Array.from({ length: 60 }, (_, i) => ({ label: `F${i}`, value: `v${i} ${'y'.repeat(i === 3 ? 3000 : 10)}` })) },
      { type: 'quote', text: 'line one\nline two', citations: [2] },
    ],
  };
  const payloads = assertValid(message);
  assert.ok(payloads.length >= 4);
  const embeds = payloads.flatMap((p) => p.embeds);
  const descs = embeds.map((e) => e.description ?? '').join('');
  assert.equal((descs.replace(/example/g, '').match(/x/g) ?? []).length, 20_000, 'every character of the blob is kept');
  assert.ok(descs.startsWith(`**${message.title}**`), 'the full title is shown in the text');
  assert.ok((embeds[0]?.title ?? '').length <= 256);
  const fields = embeds.flatMap((e) => e.fields ?? []);
  assert.equal(fields.filter((f) => /^F\d+$/.test(f.name)).length, 60);
  assert.equal(fields.filter((f) => f.name === 'F3' || f.name === 'F3 (continued)').map((f) => f.value).join('').replace(/\s/g, '').length, 'v3'.length + 3000);
  assert.ok(descs.includes('> line one\n> line two \\[2\\]'));
  assert.deepEqual(payloads.map((p) => p.embeds.at(-1)?.footer?.text), payloads.map((_, i) => `Part ${i + 1} of ${payloads.length}`));
});

test('a long brief keeps every paragraph in order and puts buttons on the last message only', () => {
  const message = longBrief('china-russia-aid', 40, 150);
  message.blocks.push({ type: 'actions', actions: [{ id: 'brief.sources', label: 'Sources', command: { kind: 'view', view: 'sources', topic: 'china-russia-aid' } }] });
  const payloads = assertValid(message);
  const text = payloads.flatMap((p) => p.embeds.map((e) => e.description ?? '')).join('\n');
  let last = -1;
  for (let i = 0; i < 40; i += 1) {
    const at = text.indexOf(`end-of-${i}.`);
    assert.ok(at > last, `paragraph ${i} present and in order`);
    last = at;
  }
  assert.deepEqual(payloads.map((p) => p.components.length), [...payloads.slice(1).map(() => 0), 1]);
});

test('document text cannot mention, link or format', () => {
  const nasty = '@everyone @here <@1> <@!2> <@&3> <#4> </cmd:5> <t:6> **b** __u__ ~~s~~ ||sp|| `c` [l](http://x) \\*';
  const out = escapeDiscord(`# h\n> q\n- li\n1. n\n-# sub\n${nasty}`);
  assert.doesNotMatch(out, /@(everyone|here)/);
  assert.doesNotMatch(out, /<[@#/t]/);
  assert.doesNotMatch(out, /(^|[^\\])(\*\*|__|~~|\|\||`|\[)/);
  assert.deepEqual(out.split('\n').slice(0, 5), ['\\# h', '\\> q', '\\- li', '1\\. n', '\\-# sub']);
  const [p] = renderDiscordPayload({ ...stubBrief('x', nasty), title: '@everyone' });
  assert.doesNotMatch(allStrings(p), /@(everyone|here)|<[@#]/);
});

test('splitText never drops characters or splits an escape or a surrogate pair', () => {
  const text = `${'\\*'.repeat(700)}😀${'a'.repeat(99)}`;
  const chunks = splitText(text, 101);
  assert.equal(chunks.join(''), text);
  for (const c of chunks) {
    assert.ok(c.length <= 101);
    assert.ok(!/\\$/.test(c.replace(/\\\\/g, '')) || c.endsWith('\\*'), 'no dangling backslash');
    assert.ok(!/[\ud800-\udbff]$/.test(c));
  }
});

test('reply rendering appends extra buttons once and custom ids round-trip', () => {
  const msg = stubBrief('t');
  msg.blocks.push({ type: 'actions', actions: [{ id: 'brief.sources', label: 'Sources', command: { kind: 'view', view: 'sources', topic: 't' } }] });
  const payloads = renderDiscordMessages([msg], [
    { id: 'brief.sources', label: 'Sources', command: { kind: 'view', view: 'sources', topic: 't' } },
    { id: 'brief.share', label: 'Share in channel', command: { kind: 'publish', command: { kind: 'ask', topic: 't', question: 'q'.repeat(200) } }, style: 'primary' },
  ]);
  const buttons = payloads.at(-1)?.components.flatMap((r) => r.components) ?? [];
  // The share's command is too long for a custom id: without a place to park it, no button.
  assert.deepEqual(buttons.map((b) => [b.label, b.style]), [['Sources', 2]]);
  const parked = new Map<string, string>();
  const withPark = renderDiscordMessages([msg], [{ id: 'brief.share', label: 'Share in channel', command: { kind: 'publish', command: { kind: 'ask', topic: 't', question: 'q'.repeat(200) } }, style: 'primary' }], (v) => {
    parked.set('k1', v);
    return 'k1';
  });
  const all = withPark.at(-1)?.components.flatMap((r) => r.components) ?? [];
  assert.deepEqual(all.map((b) => [b.label, b.style, b.custom_id.length <= 100]), [['Sources', 2, true], ['Share in channel', 1, true]]);
  assert.deepEqual(decodeCustomId(all[1]!.custom_id), { parked: 'k1' });
  assert.deepEqual(decodeCommand(parked.get('k1')!), { kind: 'publish', command: { kind: 'ask', topic: 't', question: 'q'.repeat(200) } });
  const sources = encodeCustomId({ id: 'brief.sources', label: 'Sources', command: { kind: 'view', view: 'sources', topic: 't' } });
  assert.deepEqual(decodeCustomId(sources!), { command: { kind: 'view', view: 'sources', topic: 't' } });
  assert.equal(decodeCustomId('other'), null);
  assert.equal(decodeCustomId('bb:{"kind":"nope"}'), null);
});

test('splitText, fuzzed: chunks fit, rebuild the input exactly (only the whitespace at a cut is dropped), and never split an escape or a surrogate pair', () => {
  const rnd = prng(12345);
  const alphabet = ['a', 'b', 'word', ' ', ' ', '\n', '\\*', '\\_', '😀', 'é', '.', '\n\n', 'x'.repeat(30)];
  for (let round = 0; round < 500; round++) {
    let text = '';
    const len = Math.floor(rnd() * 400);
    while (text.length < len) text += alphabet[Math.floor(rnd() * alphabet.length)];
    const max = 8 + Math.floor(rnd() * 120);
    const chunks = splitText(text, max);
    // The chunks must spell the input, with at most one whitespace character dropped at
    // each cut (every way of matching is tried, since "\n\n\n" can be cut anywhere).
    let positions = new Set([0]);
    chunks.forEach((c, i) => {
      assert.ok(c.length <= max, `chunk ${i} longer than ${max}`);
      if (i < chunks.length - 1) {
        assert.ok(!/[\ud800-\udbff]$/.test(c), 'no lone high surrogate at a cut');
        assert.ok(!/(^|[^\\])(\\\\)*\\$/.test(c), 'no escape split at a cut');
      }
      const next = new Set<number>();
      for (const p of positions) {
        if (!text.startsWith(c, p)) continue;
        const end = p + c.length;
        next.add(end);
        if (i < chunks.length - 1 && (text[end] === ' ' || text[end] === '\n')) next.add(end + 1);
      }
      assert.ok(next.size > 0, `round ${round}: chunk ${i} does not continue the input`);
      positions = next;
    });
    const pos = Math.max(...positions);
    assert.equal(pos, text.length, `round ${round}: ${text.length - pos} characters lost`);
  }
});

test('buttons posted before they carried commands still work', () => {
  assert.deepEqual(decodeCustomId('bb:brief.timeline:china-russia-aid'), { command: { kind: 'view', view: 'timeline', topic: 'china-russia-aid' } });
  assert.deepEqual(decodeCustomId('bb:brief.share:china-russia-aid'), { command: { kind: 'publish', command: { kind: 'view', view: 'card', topic: 'china-russia-aid' } } });
  assert.equal(decodeCustomId('bb:brief.nope:x'), null);
  assert.equal(decodeCustomId('bb:brief.sources:Not A Slug!'), null);
});
