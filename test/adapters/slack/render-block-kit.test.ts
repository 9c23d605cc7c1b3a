import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanMentionText } from '../../../src/adapters/slack/inbound.ts';
import { mrkdwnText, safeLink } from '../../../src/adapters/slack/mrkdwn.ts';
import { renderBlockKit, type SlackMessage } from '../../../src/adapters/slack/render-block-kit.ts';
import type { Message, SourceRef } from '../../../src/domain/messages/message-model.ts';
import { allStrings, checkMessage, PING_PATTERN } from '../../fakes/slack/slack-limits.ts';

const ZW = '\u200b';
const source = (id: string, over: Partial<SourceRef> = {}): SourceRef => ({ id, title: `Title ${id}`, outlet: 'Reuters', published: '2023-02-19', url: `https://example.com/${id}`, path: `briefs/t/sources/${id}.txt`, ...over });
const textOf = (parts: SlackMessage[]): string => parts.map((p) => JSON.stringify(p.blocks)).join('\n');

function base(over: Partial<Message> = {}): Message {
  return { kind: 'brief', title: 'China and lethal aid', topic: 't', blocks: [], citations: [], sources: [], summary: 'A summary.', ...over };
}

describe('renderBlockKit', () => {
  it('renders a small message as one part with a header, numbered markers and tidy footnotes', () => {
    const parts = renderBlockKit(
      base({
        blocks: [
          { type: 'context', text: 'Updated 2026-11-23' },
          { type: 'heading', text: 'Summary' },
          { type: 'paragraph', spans: [{ text: 'Blinken warned Wang.', citations: [1] }, { text: 'China denied it.', citations: [2, 1] }] },
          { type: 'bullets', items: [{ label: 'Wang Yi', text: 'Called it hysterical.', citations: [2] }] },
          { type: 'fields', fields: [{ label: 'Sources', value: '5' }] },
          { type: 'quote', text: 'We are very concerned', citations: [1] },
          { type: 'divider' },
          { type: 'actions', actions: [{ id: 'brief.sources', label: 'Sources', command: { kind: 'view', view: 'sources', topic: 't' } }] },
        ],
        citations: [
          { n: 1, sourceId: 'a', quote: 'We are very concerned' },
          { n: 2, sourceId: 'b', quote: 'almost hysterical' },
        ],
        sources: [source('a'), source('b', { url: null, outlet: null, published: null })],
      }),
    );
    assert.equal(parts.length, 1);
    const [p] = parts;
    assert.equal(checkMessage(p!), null);
    assert.equal(p!.text, 'China and lethal aid: A summary.');
    assert.deepEqual(p!.blocks[0], { type: 'header', text: { type: 'plain_text', text: 'China and lethal aid', emoji: false } });
    const text = textOf(parts);
    assert.match(text, /Blinken warned Wang\. \[1\] China denied it\. \[1\]\[2\]/);
    assert.match(text, /• \*Wang Yi\* {2}Called it hysterical\. \[2\]/);
    // Quotes are grouped under their source, which is named once ("date unknown" once per source).
    assert.match(text, /\*Sources\*\\n\*Reuters · 2023-02-19 · <https:\/\/example\.com\/a\|Title a>\*\\n\*\[1\]\* “We are very concerned”/);
    assert.match(text, /\*date unknown · _Title b_\*\\n\*\[2\]\* “almost hysterical”/);
    assert.match(text, /"action_id":"brief\.sources"/);
  });

  it('escapes every piece of document text and never produces a mention or a foreign link', () => {
    const evil = '<!channel> <!here|here> <!everyone> <@U123> <#C1|general> & <https://evil.example|click> *bold* _it_ ~s~ `code`';
    const parts = renderBlockKit(
      base({
        title: `Title ${evil}`,
        summary: evil,
        blocks: [
          { type: 'heading', text: evil },
          { type: 'paragraph', spans: [{ text: evil, citations: [1] }] },
          { type: 'bullets', items: [{ label: evil, text: evil, citations: [1] }] },
          { type: 'fields', fields: [{ label: evil, value: evil }] },
          { type: 'context', text: evil },
          { type: 'quote', text: `${evil}\n> second line`, citations: [1] },
          { type: 'actions', actions: [{ id: 'brief.ask', label: evil, command: { kind: 'ask', topic: 't', question: '' } }] },
        ],
        citations: [{ n: 1, sourceId: 'a', quote: evil }],
        sources: [source('a', { title: evil, outlet: evil, url: 'https://ok.example/a?x=1&y=<2>|3' })],
      }),
    );
    for (const part of parts) {
      assert.equal(checkMessage(part), null);
      for (const s of allStrings(part)) {
        assert.doesNotMatch(s, PING_PATTERN, s);
        // The only `<` left is our own footnote link.
        for (const m of s.matchAll(/<([^>]*)>/g)) assert.match(m[1]!, /^https:\/\/ok\.example\/a\?x=1&amp;y=%3C2%3E%7C3\|/, s);
      }
    }
    const text = textOf(parts);
    assert.match(text, /&lt;!channel&gt;/);
    assert.match(text, /&amp; &lt;https:\/\/evil\.example\|click&gt;/);
    assert.ok(text.includes(`${ZW}*${ZW}bold${ZW}*${ZW}`), 'bold markers neutralised');
    assert.ok(text.includes('&gt; second line'), 'a quoted line cannot open a blockquote');
  });

  it('links only http(s) URLs and keeps in-word formatting characters as they are', () => {
    assert.equal(safeLink('javascript:alert(1)', 'x'), null);
    assert.equal(safeLink('not a url', 'x'), null);
    assert.equal(safeLink('https://a.example/p', 'A <b>'), '<https://a.example/p|A &lt;b&gt;>');
    assert.equal(mrkdwnText('snake_case 3*4'), 'snake_case 3*4');
    assert.equal(mrkdwnText('_x_'), `${ZW}_${ZW}x${ZW}_${ZW}`);
  });

  it('splits a long message at item boundaries into parts that all fit, losing nothing', () => {
    const items = Array.from({ length: 240 }, (_, i) => ({ label: `Actor ${i}`, text: `Claim number ${i} ${'word '.repeat(30)}end.`, citations: [i + 1] }));
    const message = base({
      blocks: [{ type: 'heading', text: 'Key points' }, { type: 'bullets', items }, { type: 'actions', actions: [{ id: 'brief.sources', label: 'Sources', command: { kind: 'view', view: 'sources', topic: 't' } }] }],
      citations: items.map((_, i) => ({ n: i + 1, sourceId: `s${i % 5}`, quote: `quote ${i} ${'q '.repeat(20)}` })),
      sources: [0, 1, 2, 3, 4].map((i) => source(`s${i}`)),
    });
    const parts = renderBlockKit(message);
    assert.ok(parts.length >= 5, `got ${parts.length} parts`);
    parts.forEach((p, i) => {
      assert.equal(checkMessage(p), null, `part ${i + 1}`);
      assert.ok(p.blocks.length <= 50);
      assert.ok(JSON.stringify(p.blocks).length <= 11_000);
      assert.match(String((p.blocks[0] as { text: { text: string } }).text.text), new RegExp(`\\(${i + 1}/${parts.length}\\)$`));
      if (i > 0) assert.match(p.text, /continued, part/);
      // Each part carries the footnotes for the markers it uses.
      const s = JSON.stringify(p.blocks);
      for (const m of s.matchAll(/Claim number (\d+) /g)) assert.ok(s.includes(`*[${Number(m[1]) + 1}]* “quote ${m[1]} `), `footnote in part ${i + 1}`);
      if (/Claim number/.test(s)) assert.match(s, /\*Reuters · 2023-02-19/, `part ${i + 1} names the sources of its quotes`);
    });
    const all = textOf(parts);
    for (let i = 0; i < items.length; i++) assert.equal(all.split(`Claim number ${i} `).length - 1, 1, `claim ${i} exactly once`);
    assert.match(JSON.stringify(parts.at(-1)!.blocks), /brief\.sources/);
  });

  it('splits an over-long paragraph and quote only as a last resort, marking the continuation', () => {
    const words = Array.from({ length: 2500 }, (_, i) => `w${i}`);
    const parts = renderBlockKit(base({ blocks: [{ type: 'paragraph', spans: [{ text: words.join(' '), citations: [] }] }, { type: 'quote', text: words.join(' '), citations: [] }] }));
    const sections = parts.flatMap((p) => p.blocks).filter((b) => b.type === 'section') as { text: { text: string } }[];
    assert.ok(sections.length >= 4);
    for (const s of sections) assert.ok(s.text.text.length <= 3000);
    assert.ok(sections[0]!.text.text.endsWith(' …'));
    assert.ok(sections[1]!.text.text.startsWith('… '));
    for (const p of parts) assert.equal(checkMessage(p), null);
    const paragraphWords = sections.filter((s) => !s.text.text.startsWith('>')).map((s) => s.text.text.replace(/…/g, '')).join(' ').split(/\s+/).filter(Boolean);
    assert.deepEqual(paragraphWords, words, 'no word lost or reordered');
    const quoteWords = sections.filter((s) => s.text.text.startsWith('>')).map((s) => s.text.text.replace(/^> /gm, '').replace(/…/g, '')).join(' ').split(/\s+/).filter(Boolean);
    assert.deepEqual(quoteWords, words, 'the quote is complete too');
  });
});

