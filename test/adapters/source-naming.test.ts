/** A source with no title, outlet or date is named the same way on every platform: by its id, "date unknown", never its file. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderDiscordPayload } from '../../src/adapters/discord/render-discord.ts';
import { renderBlockKit } from '../../src/adapters/slack/render-block-kit.ts';
import type { Message } from '../../src/domain/messages/message-model.ts';
import { renderText } from '../../src/domain/messages/render-text.ts';

const message: Message = {
  kind: 'brief',
  title: 'Port strike',
  topic: 'port-strike',
  blocks: [{ type: 'paragraph', spans: [{ text: 'The union says 4,000 members joined.', citations: [1] }] }],
  citations: [{ n: 1, sourceId: 'union-statement', quote: 'The union says 4,000 members joined.' }],
  sources: [{ id: 'union-statement', title: null, outlet: null, published: null, url: null, path: 'briefs/port-strike/sources/004_210360c1a760f1ee.txt' }],
  summary: 'Port strike',
};

describe('naming an untitled source', () => {
  it('Slack, Discord and the console all say its id and "date unknown", not its file', () => {
    const slack = JSON.stringify(renderBlockKit(message));
    const discord = JSON.stringify(renderDiscordPayload(message));
    const text = renderText(message);
    for (const [name, out] of [['slack', slack], ['discord', discord], ['console', text]] as const) {
      assert.ok(out.includes('union-statement'), `${name} names the source by its id`);
      assert.ok(out.includes('date unknown'), `${name} says "date unknown"`);
      assert.ok(!out.includes('004_210360c1a760f1ee'), `${name} does not show the file name`);
      assert.ok(!/undated|Unknown outlet/.test(out), `${name} uses the same words as the others`);
    }
  });
});
