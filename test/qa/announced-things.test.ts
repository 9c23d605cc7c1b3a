/**
 * "When did Harwell announce the discovery?": a company that "said on Tuesday it had made a large
 * gas discovery" announced it. A verb of making a thing known is met by any attribution of the
 * thing, and not by one of something else. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { announcedThings } from '../../src/qa/speech-verbs.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { assertAnswers, engineOver, makeBrief, scoredSentence } from './qa-helpers.ts';

function things(question: string): Record<string, string> {
  const tokens: { term: string; word: string; end: number }[] = [];
  let at = 0;
  for (const t of analyze(question)) {
    at = question.toLowerCase().indexOf(t.word, at) + t.word.length;
    tokens.push({ term: t.term, word: t.word, end: at });
  }
  return Object.fromEntries(announcedThings(question, tokens));
}

describe('announcedThings', () => {
  it('pairs a verb of making known with the thing after it', () => {
    assert.deepEqual(Object.values(things('When did Valdis announce the discovery?')), [analyze('discovery')[0]?.term]);
    assert.deepEqual(Object.values(things('When will the court reveal its verdict?')), [analyze('verdict')[0]?.term]);
    assert.deepEqual(things('When did Valdis find the gas?'), {});
    assert.deepEqual(things('What did Valdis announce?'), {}, 'no thing asked: a bare speech act');
  });
});

describe('"When did X announce the discovery?"', () => {
  const brief = makeBrief('gas', 'A gas find', {
    a: [
      'OSK (Reuters) - Valdis Energy said on Tuesday it had made a large natural gas discovery off the coast of Varnia, sending its shares up 38 percent.',
      'Drilling began on Nov. 18 and the well reached its total depth last week.',
    ].join('\n\n'),
    b: 'OSK (Reuters) - Varnia\'s energy minister said on Thursday the government wanted the gas for its own industry.\n\nValdis said on Friday that its shares had recovered.\n',
  });
  it('is answered by the day the company said it had made it', () => {
    assertAnswers(engineOver(brief), 'gas', 'When did Valdis announce the discovery?', /said on Tuesday it had made/);
  });
  it('counts the attribution as the announcing, in the words and as the event', () => {
    const s = scoredSentence(brief, 'When did Valdis announce the discovery?', /said on Tuesday it had made/);
    assert.equal(s?.factors?.['match'], 1);
    assert.equal(s?.factors?.['event'], 1);
    const other = scoredSentence(brief, 'When did Valdis announce the discovery?', /shares had recovered/);
    assert.ok((other?.factors?.['event'] ?? 1) < 1, 'an attribution of something else announces nothing');
  });
});
