/**
 * A speech act asked with its content left out ("What did the mayor promise?", "What did she
 * warn?") is what the speaker said: any attribution meets the verb, and the verb is not a topic the
 * sentence must also name. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { speakingTerms } from '../../src/qa/speech-verbs.ts';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('fire', 'A fire at a library', {
  a: [
    'A fire tore through the roof of the Varnell library late on Sunday.',
    'Mayor Paolo Renzetti said the city would do everything it could to save what remained.',
    'Firefighters used as little water as they could to protect the books, he said.',
    'The building had been closed to the public since September for renovation of its roof.',
  ].join(' '),
});

describe('speech acts asked without their content', () => {
  it('reads a speech act last in the question as speaking, and one with words after it as not', () => {
    const terms = (question: string): string[] => [...speakingTerms(question, analyzeQuestion(question).tokens)];
    assert.equal(terms('What did the mayor promise?').length, 1);
    assert.equal(terms('What did the mayor warn?').length, 1);
    assert.deepEqual(terms('What did the mayor promise to rebuild?'), []);
    assert.deepEqual(terms('Which promise did the mayor break?'), []);
  });

  it('reads "How did X react / respond?" as met by what X said, not "Why did X react?"', () => {
    const terms = (question: string): string[] => [...speakingTerms(question, analyzeQuestion(question).tokens)];
    assert.equal(terms('How did the mayor react?').length, 1);
    assert.equal(terms('How did the mayor respond?').length, 1);
    assert.deepEqual(terms('Why did the mayor react?'), []);
    assert.deepEqual(terms('How did the mayor respond to the fire?'), []);
    assert.deepEqual(terms('How did the Tarnese officials react?'), [], 'officials of a country: anyone of it who speaks');
    const a = engine.ask('How did the mayor react?', { topic: 'fire' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Mayor Paolo Renzetti said/);
  });

  it('answers "What did the mayor promise?" with what the mayor said', () => {
    const a = engine.ask('What did the mayor promise?', { topic: 'fire' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /do everything it could/);
  });
});
