import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderText } from '../../../src/core/messages/render-text.ts';
import type { Message } from '../../../src/core/messages/message-model.ts';

const hostile: Message = {
  kind: 'answer',
  title: 'Title \u001b[31mred',
  blocks: [
    { type: 'paragraph', spans: [{ text: 'Text with *stars* and <!channel> and @here\u0007', citations: [1] }] },
    { type: 'bullets', items: [{ label: 'A_b', text: 'line `code` [link](x)', citations: [1, 2] }] },
    { type: 'actions', actions: [{ id: 'brief.share', label: 'Share', value: 'x' }] },
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
    assert.match(t, /\[1\] Outlet, 2023-02-19: “quoted text”/);
    assert.match(t, /\[2\] s2 \(outlet unknown, date unknown\): “other”/);
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
