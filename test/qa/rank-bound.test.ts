/**
 * Scoring only what could come first (`RerankOptions.bestOnly`, rank-bound.ts): the engine's
 * answer must be the one the full ranking puts first, on every question of the committed
 * evaluation and probe sets, while far fewer candidates are scored in full.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Brief } from '../../src/domain/brief-types.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import type { TopicIndex } from '../../src/qa/qa-index.ts';
import { rerank } from '../../src/qa/qa-scoring.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { rankBound } from '../../src/qa/rank-bound.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { FIXED_NOW, makeBrief, realBrief } from './qa-helpers.ts';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

interface Case {
  index: TopicIndex;
  question: string;
}

function indexOf(brief: Brief): TopicIndex {
  return new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW }).indexFor(brief);
}

let cases: Case[] = [];
before(async () => {
  const real = indexOf(await realBrief());
  const evalSet = JSON.parse(readFileSync(path.join(FIXTURES, 'qa-eval.json'), 'utf8')) as { questions: { question: string }[] };
  cases = evalSet.questions.map((q) => ({ index: real, question: q.question }));
  for (const file of ['qa-probes.json', 'qa-probes-2.json', 'qa-probes-4.json']) {
    const { topics } = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { topics: { slug: string; title: string; documents: Record<string, string>; questions: { question: string }[] }[] };
    for (const t of topics) {
      const index = indexOf(makeBrief(t.slug, t.title, t.documents));
      for (const q of t.questions) cases.push({ index, question: q.question });
    }
  }
});

describe('scoring only what could come first', () => {
  it('puts first, for every committed eval and probe question, what the full ranking does, scoring under half the candidates', () => {
    assert.ok(cases.length > 300, `${cases.length} questions`);
    let full = 0;
    let scored = 0;
    for (const { index, question } of cases) {
      const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
      const all = rerank(index, q);
      const best = rerank(index, q, { bestOnly: true });
      assert.deepEqual(best[0] && { unit: best[0].unit, confidence: best[0].confidence, rank: best[0].rank }, all[0] && { unit: all[0].unit, confidence: all[0].confidence, rank: all[0].rank }, question);
      full += all.length;
      scored += best.length;
    }
    assert.ok(scored < full / 2, `scored ${scored} of ${full}`);
  });

  it('rests on every factor it has not worked out being at most 1', () => {
    for (const { index, question } of cases.slice(0, 120)) {
      const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
      for (const s of rerank(index, q, { explain: true })) {
        for (const [name, v] of Object.entries(s.factors ?? {})) if (name !== 'match') assert.ok(v <= 1, `${question}: ${name} ${v}`);
      }
    }
  });

  it('scores every candidate for "the latest" report, which a newer one below the best may answer', () => {
    const brief = makeBrief('floods', 'Floods', {
      'a.txt': 'Title: Floods kill 40\nPublished: 2024-03-01\n\nThe death toll from the floods rose to 40 on Friday, officials said. Rescue teams searched the valley.',
      'b.txt': 'Title: Toll rises\nPublished: 2024-03-03\n\nThe toll reached 52, the ministry said. Roads to the valley stayed closed.',
    });
    const index = indexOf(brief);
    const q = analyzeQuestion('What is the latest death toll from the floods?', index.persons.tokens, index.persons.names);
    assert.equal(q.latest, true);
    assert.equal(rerank(index, q, { bestOnly: true }).length, rerank(index, q).length);
  });

  it('bounds a rank by the known factors, capped at 1, plus every bonus still to come', () => {
    assert.ok(rankBound(0.4, 0.1) > 0.5);
    assert.ok(rankBound(0.4, 0.1) < 0.7);
    assert.equal(rankBound(3, 0), rankBound(1, 0));
  });
});
