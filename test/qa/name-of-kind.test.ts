/**
 * "What is the name of the senior aide who has been talking to investigators?", "... of the
 * 10-bed hospital?": the kind is read past its adjectives, a figure and the clause after it,
 * and a sentence that only mentions one of the kind, unnamed, does not answer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindNoun } from '../../src/qa/answer-kind.ts';
import { namesTheThing } from '../../src/qa/answer-shape.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';

describe('"what is the name of the X <clause>" and "of the 10-bed X"', () => {
  it('reads the kind past its adjectives and a figure before it', () => {
    assert.equal(kindNoun(analyzeQuestion('What is the name of the senior aide who has been talking to investigators?')), 'aide');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the 10-bed hospital?')), 'hospital');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the yacht that lost its mast?')), 'yacht');
  });

  it('wants the X named, though the question goes on after it', () => {
    const aide = 'What is the name of the senior aide who has been talking to investigators?';
    assert.ok(namesTheThing(aide, 'Prosecutors will call one of his senior aides who has been talking to investigators for two years.', 'aide') < 1);
    assert.equal(namesTheThing(aide, 'His senior aide, Jamal Varo, has been talking to investigators.', 'aide'), 1);
    assert.ok(namesTheThing('What is the name of the 10-bed hospital?', 'One 10-bed hospital in the countryside kept only three patients.', 'hospital') < 1);
    // A name with the noun in apposition after it.
    assert.equal(namesTheThing('What is the name of the magazine whose editors were arrested?', "The editors at ``Jago Varo,'' a monthly magazine published in Tarno, were jailed.", 'magazine'), 1);
  });
});
