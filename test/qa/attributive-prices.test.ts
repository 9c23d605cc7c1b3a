/** "How much will the factory cost?" answered by "a 10 billion euro ($11.4 billion) factory": a sum before the thing is its price. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { costWordOf, pricedBeforeAsked } from '../../src/qa/attributive-prices.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a sum written before the asked thing', () => {
  it('says what it costs, but not a sum of something else or a price per unit', () => {
    const q = analyzeQuestion('How much will the factory cost?');
    const cost = costWordOf(q) as string;
    assert.ok(cost);
    assert.equal(costWordOf(analyzeQuestion('How many people will the factory employ?')), undefined);
    assert.equal(pricedBeforeAsked(q, 'Hsinwei would build a 10 billion euro ($11.4 billion) factory near Dresden.', cost), true);
    assert.equal(pricedBeforeAsked(q, 'Hsinwei would build a $2 billion chip factory.', cost), true);
    assert.equal(pricedBeforeAsked(q, 'Hsinwei got 3.2 billion euros of aid for the factory.', cost), false, 'the sum is the aid\'s');
    assert.equal(pricedBeforeAsked(q, 'The state posted a $5 million reward for factory owners.', cost), false, 'the reward\'s');
  });

  it('answers the cost question with it', () => {
    const engine = madeEngine('plant', 'A chip plant', {
      a: 'Hsinwei said on Tuesday it would build a 10 billion euro ($11.4 billion) factory near Dresden.\n',
      b: 'The European Commission approved 3.2 billion euros of state aid for the factory.\n',
    });
    const a = engine.ask('How much will the factory cost?', { topic: 'plant' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /10 billion euro/);
  });
});
