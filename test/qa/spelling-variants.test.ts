/**
 * British spellings read as the American ones the wires print: a question in either spelling
 * finds the documents' words, and words of their own ("hours", "advised", "contour") stay as
 * they are.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { americanSpelling } from '../../src/qa/spelling-variants.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('British and American spellings', () => {
  it('reads -our, -ise, -yse, -re, -ence and "programme" as the American words', () => {
    const pairs: Array<[string, string]> = [
      ['neighbouring', 'neighboring'], ['labour', 'labor'], ['favoured', 'favored'], ['organise', 'organize'],
      ['recognised', 'recognized'], ['organisation', 'organization'], ['analyse', 'analyze'], ['centre', 'center'],
      ['defence', 'defense'], ['licences', 'licenses'], ['programme', 'program'],
    ];
    for (const [british, american] of pairs) assert.equal(termOf(british), termOf(american), `${british} / ${american}`);
  });

  it('leaves words of their own alone', () => {
    for (const w of ['hours', 'advised', 'promise', 'contour', 'detour', 'acre', 'massacre', 'genre', 'science', 'silence']) assert.equal(americanSpelling(w), w, w);
  });

  it('answers a question in British spelling from a wire in American spelling', () => {
    const engine = madeEngine('war', 'The war', {
      a: 'Valdor made sure that the war did not spill over into neighboring Ostrava and Kalmia, fragile countries in a volatile area.\n',
      b: 'The defense ministry said its labor brigades would rebuild the center of Tarno.\n',
      c: 'Talks resumed on Tuesday.\n',
    });
    const a = engine.ask('Which brigades will rebuild the centre of Tarno, according to the defence ministry?', { topic: 'war' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /labor brigades/);
  });
});
