/** "What raise is the union demanding?": "a 9 percent raise" says which one by its amount; "two raises" would count them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsTheKindUnnamed } from '../../src/qa/answer-kind.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('an amount before the asked kind', () => {
  it('is no count of the kind left unnamed', () => {
    const q = analyzeQuestion('What raise is the union demanding?');
    assert.equal(countsTheKindUnnamed(q, 'The union is demanding a 9 percent raise over two years.'), false);
    assert.equal(countsTheKindUnnamed(q, 'The union is demanding a $40 million raise.'), false);
    assert.equal(countsTheKindUnnamed(q, 'The union has won two raises since 2019.'), true, 'a count of raises names none');
    assert.equal(countsTheKindUnnamed(analyzeQuestion('Which magazine does he edit?'), 'He is the editor of several Portuguese magazines.'), true);
  });

  it('so the engine answers with the amount', () => {
    const engine = madeEngine('strike', 'The dock strike', {
      a: 'About 4,000 dock workers walked off the job on Monday.\n\nThe Harbour Workers Union is demanding a 9 percent raise over two years.\n',
      b: 'The port operator has offered 4 percent.\n',
    });
    const a = engine.ask('What raise is the union demanding?', { topic: 'strike' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /9 percent raise/);
  });
});
