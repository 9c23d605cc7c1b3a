/**
 * The retrieval index's compact layout: one token array for every sentence, postings in one
 * array per kind (offsets per term), and each document's vocabulary as a sorted id list.
 * The answers it gives must be those of plain BM25 over the sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TopicIndex } from '../../src/qa/qa-index.ts';
import { TermIds } from '../../src/qa/term-ids.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { makeBrief } from './qa-helpers.ts';

const BRIEF = makeBrief('harbour', 'Harbour strike', {
  a: 'Dock workers at the northern harbour walked out on Monday over pay. The harbour authority said talks would resume on Friday.',
  b: 'Talks between the union and the harbour authority resumed on Friday. Ships queued outside the northern harbour for three days.',
  c: 'The union said pay talks had failed. Dock workers said the strike would go on until pay rose by ten percent.',
});

/** Plain BM25 over the index's own units, recomputed from the sentence texts (k1 1.2, b 0.75). */
function reference(index: TopicIndex, question: string): { unit: number; score: number }[] {
  const terms = [...new Set(analyze(question).map((t) => t.term))];
  const units = index.allUnits().map((u) => analyze(BRIEF.sources[u.doc]?.sentences[u.sentence]?.text ?? '').map((t) => t.term));
  const avg = units.reduce((a, u) => a + u.length, 0) / units.length;
  const n = units.length;
  return units
    .map((words, unit) => {
      let score = 0;
      for (const t of terms) {
        const df = units.filter((u) => u.includes(t)).length;
        const f = words.filter((w) => w === t).length;
        if (f === 0) continue;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * words.length) / avg));
      }
      return { unit, score };
    })
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score);
}

describe('TopicIndex', () => {
  const index = TopicIndex.build(BRIEF);

  it('gives each sentence its own terms, in order, from the shared token array', () => {
    for (const unit of index.allUnits()) {
      const text = BRIEF.sources[unit.doc]?.sentences[unit.sentence]?.text ?? '';
      const expected = analyze(text).map((t) => index.termId(t.term));
      assert.deepEqual([...index.seqOf(unit)], expected);
      assert.equal(unit.len, expected.length);
    }
  });

  it('scores BM25 from the packed postings exactly as plain BM25 over the sentences does', () => {
    for (const q of ['When do the harbour talks resume?', 'dock workers pay', 'ships queued', 'union strike percent']) {
      const got = index.bm25(analyze(q).map((t) => index.termId(t.term)), 10);
      const want = reference(index, q);
      assert.deepEqual(got.map((x) => x.unit), want.map((x) => x.unit), q);
      got.forEach((x, i) => assert.ok(Math.abs(x.score - (want[i]?.score ?? NaN)) < 1e-9, q));
    }
  });

  it('counts document frequency per term, and 0 for a term it never saw', () => {
    const harbour = index.termId(analyze('harbour')[0]?.term ?? '');
    assert.equal(index.docFreq(harbour), 4);
    assert.equal(index.docFreq(undefined), 0);
    assert.equal(index.docFreq(10_000), 0);
    assert.deepEqual(index.bm25([10_000, undefined], 5), []);
  });

  it('knows which terms each document has', () => {
    const ships = index.termId(analyze('ships')[0]?.term ?? '') as number;
    assert.ok(index.docContext[1]?.terms.has(ships));
    assert.ok(!index.docContext[0]?.terms.has(ships));
  });
});

describe('TermIds', () => {
  it('answers membership by binary search over its sorted ids', () => {
    const ids = new TermIds([42, 7, 19, 7, 3, 1000]);
    for (const x of [3, 7, 19, 42, 1000]) assert.ok(ids.has(x), String(x));
    for (const x of [-1, 0, 4, 20, 999, 1001]) assert.ok(!ids.has(x), String(x));
    assert.deepEqual([...ids], [3, 7, 7, 19, 42, 1000]);
    assert.ok(!new TermIds([]).has(0));
  });
});

describe('what is indexed', () => {
  it('leaves out questions, but keeps a statement that quotes one', () => {
    const brief = makeBrief('q', 'Quotes', {
      a: 'What will the union do next? The Valmora Post quoted the mayor as asking: ``Does the board really want a deal?\'\' Talks resume on Monday.',
    });
    const index = TopicIndex.build(brief);
    const texts = index.allUnits().map((u) => brief.sources[u.doc]?.sentences[u.sentence]?.text ?? '');
    assert.ok(!texts.some((t) => t.startsWith('What will the union')), texts.join(' | '));
    assert.ok(texts.some((t) => t.startsWith('The Valmora Post quoted the mayor')), texts.join(' | '));
  });

  it('keeps a short sentence with a number ("Three people died."), not one without', () => {
    const brief = makeBrief('s', 'Short', {
      a: 'A bus left the road near Sarnen on Monday, police said. Three people died. Police left. The driver was injured in the crash.',
    });
    const texts = TopicIndex.build(brief).allUnits().map((u) => brief.sources[u.doc]?.sentences[u.sentence]?.text ?? '');
    assert.ok(texts.includes('Three people died.'), texts.join(' | '));
    assert.ok(!texts.includes('Police left.'), texts.join(' | '));
  });
});
