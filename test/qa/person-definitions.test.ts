/**
 * "What was X's previous job?", "What was X's business?", "What was X's job before he became
 * mayor?": who someone is by trade, from an appositive past an age (", 54, a former customs
 * officer") or headed by a person's noun (", a shipping magnate who ..."), not from a title the
 * sentence gives someone else or the office they hold now. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definesPerson } from '../../src/qa/person-definitions.ts';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('mayor', 'A new mayor', {
  a: [
    'TARTU, Estonia (AP) _ Mayor Liis Kask of Tartu promised on Monday to cut bus fares in half, a week after the city council elected her to replace Jaan Ots, who died in March.',
    'Kask, 47, a former customs officer who entered politics in 2015, said the cuts would be paid for by a new parking fee.',
    'Her rival in the council vote, Peeter Saar, a furniture maker who owns three factories in the region, said the plan was reckless.',
    'Council chairman Andres Mets, a retired schoolteacher, said the council would vote on the fares in May.',
  ].join('\n\n'),
});
const ask = (question: string) => engine.ask(question, { topic: 'mayor', conversation: null });

describe('a question for someone\'s trade', () => {
  it('takes a previous job from a "former" appositive past an age, not the office held now', () => {
    const a = ask("What was Kask's previous job?");
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /former customs officer/);
  });
  it('reads "before she became mayor" as setting the time, not as words the answer must have', () => {
    const a = ask("What was Kask's job before she became mayor?");
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /former customs officer/);
  });
  it('takes a business from an appositive headed by a person\'s noun', () => {
    const a = ask("What is Peeter Saar's business?");
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /furniture maker/);
  });
});

describe('definesPerson', () => {
  it('knows an appositive past an age, headed by a title or a person\'s noun', () => {
    assert.ok(definesPerson('Kask, 47, a former customs officer who entered politics, said', 'Kask'));
    assert.ok(definesPerson('Peeter Saar, a furniture maker who owns three factories, said', 'Peeter Saar'));
    assert.ok(!definesPerson('Peeter Saar, a week after the vote, said', 'Peeter Saar'));
  });
  it('for a past role, wants "former", "retired" or the like', () => {
    assert.ok(definesPerson('Kask, 47, a former customs officer, said', 'Kask', true));
    assert.ok(definesPerson('Council chairman Andres Mets, a retired schoolteacher, said', 'Andres Mets', true));
    assert.ok(!definesPerson('Mayor Liis Kask of Tartu promised', 'Liis Kask', true));
    assert.ok(definesPerson('Mayor Liis Kask of Tartu promised', 'Liis Kask'));
    assert.ok(definesPerson('Toomas Mets, an ex-policeman, said', 'Toomas Mets', true));
    assert.ok(!definesPerson('Toomas Mets, a top executive at the port, said', 'Toomas Mets', true));
  });
  it('knows a person\'s noun right before the name, past its first names', () => {
    assert.ok(definesPerson('Estonian cross-country skier Liis Kask was stripped of her medal', 'Liis Kask'));
    assert.ok(definesPerson('the appeal of skier Liis Kask was heard', 'Kask'));
    assert.ok(definesPerson('said former schoolteacher Andres Mets', 'Andres Mets', true));
    assert.ok(!definesPerson('said schoolteacher Andres Mets', 'Andres Mets', true));
    assert.ok(!definesPerson('Lawyers for Liis Kask filed an appeal', 'Liis Kask'));
    assert.ok(!definesPerson('the council met Liis Kask on Monday', 'Liis Kask'));
  });
  it('answers "Who is X?" with the sentence whose noun before the name says it', () => {
    const e = madeEngine('skier', 'A skier banned', {
      a: [
        'Lawyers for Liis Kask filed an appeal on Friday against the ban imposed on her in March.',
        'Estonian cross-country skier Liis Kask was banned for four years after a positive test.',
      ].join('\n\n'),
    });
    const a = e.ask('Who is Liis Kask?', { topic: 'skier', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /cross-country skier Liis Kask/);
  });
});
