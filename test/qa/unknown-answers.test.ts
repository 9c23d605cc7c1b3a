/**
 * A sentence that says the asked thing is not known ("his wife does not know where he is being
 * held") shares the question's words and wh-word but answers nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saysAnswerUnknown, whWord } from '../../src/qa/unknown-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

const q = (text: string) => analyzeQuestion(text);

describe('a sentence that says the answer is not known', () => {
  it('reads the question\'s wh-word', () => {
    assert.equal(whWord('Where is Lind being held?'), 'where');
    assert.equal(whWord('How many shelters have been set up?'), 'how many');
    assert.equal(whWord('In which city did they meet?'), 'which');
    assert.equal(whWord('Did they meet?'), null);
  });

  it('is told by a negated verb of knowing or telling, or "unclear", before the same wh-word', () => {
    assert.ok(saysAnswerUnknown(q('Where is Lind being held?'), "Lind's wife said she does not know where he is being held."));
    assert.ok(saysAnswerUnknown(q('How many shelters have been set up?'), "Authorities still don't know how many shelters have been set up across the country."));
    assert.ok(saysAnswerUnknown(q('Who fired first?'), 'It was unclear who fired first.'));
    assert.ok(saysAnswerUnknown(q('When will the court rule?'), 'The court did not say when it would rule.'));
    assert.ok(saysAnswerUnknown(q('Why did they leave?'), 'Officials would not tell reporters why they left.'));
    assert.ok(saysAnswerUnknown(q('How did the attackers get into the network?'), 'It was not clear how the attackers got into the network.'));
  });

  it('is told by an answer still sought: "too early to speculate about", "trying to determine"', () => {
    assert.ok(saysAnswerUnknown(q('Who set the fire?'), 'Police are trying to determine who set the fire.'));
    assert.ok(saysAnswerUnknown(q('Why did the bridge fall?'), 'It was too early to say why the bridge fell, the mayor said.'));
  });

  it('is told for "What <verb>ed ...?" when the sentence leaves "what <verb>ed" open', () => {
    assert.ok(saysAnswerUnknown(q('What caused the crash?'), 'The board chairman said it was too early to speculate about what caused the crash.'));
    assert.ok(saysAnswerUnknown(q('What caused the crash?'), 'Investigators did not know what caused the crash.'));
    assert.equal(saysAnswerUnknown(q('What caused the crash?'), 'A fire caused the crash, investigators said.'), false);
    assert.equal(saysAnswerUnknown(q('What damage did the storm do?'), 'It was unclear what damage the storm did.'), false, 'a noun after "what"');
  });

  it('is told for "When ...?" by a time not yet set: "no deadline", "set no date"', () => {
    assert.ok(saysAnswerUnknown(q('When will the commission finish its inquiry?'), 'Pound said there was no deadline for the inquiry but it could be finished this weekend.'));
    assert.ok(saysAnswerUnknown(q('When will the talks resume?'), 'The mediators set no date for the talks to resume.'));
    assert.equal(saysAnswerUnknown(q('Who set the deadline?'), 'There was no deadline, Pound said.'), false, 'only for "when"');
    assert.equal(saysAnswerUnknown(q('When will the talks resume?'), 'The talks will resume on Monday, the mediators said.'), false);
  });

  it('is not told by another wh-word, by a sentence that knows, or for "what" questions', () => {
    assert.equal(saysAnswerUnknown(q('When will the court rule?'), 'The court did not say where it would sit.'), false);
    assert.equal(saysAnswerUnknown(q('Where is Lind being held?'), 'Police said Lind is being held in Tarno, where he was arrested.'), false);
    assert.equal(saysAnswerUnknown(q('What did the court decide?'), 'The court did not say what it would decide.'), false);
  });

  it('declines "Where is X being held?" when the documents only say nobody knows', () => {
    const docs = withFiller({
      a: "Lind's wife said in Tarno that she does not know where he is being held and believes the authorities are unlikely to tell her.\n",
      b: 'Lind was detained on Monday after a meeting in Tarno.\n',
    }, (i) => `Friends of Lind met in Osterholm on day ${i + 1}.`);
    const a = madeEngine('held', 'Held', docs).ask('Where is Lind being held?', { topic: 'held' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});
