/**
 * A question's verb with its particle ("put off", "put together") read as WordNet's phrasal verb,
 * whose words the documents use stand in for it ("delayed", "postponed"), not as the bare verb.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phrasalParaphrases } from '../../src/qa/phrasal-paraphrases.ts';
import { particleMissing, phrasalAsked } from '../../src/qa/phrasal-verbs.ts';
import type { Paraphrase } from '../../src/qa/paraphrase-kit.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { WordNet } from '../../src/qa/wordnet.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

const BODIES = {
  a: 'The summit has been delayed a month because of a dispute over the border.\nThe ministers put their papers on the table before the talks.\n',
  b: 'Negotiators from both sides met in Geneva on Tuesday.\nThe talks were held at a lakeside hotel.\n',
  c: 'A book of the speeches was compiled by the foreign ministry.\nThe ministry printed 2,000 copies.\n',
};

describe('phrasal verbs in questions', () => {
  it('"put off" is paraphrased by "delay" and "postpone", not by the bare verb "put"', () => {
    const brief = makeBrief('summit', 'The summit', BODIES);
    const index = new QaEngine(new MutableBriefCatalog([brief])).indexFor(brief);
    const q = analyzeQuestion('Why was the summit put off?', index.persons.tokens, index.persons.names);
    const out = new Map<number, Paraphrase[]>();
    phrasalParaphrases(q, index, WordNet.open()!, out);
    const put = q.terms.indexOf('put');
    assert.ok(put >= 0, `terms: ${q.terms.join(' ')}`);
    const forms = (out.get(put) ?? []).map((p) => p.forms.source).join(' ');
    assert.match(forms, /delay/);
    assert.ok((out.get(put) ?? []).every((p) => !p.forms.test('put their papers')), forms);
  });

  it('answers "Why was the summit put off for a month?" with the sentence that says it was delayed', () => {
    const a = madeEngine('summit', 'The summit', BODIES).ask('Why was the summit put off for a month?', { topic: 'summit' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /delayed a month because of a dispute/);
  });

  it('does not answer "put off" with a sentence that only puts something somewhere', () => {
    const a = madeEngine('summit', 'The summit', BODIES, { threshold: 0 }).ask('Why was the summit put off?', { topic: 'summit' });
    assert.match(a.citations[0]?.quote ?? '', /delayed a month/);
    const bare = scoredSentence(makeBrief('summit', 'The summit', BODIES), 'Why was the summit put off?', /put their papers/);
    assert.ok(bare !== undefined && bare.confidence < 0.55, `"put their papers" at ${bare?.confidence}`);
  });

  it('leaves a verb without a particle, and a particle WordNet has no such verb for, alone', () => {
    const brief = makeBrief('summit', 'The summit', BODIES);
    const index = new QaEngine(new MutableBriefCatalog([brief])).indexFor(brief);
    for (const question of ['Where was the summit held?', 'Who printed the book up front?']) {
      const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
      const out = new Map<number, Paraphrase[]>();
      phrasalParaphrases(q, index, WordNet.open()!, out);
      assert.equal(out.size, 0, question);
    }
  });

  it('knows which asked phrasal verbs a sentence has only without their particle', () => {
    const asked = phrasalAsked('Why was the vote put off?');
    assert.deepEqual([...asked], [['put', 'off']]);
    assert.deepEqual([...particleMissing('The ministers put their papers on the table.', asked)], ['put']);
    assert.equal(particleMissing('They put off the vote until May.', asked).size, 0);
    assert.equal(particleMissing('They put the papers down, then put off the vote.', asked).size, 0, 'used with its particle once');
    // The particle past a short object: "put the vote off", "took 16 seconds off the record".
    assert.equal(particleMissing('They put the vote off until May.', asked).size, 0);
    assert.deepEqual([...particleMissing('They put the vote, the budget and the plan to the house off.', asked)], ['put'], 'not past a comma or a long object');
    const take = phrasalAsked('How much time did he take off the record?');
    assert.equal(particleMissing('The 24-year-old took 16 seconds off the previous record.', take).size, 0);
    assert.equal(particleMissing('Ratification normally takes several months.', take).size, 1);
    // "Where was the vote held?": no particle; "What did he look up?": WordNet's look_up.
    assert.equal(phrasalAsked('Where was the vote held?').size, 0);
    assert.deepEqual([...phrasalAsked('What did he look up?')], [['look', 'up']]);
  });
});
