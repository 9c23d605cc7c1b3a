/**
 * The preview page's HTML: Slack mrkdwn and Discord markdown shown as the platforms show
 * them, and document text that can never run as HTML, mention anyone or link anywhere but http(s).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message } from '../../src/domain/messages/message-model.ts';
import { mrkdwnText, safeLink } from '../../src/adapters/slack/mrkdwn.ts';
import { escapeDiscord } from '../../src/adapters/discord/discord-escape.ts';
import { discordMarkdownToHtml } from '../../src/preview/discord-markdown-html.ts';
import { escapeHtml, link } from '../../src/preview/html.ts';
import { mrkdwnToHtml } from '../../src/preview/mrkdwn-html.ts';
import { renderPreviewPage } from '../../src/preview/render-preview.ts';

const HOSTILE = 'Officials said <script>alert(1)</script> & <!channel> @everyone <@U123> *not bold* _not italic_ "quoted" \'single\' `tick`';

describe('preview HTML', () => {
  it('escapes text and links only http(s)', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.equal(link('https://example.org/a?b=1&c=2', 'label'), '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">label</a>');
    assert.equal(link('javascript:alert(1)', 'label'), 'label');
    assert.equal(link('not a url', 'label'), 'label');
  });

  it('Slack mrkdwn: formatting, links and quotes as Slack shows them', () => {
    assert.equal(mrkdwnToHtml('*Status* and _aside_ and ~gone~ and `code`'), '<b>Status</b> and <i>aside</i> and <s>gone</s> and <code>code</code>');
    assert.equal(mrkdwnToHtml('See <https://example.org/x?a=1&amp;b=2|the &lt;report&gt;>'), 'See <a href="https://example.org/x?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">the &lt;report&gt;</a>');
    assert.equal(mrkdwnToHtml('> quoted line\nnext'), '<span class="quote">quoted line</span><br>next');
    assert.equal(mrkdwnToHtml('snake_case_word stays'), 'snake_case_word stays', 'marks inside a word are not formatting');
  });

  it('Slack: document text the renderer escaped stays literal text, with no tag, mention or formatting', () => {
    const html = mrkdwnToHtml(mrkdwnText(HOSTILE));
    assert.ok(!/<script|<!channel|<@U/.test(html), html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;!channel&gt;/);
    assert.ok(!/<b>|<i>|<code>/.test(html), `neutralised marks do not format: ${html}`);
    assert.match(mrkdwnToHtml(safeLink('https://example.org/', 'a <b> label') ?? ''), /<a href="https:\/\/example.org\/"[^>]*>a &lt;b&gt; label<\/a>/);
    assert.match(mrkdwnToHtml('<!channel> hello'), /<span class="flag"[^>]*>&lt;!channel&gt;<\/span> hello/, 'a control sequence that got through is flagged, not made a mention');
  });

  it('Discord markdown: formatting, masked links and escapes as Discord shows them', () => {
    assert.equal(discordMarkdownToHtml('**Status** and *aside* and __under__ and ~~gone~~'), '<b>Status</b> and <i>aside</i> and <u>under</u> and <s>gone</s>');
    assert.equal(discordMarkdownToHtml('[the report](https://example.org/r)'), '<a href="https://example.org/r" rel="noopener noreferrer" target="_blank">the report</a>');
    assert.equal(discordMarkdownToHtml('[x](javascript:alert(1))'), 'x)', 'only http(s) becomes a link');
    assert.equal(discordMarkdownToHtml('> quoted\n-# small print'), '<span class="quote">quoted</span><br><span class="subtext">small print</span>');
    const html = discordMarkdownToHtml(escapeDiscord(HOSTILE));
    assert.ok(!/<script|<b>|<i>|<code>/.test(html), html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\u200b?\/script&gt;/);
    assert.match(html, /\*not bold\*/, 'escaped marks show literally');
  });

  it('the page shows each view as both platforms will, with sizes and check findings, and no document markup', () => {
    const message: Message = {
      kind: 'brief',
      title: 'Port strike <b>live</b>',
      topic: 'port-strike',
      blocks: [
        { type: 'heading', text: 'Status' },
        { type: 'paragraph', spans: [{ text: HOSTILE, citations: [1] }] },
        { type: 'bullets', items: [{ label: 'Maria Diaz', text: 'The union says 4,000 members joined.', citations: [1] }] },
      ],
      citations: [{ n: 1, sourceId: 'wire', quote: 'The union says 4,000 members joined.' }],
      sources: [{ id: 'wire', title: 'Dockers walk out', outlet: 'Coast Wire', published: '2026-11-16', url: 'https://example.org/strike' }],
      summary: 'Port strike',
    } as unknown as Message;
    const page = renderPreviewPage({ topic: 'port-strike', title: 'Port strike <b>live</b>', draft: true, views: [{ label: '/brief port-strike', message }], issues: [{ path: 'briefs/port-strike/brief.md', line: 12, message: 'quote not found in wire', fix: 'copy the exact words', severity: 'error' }], at: new Date('2026-12-01T10:00:00Z') });
    assert.ok(!/<script/i.test(page), 'no script anywhere');
    assert.ok(!page.includes('<b>live</b>'), 'the title is escaped');
    assert.match(page, /draft, not yet reviewed/);
    assert.match(page, /<h3>Slack<\/h3>/);
    assert.match(page, /<h3>Discord<\/h3>/);
    assert.match(page, /message 1 of 1: \d+ blocks \(limit 50\)/);
    assert.match(page, /mentions off \(allowed_mentions parse: \[\]\)/);
    assert.match(page, /briefs\/port-strike\/brief\.md:12: quote not found in wire \(copy the exact words\)/);
    assert.match(page, /<b>Maria Diaz<\/b>/, 'a bullet label is bold on Slack');
    assert.equal((page.match(/Dockers walk out/g) ?? []).length >= 2, true, 'the source is listed on both platforms');
    assert.ok(!page.includes('http-equiv="refresh"'), 'no reloading unless asked');
    assert.match(page, /<a href="\/\?refresh=3">reload every 3 s<\/a>/);
    const reloading = renderPreviewPage({ topic: 't', title: 'T', draft: false, views: [], issues: [], at: new Date(), refresh: 5 });
    assert.match(reloading, /<meta http-equiv="refresh" content="5">/);
    assert.match(reloading, /reloads every 5 s · <a href="\/">stop reloading<\/a>/);
  });
});
