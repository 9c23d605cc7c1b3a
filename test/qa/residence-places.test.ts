/**
 * The wire's residence apposition ("Lena Varga, 45, of Tolm") says where someone lives: it
 * answers "Where does she live?", not "Where is she being held?"; "who is now at the X Institute"
 * says where someone works. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';
import { residenceOf } from '../../src/qa/place-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';

const HELD = 'Two activists were detained last week.\n\nOne, Lena Varga, 45, of the northern city of Tolm, and the other, Ivo Brandt, 55, of the port city of Brekka, are being held on suspicion of subversion.\n\nVarga has long campaigned for a free press.\n';

describe('a place given as where someone lives', () => {
  it('does not say where the person is held', () => {
    const engine = madeEngine('dissidents', 'Dissidents held', { a: HELD });
    assert.equal(engine.ask('Where is Lena Varga being held?', { topic: 'dissidents' }).abstained, true);
    const lives = engine.ask('Where does Lena Varga live?', { topic: 'dissidents' });
    assert.equal(lives.abstained, false, lives.answer);
    assert.match(lives.citations[0]?.quote ?? '', /Lena Varga, 45, of the northern city of Tolm/);
  });

  it('leaves a sentence that places the holding', () => {
    const engine = madeEngine('dissidents', 'Dissidents held', { a: `${HELD}\nVarga is being held at a police station in the city of Osk, her lawyer said.\n` });
    const a = engine.ask('Where is Lena Varga being held?', { topic: 'dissidents' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Osk/);
  });
});

describe('where someone works now', () => {
  it('is said by "who is now at" after the name, asked with a word of time or without', () => {
    const engine = madeEngine('trial', 'A trial', {
      a: '"The record makes that line harder to sustain," said Per Lind, a former official in the ministry\'s trade division who is now at the Halvard Institute.\n\nThe trial resumes on Monday.\n',
    });
    for (const q of ['Where does Per Lind work now?', 'Where does Per Lind work?']) {
      const a = engine.ask(q, { topic: 'trial' });
      assert.equal(a.abstained, false, q);
      assert.match(a.citations[0]?.quote ?? '', /Halvard Institute/, q);
    }
  });

  it('is said by "X is at <Institution>" or "X, a pharmacologist at <Institution>"', () => {
    const engine = madeEngine('prize', 'A prize', {
      a: 'Lind said he and Okafor made the discovery at the same symposium in 1986 at the Halvard Clinic in Osk, but the papers were not published until 1998.\n\nLind is a pharmacologist at the State College of Osk, Okafor is at the University of Tarno and Berg is at the Medical School in Vorn.\n',
      b: 'The prizes are presented in December.\n',
    });
    const a = engine.ask('Where does Okafor work?', { topic: 'prize' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /University of Tarno/);
  });

  it('is said by "X, 38, an investigative reporter for the news site <Name>" or "Professor X of the <Institution>"', () => {
    const q = (text: string) => analyzeQuestion(text, new Set(['vela', 'ortiz', 'marta', 'hugo']));
    assert.equal(residenceOf(q('Where does Marta Vela work?'), 'Marta Vela, 38, an investigative reporter for the independent news site Correo Libre, was arrested in October.'), true);
    assert.equal(residenceOf(q('Where does Ortiz work?'), 'The study, led by Professor Hugo Ortiz of the Federal Institute of Technology in Osk, reported that the drug worked.'), true);
    // Not a noun for a person ("a protest for the Green Party"), and not where someone lives.
    assert.equal(residenceOf(q('Where does Marta Vela work?'), 'Marta Vela, 38, a protest for the Green Party, was held.'), false);
    assert.equal(residenceOf(q('Where does Marta Vela live?'), 'Marta Vela, 38, an investigative reporter for the independent news site Correo Libre, was arrested.'), false);
    const engine = madeEngine('jail', 'A jailed reporter', {
      a: 'Marta Vela, 38, an investigative reporter for the independent news site Correo Libre, was arrested in October and charged with assault at a protest in Osk.\n',
      b: 'Vela stopped eating on Jan. 22, her lawyer said.\n',
    });
    const a = engine.ask('Where does Marta Vela work?', { topic: 'jail' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Correo Libre/);
  });
});

describe('where a body is based', () => {
  it('answers "Where is X based?" with "X\'s headquarters in <Place>", not "a broad subscriber base"', () => {
    const engine = madeEngine('deal', 'A deal', {
      a: 'Quorix argues that its advantage is a broad subscriber base of 15 million customers.\n\nIn a telephone interview from Quorix\'s headquarters in Dulles, Ina Holm described the deal.\n',
      b: 'Shares rose on Monday.\n',
    });
    const a = engine.ask('Where is Quorix based?', { topic: 'deal' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /headquarters in Dulles/);
  });

  it('answers it with "a <Place>-based group" before a sentence naming another body of like name', () => {
    const engine = madeEngine('rights', 'Rights groups', {
      a: 'In the last two days, ten party members in Varnia were detained by the police, reported the Information Center of Human Rights and Democracy in Varnia.\n',
      b: 'Ana Holm, liaison at the United Nations for Human Rights in Varnia, a New York-based group, said the party was growing.\n',
    });
    const q = analyzeQuestion('Where is Human Rights in Varnia based?');
    assert.equal(residenceOf(q, 'Ana Holm, liaison for Human Rights in Varnia, a New York-based group, said so.'), true, 'the adjective says where');
    assert.equal(residenceOf(q, 'The group said so.'), false);
    const a = engine.ask('Where is Human Rights in Varnia based?', { topic: 'rights' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /New York-based/);
  });
});

describe('where someone lives, said by "his home in"', () => {
  it('answers "Where does X live?" with "X ... retreated to his home in <Place>"', () => {
    const engine = madeEngine('prize', 'A prize', {
      a: 'Ivo Marek retreated in disgust with his wife to his home in Tarnholm in the Varden Islands.\n',
      b: 'The academy named him on Thursday.\n',
    });
    const a = engine.ask('Where does Ivo Marek live?', { topic: 'prize' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /home in Tarnholm/);
  });

  it('takes "their single-story house in the village of <Place>" the same way', () => {
    const q = analyzeQuestion('Where did the elderly couple live?');
    assert.equal(residenceOf(q, 'The victims, an elderly couple, drowned when water rushed into their single-story house in the village of Simeria.'), true);
    assert.equal(residenceOf(q, 'Water rushed into a house in the village of Simeria.'), false, 'no one\'s house');
  });

  it('answers "Where is the ship\'s operator based?" with the asked noun, then the body\'s name and "of" its place', () => {
    const q = analyzeQuestion("Where is the ship's operator based?");
    assert.equal(residenceOf(q, "The ship's operator, Halvard Maritime of Singapore, said none of its crew was hurt."), true);
    assert.equal(residenceOf(q, 'The port, Halvard Maritime of Singapore, said so.'), false, 'another noun');
    const engine = madeEngine('ship', 'A ship', {
      a: 'A container ship lost power and struck a bridge on Tuesday.\n\nThe ship\'s operator, Halvard Maritime of Singapore, said none of its crew was hurt.\n',
      b: 'Divers searched the river until dawn.\n',
    });
    const a = engine.ask("Where is the ship's operator based?", { topic: 'ship' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /of Singapore/);
  });
});
