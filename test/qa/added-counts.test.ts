/**
 * "How many volumes were soaked?" is answered by "A further 40,000 were soaked ..." right after
 * the sentence that counted volumes: the count adds to that one, and counts the same thing.
 * Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addsToCountBefore, countsLeftUnnamed } from '../../src/qa/elliptical-counts.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a count added to the one before', () => {
  it('reads "A further 40,000", "Another 300" as adding to a count', () => {
    assert.equal(addsToCountBefore('A further 40,000 were soaked by the water.'), true);
    assert.equal(addsToCountBefore('Another 300 were evacuated on Monday.'), true);
    assert.equal(addsToCountBefore('Another fire broke out on Monday.'), false);
    assert.equal(countsLeftUnnamed('A further 40,000 were soaked by the water.', ['volum'], ['volum', 'soak'], 'How many volumes were soaked?', true), true);
    assert.equal(countsLeftUnnamed('A further 40,000 were soaked by the water.', ['volum'], ['volum', 'soak'], 'How many volumes were soaked?', false), false, 'not when the sentence before counted none');
  });

  it('answers "How many volumes were soaked?" with it', () => {
    const engine = madeEngine('fire', 'A library fire', {
      a: 'Prosecutors opened an investigation into the fire at the Varnel library. Initial checks found that about 12,000 volumes were destroyed by the flames, the director said. A further 40,000 were soaked by the water used to fight the fire. Volunteers carried the books out.',
    });
    const a = engine.ask('How many volumes were soaked?', { topic: 'fire' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /A further 40,000/);
  });
});
