/** The weights of a question's terms in the re-ranker's match (term-weights.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termWeights } from '../../src/qa/term-weights.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

const brief = makeBrief('talks', 'Talks', {
  a: 'Ana Lind met the envoy in Tarno in June to discuss the ceasefire.\n',
  b: 'The envoy said the ceasefire would hold through the winter.\n',
  c: 'Farmers in the valley planted wheat in the spring.\n',
});
const index = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW }).indexFor(brief);

function weightsOf(question: string, soft: string[] = []): Map<string, number> {
  const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
  const { weights } = termWeights(q, index, q.terms.map((t) => index.termId(t)), new Set(soft), new Set());
  return new Map(q.terms.map((t, i) => [t, weights[i] as number]));
}

describe('the weights of question terms', () => {
  it('weighs a month half when no date is asked, and in full when one is', () => {
    const asked = weightsOf('What did the envoy discuss in June?');
    const dated = weightsOf('When in June did the envoy discuss the ceasefire?');
    const june = [...asked.keys()].find((t) => t.includes('june')) as string;
    assert.ok((asked.get(june) ?? 0) < (dated.get(june) ?? 0), `${asked.get(june)} < ${dated.get(june)}`);
  });

  it('halves a term a follow-up inherited, and reports the topic words', () => {
    const full = weightsOf('What did the envoy say about the ceasefire?');
    const inherited = weightsOf('What did the envoy say about the ceasefire?', ['ceasefir']);
    assert.equal(inherited.get('ceasefir'), (full.get('ceasefir') ?? 0) / 2);
    const q = analyzeQuestion('What did the envoy say about the ceasefire?', index.persons.tokens, index.persons.names);
    const { isFocus, totalWeight } = termWeights(q, index, q.terms.map((t) => index.termId(t)), new Set(), new Set());
    assert.equal(isFocus('ceasefir'), true);
    assert.ok(totalWeight > 0);
  });
});
