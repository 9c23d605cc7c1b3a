/** Chat phrasing ("any news on X?", "whats ...") is read as the question it stands for. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readChatPhrasing } from '../../src/qa/chat-phrasing.ts';
import { madeEngine } from './qa-helpers.ts';

describe('chat phrasing', () => {
  it('spells out contractions typed without the apostrophe', () => {
    assert.equal(readChatPhrasing("whats the council's plan"), "what's the council's plan");
    assert.equal(readChatPhrasing('why didnt they meet'), "why didn't they meet");
    assert.equal(readChatPhrasing('who cant attend'), "who can't attend");
    assert.equal(readChatPhrasing('What is the plan?'), 'What is the plan?', 'a written question is left alone');
  });

  it('leaves off a lead-in that asks for anything on a subject', () => {
    assert.equal(readChatPhrasing('any news on body armor?'), 'body armor?');
    assert.equal(readChatPhrasing('Is there any update about the strike?'), 'the strike?');
    assert.equal(readChatPhrasing('tell me more about the Wagner Group'), 'the Wagner Group');
    assert.equal(readChatPhrasing('anything new on the ferry'), 'the ferry');
    assert.equal(readChatPhrasing('What news did the council give about the strike?'), 'What news did the council give about the strike?', 'only a lead-in');
  });

  it('reads "the us", "the eu", "the un" typed in lower case as the country or body, and "us" alone as the pronoun', () => {
    assert.equal(readChatPhrasing('what aid came from the us'), 'what aid came from the US');
    assert.equal(readChatPhrasing('what did the eu and the u.n. say'), 'what did the EU and the U.N. say');
    assert.equal(readChatPhrasing('can you help us'), 'can you help us');
    assert.equal(readChatPhrasing('what did the union say'), 'what did the union say');
  });

  it('so neither "news" nor "whats" is a word the answer must contain', () => {
    const engine = madeEngine('kit', 'The kit', {
      a: 'New data showed that the council might send more money.\n\nOfficials said the council is preparing to send uniforms and body armour to the front.\n',
      b: 'Ana Berg said new talks would begin in the spring.\n',
    });
    const a = engine.ask('any news on body armour?', { topic: 'kit' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /uniforms and body armour/);
    // Read as typed, "news" (stem "new") and "what" went unmatched: 0.87 and 0.62.
    assert.ok(a.confidence >= 0.95, `confidence ${a.confidence}`);
    const b = engine.ask('whats the council preparing to send?', { topic: 'kit' });
    assert.equal(b.abstained, false, `answered (${b.confidence})`);
    assert.match(b.citations[0]?.quote ?? '', /uniforms and body armour/);
    assert.ok(b.confidence >= 0.95, `confidence ${b.confidence}`);
  });
});
