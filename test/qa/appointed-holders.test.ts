/**
 * A title's holder said by an appointment ("Marek has designated Lind as his chief negotiator")
 * or a passive of naming ("The two gunmen were identified as Ivo Brandt ..."), for an office
 * asked by its title and for a role; "his" before a title opens it, it is no portfolio. A
 * hyphenated title ("editor-in-chief") is held by the name before all of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedOffice, officeMatch } from '../../src/qa/office-holders.ts';
import { assertAnswers, madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

const none = new Map<string, Set<string>>();

describe('a holder made or named', () => {
  it('reads "his chief negotiator" with no portfolio, and the one designated as it as its holder', () => {
    const asked = askedOffice('Whom did Marek make his chief negotiator?');
    assert.ok(asked);
    assert.deepEqual(asked.portfolio, []);
    assert.equal(officeMatch(asked, 'Since Marek has designated Lind as his chief negotiator, the talks may resume.', none), 'confirmed');
    // A title no one is made or named to stays unheld.
    assert.equal(officeMatch(asked, 'Marek said his chief negotiator would travel on Monday.', none), 'absent');
  });

  it('reads "its" before a title as the body named before it, and the name an appointment gives past an appositive', () => {
    const asked = askedOffice("Who is the organising committee's chief executive?");
    assert.ok(asked);
    assert.equal(officeMatch(asked, 'The committee named Mira Tallis as its chief executive.', none), 'confirmed');
    assert.equal(officeMatch(asked, 'The organising committee, which met on Tuesday, named Mira Tallis, a former head of the state railways, as its chief executive.', none), 'confirmed');
    assert.notEqual(officeMatch(asked, 'The bank named Mira Tallis as its chief executive.', none), 'confirmed', 'another body');
  });

  it('takes the name a passive gives a role ("were identified as")', () => {
    const brief = makeBrief('attack', 'The attack', {
      a: 'The two gunmen were identified as Ivo Brandt, 21, and his cousin, Lena Varga, 24, both from Tarno.\n',
      b: 'The gunmen who carried out the attack fled towards the border.\n',
      c: 'Troops left Lindia on Friday.\n',
    });
    assert.equal(scoredSentence(brief, 'Who were the two gunmen?', /identified as/)?.factors?.office, 1);
    assert.notEqual(scoredSentence(brief, 'Who were the two gunmen?', /carried out/)?.factors?.office, 1);
  });

  it('takes the name a reduced passive gives, with who named it ("The pilot, identified by the airline as ...")', () => {
    const none = new Map<string, Set<string>>();
    const title = askedOffice('Who was the pilot of the plane?');
    assert.ok(title);
    assert.equal(officeMatch(title, 'The pilot, identified by the airline as Tomas Lind, radioed the tower.', none), 'confirmed');
    assert.equal(officeMatch(title, 'The pilot, named by state radio as Tomas Lind, radioed the tower.', none), 'confirmed');
    const role = askedOffice('Who is the kidnapper?');
    assert.ok(role?.role);
    assert.equal(officeMatch(role, 'The kidnapper, identified by Tarno police as Ivo Brandt, 34, was arrested at dawn.', none), 'confirmed');
    // Identified as no one: a description is no name.
    assert.notEqual(officeMatch(role, 'The kidnapper, identified by police as a local farmer, was arrested at dawn.', none), 'confirmed');
  });

  it('finds the name before a hyphenated title ("Ana Lind, editor-in-chief of ...")', () => {
    const asked = askedOffice('Who is the editor-in-chief of Tarnoscope?');
    assert.ok(asked);
    assert.equal(officeMatch(asked, '"He is a favourite of mine," said Ana Lind, editor-in-chief of the literary magazine Tarnoscope.', none), 'confirmed');
  });
});

describe('"Whom did the federation chairman blame?"', () => {
  it('asks whom the holder acted on, not who holds the office', () => {
    assert.equal(askedOffice('Whom did the federation chairman blame?'), null);
    assert.equal(askedOffice('Who will the president appoint?'), null);
    assert.notEqual(askedOffice('Who is the federation chairman?'), null);
    // ... nor who acted on the holder: the title is the verb's object.
    assert.equal(askedOffice('Who dismissed the central bank governor?'), null);
    assert.equal(askedOffice('Who fired the finance minister?'), null);
    assert.notEqual(askedOffice('Who became the finance minister?'), null);
    assert.notEqual(askedOffice('Who replaced the finance minister?'), null);
  });

  it('is answered by what the chairman said, not held back for want of a holder', () => {
    const engine = madeEngine('crush', 'Stadium crush', {
      a: 'LAGOS, Nigeria (Reuters) - The death toll from the stampede at the stadium rose to 38 on Monday.\n\nThe federation\'s chairman, Abdul Sani, denied that too many tickets had been sold. He blamed fans who had come without tickets.\n',
    });
    const a = engine.ask('Whom did the federation chairman blame?', { topic: 'crush' });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations.map((c) => c.quote).join(' '), /fans who had come without tickets/);
  });
});

describe('a holder who took over as the title', () => {
  it('reads "X has taken over as acting mayor" and "X will serve as interim director" as holding it', () => {
    const mayor = askedOffice('Who is the acting mayor?');
    assert.ok(mayor);
    assert.equal(officeMatch(mayor, 'Deputy mayor Hanna Lind has taken over as acting mayor.', none), 'confirmed');
    assert.equal(officeMatch(mayor, 'Deputy mayor Hanna Lind said the acting mayor would be chosen on Friday.', none), 'other');
    const director = askedOffice('Who is the interim director?');
    assert.ok(director);
    assert.equal(officeMatch(director, 'Ivo Brandt will serve as interim director until a search is complete.', none), 'confirmed');
  });
});

describe('an appointment that names no one yet', () => {
  const docs = {
    a: [
      'ROME (AP) _ The mayor of Vella resigned on Wednesday after his arrest in a bribery inquiry.',
      'The national government will appoint a commissioner to run the city until a new mayor is elected, Interior Minister Luca Ferraro said.',
    ].join('\n\n'),
  };

  it('declines "Who will the government appoint as commissioner?" when the sentence only says it will appoint one', () => {
    const a = madeEngine('vella', 'Vella mayor resigns', docs).ask('Who will the government appoint as commissioner?', { topic: 'vella', conversation: null });
    assert.equal(a.abstained, true, a.answer);
  });

  it('still answers who will appoint one ("Who will appoint a commissioner?" asks for the subject)', () => {
    assertAnswers(madeEngine('vella', 'Vella mayor resigns', docs), 'vella', 'Who will appoint a commissioner?', /will appoint a commissioner/);
  });

  it('answers when the one appointed is named', () => {
    const named = { a: `${docs.a}\n\nThe government will appoint a commissioner, Marta Esposito, on Friday, the ministry said.` };
    assertAnswers(madeEngine('vella', 'Vella mayor resigns', named), 'vella', 'Who will the government appoint as commissioner?', /Marta Esposito/);
  });
});

describe('an indefinite object that is the answer', () => {
  it('answers "Whom did the ministry send?" with "a consular official"', () => {
    const engine = madeEngine('envoy', 'An envoy sent', { a: 'ROME (AP) _ The Foreign Ministry said it had sent a consular official to Islamabad on Monday.' });
    assertAnswers(engine, 'envoy', 'Whom did the Foreign Ministry send to Islamabad?', /a consular official/);
  });
});
