/**
 * "How much weight had she lost by the time she was in hospital?": a weight in its unit ("had
 * lost 15 kilograms") says the weight, and "by the time ..." is a conjunction whose clause says when.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityWordMet } from '../../src/qa/quantity-fit.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a measure\'s noun asked with "how much"', () => {
  it('is said by an amount in one of its units', () => {
    const q = analyzeQuestion('How much weight did she lose?');
    assert.equal(quantityWordMet(q, termOf('weight') as string, 'She had lost 15 kilograms since she stopped eating.'), true);
    assert.equal(quantityWordMet(q, termOf('weight') as string, 'She had lost 15 percent of her savings.'), false);
    assert.equal(quantityWordMet(analyzeQuestion('How much distance did they cover?'), termOf('distance') as string, 'They covered 20 miles on foot.'), true);
  });

  it('reads "by the time she was ..." as a conjunction, whose clause says when', () => {
    const q = analyzeQuestion('How much weight had she lost by the time she was in hospital?');
    assert.ok(q.light.has(termOf('time') as string));
    assert.ok(q.light.has(termOf('hospital') as string));
    assert.ok(!q.light.has(termOf('lost') as string));
    assert.ok(!analyzeQuestion('How much time had she lost?').light.has(termOf('time') as string));
  });

  it('answers from the sentence that gives the weight in kilograms', () => {
    const engine = madeEngine('strike', 'A hunger strike', {
      a: 'Her lawyer said she had lost 15 kilograms since she stopped eating, but was continuing to refuse food.\n\nShe was moved to a hospital on Monday night.\n',
      b: 'About 2,000 people marched in Osk on Sunday.\n',
    });
    const a = engine.ask('How much weight had she lost by the time she was in hospital?', { topic: 'strike' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /15 kilograms/);
  });
});
