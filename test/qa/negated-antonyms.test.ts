/**
 * A question word said by its opposite, negated: "unsure" by "not certain", "fail" by "did not
 * pass"; a verb by a verb's opposites only, and nothing for a question that is negated itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { negatedAntonyms } from '../../src/qa/negated-antonyms.ts';
import type { Paraphrase } from '../../src/qa/paraphrase-kit.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { WordNet } from '../../src/qa/wordnet.ts';
import { madeEngine, makeBrief } from './qa-helpers.ts';

const BODIES = {
  a: 'Inspectors said they were not certain what the engineers were now doing in Tarvik.\nThe inspectors left on Monday.\n',
  b: 'The engineers arrived in Tarvik in March, officials said.\nThey were certain the dam would hold.\n',
  c: 'The council vote did not pass, and the plan was shelved.\nThe mayor lives in Oldport, a dead mining town.\n',
};

function paraphrased(question: string): Map<number, Paraphrase[]> {
  const brief = makeBrief('dam', 'The dam', BODIES);
  const index = new QaEngine(new MutableBriefCatalog([brief])).indexFor(brief);
  const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
  const out = new Map<number, Paraphrase[]>();
  negatedAntonyms(q, index, WordNet.open()!, out);
  return out;
}

describe('negated opposites', () => {
  it('reads "unsure" as "not certain" (the opposite\'s other word) and not as "certain"', () => {
    const ps = [...paraphrased('Where were the inspectors unsure what the engineers were doing?').values()].flat();
    assert.ok(ps.some((p) => p.forms.test('they were not certain what')), ps.map((p) => p.forms.source).join(' '));
    assert.ok(!ps.some((p) => p.forms.test('They were certain the dam would hold')));
  });

  it('answers "Why did the vote fail?" with the sentence that says it did not pass', () => {
    const a = madeEngine('dam', 'The dam', BODIES).ask('Why did the council vote fail?', { topic: 'dam' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /did not pass/);
  });

  it('gives a verb its verb opposites only, and leaves a negated question alone', () => {
    const fail = [...paraphrased('Why did the council vote fail?').values()].flat();
    assert.ok(fail.some((p) => p.forms.test('The council vote did not pass')), fail.map((p) => p.forms.source).join(' '));
    // "live" the verb is not "not dead" (the adjective's opposite).
    assert.equal(paraphrased('Where does the mayor live?').size, 0);
    assert.equal(paraphrased('Which inspectors were not unsure?').size, 0);
  });
});
