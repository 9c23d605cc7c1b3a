/**
 * "How long a sentence did Marek receive?" asks the span of a sentence: a span of something
 * else in the sentence ("the trial continued for two hours") does not answer it, and the noun
 * is a word the answer needs, not a description of the name after it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('how long a <noun>', () => {
  it('keeps the noun before the auxiliary as a word to match, not a description of the name', () => {
    const q = analyzeQuestion('How long a sentence did Ivo Marek receive at his trial?');
    assert.equal(q.light.has(termOf('sentence') as string), false);
    // A noun that only describes the name is still light: "the defector Kim Myong".
    assert.equal(analyzeQuestion('How old is the defector Kim Myong?').light.has(termOf('defector') as string), true);
  });

  it('is not answered by the span of something else, and is by the noun\'s own', () => {
    const docs = {
      a: 'In the city of Tarno, the trial on similar charges of Ivo Marek, 45, a veteran dissident, continued for something over two hours.\n',
      b: 'Police detained ten dissidents in Osk on Monday.\n',
      c: 'The court in Lindia will meet again in March.\n',
    };
    const engine = madeEngine('trial', 'The trial', docs);
    const a = engine.ask('How long a sentence did Ivo Marek receive at his Tarno trial?', { topic: 'trial' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const sentenced = madeEngine('trial2', 'The trial', { ...docs, d: 'A court in Tarno sentenced Ivo Marek to 12 years in prison after his trial.\n' });
    assert.match(sentenced.ask('How long a sentence did Ivo Marek receive at his Tarno trial?', { topic: 'trial2' }).citations[0]?.quote ?? '', /12 years/);
  });
});
