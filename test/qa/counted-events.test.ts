/**
 * "How many players were paid ...?" asks for a count of those the event came to. A sentence
 * that counts them while the event is only supposed, allowed or demanded ("whether they are
 * to be paid", "be allowed to return", "demanded that the government release") does not say
 * how many it came to.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedEventUndone, countedEventVerb } from '../../src/qa/event-verb.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const verb = (q: string): string | null => countedEventVerb(analyzeQuestion(q));
const is = (...words: string[]) => (t: string): boolean => words.some((w) => t === termOf(w));

describe('the event a count question asks came about', () => {
  it('is the participle after "were / have been" or the verb after "did" and its subject', () => {
    assert.equal(verb('How many players were paid during the lockout?'), 'paid');
    assert.equal(verb('How many refugees have returned home?'), 'returned');
    assert.equal(verb('How many dissidents have been released this year?'), 'released');
    assert.equal(verb('How many prisoners did the rebels free?'), 'free');
  });

  it('is none for a plan, a condition, a state or what was not done', () => {
    assert.equal(verb('How many troops will be sent?'), null);
    assert.equal(verb('How many players would be paid if the lockout ended?'), null);
    assert.equal(verb('How many people live in Osk?'), null);
    assert.equal(verb('How many bodies were never found?'), null);
    assert.equal(verb('How much of the money has not been accounted for?'), null);
    assert.equal(verb('Who paid the players?'), null, 'not a count question');
  });

  it('is, for a reason question, what it asks the reason for, and none for what was only threatened', () => {
    assert.equal(verb('Why was the airport closed?'), 'closed');
    assert.equal(verb('Why did Levy resign?'), 'resign');
    assert.equal(verb('Why did Varnia threaten to close the airport?'), null, 'the threat came about, not the closing');
    assert.equal(verb('Why will the airport close?'), null);
  });
});

describe('a count of those an event may still come to', () => {
  it('is one whose event is supposed, allowed or demanded', () => {
    assert.equal(countedEventUndone('More than 220 players with guaranteed contracts will find out Monday whether they are to be paid during the lockout.', is('paid')), true);
    assert.equal(countedEventUndone('The roughly 250,000 refugees who fled their homes must be allowed to return home.', is('return')), true);
    assert.equal(countedEventUndone('On Wednesday, 190 dissidents demanded in an open letter that the government release Xu and Qin.', is('release')), true);
    assert.equal(countedEventUndone('The league said it could not pay the 200 players.', is('pay')), true);
  });

  it('is not one whose event came about, nor one without the event', () => {
    assert.equal(countedEventUndone('About 5,000 refugees have returned home, officials said.', is('return')), false);
    assert.equal(countedEventUndone('About 5,000 refugees began to return home on Monday.', is('return')), false, '"began to" did it');
    assert.equal(countedEventUndone('Osk managed last year to harvest just 2.8 million tons.', is('harvest')), false, '"managed ... to" did it');
    assert.equal(countedEventUndone('The rebels freed 12 prisoners but said they would free more.', is('free', 'freed')), false, 'one use of it came about');
    assert.equal(countedEventUndone('About 5,000 refugees are in camps.', is('return')), false);
    assert.equal(countedEventUndone('Denmark and Sweden decided to stay out of the union for political reasons.', is('stay')), false, '"decided to" took the course');
    assert.equal(countedEventUndone('At least eight images appeared to have been altered.', is('altered')), false, 'a hedge on what came about');
    assert.equal(countedEventUndone('Some 30 miners are believed to have died.', is('died')), false);
    assert.equal(countedEventUndone('At least eight images were to be altered.', is('altered')), true, 'no hedge: still to come');
  });

  it('does not answer "How many refugees have returned?" from a count of those who are to be allowed to', () => {
    const engine = madeEngine('refugees', 'Refugees of Osk', {
      a: 'Marek was told that the roughly 250,000 Ostrian refugees who have been forced to flee their homes in the fighting must be allowed to return home.\n',
      b: 'Aid agencies met in Tarno on Monday to plan food deliveries for the winter.\n',
    });
    const a = engine.ask('How many refugees have returned home?', { topic: 'refugees' });
    assert.equal(a.abstained, true, a.answer);
    const done = madeEngine('refugees2', 'Refugees of Osk', {
      a: 'About 5,000 Ostrian refugees have returned home since the fighting ended, aid officials said.\n',
      b: 'Aid agencies met in Tarno on Monday to plan food deliveries for the winter.\n',
    });
    const b = done.ask('How many refugees have returned home?', { topic: 'refugees2' });
    assert.equal(b.abstained, false, b.answer);
    assert.match(b.citations[0]?.quote ?? '', /5,000/);
  });

  it('does not give the reason for a closing that was only threatened', () => {
    const engine = madeEngine('airport', 'The airport', {
      a: 'Varnia has threatened to close down the Tarno airport over a security violation, an official said Tuesday.\n',
      b: 'The airport opened in November with a runway of three kilometers.\n',
    });
    assert.equal(engine.ask('Why was the Tarno airport closed?', { topic: 'airport' }).abstained, true);
    const a = engine.ask('Why has Varnia threatened to close the Tarno airport?', { topic: 'airport' });
    assert.match(a.citations[0]?.quote ?? '', /security violation/);
  });

  it('takes an order to do it as doing it for a reason question, and a purpose ("to avoid") as its reason', () => {
    const ordered = 'Varnia has also instructed its army to limit military maneuvers along its border with Ostria to avoid giving any impression that it is poised to act.';
    assert.equal(countedEventUndone(ordered, is('limit')), true, 'a count of what was ordered is not a count of what was done');
    assert.equal(countedEventUndone(ordered, is('limit'), true), false);
    const engine = madeEngine('border', 'The border', {
      a: `${ordered}\n`,
      b: 'Ostria has restricted trade across the border since March.\n',
      c: 'Diplomats met in Tarno on Monday to calm the dispute.\n',
    });
    const a = engine.ask("Why did Varnia restrict its army's maneuvers near the Ostrian border?", { topic: 'border' });
    assert.match(a.citations[0]?.quote ?? '', /to avoid giving/, a.answer);
  });
});
