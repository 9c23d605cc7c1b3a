/**
 * Another word of the commonest sense of a question's verb that the documents do use, for a
 * sentence that lacks the verb ("purchase" for "buy"). In a file of its own: a topic's
 * lexicon.yml (china-russia-aid's, loaded by other paraphrase tests) may fold the two words
 * together, which would hide what WordNet does here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { paraphrasesOf, SAME_SENSE, USED_VERB_SYNONYM } from '../../src/qa/paraphrases.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { makeBrief } from './qa-helpers.ts';

describe('another word of the commonest sense of a verb the documents use', () => {
  it('stands in, weaker, where a sentence lacks the asked verb ("purchase ... worth of computers" for "buy")', () => {
    const brief = makeBrief('deal', 'Merger', {
      a: 'Talks began in March, and analysts said the chip maker would buy its rival within a year.\n\nAs part of the deal, Orvane will purchase about $300 million worth of Kestrel computers for its network.\n',
      b: 'Kestrel shares rose 4 percent on the news.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]));
    const a = engine.ask('How much of Kestrel\'s computers will Orvane buy?', { topic: 'deal' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /\$300 million/);
    const index = engine.indexFor(brief);
    const q = analyzeQuestion('How much of Kestrel\'s computers will Orvane buy?', index.persons.tokens, index.persons.names);
    const alt = paraphrasesOf(q, q.terms.map((t) => index.termId(t)), index).get(q.terms.indexOf(q.tokens.find((t) => t.word === 'buy')?.term ?? ''));
    assert.ok(alt?.some((p) => p.forms.test('will purchase') && p.strength === USED_VERB_SYNONYM), 'buy, which the documents use: purchase, at less than a paraphrase');
    assert.ok(USED_VERB_SYNONYM < SAME_SENSE);
  });
});
