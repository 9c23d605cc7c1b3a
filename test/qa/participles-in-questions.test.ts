/**
 * A participle in a question describes or ends a noun phrase: "How many Yugoslav armored
 * vehicles" counts vehicles; "the name of the American thrown from his boat" asks an
 * American's name, and "the names of the expelled Russian diplomats" diplomats' names. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindNoun } from '../../src/qa/answer-kind.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('what a "how many" question counts', () => {
  it('counts the plural noun a participle describes, not the word before the participle', () => {
    assert.deepEqual(analyzeQuestion('How many Yugoslav armored vehicles have been pulled out?').counted, [termOf('vehicles')]);
    assert.deepEqual(analyzeQuestion('How many wounded soldiers were flown out?').counted, [termOf('soldiers')]);
    assert.deepEqual(analyzeQuestion('How many rebels attacked villages?').counted, [termOf('rebels')], 'a verb after the counted noun ends it');
  });

  it('answers with the sentence that counts the vehicles', () => {
    const docs = { a: 'A Western diplomat said up to 120 Varnian army armored vehicles, including tanks, have been pulled out.\n', b: 'The army met in Tarno on Monday.\n' };
    const s = scoredSentence(makeBrief('army', 'Army', docs), 'How many Varnian armored vehicles have been pulled out?', /120/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
  });
});

describe('"the name of the American thrown from his boat"', () => {
  it('reads the capitalised noun before the participle as the kind', () => {
    assert.equal(kindNoun(analyzeQuestion('What was the name of the American thrown from his boat?')), 'american');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the man charged with the killing?')), 'man');
    // A participle before a capitalised modifier opens the phrase: the kind is the noun after them.
    assert.equal(kindNoun(analyzeQuestion('What are the names of the expelled Russian diplomats?')), 'diplomats');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the stolen Dutch painting?')), 'painting');
  });

  it('does not take a place or a day for the name of a person', () => {
    const docs = { a: 'An American was thrown from his boat south of Tarno, Varnia, on Monday and was presumed dead.\n', b: 'The storm moved north on Tuesday.\n' };
    const s = scoredSentence(makeBrief('boat', 'Boat', docs), 'What was the name of the American thrown from his boat?', /presumed dead/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, `type ${s.factors?.['type']}`);
  });
});
