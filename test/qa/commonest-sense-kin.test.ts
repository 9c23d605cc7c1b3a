/**
 * "Where were the fragments found?" answered by "... were recovered near the village of X":
 * a verb whose commonest sense is one of the asked verb's rarer ones says the asked event
 * (WordNet files "find" under "recover", though none of find's first senses is recover's).
 * Made-up names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordNet } from '../../src/qa/wordnet.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('verbs whose commonest sense is a rarer one of the asked verb', () => {
  const wn = WordNet.open()!;

  it('are found through the asked verb\'s senses', () => {
    assert.ok(wn.commonestSenseKin('find', 'verb').includes('recover'));
    assert.ok(wn.commonestSenseKin('buy', 'verb').includes('purchase'));
    assert.equal(wn.commonestSenseKin('find', 'verb').includes('happen'), false, "not one whose commonest sense is another");
  });

  it('say the asked event', () => {
    const brief = makeBrief('rock', 'The rock', {
      a: 'Volunteers searched fields on Thursday, and two smaller fragments were recovered near the city of Lyon.\n',
      b: 'The fragments were taken to a laboratory in Tallmark for study.\n',
      c: 'A fireball lit up the sky on Sunday night.\n',
    });
    const s = scoredSentence(brief, 'Where were the smaller fragments found?', /recovered near the city of Lyon/);
    assert.equal(s?.factors?.event, 1, JSON.stringify(s?.factors));
  });
});
