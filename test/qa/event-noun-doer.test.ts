/**
 * "Who tipped off the police?": "... found it in a garage after a tip-off" tells of the act only
 * as a noun, with no one named doing it, so it does not answer; "a tip-off from a neighbour" or
 * "a neighbour tipped off police" would. And the verb's own forms are whole words: the "tip" of
 * "tip-off" is not the verb. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventNounLeavesDoerUnnamed } from '../../src/qa/person-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, makeBrief, scoredSentence, withFiller } from './qa-helpers.ts';

describe('an act told of only as a noun, by no one', () => {
  const q = analyzeQuestion('Who tipped off the police?');

  it('leaves the doer unnamed in "after a tip-off" and "an anonymous tip-off"', () => {
    assert.equal(eventNounLeavesDoerUnnamed(q, 'Police found the painting in a garage after a tip-off, prosecutors said.'), true);
    assert.equal(eventNounLeavesDoerUnnamed(q, 'Police acted on an anonymous tip-off.'), true);
  });

  it('does not when the sentence says from whom, or uses the verb', () => {
    assert.equal(eventNounLeavesDoerUnnamed(q, 'Police acted on a tip-off from a neighbour.'), false);
    assert.equal(eventNounLeavesDoerUnnamed(q, 'A neighbour tipped off police after a tip-off.'), false);
  });

  it('does not count the "tip" of "tip-off" as the verb', () => {
    const brief = makeBrief('statue', 'A stolen statue', { a: 'Belgian police found the statue in a barn after a tip-off, prosecutors said.\n' });
    assert.ok((scoredSentence(brief, 'Who tipped off the police?', /tip-off/)?.factors?.match ?? 1) < 1);
  });

  it('declines "Who tipped off the police?" when the documents name no one', () => {
    const engine = madeEngine('statue', 'A stolen statue', withFiller({
      a: 'ARLON (Reuters) - Belgian police have recovered a bronze statue stolen from a park in Liege, finding it under a tarpaulin in a barn near Arlon after a tip-off, prosecutors said on Monday.\n',
    }, (i) => `The park will reopen in ${i + 2} weeks, the city said.`));
    assert.equal(engine.ask('Who tipped off the police?', { topic: 'statue' }).abstained, true);
  });
});
