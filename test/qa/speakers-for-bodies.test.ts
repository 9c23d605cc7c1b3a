/**
 * "The lawyers for Velbor told a court ...": people of a kind speaking for the body after "for"
 * are that body's people, so "What did Velbor's lawyers say?" is met by them. Made-up names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertAnswers, madeEngine, makeBrief, speakerScoreOf } from './qa-helpers.ts';

const docs = {
  a: 'ZURICH (Reuters) - The lawyers for Velbor told a court in Zurich on Thursday that the farmer suing the company had failed to show that its emissions caused any flood.\n',
  b: 'The lawyers for the farmer called two expert witnesses.\n',
  c: 'The company for its part said nothing.\n',
};

describe('people of a kind speaking for the body after "for"', () => {
  it('are that body\'s people', () => {
    const brief = makeBrief('suit', 'A climate suit', docs);
    assert.equal(speakerScoreOf(brief, /lawyers for Velbor/, "Velbor's lawyers"), 1);
    assert.equal(speakerScoreOf(brief, /lawyers for Velbor/, 'Velbor'), 1, 'the body itself');
    assert.equal(speakerScoreOf(brief, /lawyers for the farmer/, "Velbor's lawyers"), 0, 'another\'s lawyers');
  });

  it('answer what the body\'s people said', () => {
    assertAnswers(madeEngine('suit', 'A climate suit', docs), 'suit', "What did Velbor's lawyers say?", /failed to show/);
  });
});

describe('"What did X argue?" with the content left out', () => {
  it('is answered by what X said', () => {
    assertAnswers(madeEngine('suit2', 'A climate suit', docs), 'suit2', "What did Velbor's lawyers argue?", /failed to show/);
    assertAnswers(madeEngine('suit3', 'A climate suit', docs), 'suit3', 'What did the lawyers for Velbor insist?', /failed to show/);
  });
});
