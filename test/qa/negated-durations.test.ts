/**
 * "How long were flights halted?" asks how long a state lasted (a participle ends it), not a
 * length; and a sentence where the asked act is only negated ("but flights were not stopped")
 * does not say how long it lasted. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { durationVerbNegated } from '../../src/qa/negated-durations.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { detectType } from '../../src/qa/question-type.ts';
import { madeEngine } from './qa-helpers.ts';

describe('how long a state lasted', () => {
  it('reads a participle ending "how long was/were ..." as a duration, and a thing as a length', () => {
    assert.equal(detectType('How long were flights halted?'), 'duration');
    assert.equal(detectType('How long were the talks delayed?'), 'duration');
    assert.equal(detectType('How many days did the strike last?'), 'duration');
    assert.equal(detectType('On how many days did heavy rain fall last week?'), 'quantity', 'a count of days');
    assert.equal(detectType('What is the water utility called?'), 'name', 'what a thing of three words is called');
    assert.equal(detectType('How long is the new runway?'), 'quantity');
    assert.equal(detectType('How long was the tunnel that collapsed?'), 'quantity');
    assert.equal(detectType('How long was the affidavit the source swore?'), 'quantity', 'a relative clause\'s verb');
  });
});

describe('a duration of an act that did not happen', () => {
  it('finds the asked verb, or a word of its sense, only negated', () => {
    const q = analyzeQuestion('How long were flights halted?');
    assert.equal(durationVerbNegated(q, 'A drone was seen again for about ten minutes, but flights were not stopped.'), true);
    assert.equal(durationVerbNegated(q, 'The airport halted all flights for nearly five hours.'), false);
    assert.equal(durationVerbNegated(q, 'Flights were halted for two hours; they were not stopped again.'), false);
  });

  it('answers with the span of the act, not of the sentence that denies it', () => {
    const engine = madeEngine('drones', 'Drones over an airport', {
      a: 'Varby airport halted all flights for nearly five hours on Sunday after staff reported drones near the runway.',
      b: 'One drone was seen again for about ten minutes on Monday night, but flights were not stopped.',
    });
    const a = engine.ask('How long were flights halted?', { topic: 'drones' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /five hours/);
  });
});
