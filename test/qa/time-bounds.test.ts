/** A year a question bounds its time with ("before 2021", "after 1990") rules out sentences that give only years beyond it. Made-up places. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yearsOutsideAskedBound } from '../../src/qa/time-bounds.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a year bound in a question', () => {
  it('rules out a sentence whose every year is on the wrong side of it', () => {
    assert.equal(yearsOutsideAskedBound('When did Mount Orr last erupt before 2021?', 'Its last major eruption was in 2021.'), true);
    assert.equal(yearsOutsideAskedBound('When did Mount Orr last erupt before 2021?', 'Before the 2021 eruption, it last erupted in 1987.'), false, '1987 is within');
    assert.equal(yearsOutsideAskedBound('When did the bridge open after 1990?', 'The bridge opened in 1987.'), true);
    assert.equal(yearsOutsideAskedBound('When did the bridge open after 1990?', 'The bridge reopened in 1994.'), false);
  });

  it('leaves alone a question with no bound and a sentence with no year', () => {
    assert.equal(yearsOutsideAskedBound('When did Mount Orr last erupt?', 'Its last major eruption was in 2021.'), false);
    assert.equal(yearsOutsideAskedBound('When did Mount Orr last erupt before 2021?', 'It last erupted on a Sunday.'), false);
  });

  it('declines rather than give the bound year itself', () => {
    const engine = madeEngine('orr', 'Mount Orr erupts', {
      a: 'Mount Orr erupted on Sunday, sending ash over Velmora. Its last major eruption was in 2021.\n',
      b: 'Flights were cancelled across the region.\n',
    });
    assert.equal(engine.ask('When did Mount Orr last erupt before 2021?', { topic: 'orr' }).abstained, true);
  });
});
