/** How a sentence names what the question names without writing it out (src/qa/references.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itContinuesName, itContinuesSubject, kindNounsOf, NamesOfKind, referredByKind, refersBackToEvent, refersByKind, refersByTitle } from '../../src/qa/references.ts';
import { madeEngine } from './qa-helpers.ts';

describe('an event referred back to with a definite noun', () => {
  it('takes "the two-hour meeting" for the event, not the verb of "the judges sentenced"', () => {
    const focal = new Set(['~meet', 'sentenc']);
    assert.equal(refersBackToEvent('The two-hour meeting ended without a deal.', focal), true);
    assert.equal(refersBackToEvent('He left after the meeting.', focal), true);
    assert.equal(refersBackToEvent('The judges sentenced Ivo Marek to 12 years.', focal), false);
  });
});

describe('a named thing referred to by its kind', () => {
  it('takes the kind from the word the documents put beside the name', () => {
    assert.deepEqual(kindNounsOf('The space freighter Vega Star roared into orbit.', 'Vega Star'), ['freighter']);
    assert.deepEqual(kindNounsOf('Engineers checked the Harmony module on Monday.', 'Harmony'), ['module']);
    // After the name only with an article before it: "Sea Falcon sank" says no kind.
    assert.deepEqual(kindNounsOf('Sea Falcon sank on Sunday.', 'Sea Falcon'), []);
    assert.deepEqual(kindNounsOf('Vega Star said nothing.', 'Vega Star'), []);
    assert.equal(refersByKind('The stricken yacht lost its mast.', ['yacht']), true);
    assert.equal(refersByKind('A yacht lost its mast.', ['yacht']), false);
  });

  it('counts only when the name was used in the sentences just before', () => {
    const doc = { sentences: ['The yacht Sea Falcon left port on Saturday.', 'A gale was forecast.', 'The yacht lost its mast.', 'Winds eased.', 'Rain fell.', 'Crews rested.', 'The yacht reached port.'].map((text) => ({ text })) };
    assert.equal(referredByKind(doc, 2, 'Sea Falcon'), true);
    assert.equal(referredByKind(doc, 6, 'Sea Falcon'), false);
    assert.equal(referredByKind(doc, 1, 'Sea Falcon'), false);
  });

  it('takes a common noun that ends the name for its kind ("Guanaja Island": "that small island")', () => {
    assert.deepEqual(kindNounsOf('said Ivo Brandt, a resident of Varna Island, 20 miles off the coast.', 'Varna'), ['island']);
    assert.deepEqual(kindNounsOf('He flew to Varna Bay.', 'Varna'), ['bay']);
    assert.deepEqual(kindNounsOf('Varna Brandt said nothing.', 'Varna'), [], 'a name word is no kind');
    const engine = madeEngine('storm', 'The storm', {
      a: '``The hurricane has destroyed almost everything,\'\' said Ivo Brandt, a resident of Varna Island, 20 miles off the coast.\n\nOfficials said 14 people had died on that small island alone, and at least nine had died elsewhere in the country.\n',
      b: 'At least 32 people were killed across the region.\n',
      c: 'The storm weakened on Friday.\n',
    });
    const a = engine.ask('How many people died on Varna?', { topic: 'storm' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /14 people/);
  });

  it('answers about the named thing from the sentence that says "the yacht"', () => {
    const engine = madeEngine('race', 'The race', {
      a: 'The yacht Sea Falcon left Port Ellis on Saturday with a crew of nine.\n\nForecasters had warned of a gale.\n\nThe yacht lost its mast in huge waves on Sunday night, the race committee said.\n',
      b: 'Another boat, Blue Heron, finished the race on Monday.\n',
    });
    const a = engine.ask('When did Sea Falcon lose its mast?', { topic: 'race' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /lost its mast/);
  });

  it('answers from "The launch, at ..." right after the sentence that names what launched', () => {
    const engine = madeEngine('launch', 'Space news', {
      a: 'The space freighter Vega Star roared into orbit before dawn on Friday.\n\nThe launch, at 4:12 a.m., came a day late after a faulty valve halted the countdown.\n',
    });
    const a = engine.ask('What time did the Vega Star launch?', { topic: 'launch' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations.map((c) => c.quote).join(' '), /4:12 a\.m\./);
  });

  it('takes up the event of a one-word name used a few sentences before ("The capture came at 6:47 p.m.")', () => {
    const engine = madeEngine('dock', 'Space news', {
      a: 'Astronaut Maria Ruiz latched the Kestrel module onto the robot arm Saturday on her first try.\n\n"We have got it," Ruiz told Mission Control as the module came to a stop.\n\nThe capture came at 6:47 p.m. CST, about 250 miles above the Pacific.\n',
      b: 'The crew of five trained for two years before the flight.\n',
    });
    const a = engine.ask('When was Kestrel captured?', { topic: 'dock' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations.map((c) => c.quote).join(' '), /6:47 p\.m\./);
  });
});

describe('an ordinal standing for the noun before it', () => {
  it('reads "The second, scheduled for Wednesday, ..." as going on about the spacewalks just named', () => {
    const engine = madeEngine('walks', 'Space news', {
      a: 'It was the first of three spacewalks planned for the 11-day mission.\n\nThe second, scheduled for Wednesday, will install an antenna on the laboratory roof.\n',
      b: 'The crew of five trained for two years before the flight.\n',
    });
    const a = engine.ask('When is the second spacewalk?', { topic: 'walks' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations.map((c) => c.quote).join(' '), /Wednesday/);
  });
});

describe('a thing the question names by its kind, the sentence by its name', () => {
  it('finds the names a document gives things of a kind ("the shuttle Meridian", "the Kestrel module")', () => {
    const doc = {
      sentences: [
        { text: 'CAPE TALBOT (AP) _ The shuttle Meridian blasted off on Thursday.' },
        { text: 'Meridian and its crew of five lifted off at 8:41 p.m. EST.' },
        { text: 'The crew will grab the Kestrel module next week.' },
        { text: 'Kestrel was launched last month.' },
      ],
    };
    const kinds = new NamesOfKind({ tokens: [], entityTerms: new Set() }, new Set());
    assert.equal(kinds.namedIn(doc, 0, 1, 'shuttle'), true);
    assert.equal(kinds.namedIn(doc, 0, 3, 'module'), true);
    assert.equal(kinds.namedIn(doc, 0, 3, 'shuttle'), false, 'Kestrel is no shuttle');
    assert.equal(kinds.namedIn(doc, 0, 2, 'crew'), false, 'no name given to the crew');
  });

  it('takes the nouns of a compound kind after a name ("the Farne Reach offshore wind farm"), not words after a verb', () => {
    const doc = {
      sentences: [
        { text: 'A blade snapped off a turbine at the Tarn Reach offshore wind farm on Sunday.' },
        { text: 'Tarn Reach has a capacity of 1.1 gigawatts.' },
        { text: 'The Vega module was launched last month.' },
        { text: 'Vega carries three tonnes of food.' },
      ],
    };
    const kinds = new NamesOfKind({ tokens: [], entityTerms: new Set() }, new Set());
    assert.equal(kinds.namedIn(doc, 0, 1, 'farm'), true);
    assert.equal(kinds.namedIn(doc, 0, 1, 'wind'), true);
    assert.equal(kinds.namedIn(doc, 0, 3, 'launch'), false, '"module was launched": a verb ends the kind');
    assert.equal(kinds.namedIn(doc, 0, 3, 'module'), true);
  });

  it('takes a person named in apposition to a kind, and then by surname, as one of the kind, unless a "which" question asks for the kind', () => {
    const doc = {
      sentences: [
        { text: 'A prison guard, Kenneth Stroud, 37, was arrested Monday on charges of smuggling a blade to the inmates.' },
        { text: 'Prosecutors said Stroud was paid $2,000 by a relative of an inmate.' },
        { text: 'The escape was discovered by Glen Walsh, a spokesman for the prison service.' },
        { text: 'Walsh said the search would go on.' },
      ],
    };
    const kinds = new NamesOfKind({ tokens: [], entityTerms: new Set() }, new Set());
    assert.equal(kinds.namedIn(doc, 0, 1, 'guard'), true, '"Stroud" after "A prison guard, Kenneth Stroud,"');
    assert.equal(kinds.namedIn(doc, 0, 3, 'spokesman'), true, '"Walsh" after "Glen Walsh, a spokesman"');
    assert.equal(kinds.namedIn(doc, 0, 1, 'spokesman'), false);
    const which = new NamesOfKind({ tokens: [], entityTerms: new Set(), text: 'Which guard smuggled the blade?' }, new Set());
    assert.equal(which.namedIn(doc, 0, 1, 'guard'), false, 'the kind asked for is the answer, not a topic word');
    const a = madeEngine('escape', 'Escape', { a: doc.sentences.map((x) => x.text).join('\n\n') }).ask('How much was the guard paid?', { topic: 'escape' });
    assert.match(a.citations[0]?.quote ?? '', /\$2,000/, a.answer);
    assert.equal(a.abstained, false, a.answer);
  });

  it('answers "when did the ferry sink?" from the sentence that names the ferry', () => {
    const engine = madeEngine('strait', 'Storm in the strait', {
      a: [
        'PORTVIK (AP) _ The ferry Nordlys was carrying 212 passengers when a storm struck the strait.',
        'Nordlys sank at 3:40 a.m. on Friday, about two miles from the harbour.',
        'Rescue boats reached the area at dawn.',
      ].join(' '),
    });
    const a = engine.ask('When did the ferry sink?', { topic: 'strait' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /^Nordlys sank at 3:40 a\.m\./);
  });
});

describe('a person referred to by title', () => {
  it('reads "the president" or "presidential" right after "President Ivo Marek" as about Marek', () => {
    const before = 'President Ivo Marek would respond strongly to any ban, his spokesman said Friday.';
    assert.equal(refersByTitle(before, '"The president understands the stakes," said presidential spokesman Jan Holm.', "Marek's"), true);
    assert.equal(refersByTitle(before, 'Said presidential spokesman Jan Holm.', 'Marek'), true);
    assert.equal(refersByTitle(before, 'The minister said so.', 'Marek'), false, 'another title');
    assert.equal(refersByTitle('Ivo Marek would respond strongly.', 'The president said so.', 'Marek'), false, 'no title named him');
  });

  it("so the spokesman's sentence answers whose spokesman he is", () => {
    const engine = madeEngine('currency', 'Currency rules', {
      a: [
        'President Ivo Marek would respond strongly to any effort to ban foreign currencies, his spokesman said Friday.',
        '"The president clearly understands that such a ban would violate our rights," said presidential spokesman Jan Holm.',
        'Markets were calm.',
      ].join(' '),
      b: 'The central bank met on Thursday.\n',
    });
    const a = engine.ask("Who is Marek's spokesman?", { topic: 'currency' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Jan Holm/);
  });
});

describe('"It" after a sentence whose subject is a body', () => {
  it('takes the body for the subject only when its name opens the sentence before', () => {
    const before = 'The U.N. Harbour Relief Agency said Thursday it was diverting ships to the coast.';
    assert.equal(itContinuesName(before, 'It also was pulling stores from its depot, spokesman Ivo Brandt said.', 'Harbour Relief Agency'), true);
    assert.equal(itContinuesName(before, 'Its depot was empty.', 'Harbour Relief Agency'), true);
    // Not a sentence that opens otherwise, nor a name that is not the subject, nor part of a longer name.
    assert.equal(itContinuesName(before, 'Stores were pulled from the depot, spokesman Ivo Brandt said.', 'Harbour Relief Agency'), false);
    assert.equal(itContinuesName('Ships left port after the Harbour Relief Agency asked for help.', 'It also was pulling stores.', 'Harbour Relief Agency'), false);
    assert.equal(itContinuesName('The Harbour Relief Agency Board met on Monday.', 'It also was pulling stores.', 'Harbour Relief Agency'), false);
  });

  it('answers who speaks for the body from the sentence that says "It ... spokesman X said"', () => {
    const engine = madeEngine('storm', 'The storm', {
      a: 'The U.N. Harbour Relief Agency said Thursday it was diverting ships to the coast.\n\nIt also was pulling stores from its depot in Oslo, spokesman Ivo Brandt said.\n',
      b: 'Rescue teams and relief workers searched the valley for a second day on Friday.\n',
    });
    const a = engine.ask('Who is the Harbour Relief Agency spokesman?', { topic: 'storm' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Ivo Brandt/);
  });
});

describe('"It" after a sentence whose subject is "the <noun>"', () => {
  it('takes that noun for the subject', () => {
    const before = 'The storm weakened as it crossed the central islands.';
    assert.equal(itContinuesSubject(before, 'It was over the sea by evening, heading toward Vietnam.'), 'storm');
    assert.equal(itContinuesSubject('The ship was towed to port on Monday.', 'It had lost its rudder.'), 'ship');
    assert.equal(itContinuesSubject('The machine, nicknamed "Gerlinde" after the godmother of the project, Gerlinde Moser, bored 17.2 km of the section.', 'It weighs 2,400 tonnes.'), 'machin', 'an aside naming it between commas');
    assert.equal(itContinuesSubject('The machine, which the crews liked, bored 17.2 km of the section.', 'It weighs 2,400 tonnes.'), null, 'not any aside');
    // Not a sentence that opens otherwise, nor a sentence before whose subject is no "the <noun>".
    assert.equal(itContinuesSubject(before, 'Rain fell over the sea by evening.'), null);
    assert.equal(itContinuesSubject('Rescuers said the storm weakened.', 'It was over the sea by evening.'), null);
  });

  it('answers "Where was the storm heading?" from "It was ... heading toward Vietnam" after the sentence about the storm', () => {
    const engine = madeEngine('storm', 'The storm', {
      a: 'The storm weakened as it crossed the central islands and was downgraded early Tuesday.\n\nIt was over the South China Sea by evening, heading toward Vietnam.\n',
      b: 'Rescue teams and relief workers searched the valley for a second day on Friday.\n',
    });
    const a = engine.ask('Where was the storm heading?', { topic: 'storm' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /heading toward Vietnam/);
  });
});
