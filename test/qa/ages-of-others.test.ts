/**
 * "How old is the tiger?" is not answered by the age of someone named in the sentence ("A
 * gardener, 72-year-old Klaus Brandt, spotted the tiger"), but by an age no one named holds ("The
 * seven-year-old male, named Raja, got out"), which leads the answer. The age of a person set
 * beside the asked noun ("A gardener, 72-year-old Klaus Brandt") still answers for that noun.
 * Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unnamedAgeOf, withoutAgesOfOthers } from '../../src/qa/ages-of-others.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

const DOCS = {
  a: 'BREMEN, Germany (dpa) - A tiger escaped from the city zoo during a storm overnight.\n\nThe seven-year-old male, named Raja, got out of its enclosure some time after 2 a.m., when a tree crushed part of the fence.\n',
  b: 'BREMEN, Germany (dpa) - The tiger that escaped from the zoo was captured unharmed on Thursday.\n\nA gardener, 72-year-old Klaus Brandt, spotted the tiger lying under a hedge and called police.\n',
};

describe('ages of others', () => {
  it('drops the age of a named person not set beside the asked noun', () => {
    const text = 'A gardener, 72-year-old Klaus Brandt, spotted the tiger lying under a hedge.';
    assert.equal(withoutAgesOfOthers(text, 'tiger').includes('72-year-old'), false);
    assert.equal(withoutAgesOfOthers(text, 'gardener').includes('72-year-old'), true);
    assert.equal(withoutAgesOfOthers('The airline flew a 20-year-old Boeing 737.', 'plane').includes('20-year-old'), true, 'no person after it');
  });

  it('gives the unnamed age for the short answer', () => {
    assert.equal(unnamedAgeOf('The seven-year-old male, named Raja, got out some time after 2 a.m.', 'How old is the tiger?'), 'seven-year-old');
    assert.equal(unnamedAgeOf('A gardener, 72-year-old Klaus Brandt, spotted the tiger.', 'How old is the tiger?'), null);
  });

  it('answers "How old is the tiger?" with the tiger\'s age and "How old is the gardener?" with his', () => {
    const engine = madeEngine('zoo', 'A tiger escapes from a zoo', DOCS);
    assertAnswers(engine, 'zoo', 'How old is the tiger?', /seven-year-old male/);
    assert.equal(engine.ask('How old is the tiger?', { topic: 'zoo' }).short, 'seven-year-old');
    assertAnswers(engine, 'zoo', 'How old is the gardener?', /72-year-old Klaus Brandt/);
  });
});
