/**
 * "Which exams were cancelled?" answered by "cancelled its mathematics and biology examinations":
 * words joined before the kind's noun say which, and lead the answer. A dateline's agency does
 * not name one of the kind, nor does the word that opens the sentence after it. Made-up names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindsByModifiers } from '../../src/qa/kind-of-name.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('kinds said by the words before the noun', () => {
  const kind = termOf('exam') as string;
  const none = (): boolean => false;

  it('finds words joined by "and" or "or" before the kind', () => {
    assert.equal(kindsByModifiers('Varnia cancelled its national mathematics and biology examinations on Monday.', kind, none), 'mathematics and biology examinations');
    assert.equal(kindsByModifiers('The history or geography exams were moved.', kind, none), 'history or geography exams');
  });

  it('not before another noun, nor with a stop word, a participle or an adverb', () => {
    assert.equal(kindsByModifiers('The mathematics and biology teachers went on strike.', kind, none), null);
    assert.equal(kindsByModifiers('The printed and sealed examinations arrived.', kind, none), null);
    assert.equal(kindsByModifiers('Both this and that examination were hard.', kind, none), null);
  });

  it('answers "which" with them, the short answer first', () => {
    const engine = madeEngine('leak', 'The leak', {
      a: 'TALLMARK, Varnia (AP) — Varnia cancelled its national mathematics and biology examinations on Monday after the papers were found circulating on social media.\n',
      b: 'In 2021 the board cancelled the English paper after a similar breach.\n',
      c: 'The Varnia National Examinations Board said photographs of both papers appeared in several chat groups on Sunday night.\n',
    });
    const a = engine.ask('Which exams were cancelled?', { topic: 'leak' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /mathematics and biology/);
    assert.equal(a.short, 'mathematics and biology examinations');
  });

  it('reads the word after a dateline as the sentence\'s opening word, not a name', () => {
    const text = 'OSLO, Norway (Reuters) — Police in Norway have arrested five people over the leak of examination papers that forced the cancellation of two tests this week, a police spokesman said.';
    const brief = makeBrief('x', 'X', { a: `${text}\n\nThe weather was fine on Monday in the capital.\n`, b: 'Officials met on Friday.\n' });
    const s = scoredSentence(brief, 'Which exams were cancelled?', /arrested/);
    assert.ok((s?.factors?.type ?? 1) < 1, JSON.stringify(s?.factors));
  });
});
