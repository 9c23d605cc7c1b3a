/** "How much of the aid has been paid?" is answered by "None of the aid has been paid so far." */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"how much of" a thing', () => {
  it('is answered by "none of it"', () => {
    const brief = makeBrief('grant', 'A grant', {
      a: 'None of the aid has been paid so far.\n',
      b: 'The aid will be paid in stages as construction milestones are met.\n',
    });
    assert.equal(scoredSentence(brief, 'How much of the aid has been paid?', /None of the aid/)?.factors?.['type'] ?? 1, 1);
    assert.ok((scoredSentence(brief, 'How much of the aid has been paid?', /in stages/)?.factors?.['type'] ?? 1) < 1, 'no amount said');
  });
});
