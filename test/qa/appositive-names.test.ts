/**
 * Short answers to "who holds this role" questions: the name a description in apposition, or
 * a title right before it, ties to the role. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appositiveHolder, ROLE_Q_RE } from '../../src/qa/appositive-names.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { shortAnswer } from '../../src/qa/short-answer.ts';
import { termOf } from '../../src/qa/text-analysis.ts';

const role = (...words: string[]): Set<string> => new Set(words.map((w) => termOf(w) as string));

describe('names tied to a role by apposition', () => {
  it('takes the name a description after it, or a title before it, gives the role', () => {
    const text = "``We might not survive,'' said Ivo Marek, Tarno's first harbour master, who, with Ana Lind, stood by him.";
    assert.equal(appositiveHolder(text, ['Ivo Marek', 'Ana Lind'], role('first', 'harbour', 'master')), 'Ivo Marek');
    assert.equal(appositiveHolder('The daily Osk Vision said KLA leader Rui Vale was wounded.', ['Rui Vale', 'Osk Vision'], role('leader')), 'Rui Vale');
    assert.equal(appositiveHolder('Dr. Ana Lind, 50, an adviser to the committee, said so.', ['Ana Lind'], role('adviser')), 'Ana Lind', 'past an age');
  });

  it('leaves out lists, verbs after a comma and ties', () => {
    assert.equal(appositiveHolder('A slate could name Ivo Marek to replace Rui Vale, Ana Lind to replace the treasurer.', ['Ivo Marek', 'Rui Vale', 'Ana Lind'], role('treasurer')), null, 'a list, not a description');
    assert.equal(appositiveHolder('He watched Ana Lind, a pragmatist like Vale, won the harbour race.', ['Ana Lind', 'Vale'], role('won', 'harbour', 'race')), null, 'a verb after a comma describes no one');
    assert.equal(appositiveHolder('Ivo Marek, the mayor, met Ana Lind, the mayor of Osk.', ['Ivo Marek', 'Ana Lind'], role('mayor')), null, 'a tie');
  });

  it('gives short answers only to questions for a role\'s holder', () => {
    assert.ok(ROLE_Q_RE.test('Who is Tarno\'s harbour master?'));
    assert.ok(ROLE_Q_RE.test('Who leads the Osk Resistance Army?'));
    assert.equal(ROLE_Q_RE.test('Who gave free vans to the ski federation?'), false);
    const people = new Set(['ivo', 'marek', 'ana', 'lind']);
    const q = analyzeQuestion('Who was Tarno\'s first harbour master?', people, new Set(['Ivo Marek', 'Ana Lind']));
    assert.equal(shortAnswer(q, "``We might not survive,'' said Ivo Marek, Tarno's first harbour master, who, with Ana Lind, stood by him.", people), 'Ivo Marek');
  });
});
