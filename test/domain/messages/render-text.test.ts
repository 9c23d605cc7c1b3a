import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderText } from '../../../src/domain/messages/render-text.ts';
import type { Message } from '../../../src/domain/messages/message-model.ts';

const hostile: Message = {
  kind: 'answer',
  title: 'Title \u001b[31mred',
  blocks: [
    { type: 'paragraph', spans: [{ text: 'Text with *stars* and <!channel> and @here\u0007', citations: [1] }] },
    { type: 'bullets', items: [{ label: 'A_b', text: 'line `code` [link](x)', citations: [1, 2] }] },
    { type: 'actions', actions: [{ id: 'brief.share', label: 'Share', command: { kind: 'publish', command: { kind: 'view', view: 'card', topic: 'x' } } }] },
  ],
  citations: [
    { n: 1, sourceId: 's1', quote: 'quoted \u0000text' },
    { n: 2, sourceId: 's2', quote: 'other' },
  ],
  sources: [
    { id: 's1', title: 'T', outlet: 'Outlet', published: '2023-02-19', url: null, path: 'briefs/x/sources/a.txt' },
    { id: 's2', title: null, outlet: null, published: null, url: null, path: 'briefs/x/sources/b.txt' },
  ],
  summary: 'x',
};

describe('renderText', () => {
  it('renders plain text with citation markers and a quotes list, without control characters', () => {
    const t = renderText(hostile);
    assert.doesNotMatch(t, /[\u0000-\u0008\u001b]/);
    assert.match(t, /Text with \*stars\* and <!channel> and @here \[1\]/);
    assert.match(t, /• A_b: line `code` \[link\]\(x\) \[1\]\[2\]/);
    assert.match(t, /QUOTES BY SOURCE\nOutlet, 2023-02-19 — T\n {2}\[1\] “quoted text”\n/);
    assert.match(t, /\ns2 \(outlet unknown, date unknown\)\n {2}\[2\] “other”/);
    assert.doesNotMatch(t, /Share/, 'buttons are not rendered as text');
  });

  it('escapes Markdown formatting in markdown output', () => {
    const t = renderText(hostile, { format: 'markdown' });
    assert.match(t, /\\\*stars\\\*/);
    assert.match(t, /\\<!channel\\>/);
    assert.match(t, /\*\*A\\_b:\*\*/);
  });

  it('wraps long lines at the given width', () => {
    const long: Message = { ...hostile, blocks: [{ type: 'paragraph', spans: [{ text: 'word '.repeat(60), citations: [] }] }], citations: [] };
    const lines = renderText(long, { width: 40 }).split('\n');
    assert.ok(lines.every((l) => l.length <= 42), lines.join('\n'));
  });

  it('does not repeat a quote that a quote block already shows', () => {
    const answer: Message = {
      ...hostile,
      blocks: [{ type: 'quote', text: 'quoted text', citations: [1] }],
      citations: [{ n: 1, sourceId: 's1', quote: 'quoted text' }],
    };
    const t = renderText(answer);
    assert.equal(t.split('quoted text').length - 1, 1, t);
    assert.match(t, /SOURCES\n\[1\] Outlet, 2023-02-19\n/);
  });
});

describe('renderText wraps every block for the terminal', () => {
  const long = 'Officials said the assurance covered weapons and ammunition but not dual-use items such as drones, chips and vehicle parts that private companies continue to sell.';
  const message: Message = {
    kind: 'recap',
    title: `A long title that goes on and on about the story of the week, ${long}`,
    blocks: [
      { type: 'context', text: long },
      { type: 'quote', text: long, citations: [1] },
      { type: 'fields', fields: [{ label: 'New sources', value: `${long}\n${long}` }] },
      { type: 'paragraph', spans: [{ text: long, citations: [1] }] },
      { type: 'bullets', items: [{ label: 'Who', text: long, citations: [1] }] },
    ],
    citations: [{ n: 1, sourceId: 's1', quote: long }],
    sources: [{ id: 's1', title: 'T', outlet: 'Outlet', published: '2023-02-19', url: null, path: 'p' }],
    summary: 'x',
  };

  for (const width of [40, 80, 160]) {
    it(`no line is longer than ${width} columns and no word is cut`, () => {
      const out = renderText(message, { format: 'plain', width });
      for (const line of out.split('\n')) assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
      const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '' && w !== '>');
      const unwrapped = renderText(message, { format: 'plain', width: 0 });
      assert.deepEqual(words(out), words(unwrapped), 'the same words in the same order');
    });
  }
});
