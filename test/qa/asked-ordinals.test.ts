/**
 * "Where did the fourth outbreak come from?": the ordinal before a noun says which one, and the
 * answer must say it, in its own sentence or the one before ("... said a fourth outbreak had been
 * found. The new case ... probably came from wild birds"); "the airport's second runway" is not
 * answered by a sentence about its runway that never says second. "Which yacht finished second?"
 * still asks a place in a ranking, which the sentence itself must give. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givesAskedOrdinal } from '../../src/qa/asked-ranks.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

const brief = makeBrief('flu', 'Bird flu outbreaks', {
  a: 'Officials lifted restrictions on Tuesday but said a fourth outbreak had been found at a goose farm near the border.\n\nThe new case is about 600 kilometers from the others and probably came from wild birds, officials said.\n',
  b: 'Inspectors visited the farms on Monday.\n\nThe case at the duck farm probably came from a feed truck, officials said.\n',
  c: 'The yacht Sayonara crossed the finish line first on Tuesday.\n',
});

describe('an ordinal a question gives its noun', () => {
  it('is met in the sentence before', () => {
    assert.equal(scoredSentence(brief, 'Where did the fourth outbreak probably come from?', /The new case/)?.factors?.shape, 1);
  });

  it('is unsaid when neither sentence has it', () => {
    assert.ok((scoredSentence(brief, 'Where did the fourth outbreak probably come from?', /duck farm/)?.factors?.shape ?? 1) < 1);
  });

  it('leaves a place in a ranking to the sentence itself', () => {
    assert.ok((scoredSentence(brief, 'Which yacht finished second?', /Sayonara/)?.factors?.shape ?? 1) < 1);
  });
});

describe('a first stretch of time a question gives ("in its first year")', () => {
  it('must be said: "this year" is not the first', () => {
    assert.equal(givesAskedOrdinal('How many students joined the program in its first year?', 'This year the program allowed 200,000 students to study abroad.', () => ''), false);
    assert.equal(givesAskedOrdinal('How many students joined the program in its first year?', 'In its first year, 3,200 students took part.', () => ''), true);
    assert.equal(givesAskedOrdinal('How many students joined the program?', 'This year the program allowed 200,000 students to study abroad.', () => ''), true);
  });
});
