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
import { sumsOfOtherMoneyNouns } from '../../src/qa/sums-of-others.ts';
import { assertAnswers, madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"what did X pay for ...?"', () => {
  it('reads a sum of money in "what did ... pay / spend / cost / earn / fetch"', () => {
    for (const q of ['What did Kask pay for the supplement?', 'What will the new plant cost?', 'What did the painting fetch?', 'What did the state spend on the plant?']) {
      const a = analyzeQuestion(q);
      assert.equal(a.type, 'quantity', q);
      assert.equal(a.amount, true, q);
    }
    for (const q of ['What did the leaders pay tribute to?', 'What did he spend the weekend doing?', 'What did Valdivieso say about paying?', 'What did she write of spending cuts?']) assert.notEqual(analyzeQuestion(q).type, 'quantity', q);
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
    assert.equal(asksSumByNoun("What was Hsinwei's profit last year?"), true, 'with the time it is of');
    assert.equal(asksSumByNoun('What was the ransom in 2019?'), true);
  });

  it('is not answered by another sum, named by another money noun ("revenue of $7 billion" for the profit)', () => {
    const brief = makeBrief('maker', 'A chipmaker', {
      a: 'Hsinwei, founded in 1997, had revenue of about $7 billion last year.\n',
      b: 'Hsinwei had earnings of about $1 billion last year.\n',
    });
    assert.ok((scoredSentence(brief, "What was Hsinwei's profit last year?", /revenue/)?.factors?.['type'] ?? 1) <= 0.5);
    assert.equal(scoredSentence(brief, "What was Hsinwei's profit last year?", /earnings/)?.factors?.['type'] ?? 1, 1, 'a synonym of profit');
    assert.equal(sumsOfOtherMoneyNouns('The plant will cost $2 billion.', () => false, () => true), false, 'no noun names the sum');
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

describe('"how much money ...?"', () => {
  const docs = {
    a: [
      'Aid agencies appealed on Monday for $40 million to feed families in the flooded valley.',
      'Only $6 million has been pledged so far, mostly by two Gulf states, the agencies said.',
    ].join('\n\n'),
  };

  it('takes a sum of money for the word "money" when the sentence has the question\'s other words', () => {
    assertAnswers(madeEngine('flood', 'Floods in the valley', docs), 'flood', 'How much money has been pledged?', /Only \$6 million has been pledged/);
  });

  it('does not take a sum beside only the name the question gives', () => {
    const a = madeEngine('flood', 'Floods in the valley', { a: 'Regulators blocked the planned $6.2 billion merger of Nordsky and Baltair on Wednesday.\n\nBaltair said it had enough cash to operate into next year.' }).ask('How much cash does Baltair have?', { topic: 'flood', conversation: null });
    assert.equal(a.abstained, true, a.answer);
  });

  it('does not take a sum beside only a noun the question gives', () => {
    const a = madeEngine('flood', 'Floods in the valley', { a: 'Fans of the club hold guarantees worth $800 million, the league said.\n\nThe valley has been cut off since Friday.' }).ask('How much money will each fan get back?', { topic: 'flood', conversation: null });
    assert.equal(a.abstained, true, a.answer);
  });

  it('does not take a sum beside only some of them', () => {
    const a = madeEngine('flood', 'Floods in the valley', { a: 'Aid agencies appealed on Monday for $40 million to feed families in the flooded valley.\n\nThe valley has been cut off since Friday.' }).ask('How much money has been pledged?', { topic: 'flood', conversation: null });
    assert.equal(a.abstained, true, a.answer);
  });
});
