/**
 * "What fruit ...?" answered by a sentence that names one ("piles of mangoes"): WordNet's
 * hypernyms say which common nouns are of the asked kind, so the answer need not repeat the
 * kind's own word.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesMemberOfKind } from '../../src/qa/answer-kind.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { WordNet } from '../../src/qa/wordnet.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('kinds of things (WordNet hypernyms)', () => {
  const wn = WordNet.open()!;
  it('knows a noun of a kind, a few steps up, in the kind\'s commonest sense', () => {
    assert.equal(wn.isKindOf('bananas', 'fruit'), true);
    assert.deepEqual(wn.lemmas('mangoes', 'noun'), ['mango'], 'a noun in -oes');
    assert.equal(wn.isKindOf('rifle', 'weapon'), true);
    assert.equal(wn.isKindOf('cholera', 'disease'), true);
    assert.equal(wn.isKindOf('attorney', 'lawyer'), true, 'the same sense');
    assert.equal(wn.isKindOf('market', 'fruit'), false);
    // A "party" to a lawsuit is a person, but the commonest sense of "party" is a political one.
    assert.equal(wn.isKindOf('puppets', 'party'), false);
    assert.equal(wn.isKindOf('president', 'party'), false);
    // The commonest sense of "award" is the act of awarding: a medal is one of its third.
    assert.equal(wn.isKindOf('medal', 'award'), false);
    assert.equal(wn.isKindOf('medal', 'award', 3), true);
  });

  it('finds one of the asked kind among a sentence\'s common nouns, not the question\'s own words', () => {
    const q = analyzeQuestion('What fruit did the vendors stack at the stalls?');
    const words = new Set(q.tokens.map((t) => t.word));
    assert.equal(namesMemberOfKind(q, 'Vendors at the stalls stacked piles of mangoes by the gate.', words), true);
    assert.equal(namesMemberOfKind(q, 'Vendors at the stalls stacked piles of newspapers by the gate.', words), false);
  });

  it('takes no number word for a member of a kind ("five": a basketball team in WordNet)', () => {
    const q = analyzeQuestion('Which team does Ivo Marek play for?');
    const words = new Set(['which', 'team', 'does', 'ivo', 'marek', 'play', 'for']);
    assert.equal(namesMemberOfKind(q, '"We want to play," said Marek, who was flanked by five teammates.', words), false);
  });

  it('answers with the sentence that names one, not one that only says the kind', () => {
    const engine = madeEngine('market', 'Market day', {
      a: 'Vendors at the stalls stacked piles of mangoes by the north gate on Friday.\n',
      b: 'The fruit market stalls were stacked high before the holiday, a trader said.\n',
    });
    const a = engine.ask('What fruit did vendors stack at the stalls?', { topic: 'market' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /mangoes/);
  });
});

describe('"Which animal\'s feeding grounds ...?" with no light verb', () => {
  const engine = madeEngine('gas', 'A gas find', {
    a: 'OSK (Reuters) - Valdis Energy said on Tuesday it had made a large gas discovery off the coast of Varnia.\n\nEnvironmental groups said the discovery lay near feeding grounds of the endangered African penguin and called for a full impact assessment.\n',
    b: 'OSK (Reuters) - The field could cost $8 billion to develop, analysts said.\n\nVarnian environmental groups protested outside the ministry on Friday.\n',
  });
  it('is answered by a sentence naming one of the kind, unnamed as it is ("the endangered African penguin")', () => {
    const a = engine.ask("Which animal's feeding grounds are near the discovery?", { topic: 'gas' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /African penguin/);
  });
  it('but not "Which groups ...?" by any word below "group" ("the lost")', () => {
    const jail = makeBrief('jail', 'A jailed reporter', {
      a: 'TBILISI (AP) - A jailed Georgian journalist on hunger strike has lost 11 kilograms, her lawyer said on Monday, calling for her release.\n',
      b: 'The court meets again in June.\n\nShe was arrested in March.\n',
    });
    const type = scoredSentence(jail, 'Which groups called for her release?', /calling for her release/)?.factors?.['type'] ?? 1;
    assert.ok(type < 1, `type ${type}`);
  });
});
