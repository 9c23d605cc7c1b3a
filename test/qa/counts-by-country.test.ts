/**
 * "How many bridges were destroyed in Nicaragua?": a count the sentence gives with no word of
 * the asked country, nor the sentence before, is likely another country's, though the article
 * names it nearby ("In neighbouring Nicaragua, ..." right after).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe("a count for a country, from a sentence that does not name it", () => {
  const docs = {
    a: 'Relief flights reached Nicaragua and Honduras on Thursday.\n\nThe number of homeless in Honduras dropped to 569,000. Mitch damaged or destroyed at least 90 bridges on major highways, including most spans on Highway 5, the main north-south route, officials said. In neighbouring Nicaragua, the army flew food to the north.\n\nThe airport in the capital reopened on Friday.\n',
    b: 'Aid groups in Guatemala asked for blankets.\n',
    c: 'In Nicaragua, rescuers searched the slopes of the volcano for survivors on Friday.\n',
    d: 'The president of El Salvador appealed for food and medicine.\n',
    e: 'Floods in Guatemala forced thousands from their homes, officials said.\n',
    f: 'Guatemala reported 194 dead and El Salvador 239.\n',
  };

  it('is not taken for the asked country’s count', () => {
    const engine = madeEngine('storm', 'The storm', docs);
    const a = engine.ask('How many bridges were destroyed in Nicaragua?', { topic: 'storm' });
    assert.equal(a.abstained, true, a.answer);
  });

  it('answers the count asked with no country, and for the country the sentence before names', () => {
    const engine = madeEngine('storm', 'The storm', docs);
    const any = engine.ask('How many bridges were destroyed?', { topic: 'storm' });
    assert.equal(any.abstained, false, any.answer);
    assert.match(any.citations[0]?.quote ?? '', /90 bridges/);
    const honduras = engine.ask('How many bridges were destroyed in Honduras?', { topic: 'storm' });
    assert.equal(honduras.abstained, false, honduras.answer);
    assert.match(honduras.citations.map((c) => c.quote).join(' '), /90 bridges/);
  });
});
