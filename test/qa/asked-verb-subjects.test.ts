/** Short answers to "Who <verb> ...?": the one name the quote gives as the doer of the asked verb (asked-verb-subjects.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subjectOfAskedVerb } from '../../src/qa/asked-verb-subjects.ts';

describe('subjectOfAskedVerb', () => {
  it('takes the name right before the verb, or before an appositive and the verb', () => {
    assert.equal(subjectOfAskedVerb('Who appealed for aid to the islands?', 'Ana Lind appealed for aid on Wednesday for the islands stricken by the storm.'), 'Ana Lind');
    assert.equal(subjectOfAskedVerb('Who called on Marek to resign?', 'Holm, a staunch Marek critic, called on the president to resign.'), 'Holm');
    assert.equal(subjectOfAskedVerb('Who said Tolm backs Vela?', 'Prime Minister Ivo Brandt said his country backs Vela in the dispute.'), 'Ivo Brandt');
    assert.equal(subjectOfAskedVerb('Who won the race?', 'Sunday Kai Moro won the race by two lengths.'), 'Kai Moro', 'a weekday written first is no part of the name');
  });

  it('takes the agent of the passive, without its titles', () => {
    assert.equal(subjectOfAskedVerb('Who drafted the plan?', 'Controls, part of the plan drafted by First Deputy Prime Minister Yuri Lenko, caused a rift.'), 'Yuri Lenko');
  });

  it('gives nothing for a people, a place, a name after a preposition, several doers, or a question of another shape', () => {
    assert.equal(subjectOfAskedVerb('Who disclosed the identities?', 'They were disclosed by Danish security officials.'), null);
    assert.equal(subjectOfAskedVerb('Who called the election a loss?', 'Rep. Kai Moro, a moderate from Vela called the election a loss.'), null);
    assert.equal(subjectOfAskedVerb('Who accused Qin of crimes?', 'An official in the provincial capital of Tarno accused him of crimes.'), null);
    assert.equal(subjectOfAskedVerb('Who won the prize?', 'Ana Lind won the prize in 1990 and Ivo Brandt won the prize in 1992.'), null);
    assert.equal(subjectOfAskedVerb('Who is the president?', 'Ana Lind is the president.'), null, 'a copula asks for a role');
    assert.equal(subjectOfAskedVerb('Who did Lind meet?', 'Lind met Ivo Brandt on Monday.'), null, 'an auxiliary: the object is asked');
  });
});
