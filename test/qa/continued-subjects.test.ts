/**
 * A sentence opening "The <noun> ..." goes on about the sentence before only when its words say
 * something that sentence said ("The decision ..." after "decided"), a kind of it ("The
 * territory ..." after an island), people, a body or a place for a name there ("The two NATO
 * allies" after Greece and Turkey), or an adjective standing for its noun ("The oldest was
 * 58"). "The inquiry ordered by the minister ..." after a sentence about a treatment plant is
 * about another thing and inherits none of the plant's words. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definiteOpeningContinues } from '../../src/qa/continued-subjects.ts';
import { madeEngine } from './qa-helpers.ts';

describe('definite descriptions that continue the sentence before', () => {
  const plant = 'The state government said it would spend 40 million dollars on a new treatment plant, affected households said.';
  it('continues with a word of the sentence before, a kind of its noun, or people for its names', () => {
    assert.equal(definiteOpeningContinues('The council decided on Monday to close the bridge.', 'The decision angered commuters.'), true);
    assert.equal(definiteOpeningContinues('Rebels landed on the island of Tarno on Friday.', 'The territory has been disputed since 1975.'), true);
    assert.equal(definiteOpeningContinues('Relations between Varnia and Kessland are rarely cordial.', 'The two NATO allies are at odds over many issues.'), true);
    assert.equal(definiteOpeningContinues('Four miners died in the collapse.', 'The oldest was 58, the company said.'), true);
    assert.equal(definiteOpeningContinues(plant, 'It is due to open in 2027.'), true, 'not a definite description');
    assert.equal(definiteOpeningContinues(plant, 'The next will open in 2028.'), true, 'an ordinal');
  });
  it('does not continue with another thing', () => {
    assert.equal(definiteOpeningContinues(plant, 'The inquiry ordered by Water Minister Lena Koutsis is due to report by the end of June.'), false);
    assert.equal(definiteOpeningContinues(plant, 'The weather stayed hot all week.'), false);
  });
  it('so "When will the plant be finished?" is not answered with the inquiry\'s date', () => {
    const engine = madeEngine('water', 'Tap water', {
      a: [
        'TARNO (AP) _ The city of Tarno told residents on Monday not to drink tap water after an algae toxin was found in its reservoir.',
        'The state government said it would spend 40 million dollars on a new treatment plant able to remove algae toxins.',
        'The inquiry ordered by Water Minister Lena Koutsis is due to report by the end of June.',
      ].join('\n\n'),
    });
    const a = engine.ask('When will the new treatment plant be finished?', { topic: 'water' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});
