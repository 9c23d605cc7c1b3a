/**
 * Retrieving passages: BM25's best sentences, the sentences around them, and, for "How old
 * is X?" and "How many X does Y have?", the sentences that give X's age or the number of X
 * though they share little else with the question.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { retrieveCandidates } from '../../src/qa/qa-retrieval.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { sentenceText } from '../../src/qa/sentence-features.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

const filler = Array.from({ length: 40 }, (_, i) => `Ivo Marek spoke about the harbour plan in Tarno on day ${i + 1}.`).join(' ');
const brief = makeBrief('harbour', 'The harbour', {
  a: `${filler}\n`,
  b: 'The city council met on Monday evening to hear the plans for the new quay. Ivo Marek, 70, a retired engineer, runs the port board. Dredging of the outer channel starts in May, weather permitting.\n',
});
const index = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW }).indexFor(brief);
const texts = (q: string): string[] => {
  const a = analyzeQuestion(q, index.persons.tokens, index.persons.names);
  const { candidates } = retrieveCandidates(index, a, a.terms.map((t) => index.termId(t)), [], a.terms.map(() => 1));
  return [...candidates].map((u) => sentenceText(index, index.unit(u)));
};

describe('retrieving candidate sentences', () => {
  it('brings in the sentence that gives the asked person\'s age, among many that only name him', () => {
    assert.ok(texts('How old is Ivo Marek?').some((t) => /Marek, 70,/.test(t)));
  });

  it('brings in the sentence that gives the size of the whole asked for, among many that share its words', () => {
    const many = Array.from({ length: 40 }, (_, i) => `The board members of the port met the harbour board members in Tarno on day ${i + 1}.`).join(' ');
    const board = makeBrief('board', 'The board', {
      a: `${many}\n`,
      b: 'He said two of the board members _ currently numbering 15 _ had resigned.\n',
      c: 'Seventeen board members attended the dinner in Tarno on Friday.\n',
    });
    const idx = new QaEngine(new MutableBriefCatalog([board]), { now: () => FIXED_NOW }).indexFor(board);
    const a = analyzeQuestion('How many members does the board have?', idx.persons.tokens, idx.persons.names);
    const { candidates } = retrieveCandidates(idx, a, a.terms.map((t) => idx.termId(t)), [], a.terms.map(() => 1));
    const found = [...candidates].map((u) => sentenceText(idx, idx.unit(u)));
    assert.ok(found.some((t) => /currently numbering 15/.test(t)), found.join(' | '));
    assert.ok(!found.some((t) => /Seventeen board members attended/.test(t)), 'a count of some of them is not brought in so');
  });

  it('brings in the sentence that prices the asked thing before naming it, among many that name it', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Officials toured the new airport cost-free on day ${i + 1} and praised the airport.`).join(' ');
    const airport = makeBrief('airport', 'The airport', {
      a: `${many}\n`,
      b: 'The dlrs 75 million airport will give a boost to the economy of the valley.\n',
      c: 'The $5 million terminal opened on Friday with a ceremony at the airport gates.\n',
    });
    const idx = new QaEngine(new MutableBriefCatalog([airport]), { now: () => FIXED_NOW }).indexFor(airport);
    const found = (q: string): string[] => {
      const a = analyzeQuestion(q, idx.persons.tokens, idx.persons.names);
      return [...retrieveCandidates(idx, a, a.terms.map((t) => idx.termId(t)), [], a.terms.map(() => 1)).candidates].map((u) => sentenceText(idx, idx.unit(u)));
    };
    assert.ok(found('How much did the airport cost?').some((t) => /dlrs 75 million airport/.test(t)));
    assert.ok(!found('How much did the airport terminal cost?').some((t) => /dlrs 75 million airport/.test(t)), 'every other word asked must be there');
  });

  it('brings in the sentences around the best ones', () => {
    const found = texts('What does the port board do?');
    assert.ok(found.some((t) => /runs the port board/.test(t)));
    assert.ok(found.some((t) => /Dredging of the outer channel/.test(t)), 'the sentence after');
    assert.ok(found.some((t) => /council met on Monday evening/.test(t)), 'the sentence before');
  });
});
