/**
 * "What is the name of the senior aide who has been talking to investigators?", "... of the
 * 10-bed hospital?": the kind is read past its adjectives, a figure and the clause after it;
 * and "``Jago Varo,'' a monthly magazine" names the magazine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindNoun } from '../../src/qa/answer-kind.ts';
import { namesTheThing } from '../../src/qa/answer-shape.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';

describe('"the name of the X <clause>", "of the 10-bed X"', () => {
  it('reads the kind past its adjectives and a figure before it', () => {
    assert.equal(kindNoun(analyzeQuestion('What is the name of the senior aide who has been talking to investigators?')), 'aide');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the 10-bed hospital?')), 'hospital');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the yacht that lost its mast?')), 'yacht');
  });

  it('takes a name with the noun in apposition after it for a name of the noun', () => {
    assert.equal(namesTheThing('What is the name of the magazine?', "The editors at ``Jago Varo,'' a monthly magazine published in Tarno, were jailed."), 1);
    assert.equal(namesTheThing('What is the name of the airline?', 'Kivu Air, the airline, flies to Goma twice a week.'), 1);
    assert.ok(namesTheThing('What is the name of the airline?', 'The airline flies to Goma twice a week.') < 1);
  });
});
