/**
 * A unit of measure the question asks its answer in ("... in cubic metres?") must be the unit the
 * sentence gives. General units only; made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedUnitUnsaid } from '../../src/qa/asked-units.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('a unit the question asks the answer in', () => {
  it('is missing from a sentence that gives another measure', () => {
    const q = 'What is the capacity of the Santa Irene reservoir in cubic metres?';
    assert.equal(askedUnitUnsaid(q, 'The Santa Irene reservoir is at 14 percent of its capacity.'), true);
    assert.equal(askedUnitUnsaid(q, 'The reservoir holds 480 million cubic metres when full.'), false);
    assert.equal(askedUnitUnsaid(q, 'The dam wall is 80 metres high.'), true, 'plain metres are no cubic metres');
    assert.equal(askedUnitUnsaid('How far is the port in miles?', 'The port lies 200 km to the south.'), true);
    assert.equal(askedUnitUnsaid('How far is the port in miles?', 'The port lies 124 miles to the south.'), false);
    assert.equal(askedUnitUnsaid('Who lives in Velmora?', 'Ana lives there.'), false, 'no unit asked');
  });

  it('lowers a sentence without it below one with it', () => {
    const brief = makeBrief('water', 'Water', {
      a: 'VELMORA, July 10 - The Santa Irene reservoir is at 14 percent of its capacity, the utility said.\n\nOfficials met on Monday.',
    });
    const s = scoredSentence(brief, 'What is the capacity of the Santa Irene reservoir in cubic metres?', /14 percent/);
    assert.ok((s?.factors?.type ?? 1) <= 0.5, JSON.stringify(s?.factors));
    const plain = scoredSentence(brief, 'What is the capacity of the Santa Irene reservoir?', /14 percent/);
    assert.ok((plain?.factors?.type ?? 0) > 0.5, JSON.stringify(plain?.factors));
  });
});
