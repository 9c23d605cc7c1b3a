/**
 * "What make of car blew up ...?" asks for a maker's name ("the rigged car, a red Fiat"), which
 * a description ("an explosives-rigged car") does not give; "How old is the crisis?" is answered
 * by an age in words ("more than a year old"); "How old is Qin's father?" by the father's age, not
 * Qin's. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { namesTypeOf } from '../../src/qa/type-of-answers.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('makes of things', () => {
  it('finds the thing of "What make of car blew up ...?" though no auxiliary follows it', () => {
    assert.deepEqual(analyzeQuestion('What make of car blew up in the market?').typeOf, [termOf('car')]);
  });

  it('takes a maker\'s name, in an appositive or before the noun, not a description', () => {
    const car = [termOf('car') as string];
    assert.equal(namesTypeOf('In the explosion, the rigged car, a red Varda, blew up at 9:45 a.m.', car, true), 1);
    assert.equal(namesTypeOf('An explosives-rigged car blew up on Friday.', car, true), 0.5);
    assert.equal(namesTypeOf('An explosives-rigged car blew up on Friday.', car, false), 1, 'a kind may be a description');
  });

  it('answers with the sentence that names the make', () => {
    const engine = madeEngine('blast', 'The market blast', {
      a: 'Two people were killed when an explosives-rigged car blew up Friday at the Osk market.\n',
      b: 'In Friday\'s explosion, the rigged car, a red Varda, blew up at about 9:45 a.m. at the entrance of the Osk market.\n',
    });
    const a = engine.ask('What make of car blew up in the market?', { topic: 'blast' });
    assert.match(a.citations[0]?.quote ?? '', /Varda/);
  });
});

describe('ages of things', () => {
  it('answers "How old is the crisis?" with an age in words', () => {
    const engine = madeEngine('crisis', 'The crisis', {
      a: 'With the Varnian crisis more than a year old, much of the foreign capital has already gone.\n\nThe crisis hit Osk hardest.\n',
    });
    const a = engine.ask('How old is the Varnian crisis?', { topic: 'crisis' });
    assert.ok(!a.abstained);
    assert.match(a.citations[0]?.quote ?? '', /a year old/);
  });

  it('answers "How old is the league?" with the span of its history', () => {
    const engine = madeEngine('league', 'The league', {
      a: 'The Varnian Hockey League canceled the first two weeks of the season.\n\nIt is the first time in the league\'s 51-year history that it will lose games.\n',
    });
    const a = engine.ask('How old is the Varnian Hockey League?', { topic: 'league' });
    assert.ok(!a.abstained);
    assert.match(a.citations[0]?.quote ?? '', /51-year history/);
  });
});

describe('ages of relatives', () => {
  it('answers "How old is Lind\'s father?" with the father\'s age, not Lind\'s own', () => {
    const engine = madeEngine('trial', 'The trial', {
      a: 'Ana Lind, 44, and Ivo Marek, 31, are accused of organizing an opposition party.\n',
      b: 'In a telephone interview, her father, Lind Jonas, 76, said he would ask the court to postpone the trial.\n',
      c: 'The trial of the two dissidents opened on Thursday in Tarno.\n',
    });
    const a = engine.ask('How old is Lind\'s father?', { topic: 'trial' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Lind Jonas, 76/);
  });
});

describe('"How old is the pilot?": someone the question does not name', () => {
  const bodies = {
    a: 'A passenger jet made an emergency landing at Tromso on Thursday after smoke filled the cabin.\n\nThe pilot, Captain Henrik Dahl, turned the plane back about 12 minutes into the flight, passengers said.\n',
    b: 'The airline said the plane had been grounded.\n',
  };

  it('is declined by a sentence that gives no age, though it has a number', () => {
    const a = madeEngine('jet', 'Emergency landing', bodies).ask('How old is the pilot?', { topic: 'jet' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('is answered by a sentence that gives one ("Henrik Dahl, 52,")', () => {
    const engine = madeEngine('jet2', 'Emergency landing', { ...bodies, c: 'The pilot, Henrik Dahl, 52, has flown for the airline since 1998.\n' });
    const a = engine.ask('How old is the pilot?', { topic: 'jet2' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Dahl, 52,/);
  });
});

describe('the age of a thing', () => {
  it('is not a person\'s age between commas: "How old was the plane?" is declined on "The plane\'s captain, Rui Tavo, 51,"', () => {
    const docs = {
      a: 'A Tarvian Air jet crashed into the sea off Kessel on Tuesday.\n\nThe plane\'s captain, Rui Tavo, 51, had flown for the airline for 11 years.\n',
    };
    const a = madeEngine('jet', 'Jet crash', docs).ask('How old was the plane?', { topic: 'jet' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const pilot = madeEngine('jet', 'Jet crash', docs).ask('How old was the captain?', { topic: 'jet' });
    assert.match(pilot.citations[0]?.quote ?? '', /51/, 'a person\'s age still answers for a person');
  });

  it('is said in years: "the 22-year-old jet"', () => {
    const a = madeEngine('jet', 'Jet crash', {
      a: 'A Tarvian Air jet crashed into the sea off Kessel on Tuesday.\n\nThe 22-year-old plane had been inspected in March.\n',
    }).ask('How old was the plane?', { topic: 'jet' });
    assert.match(a.citations[0]?.quote ?? '', /22-year-old/, a.answer);
  });
});

describe('"How old was the oldest ...?"', () => {
  it('is answered by "The oldest was 58", not by a sentence with no age', () => {
    const engine = madeEngine('mine', 'A mine collapse', {
      a: 'The four dead miners were found under rock in the collapsed section of the tunnel.\n\nThe oldest was 58, the company said.\n',
      b: 'Rescuers worked for six days to reach the men.\n',
    });
    const a = engine.ask('How old was the oldest dead miner?', { topic: 'mine' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /oldest was 58/);
  });
});
