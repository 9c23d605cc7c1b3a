/**
 * "Who is the police officer she is accused of assaulting?" asks who holds a role: a sentence
 * that has the role only as "a police officer", with no name beside it, names someone else.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { identityRoleNoun, leavesRoleHolderUnnamed } from '../../src/qa/role-holders.ts';
import { madeEngine } from './qa-helpers.ts';

describe('the holder of a role asked by "Who is the <role> ...?"', () => {
  const q = analyzeQuestion('Who is the police officer she is accused of assaulting?');

  it('finds the role\'s noun, a person\'s by WordNet', () => {
    assert.equal(identityRoleNoun(q), 'officer');
    assert.equal(identityRoleNoun(analyzeQuestion('Who is the pilot of the plane?')), 'pilot');
    assert.equal(identityRoleNoun(analyzeQuestion('Who is the owner?')), 'owner');
    assert.equal(identityRoleNoun(analyzeQuestion('Who is the storm named after?')), null, 'no person');
  });

  it('is left unnamed by "assaulting a police officer", not by a name beside the role', () => {
    assert.equal(leavesRoleHolderUnnamed(q, 'Marta Vela, 38, a reporter, was charged with assaulting a police officer at a protest.'), true);
    assert.equal(leavesRoleHolderUnnamed(q, 'Ivo Lind, a police officer, said he was punched.'), false);
    assert.equal(leavesRoleHolderUnnamed(q, 'She was charged with assaulting a police officer, Ivo Lind, at a protest.'), false);
    assert.equal(leavesRoleHolderUnnamed(q, 'The officer suffered a broken wrist.'), false, '"the officer" may be named nearby');
    const spokeswoman = analyzeQuestion('Who is the spokeswoman for Castel Systems?');
    assert.equal(leavesRoleHolderUnnamed(spokeswoman, 'A spokeswoman for the company, Fiona Baird, declined to comment.'), false);
    assert.equal(leavesRoleHolderUnnamed(spokeswoman, 'A spokeswoman for the company declined to comment.'), true);
  });

  it('declines rather than answer with the one who is named', () => {
    const engine = madeEngine('strike', 'A hunger strike', {
      a: 'Marta Vela, 38, an investigative reporter for the news site Correo Libre, was arrested in October and charged with assaulting a police officer at a protest in Osk.\n\nShe denies the charge.\n',
      b: 'About 2,000 people marched in Osk on Sunday.\n',
    });
    const a = engine.ask('Who is the police officer she is accused of assaulting?', { topic: 'strike' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});
