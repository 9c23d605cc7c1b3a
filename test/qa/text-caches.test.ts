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
import { matchesPerText, perText } from '../../src/qa/per-text.ts';
import { DictFile } from '../../src/qa/wordnet-dict.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

describe('matchesPerText', () => {
  it('finds every match of a text once, with its index, and refuses a pattern that is not global', () => {
    const numbers = matchesPerText(/\d+/g);
    const found = numbers('12 boats and 7 crews');
    assert.deepEqual(found.map((m) => [m[0], m.index]), [['12', 0], ['7', 13]]);
    assert.equal(numbers('12 boats and 7 crews'), found, 'the kept matches, not new ones');
    assert.throws(() => matchesPerText(/\d+/), /global/);
  });
});

describe('DictFile', () => {
  it('reads the same line at an offset again without the file, and finds index lines by binary search', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dict-'));
    const file = path.join(dir, 'index.noun');
    writeFileSync(file, '  license line\napple n 1\nbanana n 2\ncherry n 3\n');
    const dict = new DictFile(file);
    const at = '  license line\napple n 1\n'.length;
    assert.equal(dict.lineAt(at), 'banana n 2');
    assert.equal(dict.find('cherry'), 'cherry n 3');
    assert.equal(dict.find('date'), null);
    // The file changes under it: a kept line is read from memory, a new offset from the file.
    writeFileSync(file, '  license line\napple n 1\nBANANA N 2\ncherry n 3\n');
    assert.equal(dict.lineAt(at), 'banana n 2');
    assert.equal(dict.lineAt(0), '  license line');
    dict.close();
  });
});