describe('renderBlockKit: over-long bullet items', () => {
  it('splits a huge item without breaking an escape, keeping the label first and the markers last', () => {
    const parts = renderBlockKit(base({ blocks: [{ type: 'bullets', items: [{ label: 'L & M', text: 'R&D <x> '.repeat(1200), citations: [3] }] }], citations: [{ n: 3, sourceId: 'a', quote: 'q' }], sources: [source('a')] }));
    const sections = parts.flatMap((p) => p.blocks).filter((b) => b.type === 'section') as { text: { text: string } }[];
    assert.ok(sections.length >= 3);
    for (const p of parts) assert.equal(checkMessage(p), null);
    const all = sections.map((x) => x.text.text).join('\n');
    assert.doesNotMatch(all, /&(?!amp;|lt;|gt;)/, 'every & starts a whole escape');
    assert.ok(sections[0]!.text.text.startsWith('• *L &amp; M*  R&amp;D &lt;x&gt;'));
    assert.ok(sections.at(-1)!.text.text.endsWith('[3]'));
    assert.equal(all.split('R&amp;D').length - 1, 1200);
  });
});

describe('cleanMentionText', () => {
  it('drops the bot mention and turns Slack markup into plain text', () => {
    assert.equal(cleanMentionText('<@UBOT> what about <@U2|bob> in <#C1|general>? see <https://x.example|this> &amp; &lt;that&gt; <!here>', 'UBOT'), 'what about @bob in #general? see this & <that> @here');
    assert.equal(cleanMentionText('<@UBOT>', 'UBOT'), '');
  });
});
