/**
 * A role that is no title, named after its whole phrase or by a copula: "the company's head of
 * research, Dr. Lena Moor," answers "Who is the company's head of research?", "whose lead author
 * is Dr. Tom Reyes" answers "Who is the lead author?". What the role is of must agree: a head of
 * marketing is not the head of research. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedOffice, officeMatch } from '../../src/qa/office-holders.ts';
import { roleHeldIn } from '../../src/qa/role-holders.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

const match = (question: string, text: string): string => {
  const asked = askedOffice(question);
  assert.ok(asked, question);
  return officeMatch(asked, text, new Map());
};

describe('roles named after their phrase', () => {
  it('confirms a name after "of <what>," or after "is"', () => {
    assert.equal(match("Who is Velmar's head of research?", "Velmar's head of research, Dr. Lena Moor, called the results good."), 'confirmed');
    assert.equal(match('Who is the lead author of the study?', 'Cases fell by half, according to the study, whose lead author is Dr. Tom Reyes of Ardent University.'), 'confirmed');
  });

  it('confirms a name after a longer "for <whom>," with a number in it', () => {
    assert.equal(match("Who is the passengers' lawyer?", 'A lawyer for a group of about 60 passengers, Daniel Okafor, said they planned to sue.'), 'confirmed');
    assert.equal(match("Who is the passengers' lawyer?", 'A lawyer for a group of about 60 passengers said they planned to sue, Daniel Okafor added.'), 'absent');
  });

  it('does not confirm a role of something else, or a phrase followed by no name', () => {
    assert.equal(match("Who is Velmar's head of research?", "Velmar's head of marketing, Dr. Lena Moor, called the results good."), 'absent');
    assert.equal(match("Who is Velmar's head of research?", "Velmar's head of research, the company said, will retire."), 'absent');
    assert.equal(match('Who is the lead author of the study?', 'The lead author is expected to speak on Monday.'), 'absent');
  });

  it('answers the questions from wire copy', () => {
    const docs = {
      a: "Velmar's head of research, Dr. Lena Moor, called the results ``a turning point.'' Shares of Velmar rose 6 percent.",
      b: 'Cases fell by half, according to the study, whose lead author is Dr. Tom Reyes of Ardent University. Side effects were mild.',
    };
    const engine = madeEngine('trial', 'A vaccine trial', docs);
    assertAnswers(engine, 'trial', "Who is Velmar's head of research?", /Lena Moor/);
    assertAnswers(engine, 'trial', 'Who is the lead author of the study?', /Tom Reyes/);
  });
});

describe('a role of "the company" for the asked company', () => {
  it('is the asked company\'s: "the company\'s head of Southeast Asia, Marco Teal," for Vantra\'s', () => {
    assert.equal(roleHeldIn('"We are glad to be back," the company\'s head of Southeast Asia, Marco Teal, said in a statement.', 'head', ['vantra'], ['southeast', 'asia']), 'confirmed');
    assert.equal(roleHeldIn('"We are glad," Osk\'s head of Southeast Asia, Marco Teal, said.', 'head', ['vantra'], ['southeast', 'asia']), 'other', 'another name\'s');
    assert.equal(roleHeldIn('"We will appeal," the party\'s head of Southeast Asia, Marco Teal, said.', 'head', ['vantra'], ['southeast', 'asia']), 'other', 'no business');
  });
});

describe('a role whose phrase runs on before the copula', () => {
  it('confirms "The last woman to reign in Ostmark was Queen Alma Reiss"', () => {
    assert.equal(roleHeldIn('The last woman to reign in Ostmark was Queen Alma Reiss, who abdicated in 1951.', 'woman', undefined), 'confirmed');
    assert.equal(roleHeldIn('The first woman in the post was Dr. Ines Varga.', 'woman', undefined), 'confirmed');
    assert.equal(roleHeldIn('The last woman to reign in Ostmark abdicated in 1951.', 'woman', undefined), 'absent', 'no name after the copula');
  });

  it('answers who the last to hold it was', () => {
    const engine = madeEngine('throne', 'A queen abdicates', {
      a: 'King Oskar Brenn announced that he will step down in May. The last woman to reign in Ostmark was Queen Alma Reiss, who abdicated in 1951 after 20 years on the throne.',
    });
    assertAnswers(engine, 'throne', 'Who was the last woman to reign in Ostmark?', /Alma Reiss/);
  });
});

describe('"Who is <verb>ing ...?"', () => {
  it('asks who does it, not for a role with an owner', () => {
    assert.equal(askedOffice("Who is paying Ravi Osei's legal costs?"), null);
    assert.deepEqual(askedOffice("Who is Osei's lawyer?")?.owner, ['osei']);
    assert.equal(askedOffice('Who is the lawyer?')?.title, 'lawyer');
  });

  it('answers with the one doing it, named as a body', () => {
    const engine = madeEngine('suit', 'A farmer sues', {
      a: 'OSK (Reuters) - A farmer, Ravi Osei, sued the cement maker Velbor on Tuesday. The case is backed by the charity Terra Mundi, which is paying Osei\'s legal costs.\n',
      b: 'The hearing is expected to last three days.\n',
    });
    assertAnswers(engine, 'suit', "Who is paying Osei's legal costs?", /Terra Mundi/);
  });
});
