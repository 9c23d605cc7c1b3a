/**
 * A name the documents introduce with a noun for a body or a made thing ("the state oil company
 * Norpetro", "the cruise ship Aurora Vesta") is no person's, though it speaks ("Norpetro said"),
 * so the company can be asked about and found by its kind. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPersonNames } from '../../src/qa/entities.ts';
import { ThingIntroducedNames } from '../../src/qa/thing-introduced-names.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('names introduced as things', () => {
  it('reads the first word of a name after a determiner and a noun for a body or a made thing', () => {
    const things = new ThingIntroducedNames();
    things.read("QUITO (Reuters) - Ecuador's state oil company Norpetro missed a payment.");
    things.read('The cruise ship Aurora Vesta docked in Lisbon.');
    things.read('The Italian mountaineer Paolo Ferro led the team.');
    assert.equal(things.introducedAsThing('Norpetro'), true);
    assert.equal(things.introducedAsThing('Aurora Vesta'), true);
    assert.equal(things.introducedAsThing('Paolo Ferro'), false, 'a noun for a person');
  });

  it('reads past a capitalised modifier of a place ("the Osk-based company Vantra Media")', () => {
    const things = new ThingIntroducedNames();
    things.read('Loopa, which is owned by the Osk-based company Vantra Media, has 38 million users.');
    assert.equal(things.introducedAsThing('Vantra'), true);
    assert.equal(findPersonNames(['The app is owned by the Osk-based company Vantra Media.', 'Vantra said it was disappointed.']).tokens.has('vantra'), false);
  });

  it('reads a name with a thing noun in apposition ("Valdis Energy, the British company that found it")', () => {
    const things = new ThingIntroducedNames();
    things.read('The minister warned Valdis Energy, the British company that found it, of a clash.');
    things.read('The team was led by Paolo Ferro, the Italian mountaineer.');
    assert.equal(things.introducedAsThing('Valdis Energy'), true);
    assert.equal(things.introducedAsThing('Paolo Ferro'), false, 'a noun for a person');
  });

  it('takes a company a noun for a person introduces ("explorer Valdis Energy") for none when it is also introduced as a thing', () => {
    const texts = ['British explorer Valdis Energy has found gas off the coast.', 'The minister warned Valdis Energy, the British company that found it, of a clash.'];
    assert.equal(findPersonNames(texts).tokens.has('valdis'), false);
    assert.equal(findPersonNames(texts.slice(0, 1)).tokens.has('valdis'), true, 'nothing says it is a company');
    assert.equal(findPersonNames(['Skipper Mark Dunn said the boat was fine.', 'Mark Dunn, the boat\'s skipper, said so.']).tokens.has('dunn'), true);
  });

  it('so "It said ..." after "Vantra said ..." is the company\'s', () => {
    const engine = madeEngine('app', 'An app blocked', {
      a: 'OSK (AP) — Varnia blocked the video app Loopa on Monday.\n\nLoopa, which is owned by the Osk-based company Vantra Media, says it has about 38 million users.\n\nIn a statement, Vantra said it was "disappointed" by the decision. It said it had hired 300 additional content moderators.\n',
      b: 'OSK (AP) — Vantra filed a lawsuit on Thursday.\n\nThe ministry hired 40 new inspectors.\n',
    });
    assertAnswers(engine, 'app', 'How many content moderators did Vantra hire?', /300 additional content moderators/);
  });

  it('takes a speaker so introduced for no person, but keeps one a title introduces', () => {
    const texts = ["Ecuador's state oil company Norpetro missed a payment on Monday.", 'Norpetro said it would pay.', 'Chief executive Ana Ruiz said the company would pay.'];
    const { tokens } = findPersonNames(texts);
    assert.equal(tokens.has('norpetro'), false);
    assert.equal(tokens.has('ruiz'), true);
    assert.equal(findPersonNames(['Norpetro said it would pay.']).tokens.has('norpetro'), true, 'not introduced as a thing');
  });

  it('so the engine finds the company by its kind for its chief executive', () => {
    const engine = madeEngine('oil', 'An oil company', {
      a: "QUITO, Ecuador (Reuters) - Ecuador's state oil company Norpetro failed to make a $480 million payment on Monday, the company said.\n\nNorpetro said in a statement that it had deferred the coupon.\n\n\"We have the will to pay,\" chief executive Ana Ruiz told reporters, adding that the company would protect its creditors.\n\nFitch cut the company's rating to 'C'.\n",
    });
    assertAnswers(engine, 'oil', 'Who is the chief executive of Norpetro?', /Ana Ruiz/);
  });
});
