/** "Who was killed by the 1987 eruption?" asks for names: "a mudflow killed 31 people" only counts them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsPatientsUnnamed } from '../../src/qa/counted-patients.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a count of the people an act fell on', () => {
  const q = analyzeQuestion('Who was killed by the 1987 eruption?');

  it('leaves them unnamed, active or passive', () => {
    assert.equal(countsPatientsUnnamed(q, 'Mount Tavu last erupted in 1987, when a mudflow killed 31 people.'), true);
    assert.equal(countsPatientsUnnamed(q, 'At least 31 villagers were killed in 1987.'), true);
  });

  it('one of a kind the act fell on, unnamed, names no one either', () => {
    const q2 = analyzeQuestion('Who was appointed mediator?');
    assert.equal(countsPatientsUnnamed(q2, "Keldia's transport minister, Paulo Reyes, on Wednesday appointed a mediator to try to end the strike."), true);
    assert.equal(countsPatientsUnnamed(q2, 'The minister appointed a mediator, Amara Lint, on Wednesday.'), false, 'named after it');
    assert.equal(countsPatientsUnnamed(q2, 'The minister appointed Amara Lint as mediator.'), false);
  });

  it('not when a name follows, the count is of things, or the question asks who did it', () => {
    assert.equal(countsPatientsUnnamed(q, 'The mudflow killed 31 people, among them the mayor, Ana Lind.'), false);
    assert.equal(countsPatientsUnnamed(q, 'The mudflow killed 300 cattle.'), false, 'not people');
    assert.equal(countsPatientsUnnamed(analyzeQuestion('Who killed the villagers?'), 'Rebels killed 31 people.'), false, 'an active question asks for the doer');
  });

  it('so the engine declines rather than name the volcano', () => {
    const engine = madeEngine('volcano', 'The Mount Tavu eruption', {
      a: 'Mount Tavu erupted early on Saturday.\n\nMount Tavu last erupted in 1987, when a mudflow killed 31 people.\n',
      b: 'About 9,000 people were evacuated.\n',
    });
    const a = engine.ask('Who was killed by the 1987 eruption?', { topic: 'volcano' });
    assert.equal(a.abstained, true, `abstained (${a.confidence}): ${a.answer}`);
  });
});
