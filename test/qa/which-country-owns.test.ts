/**
 * "Which country's ban remains in place?" asks for the owner of a ban, a country: "China's ban
 * remained in place" names it by its possessive, without the word "country". Another country
 * named elsewhere in a sentence is no owner of the ban. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, scoredSentence, withFiller } from './qa-helpers.ts';

const brief = makeBrief('bans', 'Poultry import bans', withFiller({
  a: 'South Korea lifted its import ban on Monday, but China\'s ban remained in place.\n\nPoland asked Japan on Friday to end the ban that remains in place.\n',
}, (i) => `Egg prices rose ${i + 2} percent in Warsaw, traders said.`));

describe('"Which country\'s <noun>": a country\'s possessive before the noun', () => {
  it('meets the kind in "China\'s ban remained in place"', () => {
    const s = scoredSentence(brief, "Which country's ban remains in place?", /China's ban/);
    assert.ok(s !== undefined && s.confidence >= 0.6, String(s?.confidence));
  });

  it('does not in a sentence whose country owns no ban', () => {
    const s = scoredSentence(brief, "Which country's ban remains in place?", /Poland asked Japan/);
    assert.ok(s !== undefined && (s.factors?.match ?? 1) < 1);
  });
});
