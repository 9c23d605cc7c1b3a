/**
 * Someone named by what they are, not by name, answers "who": "The state coroner said he would
 * hold an inquest", "would prosecute builders whose ...", the focus of a cleft sentence ("it is
 * some of the workers ... who").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleActs } from '../../src/qa/person-answers.ts';
import { madeEngine } from './qa-helpers.ts';

describe('someone named by what they are', () => {
  it('answers "who" as a title would: "The state coroner said he would hold an inquest"', () => {
    const engine = madeEngine('race', 'Sea news', {
      a: 'The state coroner said he would hold an inquest into the deaths.\n',
      b: 'Winds eased on Tuesday and the search went on.\n',
    });
    const a = engine.ask('Who will hold an inquest?', { topic: 'race' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /coroner/);
    // Not a thing in that place: "The storm ..." is no one.
    const b = madeEngine('storm', 'Sea news', { a: 'The storm said to be the worst in decades would hold its strength into Wednesday.\n' });
    assert.equal(b.ask('Who will hold its strength?', { topic: 'storm' }).abstained, true);
  });

  it('answers "Who will the government prosecute?" with whom the verb names by what they are ("prosecute builders")', () => {
    const engine = madeEngine('quake', 'Disaster news', {
      a: 'The government said it would prosecute builders whose apartment blocks collapsed in the earthquake.\n',
      b: 'Winds eased on Tuesday and the search went on.\n',
    });
    const a = engine.ask('Who will the government prosecute?', { topic: 'quake' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /prosecute builders/);
  });

  it('takes a cleft sentence\'s focus for who acts ("it is some of the workers, not the management, who ...")', () => {
    const q = new Set(['who', 'is', 'considering', 'dissolving', 'the', 'union']);
    assert.equal(roleActs('And here it is some of the workers, not the management, who are considering dissolving the union.', q), true);
    assert.equal(roleActs('It was the firefighters that saved the town.', q), true);
    // A thing in focus is no one.
    assert.equal(roleActs('And here it is the plan, not the vote, that is considering dissolving the union.', q), false);
  });
});
