import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesDoerBeforeVerb } from '../../src/qa/person-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a doer named right before the asked verb', () => {
  const q = analyzeQuestion('Who fined Ekdal?');
  const qWords = new Set(['fined', 'ekdal']);

  it('may be a name of several capitalised words that ends in a common word ("... for Sport")', () => {
    assert.equal(namesDoerBeforeVerb(q, 'The Court of Arbitration for Sport fined Ekdal on Monday.', qWords), true);
    assert.equal(namesDoerBeforeVerb(q, 'The Veln Skating Union fined Ekdal on Monday.', qWords), true);
  });

  it('is not a common word written with a capital only because it opens the sentence', () => {
    assert.equal(namesDoerBeforeVerb(q, 'Officials fined Ekdal on Monday.', qWords), false);
    assert.equal(namesDoerBeforeVerb(q, 'It said. Sport fined Ekdal, in a way.', qWords), false);
  });

  it('answers "Who fined X?" with the body', () => {
    const a = madeEngine('skate', 'Skating', {
      a: 'BERN (AP) _ The Court of Arbitration for Sport fined skater Piet Ekdal 20,000 francs on Monday for missing three doping tests.\n',
      b: 'Ekdal, 24, won the European title in January.\n',
    }).ask('Who fined Ekdal?', { topic: 'skate' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Court of Arbitration for Sport fined/);
  });
});
