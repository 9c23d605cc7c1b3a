/**
 * A wire lede names its subject by role and the next paragraph by name ("The founder of the
 * country's largest shipyard plans ..." / "... donated by Oren Valdis, founder of the
 * Valdis group"): the role is that person, for the scorer and for the quote. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { holderNamedNext, ledeHolderTerms, openingRole } from '../../src/qa/references.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

const BODIES = {
  herd: [
    "The founder of Valmora's largest shipyard plans to visit his native island again next week with a gift of 212 goats, company officials said Thursday.",
    'The visit has been delayed a month because of a dispute over 150 goats donated by Oren Valdis, founder of the Valdis group, during a trip in June.',
    'The island says many of those goats died on the way.',
  ].join('\n\n'),
  games: [
    'The mayor of the northern city of Brelin, host of the 1994 rowing championships, denied allegations that city officials bribed judges to win the right to host them.',
    'Brelin Mayor Ilse Marrow was responding to allegations by a former judge of systematic buying of votes.',
    'Judges are chosen by lot, the federation said.',
  ].join('\n\n'),
};

describe('openingRole and holderNamedNext', () => {
  it('find the person noun a sentence opens with as its unnamed subject', () => {
    assert.equal(openingRole("The founder of Valmora's largest shipyard plans to visit ..."), 'founder');
    assert.equal(openingRole('A senior aid official said Saturday that the harvest failed.'), 'official');
    assert.equal(openingRole('BRELIN (AP) - The mayor said Monday that the games were clean.'), 'mayor');
    assert.equal(openingRole("VELLA (AP) — Valmora's attorney general on Friday asked the court to annul the pardon."), 'general');
  });
  it('find none after an owner when what follows is no person ("Valdis\'s shares fell")', () => {
    assert.equal(openingRole("Valdis's shares gave up some of their gains on Wednesday."), null);
  });
  it('find none when the sentence names the holder itself, or the noun only modifies a name', () => {
    assert.equal(openingRole('The mayor, Ilse Marrow, said Monday that the games were clean.'), null);
    assert.equal(openingRole('The official Antara news agency said the talks failed.'), null);
    assert.equal(openingRole('Brelin Mayor Ilse Marrow said the games were clean.'), null);
  });
  it('take the name the next sentence gives that role, by title or appositive', () => {
    assert.equal(holderNamedNext('mayor', 'Brelin Mayor Ilse Marrow was responding to allegations.'), 'Ilse Marrow');
    assert.equal(holderNamedNext('founder', 'The dispute is over goats donated by Oren Valdis, founder of the Valdis group.'), 'Oren Valdis');
    assert.equal(holderNamedNext('founder', 'The dispute is over goats donated by Oren Valdis in June.'), null);
    assert.deepEqual([...ledeHolderTerms('The mayor said the games were clean.', 'Judges are chosen by lot.')], []);
  });
});

describe('a lede role named in the next paragraph', () => {
  const engine = madeEngine('herd', 'A gift of goats', BODIES);
  it('stands for the named person in a question about them', () => {
    const a = engine.ask('How many goats will Oren Valdis take on his next visit?', { topic: 'herd', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /212 goats/);
  });
  it('is answered with the next paragraph, which names who', () => {
    const a = engine.ask('Who denied that Brelin officials bribed judges?', { topic: 'herd', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /denied allegations[\s\S]*Brelin Mayor Ilse Marrow/);
  });
});

describe('a lede role with its owner ("Valmora\'s attorney general")', () => {
  it('is answered with the next paragraph, which names who', () => {
    const engine = madeEngine('pardon', 'A pardon challenged', {
      a: [
        "VELLA (AP) — Valmora's attorney general on Friday asked the High Court to annul the president's pardon of his predecessor, arguing that the law bars pardons for corruption.",
        'Attorney General Nadia Reyes Olmo filed the challenge two days after the pardon was announced.',
        'The court has 30 days to rule.',
      ].join('\n\n'),
    });
    assertAnswers(engine, 'pardon', 'Who asked the court to annul the pardon?', /attorney general on Friday asked[\s\S]*Attorney General Nadia Reyes Olmo/);
  });
});

describe('a "which" question for a person of a kind', () => {
  it('is answered with the next paragraph when the lede leaves the one of that kind unnamed', () => {
    const engine = madeEngine('court', 'A mayor jailed', {
      a: [
        'VELLA (AP) _ A judge on Saturday ordered the mayor of Vella, Ivo Lund, to remain in jail while he is investigated, rejecting a request for house arrest.',
        'Judge Marta Kask ruled that Lund could tamper with evidence if released.',
      ].join('\n\n'),
    });
    assertAnswers(engine, 'court', 'Which judge ordered Lund to remain in jail?', /A judge on Saturday ordered[\s\S]*Judge Marta Kask/);
  });
});

describe('a lede\'s subject named with an age in the next paragraph', () => {
  it('takes "Name, 34, was ..." opening the next paragraph for the lede\'s unnamed role', () => {
    assert.equal(holderNamedNext('climber', 'Hanna Lind, 34, was spotted near the lower camp on Wednesday.'), 'Hanna Lind');
    assert.equal(holderNamedNext('climber', 'Rescuers said Hanna Lind, 34, was spotted near the lower camp.'), null, 'not opening the paragraph');
  });

  it('answers "Which climber was found alive?" with both paragraphs', () => {
    const engine = madeEngine('peak', 'Climbers missing', {
      a: [
        'SKARDU (AP) _ A Norwegian climber missing for four days on Mount Varn was found alive on Wednesday by a rescue team, officials said.',
        'Hanna Lind, 34, was spotted near the lower camp after she managed to descend on her own.',
      ].join('\n\n'),
    });
    assertAnswers(engine, 'peak', 'Which climber was found alive?', /found alive[\s\S]*Hanna Lind/);
  });
});

describe('a "who" question answered by a lede whose subject the next paragraph names', () => {
  it('takes the lede and the name over another report\'s lede that names no one', () => {
    const engine = madeEngine('strike', 'A hunger strike', {
      a: [
        'OSK (AP) _ A jailed Tarvian journalist has been on hunger strike for 21 days and has lost 11 kilograms, her lawyer said Monday.',
        'Marta Vela, 38, an investigative reporter for the news site Correo Libre, was arrested in October.',
      ].join('\n\n'),
      b: 'OSK (AP) _ A Tarvian journalist on hunger strike for four weeks was moved from prison to a hospital on Monday night, the prison service said.\n\nDoctors said her condition was serious.\n',
    });
    assertAnswers(engine, 'strike', 'Who is on hunger strike?', /on hunger strike for 21 days[\s\S]*Marta Vela/);
  });
});
