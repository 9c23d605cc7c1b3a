/**
 * "How much did Tarno spend on its bid?" asks what went on the bid: a sum the sentence says
 * went on something else ("spent nearly dlrs 400,000 on scholarships", "donated dlrs 38
 * million for equipment") answers it less, a sum for the asked thing or for a named one not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sumsSpentOnOthers } from '../../src/qa/sums-of-others.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const asks = (...words: string[]) => (w: string): boolean => words.some((x) => termOf(x) === termOf(w.toLowerCase()));

describe('sums spent on other things', () => {
  it('reads what a sum went on after "on" or "for"', () => {
    assert.equal(sumsSpentOnOthers('The bid committee spent nearly dlrs 400,000 on scholarships to 13 people.', asks('bid')), true);
    assert.equal(sumsSpentOnOthers('The Union, which donated dlrs 38 million for equipment and training, sent its envoy.', asks('terminal', 'building')), true);
    assert.equal(sumsSpentOnOthers('The committee spent dlrs 2 million on its bid.', asks('bid')), false, 'the asked thing');
    assert.equal(sumsSpentOnOthers('Halvorsen paid $4.2 billion for Brightwater.', asks('brightwater')), false, 'a named thing may be the asked one');
    assert.equal(sumsSpentOnOthers('The committee spent dlrs 2 million.', asks('bid')), false, 'nothing named');
  });

  it('so the engine is less sure of a sum that went on scholarships than of one that went on the bid', () => {
    const docs = (on: string) => ({
      a: `From 1991 to 1995, the Tarno bid committee spent nearly dlrs 400,000 on ${on} and travel.\n`,
      b: 'Tarno won the right to hold the 2002 Games in 1995.\n',
      c: 'Board members met in Osk on Monday.\n',
      d: 'The Games will open in February 2002.\n',
      e: 'Ivo Marek led the committee until 1997.\n',
    });
    const ask = (on: string) => madeEngine(`bid-${on}`, 'The bid', docs(on)).ask('How much did the Tarno bid committee spend on the bid?', { topic: `bid-${on}` });
    const other = ask('scholarships');
    const own = ask('the bid');
    assert.match(own.citations[0]?.quote ?? '', /400,000 on the bid/);
    assert.ok(other.abstained || other.confidence < own.confidence, `${other.confidence} vs ${own.confidence}`);
  });
});
