/**
 * Quantities asked by their kind rather than their unit: "How much weight has he lost?" asks a
 * weight, "How high did demand peak?" a level in whatever unit ("29,400 megawatts"), "How much
 * more likely ...?" a multiple ("30 times more likely"), and a multiple of a price (or "free of
 * charge") says what a thing cost. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedOf } from '../../src/qa/counted-things.ts';
import { givesMeasureUnit, PRICE_MULTIPLE_RE } from '../../src/qa/quantities.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const GRID = madeEngine('grid', 'Heat and power cuts', {
  a: 'Temperatures in Varno reached 46 degrees on Wednesday.\n\nThe state power company said demand peaked at 29,400 megawatts on Wednesday afternoon.\n\nIt imposed rolling blackouts of up to six hours a day in 40 districts.\n',
  b: 'The power company said it had bought 1,500 megawatts of emergency electricity from neighboring states at nearly three times the usual price.\n\nThe state suspended its managing director for 30 days.\n',
  c: 'Scientists said the heat wave had been made about 30 times more likely by climate change.\n\nSchools will reopen on May 6, the education department said.\n',
  d: 'A prisoner on hunger strike had been held for 9 days before he saw a doctor.\n\nHis lawyer said he had lost 9 kilograms in detention.\n',
});

function quoteFor(question: string): string {
  const a = GRID.ask(question, { topic: 'grid' });
  assert.equal(a.abstained, false, `${question}: ${a.answer}`);
  return a.citations[0]?.quote ?? '';
}

describe('a quantity asked by its kind', () => {
  it('reads "how much weight" as a measure of weight, whose noun the answer need not repeat', () => {
    const q = analyzeQuestion('How much weight has the prisoner lost?');
    assert.equal(q.measure, true);
    assert.ok(q.light.has('weight'));
    assert.match(quoteFor('How much weight has the prisoner lost?'), /9 kilograms/);
  });

  it('answers "How high did demand peak?" with a level in any unit of measurement', () => {
    assert.equal(givesMeasureUnit('Demand peaked at 29,400 megawatts.'), true);
    assert.equal(givesMeasureUnit('The attack killed 12 soldiers.'), false);
    assert.match(quoteFor('How high did power demand peak?'), /29,400 megawatts/);
  });

  it('reads "How much more likely ...?" as a comparison, answered by a multiple', () => {
    assert.deepEqual(countedOf('How much more likely did climate change make the heat wave?'), { counted: [], amount: true });
    assert.equal(countedOf('How much more money did they raise?').amount, false, 'money is counted');
    assert.match(quoteFor('How much more likely did climate change make the heat wave?'), /30 times more likely/);
  });

  it('takes a multiple of a price as what a thing cost', () => {
    assert.equal(PRICE_MULTIPLE_RE.test('bought at nearly three times the usual price'), true);
    assert.equal(PRICE_MULTIPLE_RE.test('they met three times the next week'), false);
    assert.match(quoteFor('How much did the emergency electricity cost?'), /three times the usual price/);
  });

  it('takes "free of charge" as what a thing costs, and a sentence with no price as no answer', () => {
    const docs = {
      a: 'Old coins can be exchanged at any post office free of charge until March, the mint said.\n',
      b: 'The mint said it had struck 40 million new coins.\n',
    };
    const engine = madeEngine('coins', 'New coins', docs);
    const a = engine.ask('How much does it cost to exchange old coins?', { topic: 'coins' });
    assert.match(a.abstained ? '' : a.citations[0]?.quote ?? '', /free of charge/);
    const none = madeEngine('coins2', 'New coins', { a: 'Old coins can be exchanged at any post office until March, the mint said.\n', b: docs.b });
    assert.equal(none.ask('How much does it cost to exchange old coins?', { topic: 'coins2' }).abstained, true);
  });
});
