/** "What is the prime minister's party?" needs a sentence that names a party, not only the prime minister. Made-up names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionsOwnedKind, ownedKindOf } from '../../src/qa/owned-kinds.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('a kind of body or place an owner has', () => {
  it('is read from "What is <owner>\'s <kind>?" for kinds a sentence names, not for a response or a job', () => {
    assert.equal(ownedKindOf("What is the prime minister's party?"), 'party');
    assert.equal(ownedKindOf("What is Prince Tavo's school?"), 'school');
    assert.equal(ownedKindOf("What is Velbor's response?"), null);
    assert.equal(ownedKindOf("What is Mirelle's job?"), null);
    assert.equal(ownedKindOf('What is the party of the prime minister?'), null, 'no possessive');
  });

  it('is mentioned by its word or a kind of it', () => {
    assert.equal(mentionsOwnedKind('party', 'Prime Minister Ivo Dent of the Green Party spoke.'), true);
    assert.equal(mentionsOwnedKind('school', 'Tavo attends an academy in the capital.'), true);
    assert.equal(mentionsOwnedKind('party', 'The palace had informed Prime Minister Ivo Dent in January.'), false);
  });

  it('keeps the engine from answering with a sentence that names only the owner', () => {
    const docs = {
      a: 'OSTMARK (Reuters) - The king told Prime Minister Ivo Dent of his decision in January, a palace spokeswoman said.\n',
      b: 'Parliament will vote on the succession law in May.\n',
    };
    assert.equal(madeEngine('throne', 'An abdication', docs).ask("What is the prime minister's party?", { topic: 'throne' }).abstained, true);
    const named = { ...docs, c: 'Dent, whose Green Party holds 21 of the 60 seats, backed the law.\n' };
    assertAnswers(madeEngine('throne2', 'An abdication', named), 'throne2', "What is Dent's party?", /Green Party/);
  });
});
