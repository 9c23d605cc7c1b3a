/**
 * A place named by a common noun: WordNet's places and features of the land answer any
 * "where" question; a building or structure ("at an outdoor restaurant") answers a bare
 * "Where ...?" but not "Which province ...?"; and the noun of the asked act itself ("glided
 * to a landing" for "Where did it land?") is no place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inCommonPlace } from '../../src/qa/place-answers.ts';
import { madeEngine } from './qa-helpers.ts';

describe('places named by a common noun', () => {
  it('takes a building or structure for a place only when asked', () => {
    const text = 'They drank coffee at an outdoor restaurant.';
    assert.equal(inCommonPlace(text, new Set(), true), true);
    assert.equal(inCommonPlace(text, new Set(), false), false, 'not for "Which province ...?"');
    assert.equal(inCommonPlace('They were living in the hills.', new Set(), false), true, 'a feature of the land, whatever the question');
  });

  it('does not take the noun of the asked act for a place', () => {
    assert.equal(inCommonPlace('The shuttle glided to a landing in darkness.', new Set(['where', 'did', 'the', 'shuttle', 'land']), true), false);
  });

  it('answers "Where were they drinking coffee?" with "at a small restaurant"', () => {
    const engine = madeEngine('stranded', 'Stranded tourists', {
      a: '``It has been awful,\'\' said Ana Lind, as she and her friend drank coffee at a small restaurant.\n',
      b: 'Ana Lind said that she and her friend had tried to leave but found all the flights full.\n',
      c: 'The airport reopened on Monday after the storm, and the first flights took off.\n',
      d: 'Stranded visitors waited for buses along the coast road.\n',
    });
    const a = engine.ask('Where were Ana Lind and her friend drinking coffee?', { topic: 'stranded' });
    assert.ok(!a.abstained, 'answered');
    assert.match(a.citations[0]?.quote ?? '', /restaurant/);
  });
});
