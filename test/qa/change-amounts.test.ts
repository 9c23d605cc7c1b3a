/**
 * "How much did X rise / fall ...?" asks for a change: a sentence that only gives a level
 * ("became $200 stocks") does not answer it. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saysChange, sizeCompound } from '../../src/qa/change-and-size.ts';
import { madeEngine } from './qa-helpers.ts';

const DOC = [
  'OSK (AP) _ Tarno Mining and Brekka Shipping both became $200 stocks on Monday.',
  'Investors bought shares of both companies throughout the day.',
].join('\n\n') + '\n';

const MOVED = [
  'OSK (AP) _ Tarno Mining shares tumbled $12 on Monday after the company cut its forecast.',
  'Investors sold shares of the company throughout the day.',
].join('\n\n') + '\n';

describe('how much something changed', () => {
  it('reads a change in a verb, a noun, "from X to Y" or percent, and not a level', () => {
    assert.equal(saysChange('Shares tumbled $12 on Monday.'), true);
    assert.equal(saysChange('The loss came to $12 million.'), true);
    assert.equal(saysChange('Its price went from $12 to $15.'), true);
    assert.equal(saysChange('The index ended 2.9 percent off.'), true);
    assert.equal(saysChange('Both became $200 stocks on Monday.'), false);
    assert.equal(sizeCompound('How deep was the water?', 'They waded through chest-deep water.'), true);
    assert.equal(sizeCompound('How deep was the water?', 'They waded through knee-high grass.'), false);
  });

  it('is not answered by a level alone', () => {
    const engine = madeEngine('stocks', 'Stocks', { a: DOC });
    const a = engine.ask('How much did Tarno Mining stock fall on Monday?', { topic: 'stocks' });
    assert.ok(a.abstained, `declined, not "${a.citations[0]?.quote ?? ''}"`);
    const level = engine.ask('What price did Tarno Mining stock reach on Monday?', { topic: 'stocks' });
    assert.ok(!level.abstained, 'the level itself is answered');
  });

  it('is answered by a change in another word ("tumbled" for "fall")', () => {
    const engine = madeEngine('stocks', 'Stocks', { a: MOVED });
    const a = engine.ask('How much did Tarno Mining shares fall on Monday?', { topic: 'stocks' });
    assert.ok(!a.abstained, 'answered');
    assert.match(a.citations[0]?.quote ?? '', /tumbled \$12/);
  });
});
