/**
 * "What did X pay for Y?", "What will the plant cost?", "What did the painting fetch?": a sum of
 * money, as "How much ...?" is; a sentence that only says something was bought does not answer
 * it. "What did the leaders pay tribute to?" and "What did he spend the weekend doing?" are no
 * sums. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { asksSumByNoun } from '../../src/qa/question-type.ts';
import { madeEngine } from './qa-helpers.ts';

describe('"what did X pay for ...?"', () => {
  it('reads a sum of money in "what did ... pay / spend / cost / earn / fetch"', () => {
    for (const q of ['What did Kask pay for the supplement?', 'What will the new plant cost?', 'What did the painting fetch?', 'What did the state spend on the plant?']) {
      const a = analyzeQuestion(q);
      assert.equal(a.type, 'quantity', q);
      assert.equal(a.amount, true, q);
    }
    for (const q of ['What did the leaders pay tribute to?', 'What did he spend the weekend doing?']) assert.notEqual(analyzeQuestion(q).type, 'quantity', q);
  });

  it('declines when the documents say only that it was bought', () => {
    const engine = madeEngine('skier', 'A skier banned', {
      a: [
        'The appeal argues that the drug came from a contaminated batch of a magnesium supplement Liis Kask bought at a pharmacy in Tartu in January.',
        'A laboratory found the drug in two unopened bottles from the same batch.',
        'Kask was banned for four years in March.',
      ].join('\n\n'),
    });
    const a = engine.ask('What did Kask pay for the supplement?', { topic: 'skier', conversation: null });
    assert.equal(a.abstained, true, a.answer);
  });

  it('answers with the sum when one is given', () => {
    const engine = madeEngine('skier', 'A skier banned', {
      a: [
        'Liis Kask bought the magnesium supplement at a pharmacy in Tartu in January.',
        'She paid 24 euros for a bottle of the supplement, the filing said.',
        'Kask was banned for four years in March.',
      ].join('\n\n'),
    });
    const a = engine.ask('What did Kask pay for the supplement?', { topic: 'skier', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /24 euros/);
  });
});

describe('"What is the prize fund?": a sum asked by its noun', () => {
  it('reads a noun that is money in its commonest sense as asking for a sum, not "the death toll" or "the deal"', () => {
    for (const q of ['What is the prize fund?', 'What was the ransom?', "What was the company's quarterly profit?"]) assert.equal(asksSumByNoun(q), true, q);
    for (const q of ['What was the final death toll?', 'What is the deal?', 'What is the new base rate?', 'What was the prize fund for?']) assert.equal(asksSumByNoun(q), false, q);
    assert.equal(analyzeQuestion('What is the prize fund?').type, 'quantity');
  });
  it('answers it with the sum, not with a share of the fund', () => {
    const engine = madeEngine('regatta', 'A regatta', {
      a: 'The winner takes 60% of the prize fund if the race is finished within ten days.\n\nThe regatta, organised by the Baltic Sailing Union in Gdansk, has a prize fund of 1.2 million euros.\n',
    });
    const a = engine.ask('What is the prize fund?', { topic: 'regatta' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /1\.2 million euros/);
  });
});
