/**
 * A sum of money for several things, one of them asked about, is not what that one thing cost:
 * "$900 million ... for salvage costs, lost transit fees and damage to the canal" does not say
 * what the salvage cost. Unless the question asks for the sum by its own verb ("How much is he
 * seeking in damages?" of "seeking 14 million euros in damages and unpaid salary").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sumsOfSeveral } from '../../src/qa/sums-of-others.ts';
import { madeEngine } from './qa-helpers.ts';

const asks = (words: string[]) => (w: string): boolean => words.includes(w.toLowerCase());

describe('a sum of several things', () => {
  it('is not the cost of one of them', () => {
    const text = "Lind said the authority would seek compensation of about $900 million from the ship's owners for salvage costs, lost transit fees and damage to the canal.";
    assert.equal(sumsOfSeveral(text, asks(['salvage', 'cost'])), true);
    assert.equal(sumsOfSeveral('The authority will seek $900 million for salvage costs.', asks(['salvage', 'cost'])), false, 'a sum of the asked thing alone');
    assert.equal(sumsOfSeveral(text, asks(['seek', 'compensation'])), false, 'asked by its own verb');
  });

  it('so "How much did the salvage cost?" is declined, and the sum sought still answered', () => {
    const engine = madeEngine('canal', 'The blocked canal', {
      a: "TARNO (AP) _ Salvage crews freed the container ship on Monday, six days after it ran aground.\n\nLind said the authority would seek compensation of about $900 million from the ship's owners for salvage costs, lost transit fees and damage to the canal.\n",
      b: 'The canal earned $5.6 billion in transit fees last year.\n',
    });
    assert.equal(engine.ask('How much did the salvage cost?', { topic: 'canal' }).abstained, true);
    const sought = engine.ask('How much compensation will the authority seek?', { topic: 'canal' });
    assert.equal(sought.abstained, false, `answered (${sought.confidence})`);
    assert.match(sought.citations[0]?.quote ?? '', /\$900 million/);
  });
});
