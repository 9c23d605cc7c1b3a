/**
 * "How strong was the strongest aftershock?" is answered by "the strongest measuring 5.1";
 * "How many yachts retired?" by "59 of the 110 starters had retired" (the act counted, of a
 * whole the question names otherwise). Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAGNITUDE_RE } from '../../src/qa/quantities.ts';
import { madeEngine } from './qa-helpers.ts';

describe('magnitudes and counts of a part', () => {
  it('reads "measuring 5.1" as a magnitude, but not "measuring 5.1 meters" or "registered 2.5 percent"', () => {
    assert.match('More than 200 aftershocks have rattled the region, the strongest measuring 5.1.', MAGNITUDE_RE);
    assert.doesNotMatch('The wave measuring 5.1 meters hit the coast.', MAGNITUDE_RE);
    assert.doesNotMatch('Growth registered 2.5 percent.', MAGNITUDE_RE);
  });

  it('answers both questions', () => {
    const engine = madeEngine('quake', 'A quake and a race', {
      a: 'More than 200 aftershocks have rattled the Osk region since Saturday, the strongest measuring 5.1.\n\nRescue teams arrived from Tarno.\n',
      b: 'Storms battered the yachts in the Osk race on Saturday night.\n\nRace officials said 59 of the 110 starters had retired.\n',
    });
    const strong = engine.ask('How strong was the strongest aftershock?', { topic: 'quake' });
    assert.ok(!strong.abstained, 'answered');
    assert.match(strong.citations[0]?.quote ?? '', /5\.1/);
    const retired = engine.ask('How many yachts retired from the race?', { topic: 'quake' });
    assert.ok(!retired.abstained, 'answered');
    assert.match(retired.citations[0]?.quote ?? '', /59 of the 110/);
  });
});
