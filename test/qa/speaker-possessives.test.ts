/**
 * A person's name in a possessive speaker phrase ("Idris's spokesman") is the person's word,
 * as it is without the "'s"; and a frequency adverb between a speaker and the verb ("Farmers in
 * Tarno often describe themselves as ...") does not hide the speaker.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseTerms } from '../../src/qa/speakers.ts';
import { makeBrief, speakerScoreOf } from './qa-helpers.ts';

describe('possessive speaker phrases and adverbs before the verb', () => {
  it('keeps a person word whole in "<Name>\'s spokesman"', () => {
    const persons = new Set(['idris']);
    assert.deepEqual(phraseTerms("Idris's spokesman", persons).slice(0, 1), ['idris']);
    assert.deepEqual(phraseTerms('Idris spokesman', persons).slice(0, 1), ['idris']);
  });

  it('has the person speak through "A spokesman for <Name> denied ..."', () => {
    const brief = makeBrief('ties', 'Ties', {
      a: 'Marek Idris, a businessman, said on Monday that he would sue.\n',
      b: 'A spokesman for Idris denied the accusations, saying Idris had no ties to the group.\n',
    });
    assert.equal(speakerScoreOf(brief, /A spokesman for Idris/, "Idris's spokesman"), 1);
  });

  it('skips "often", "usually" and the like between the speaker and the verb', () => {
    const brief = makeBrief('farmers', 'Farmers', {
      a: 'Farmers in Tarno often describe themselves as the last free people of the valley.\n',
      b: 'Officials usually say the harvest was good.\n',
    });
    assert.equal(speakerScoreOf(brief, /often describe/, 'farmers in Tarno'), 1);
    assert.equal(speakerScoreOf(brief, /usually say/, 'officials'), 1);
  });
});
