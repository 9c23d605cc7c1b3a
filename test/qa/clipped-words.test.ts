/**
 * A clipped word read as the word it was clipped from ("exam" / "examination"), by WordNet: only
 * nouns that are nothing else, whose commonest sense holds the longer word, and not where the
 * added letters are a word ("market" / "marketplace") or a derived word's ending ("burn" /
 * "burning", "Serb" / "Serbian"). Made-up names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullFormOfClipping } from '../../src/qa/spelling-variants.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('clipped words', () => {
  it('reads a clipped noun as its full form', () => {
    assert.equal(fullFormOfClipping('exams'), 'examination');
    assert.equal(fullFormOfClipping('memo'), 'memorandum');
    assert.equal(termOf('exams'), termOf('examinations'));
  });

  it('leaves alone compounds, derived words, names, short words and words of several senses', () => {
    for (const w of ['market', 'markets', 'photo', 'burn', 'killing', 'serb', 'chang', 'sec', 'lab', 'roads', 'press', 'even']) assert.equal(fullFormOfClipping(w), w, w);
  });

  it('answers a question in the clipped word from a wire that writes the full one', () => {
    const engine = madeEngine('leak', 'The leak', {
      a: 'The new examination papers will be printed on Friday under police guard, the board said.\n',
      b: 'The new ballot papers will be printed on Monday, the election commission said.\n',
      c: 'Students protested in Tallmark on Tuesday.\n',
    });
    const a = engine.ask('When will the new exam papers be printed?', { topic: 'leak' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /examination papers/);
  });
});
