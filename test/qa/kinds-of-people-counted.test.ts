/**
 * "How many people were aboard?" is answered by a count of a kind of person ("about 200 crew and
 * passengers"), which WordNet says are people; not by a count of weeks, tons or coins, and not
 * as well as a count of people itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsKindOfPeople } from '../../src/qa/kinds-of-people-counted.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('counts of a kind of person', () => {
  it('reads a person noun after the count, after an adjective, or after a group noun and "and"', () => {
    assert.equal(countsKindOfPeople('Prosecutors said 41 soldiers and two civilians had been held.'), true);
    assert.equal(countsKindOfPeople('The ferry was carrying about 200 crew and passengers to Tarno.'), true);
    assert.equal(countsKindOfPeople('The toll rose after two wounded miners died.'), true);
    assert.equal(countsKindOfPeople('Gunmen abducted two aid workers on Monday.'), true, 'a noun that says which');
    assert.equal(countsKindOfPeople('Gunmen abducted three foreign aid workers on Monday.'), true);
  });

  it('is not a count of things, of time, a year or a count parted from the noun', () => {
    assert.equal(countsKindOfPeople('The reactor will stay offline for three weeks while engineers check it.'), false);
    assert.equal(countsKindOfPeople('It sank in 1711 with sailors and silver coins aboard.'), false);
    assert.equal(countsKindOfPeople('About 300 liters of water escaped.'), false);
    assert.equal(countsKindOfPeople('Some 40 of the miners were rescued.'), false);
  });

  it('answers how many people, a little below a count of people', () => {
    const brief = makeBrief('ferry', 'The ferry', {
      a: 'The Tarno ferry was carrying about 200 crew and passengers when it sank.\n',
      b: 'Divers searched the wreck on Sunday.\n',
      c: 'Only 11 survived, officials said.\n',
    });
    assert.equal(scoredSentence(brief, 'How many people were aboard the ferry?', /200 crew/)?.factors?.type, 0.75);
    // "Only 11 survived": the count says people, so the question's word is met.
    assert.equal(scoredSentence(brief, 'How many people survived?', /Only 11/)?.factors?.match, 1);
  });
});
