/**
 * The whole of an asked title, and whose office it is when a common noun says so: "AOL's chief
 * financial officer" is not answered by a chief executive, nor "the airport's director" by the
 * director of another body. Made-up names only; the title words are general English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedOffice, officeMatch } from '../../src/qa/office-holders.ts';
import { ownerBefore, portfolioBefore, titleAfter, wordsOf } from '../../src/qa/title-phrases.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

const none = new Map<string, Set<string>>();
const holds = (m: string): boolean => m === 'confirmed' || m === 'possible';
const personNoun = (w: string): boolean => ['officer', 'executive', 'general', 'counsel'].includes(w);

describe('the words of an asked title', () => {
  it('keeps the words that go on the title up to a noun for people', () => {
    const words = wordsOf('Who is the chief financial officer of Norvale?');
    assert.deepEqual(titleAfter(words, 3, personNoun), ['financi', 'offic']);
    assert.deepEqual(titleAfter(wordsOf('Who is the director general of the agency?'), 3, personNoun), ['gener']);
    // "responsible" ends in no noun for people: nothing goes on the title.
    assert.deepEqual(titleAfter(wordsOf('Who is the minister responsible for trade?'), 3, personNoun), []);
  });

  it('reads a body named by a common noun before the title, not a proper name or a country', () => {
    assert.deepEqual(ownerBefore(wordsOf("Who is the airport's director?"), 4), ['airport']);
    assert.deepEqual(ownerBefore(wordsOf("Who is the union's chief counsel?"), 4), ['union']);
    assert.deepEqual(ownerBefore(wordsOf("Who is Norvale's chief executive?"), 3), []);
    assert.deepEqual(ownerBefore(wordsOf("Who is the army's commander?"), 4), ['armi']);
  });

  it('asks for the whole title and what it is of', () => {
    const cfo = askedOffice("Who is Norvale's chief financial officer?")!;
    assert.equal(cfo.title, 'chief');
    assert.deepEqual(cfo.qualifiers, ['financi', 'offic']);
    assert.deepEqual(askedOffice('Who is the chief executive of the bank?')?.of, ['bank'], 'what it is of follows the whole title');
    assert.deepEqual(askedOffice("Who is the airport's director?")?.of, ['airport']);
  });

  it('is not held by another title that shares a word, nor by the same title of another body', () => {
    const cfo = askedOffice("Who is Norvale's chief financial officer?")!;
    assert.ok(!holds(officeMatch(cfo, 'Talks between Norvale Chief Executive Officer Tomas Rieve and Kestrel Chairman Ada Lund began in May.', none)));
    assert.ok(holds(officeMatch(cfo, 'Norvale Chief Financial Officer Ilse Varga said sales rose.', none)));
    const director = askedOffice("Who is the airport's director?")!;
    assert.ok(!holds(officeMatch(director, 'Omar Zell, director of the civil aviation authority, said four weekly flights were agreed.', none)));
    assert.ok(holds(officeMatch(director, 'The director of the airport, Omar Zell, said four weekly flights were agreed.', none)));
    const counsel = askedOffice("Who is the union's chief outside counsel?")!;
    assert.ok(holds(officeMatch(counsel, '"There could be provisions," said Per Lind, the chief outside counsel for the union.', none)), 'the body may follow the whole title');
  });

  it('declines the question when only another office is held', () => {
    const engine = madeEngine('deal', 'A merger', {
      a: 'Talks between Norvale Chief Executive Officer Tomas Rieve and Kestrel Chairman Ada Lund began in May, people close to the companies said. The deal was worth $4 billion.',
    });
    assert.equal(engine.ask("Who is Norvale's chief financial officer?", { topic: 'deal' }).abstained, true);
    assert.equal(engine.ask("Who is Norvale's chief executive officer?", { topic: 'deal' }).abstained, false);
  });
});

describe('an office another name owns, or its holder lost', () => {
  it('reads a proper name in the possessive as the owner, and does not take a title another name owns', () => {
    assert.deepEqual(askedOffice("Who is Varcotek Systems' chief executive?")?.namedOwner, ['varcotek', 'systems']);
    assert.equal(askedOffice("Who is Denmark's prime minister?")?.namedOwner, undefined, 'a country goes by the country checks');
    const asked = askedOffice("Who is Varcotek Systems' chief executive?")!;
    assert.equal(officeMatch(asked, 'Merger talks between Delmarnet Chief Executive Officer Ivo Marek and Quorix Chairman Ola Brun began in May.', none), 'other');
    assert.ok(holds(officeMatch(asked, 'Varcotek Chief Executive Ina Holm testified on Monday.', none)));
    assert.ok(holds(officeMatch(asked, 'Ina Holm, the chief executive of Varcotek Systems, testified on Monday.', none)));
    // A capitalised word of the language before the title is part of it, not an owner.
    assert.ok(holds(officeMatch(askedOffice("Who is Varcotek Systems' finance director?")!, 'Finance Director Ina Holm of Varcotek Systems said so.', none)));
  });

  it('does not take the title of a body named after it ("at Halvorsen Capital") for the asked owner\'s', () => {
    const asked = askedOffice("Who is the IMF's managing director?")!;
    assert.equal(officeMatch(asked, 'said Martin Cole, a managing director at Halvorsen Capital.', none), 'other');
    assert.ok(holds(officeMatch(asked, 'said Martin Cole, the managing director of the IMF.', none)));
    assert.ok(holds(officeMatch(asked, 'said Martin Cole, the managing director of the International Monetary Fund.', none)), 'the owner by its initials');
    const regional = askedOffice("Who is the Kelvar Fund's regional director for Asia?")!;
    assert.ok(holds(officeMatch(regional, 'said Ana Lind, regional director for Asia of the Kelvar Fund.', none)), 'what the office covers, then the body');
  });

  it('does not take someone who lost the office for its holder', () => {
    const asked = askedOffice("Who is Denmark's prime minister?")!;
    assert.equal(holds(officeMatch(asked, 'Denmark is in recession, and that cost Prime Minister Ivo Marek his job.', none)), false);
    assert.equal(holds(officeMatch(asked, 'In Denmark, ousted Prime Minister Ivo Marek left for Oslo.', none)), false);
    assert.ok(holds(officeMatch(asked, 'In Denmark, the scandal could cost Prime Minister Ivo Marek his job.', none)), 'he still holds it');
    assert.ok(holds(officeMatch(asked, 'Denmark\'s Prime Minister Ola Brun, who replaced Ivo Marek, spoke.', none)));
  });
});

describe('a holder the question rules out, and a speaker after a quote', () => {
  it('does not take the name the question asks about another one by ("before Marek") for the holder', () => {
    const asked = askedOffice("Who was Denmark's foreign minister before Marek?")!;
    assert.deepEqual(asked.named, ['marek']);
    assert.equal(holds(officeMatch(asked, 'Brief biography of Ivo Marek, named Denmark\'s foreign minister:', none)), false);
    assert.ok(holds(officeMatch(asked, 'Denmark\'s foreign minister, Ola Brun, resigned in January.', none)));
  });

  it('does not take the speaker after a quote that ends with the title for its holder', () => {
    const asked = askedOffice("Who is Denmark's foreign minister?")!;
    assert.equal(holds(officeMatch(asked, '``Marek is the most fitting person in Denmark for the post of foreign minister,\'\' Brun said.', none)), false);
    assert.ok(holds(officeMatch(asked, 'In Denmark, the foreign minister, Ola Brun, said so.', none)));
  });
});

describe('two portfolios joined by "and", and a word for the same person', () => {
  it('takes "the trade and industry minister" for the trade minister, and not for the finance minister', () => {
    const asked = askedOffice("Who is Denmark's trade minister?")!;
    const text = 'In Denmark, Ina Holm, the international trade and industry minister, and Ola Brun, a former finance minister, were also in the running.';
    assert.ok(holds(officeMatch(asked, text, none)));
    assert.deepEqual(portfolioBefore(wordsOf('the science and technology minister'), 4), ['technolog', 'scienc']);
    assert.equal(holds(officeMatch(askedOffice("Who is Denmark's finance minister?")!, 'In Denmark, Ina Holm, the trade and industry minister, spoke.', none)), false);
  });

  it('takes "chief outside counsel" for "chief outside lawyer", by WordNet', () => {
    const asked = askedOffice("Who is the union's chief outside lawyer?")!;
    assert.ok(holds(officeMatch(asked, '"Provisions could be made," said Ivo Marek, the chief outside counsel for the union.', none)));
    assert.equal(holds(officeMatch(asked, '"Provisions could be made," said Ivo Marek, the chief outside economist for the union.', none)), false);
  });

  it('reads the role after an owner of two words, up to "against", and no name in a list before it as its holder', () => {
    const asked = askedOffice("Who is the players union's lawyer?")!;
    assert.deepEqual([asked.title, asked.owner], ['lawyer', ['players', 'union']]);
    assert.equal(askedOffice("Who is the Tarno Department's lead trial lawyer against Norvale?")?.title, 'lawyer');
    // "Ivo Marek, and union lawyers": the lawyers are not Marek.
    assert.equal(holds(officeMatch(asked, "Ina Holm met the union's executive director, Ivo Marek, and union lawyers.", none)), false);
    assert.equal(officeMatch(asked, "Ina Holm met Ivo Marek, the union's lawyer.", none), 'confirmed');
  });

  it('so the engine answers the trade minister from the sentence with both portfolios', () => {
    const engine = madeEngine('cabinet', 'A cabinet', {
      a: 'Denmark\'s prime minister will name a deputy soon. Ina Holm, the international trade and industry minister, and Ola Brun, a former finance minister, were also in the running.\n',
      b: 'Trading in the krone was halted on Monday.\n',
    });
    const a = engine.ask("Who is Denmark's trade minister?", { topic: 'cabinet' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Ina Holm/);
  });
});

describe('a title in a clause of its own', () => {
  it('asks for no holder of a title after "until", "when" or "because"', () => {
    assert.notEqual(askedOffice('Who will run the city until a new mayor is elected?')?.title, 'mayor');
    assert.notEqual(askedOffice('Who spoke first when the president arrived?')?.title, 'president');
    assert.equal(askedOffice('Who was mayor when the bridge collapsed?')?.title, 'mayor');
  });

  it('answers with the sentence that says who will run it', () => {
    const engine = madeEngine('vella', 'Vella mayor resigns', {
      a: 'ROME (AP) _ The mayor of Vella resigned on Wednesday.\n\nA commissioner, Marta Esposito, will run the city until a new mayor is elected, the ministry said.',
    });
    assertAnswers(engine, 'vella', 'Who will run the city until a new mayor is elected?', /Marta Esposito/);
  });
});

describe('the asked title before another word of its group', () => {
  it('answers "Who is the president?" with "President ...", not with "Farmers\' leader ..."', () => {
    const engine = madeEngine('water', 'Water cuts', {
      a: 'VELMA, July 17 - Farmers\' leader Gustavo Ibarra said growers had agreed to leave their maize unplanted.\n\nThe city council voted on Monday.\n',
      b: 'VELMA, July 25 - President Elena Cardenas, visiting the city on Thursday, announced federal funds for a plant.\n\nRain fell on four days last week.\n',
    });
    assertAnswers(engine, 'water', 'Who is the president?', /President Elena Cardenas/);
    assertAnswers(engine, 'water', 'Who leads the farmers?', /Gustavo Ibarra/);
  });
});
