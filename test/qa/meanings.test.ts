/**
 * "What does the hashtag mean?" asks what a word or sign means, not what anyone meant: no one is
 * asked to speak, and a gloss set off after the word ('#VarnaBack — "Bring Varna back" —',
 * "..., meaning ...") answers it. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { glosses } from '../../src/qa/meanings.ts';
import { speakerPhraseOf } from '../../src/qa/question-analysis.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('"What does X mean?"', () => {
  it('asks no one to speak when X is a thing, but does when X is someone', () => {
    assert.equal(speakerPhraseOf('What does the hashtag mean?'), null);
    assert.equal(speakerPhraseOf('What does the name mean?'), null);
    assert.equal(speakerPhraseOf('What did the spokesman mean?'), 'the spokesman');
    assert.equal(speakerPhraseOf('What did Ivo Marek mean by that?'), 'Ivo Marek');
  });

  it('reads a gloss set off after a word, not any quotation', () => {
    assert.equal(glosses('The hashtag #VarnaBack — "Bring Varna back" — trended on Tuesday.'), true);
    assert.equal(glosses('The town is called Osk, meaning "bridge" in the old tongue.'), true);
    assert.equal(glosses('"We are glad to be back," the company said.'), false);
  });

  it('is answered by the sentence with the gloss', () => {
    const engine = madeEngine('app', 'An app blocked', {
      a: 'OSK (AP) — Varnia blocked the video app Varna on Monday.\n\nThe hashtag #VarnaBack — "Bring Varna back" — was the top trending topic in Varnia on Tuesday.\n',
      b: 'OSK (AP) — Lawmakers called the block excessive.\n\nThe ministry said the hashtag was organised by the company.\n',
    });
    assertAnswers(engine, 'app', 'What does the hashtag mean?', /Bring Varna back/);
  });
});
