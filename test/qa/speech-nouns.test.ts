/**
 * A speech act told as a noun beside its speaker ("was elected on a promise to ...") answers
 * "What did X promise?" though no one speaks in the sentence; the noun must be the verb's (or
 * a WordNet synonym's) and name something said, and the speaker must be named. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { speechToldAsNoun } from '../../src/qa/speech-nouns.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('a speech act told as a noun', () => {
  const q = analyzeQuestion('What did Lund promise when he was elected?');
  const groups = [['lund']];

  it('takes "on a promise to" beside the speaker', () => {
    assert.equal(speechToldAsNoun(q, 'Lund, a former judge, was elected in 2021 on a promise to clean up the city.', groups), true);
    assert.equal(speechToldAsNoun(q, 'Marek was elected in 2021 on a promise to clean up the city.', groups), false, 'another speaker');
    assert.equal(speechToldAsNoun(q, 'Lund was elected in 2021 after a long campaign.', groups), false, 'no noun of the act');
    assert.equal(speechToldAsNoun(analyzeQuestion('What did Lund build?'), 'Lund was elected on a promise to build a bridge.', groups), false, 'no speaker asked');
  });

  it('lifts such a sentence above one where the speaker says nothing', () => {
    const brief = makeBrief('city', 'City hall', {
      a: 'VELLA (AP) _ Police arrested Mayor Ivo Lund on Wednesday.\n\nLund, a former judge, was elected in 2021 on a promise to clean up the city.',
    });
    assert.equal(scoredSentence(brief, 'What did Lund promise when he was elected?', /on a promise/)?.factors?.speaker, 0.9);
  });
});
