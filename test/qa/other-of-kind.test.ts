/**
 * "Which other satellite moved to avoid debris?" asks for another one of the kind than the
 * story's own: "A Japanese weather satellite also moved" says which, by whose it is, though it
 * names none; "a local cardinal" does not say which cardinal. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tellsOtherOfKindByOwner } from '../../src/qa/answer-kind.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('another of the kind, told by whose it is', () => {
  it('reads an indefinite mention with a capitalised owner as saying which other one', () => {
    const q = analyzeQuestion('Which other satellite moved to avoid debris?');
    assert.equal(tellsOtherOfKindByOwner(q, 'A Japanese weather satellite also moved last week.'), true);
    assert.equal(tellsOtherOfKindByOwner(q, 'A weather satellite also moved last week.'), false);
    assert.equal(tellsOtherOfKindByOwner(analyzeQuestion('Which satellite moved to avoid debris?'), 'A Japanese weather satellite also moved last week.'), false, 'only for "which other"');
  });

  it('fits the type of "Which other satellite moved?" with it, and not "Which cardinal ...?" with "a local cardinal"', () => {
    const brief = makeBrief('debris', 'A cloud of debris', {
      a: 'Debris from the satellite spread quickly. Since the break-up, the Varn station has had to move twice to avoid debris, the agency said.\n\nA Japanese weather satellite also moved last week.\n\nThe archive, founded in 1712 by a local cardinal, holds maps.\n',
    });
    assert.equal(scoredSentence(brief, 'Which other satellite moved to avoid debris?', /Japanese weather satellite/)?.factors?.type ?? 1, 1);
    assert.ok((scoredSentence(brief, 'Which cardinal founded the archive?', /local cardinal/)?.factors?.type ?? 1) < 1);
  });
});
