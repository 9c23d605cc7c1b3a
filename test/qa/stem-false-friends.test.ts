/**
 * The stemmer folds "Protestants" into "protest": a sentence with the stem only in a capitalised
 * word of another WordNet family does not have the question's word. Nor does "the walkout lasted"
 * have the adjective of "the last strike".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { falseFriendTest, formOf, onlyFalseFriends } from '../../src/qa/stem-false-friends.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('words the stemmer folds together', () => {
  it('tells forms of a word from words of another family, by WordNet', () => {
    const protest = formOf('protest');
    assert.equal(protest('protested'), true);
    assert.equal(protest('protesters'), true, 'a derived form');
    assert.equal(protest('Protestants'), false);
    assert.equal(formOf('elected')('election'), true);
    assert.equal(formOf('protest')('Xyzzyq'), true, 'a word WordNet does not know is given the benefit of the doubt');
  });

  it('judges only a capitalised word inside the sentence', () => {
    const term = termOf('protest') as string;
    const protest = formOf('protest');
    assert.equal(onlyFalseFriends('Christians, mostly Protestants, dominate the town.', term, protest), true);
    assert.equal(onlyFalseFriends('Protestants and others staged a street protest.', term, protest), false, 'the word itself is there too');
    assert.equal(onlyFalseFriends('Protestants dominate the town.', term, protest), false, 'a capital at the start proves nothing');
  });

  it('does not take a verb\'s "-ed" form for an adjective after a determiner', () => {
    const q = analyzeQuestion('When did the last dock strike happen?');
    const test = falseFriendTest(q, new Set());
    const i = q.terms.indexOf(termOf('last') as string);
    assert.equal(test(i, q.terms[i] as string, 'Cranes stood idle as the walkout lasted into a third day.'), true);
    assert.equal(test(i, q.terms[i] as string, 'The last strike was in 2019.'), false);
    const v = analyzeQuestion('How long did the strike last?');
    const j = v.terms.indexOf(termOf('last') as string);
    assert.equal(falseFriendTest(v, new Set())(j, v.terms[j] as string, 'The walkout lasted five days.'), false, 'the verb asked');
  });

  it('answers "What did Christians in Osk protest against?" from the sentence about the protest', () => {
    const engine = madeEngine('riot', 'The Osk riot', {
      a: 'Christians, mostly Protestants, dominate Osk, about 1,800 kilometers southeast of the capital.\n',
      b: 'The Osk riot broke out after thousands of Christians staged a peaceful strike and street protest against the Tarno church attacks.\n',
      c: 'Police said calm had returned by Tuesday.\n',
    });
    const a = engine.ask('What did Christians in Osk protest against?', { topic: 'riot' });
    assert.match(a.citations[0]?.quote ?? '', /church attacks/, a.answer);
  });
});
