/**
 * The scoring stages read the same candidate sentences question after question, so a text's
 * analysis is kept: it must still follow a topic's synonyms when they change, and no caller may
 * change what another will read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { addSynonymGroups, analyze } from '../../src/qa/text-analysis.ts';
import { timeSpans } from '../../src/qa/time-expressions.ts';
import { perText } from '../../src/qa/per-text.ts';

describe('kept text analyses', () => {
  it('reads a text once, and again once a topic\'s synonyms change what its words mean', () => {
    const text = 'The zorblat plant reopened after the strike.';
    const first = analyze(text);
    assert.equal(analyze(text), first, 'the same analysis, not a new one');
    const before = first.find((t) => t.word === 'zorblat')?.term;
    assert.equal(addSynonymGroups([['quuxworks', 'zorblat']]), true);
    const after = analyze(text).find((t) => t.word === 'zorblat')?.term;
    assert.notEqual(after, before);
    assert.equal(after, '~quuxworks');
  });

  it('is not changed by the question analysis that reads "see" as "meet"', () => {
    const question = 'Who did the envoy see in Rome?';
    const see = analyze(question).find((t) => t.word === 'see')?.term;
    const q = analyzeQuestion(question);
    assert.notEqual(q.tokens.find((t) => t.word === 'see')?.term, see, 'the question reads "see" as meeting');
    assert.equal(analyze(question).find((t) => t.word === 'see')?.term, see, 'the kept analysis is as it was');
  });

  it('keeps the time expressions of a text', () => {
    const text = 'The talks resumed on Monday, March 3, and ended in June.';
    assert.equal(timeSpans(text), timeSpans(text));
    assert.deepEqual(timeSpans(text).map((s) => s.text), ['on Monday', 'March 3', 'June']);
  });
});

describe('perText', () => {
  it('works a text out once, keeps at most so many texts, and forgets them when cleared', () => {
    let calls = 0;
    const length = perText((t: string) => {
      calls++;
      return t.length;
    }, 2);
    assert.equal(length('abc'), 3);
    assert.equal(length('abc'), 3);
    assert.equal(calls, 1);
    length('de');
    length('f'); // a third text: the kept ones are dropped first
    length('abc');
    assert.equal(calls, 4);
    length.clear();
    length('f');
    assert.equal(calls, 5);
  });
});
