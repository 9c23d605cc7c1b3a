/** A year in the question met by the year a piece was published, and not where the sentence points back to another year. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { rerank } from '../../src/qa/qa-scoring.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { sentenceText } from '../../src/qa/sentence-features.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

describe('the year a piece was published', () => {
  it('counts "in 1998" as met by a 1998 piece that says "on Monday"', () => {
    const brief = makeBrief('prizes', 'Prize season', {
      a: 'Ana Ruiz of Chile on Monday won the Andes Medicine Prize for her work on altitude sickness.',
      b: 'In 1998 the Andes Literature Prize went to Luis Ortega, the academy said in a statement about its history.',
    });
    for (const s of brief.sources) (s.meta as { published: string | null }).published = '1998-10-12';
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const a = engine.ask('Who won the 1998 Andes Medicine Prize?', { topic: 'prizes' });
    assert.equal(a.abstained, false);
    assert.match(a.citations[0]?.quote ?? '', /Ana Ruiz/);
  });

  it('but not in a sentence that points back to another year ("That prize ..." after "in 1978")', () => {
    const brief = makeBrief('prizes', 'The Andes Peace Prize', {
      a: 'Luis Ortega could have won the Andes Peace Prize in 1978 had it not been for the deadline. That prize was shared by Ana Ruiz and Otto Brandt for the border accord.',
      b: 'The Andes Peace Prize academy meets in Lima every October. The Andes Peace Prize is given for work on peace.',
      c: 'The academy moved to new offices in 1998.',
    });
    for (const s of brief.sources) (s.meta as { published: string | null }).published = '1998-10-12';
    const index = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW }).indexFor(brief);
    const q = analyzeQuestion('Who won the 1998 Andes Peace Prize?', index.persons.tokens, index.persons.names);
    const shared = rerank(index, q).find((s) => sentenceText(index, index.unit(s.unit)).startsWith('That prize'));
    // With the piece's year standing in for "1998" it scores 0.33.
    assert.ok(shared && shared.confidence < 0.2, String(shared?.confidence));
  });
});
