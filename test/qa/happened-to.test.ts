/** "What happened to X?" is answered by what was done to X, not by what X is or what it caused. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { happenedToOf, undergoes } from '../../src/qa/happened-to.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('what happened to a thing', () => {
  it('reads the thing a "What happened to X?" question asks about', () => {
    assert.equal(happenedToOf(analyzeQuestion('What happened to the balloon?')), 'balloon');
    assert.equal(happenedToOf(analyzeQuestion('What has happened with the old ferry?')), 'ferry');
    assert.equal(happenedToOf(analyzeQuestion('What happened in Tarno?')), null);
  });

  it('tells something done to the thing from a mention that only describes it or what it caused', () => {
    assert.equal(undergoes('balloon', 'The air force shot down a Chinese surveillance balloon last month.'), true);
    assert.equal(undergoes('balloon', 'He mocked the hysterical reaction in shooting down the balloon.'), true, 'a participle and a particle');
    assert.equal(undergoes('balloon', 'Following the downing of a spy balloon, ties were strained.'), true, 'an act noun and "of"');
    assert.equal(undergoes('balloon', 'Officials said that the balloon shot down by the air force was monitoring weather.'), true, 'a reduced passive');
    assert.equal(undergoes('balloon', 'The balloon was shot down on Saturday.'), true);
    assert.equal(undergoes('balloon', 'Officials have said that it was a well-kitted-out spy balloon.'), false, 'what it is');
    assert.equal(undergoes('balloon', 'He cancelled a trip because of the row over the alleged spy balloon.'), false, 'what it caused; a participle among its modifiers is no act on it');
  });

  it('so the engine answers with what was done to it', () => {
    const engine = madeEngine('ferry', 'The ferry', {
      a: 'Officials have said that it was a well-kept old ferry.\n\nThe mayor cancelled a trip because of the row over the old ferry.\n',
      b: 'Last week the port authority towed away the old ferry after the storm.\n',
    });
    const a = engine.ask('What happened to the old ferry?', { topic: 'ferry' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /towed away the old ferry/);
  });
});
