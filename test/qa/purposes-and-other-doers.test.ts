/**
 * A purpose answers "why" ("in hopes of receiving a lesser sentence"); a count of "19 Blackhawk
 * and Chinook helicopters" counts helicopters; and a sentence whose subject is another country
 * does not tell how many the asked country sent.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedDoer, doneByOtherName } from '../../src/qa/asked-doer.ts';
import { textFeatures } from '../../src/qa/entities.ts';
import { countsThing } from '../../src/qa/quantities.ts';
import { termOf } from '../../src/qa/text-analysis.ts';

describe('purposes as reasons', () => {
  it('reads "in hopes of", "hoping to", "in an effort to" and "in exchange for" as giving a reason', () => {
    for (const t of ['The witness is cooperating in hopes of receiving a lesser sentence.', 'He flew to Osk hoping to meet the envoy.', 'The bank cut rates in an effort to spur growth.', 'The rebels freed two hostages in exchange for food.']) assert.equal(textFeatures(t).hasReason, true, t);
    assert.equal(textFeatures('The witness is cooperating with prosecutors.').hasReason, false);
  });
});

describe('counts and their doers', () => {
  const helicopter = termOf('helicopters') as string;
  it('counts the noun after a list of capitalised kinds joined by "and"', () => {
    assert.equal(countsThing('The navy committed 19 Blackhawk and Chinook helicopters.', [helicopter]), true);
    assert.equal(countsThing('Peru sent 19 tanks and Chile sent helicopters.', [helicopter]), false);
  });

  it('finds the doer of "How many <Kind> <things> did <Country> <verb>?", and another country as subject does it instead', () => {
    const doer = askedDoer('How many Blackhawk helicopters did Chile send?');
    assert.ok(doer);
    assert.equal(doer.name, 'chile');
    assert.equal(doneByOtherName(doer, 'The United States committed 19 Blackhawk and Chinook helicopters.'), true);
    assert.equal(doneByOtherName(doer, 'Chile was sending at least 12 helicopters and 475 soldiers.'), false);
    assert.equal(doneByOtherName(doer, 'Peru, like Chile, has sent 19 helicopters.'), false, 'the asked country is in the sentence');
  });
});
