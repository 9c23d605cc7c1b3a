/**
 * A person the question asks about, named in a sentence only as another person's owner
 * ("Tarrant's deputy", "Tarrant's lawyer said"), is not what the sentence tells of: "Where was
 * Tarrant arrested?" is not answered by the deputy's surrender. Not when the head noun owned is
 * no person, a pronoun may stand for the owner, or the question asks about the owned person.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedAsOwner, isPersonNameWord, modifiesNoun, namedOnlyAsOwner, OWNER_ONLY } from '../../src/qa/owner-only-names.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('names only as the owner of another person', () => {
  it('reads the owned person by the head noun after the possessive', () => {
    assert.equal(namedOnlyAsOwner("Police held 40 men, among them Col. Ivo Brandt, Tarrant's deputy, who surrendered at a barracks.", 'tarrant'), true);
    assert.equal(namedOnlyAsOwner("Tarrant's former lawyer said his client denied it.", 'tarrant'), true);
    assert.equal(namedOnlyAsOwner("The crisis mobilized Tarrant's motley fellow constituencies: unions and students.", 'tarrant'), false);
    assert.equal(namedOnlyAsOwner("Tarrant's arrest came at a checkpoint.", 'tarrant'), false, 'an arrest is no person');
    assert.equal(namedOnlyAsOwner("said Tarrant's brother, Ali, who worked with him at the store.", 'tarrant'), false, 'him may be Tarrant');
    assert.equal(namedOnlyAsOwner("Tarrant was arrested, his deputy said.", 'tarrant'), false);
  });

  it('leaves questions that ask about the owned person, a thing named by the person, or a one-word name', () => {
    assert.equal(askedAsOwner("Who is Tarrant's deputy?", 'tarrant'), true);
    assert.equal(askedAsOwner('Where was Tarrant arrested?', 'tarrant'), false);
    assert.equal(modifiesNoun('Who is the judge in the Tarrant trial?', 'tarrant'), true);
    assert.equal(modifiesNoun('Where was Tarrant arrested?', 'tarrant'), false);
    assert.equal(isPersonNameWord(new Set(['Vic Tarrant', 'Orbix']), 'tarrant'), true);
    assert.equal(isPersonNameWord(new Set(['Vic Tarrant', 'Orbix']), 'orbix'), false);
  });

  it('puts the sentence about the asked person first', () => {
    const brief = makeBrief('coup', 'A coup attempt', {
      a: 'Gen. Vic Tarrant was arrested at a checkpoint outside the city, the minister said.\n',
      b: "Prosecutors said 41 soldiers had been arrested, among them Col. Ivo Brandt, Tarrant's deputy, who surrendered at a barracks in the city of Tolmin.\n",
      c: 'Gen. Vic Tarrant led the attack, officials said.\n',
    });
    assert.equal(scoredSentence(brief, 'Where was Tarrant arrested?', /Tarrant's deputy/)?.factors?.owner, OWNER_ONLY);
    assert.equal(scoredSentence(brief, 'Where was Tarrant arrested?', /checkpoint/)?.factors?.owner, 1);
  });
});
