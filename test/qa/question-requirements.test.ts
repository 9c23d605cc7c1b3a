/**
 * The first stage of scoring (question-requirements.ts): what a question asks of every
 * candidate, worked out once per question before any candidate is scored.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { requirementsOf } from '../../src/qa/question-requirements.ts';
import { FIXED_NOW, makeBrief, withFiller } from './qa-helpers.ts';

const BRIEF = makeBrief('harbour-strike', 'Harbour strike', withFiller({
  a: 'Dock workers in Rotterdam walked out on Monday after talks on pay collapsed.\n\nThe union leader, Anna Visser, said the strike would last a week.\n',
  b: 'The port authority said 40 ships were waiting to unload on Tuesday.\n\nPresident of the union Anna Visser met the mayor on Wednesday.\n',
}, (i) => `Filler sentence number ${i} about the weather in the north.`));
const index = new QaEngine(new MutableBriefCatalog([BRIEF]), { now: () => FIXED_NOW }).indexFor(BRIEF);
const req = (question: string): ReturnType<typeof requirementsOf> => requirementsOf(index, analyzeQuestion(question), {});

describe('requirementsOf', () => {
  it('retrieves candidates that hold the question words, and none for words the documents lack', () => {
    const r = req('How many ships were waiting to unload?');
    const texts = [...r.candidates].map((u) => index.brief.sources[index.unit(u).doc]?.sentences[index.unit(u).sentence]?.text ?? '');
    assert.ok(texts.some((t) => t.includes('40 ships')), texts.join(' | '));
    assert.equal(req('zeppelin quasar?').candidates.size, 0);
  });

  it('finds the event verb a "when" question asks about, and no event for a bare "who is" question', () => {
    assert.equal(req('When did the dock workers walk out?').event?.term !== undefined, true);
    assert.equal(req('Who is Anna Visser?').event, null);
  });

  it('reads the office a "who is the president of" question asks for', () => {
    assert.notEqual(req('Who is the president of the union?').office, null);
    assert.equal(req('How many ships were waiting?').office, null);
  });

  it('weighs follow-up (soft) terms and referents apart from the question\'s own words', () => {
    const plain = req('When did the strike start?');
    const soft = requirementsOf(index, analyzeQuestion('When did the strike start?'), { soft: new Set(plain.focal) });
    assert.ok(soft.totalWeight < plain.totalWeight, `${soft.totalWeight} < ${plain.totalWeight}`);
  });

  it('keeps the countries the question names as concept terms', () => {
    assert.ok(req('Did the Netherlands send ships?').qCountries.size >= 1);
    assert.equal(req('Did the union send ships?').qCountries.size, 0);
  });
});
