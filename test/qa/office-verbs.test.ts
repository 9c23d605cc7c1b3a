/**
 * "Who leads / heads / chairs / commands X?" asks for whoever holds an office, in a verb. The
 * verb's noun of who does it comes from WordNet (lead → leader, command → commander), so no
 * verb or title of one story is written down; made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { askedOffice, officeMatch } from '../../src/qa/office-holders.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, madeEngine, makeBrief } from './qa-helpers.ts';

const none = new Map<string, Set<string>>();
/** Someone in the sentence holds the office (of the asked country, or of none named). */
const holds = (m: string): boolean => m === 'confirmed' || m === 'possible';

describe('offices asked with a verb', () => {
  it('reads the office a verb of being in charge asks about', () => {
    assert.equal(askedOffice('Who leads the Tarvish Liberation Front?')?.title, 'leader');
    assert.equal(askedOffice('Who commands the army?')?.title, 'commander');
    assert.deepEqual(askedOffice('Who commands the army?')?.of, ['armi']);
    assert.equal(askedOffice('Who governs the province?')?.title, 'governor');
    assert.equal(askedOffice('Who chairs the committee?')?.title, 'chair');
    // "head" has no doer's noun of its own: its synonym "lead" gives one.
    assert.equal(askedOffice('Who currently heads the agency?')?.title, 'leader');
    assert.equal(askedOffice('Who led the bid committee in 1995?')?.title, 'leader');
  });

  it('asks for no office with a verb that names none', () => {
    // "describe" reaches "report" → "reporter" only through a synonym: no office of being in charge.
    assert.equal(askedOffice('Who described the flood as a disaster?'), null);
    assert.equal(askedOffice('Who runs the fastest?'), null);
    assert.equal(askedOffice('Who said the storm would weaken?'), null);
  });

  it('is answered by whoever heads the body under any title, or a sentence that uses the verb on it', () => {
    const asked = askedOffice('Who commands the army?')!;
    assert.ok(holds(officeMatch(asked, 'The head of the army, Gen. Ruben Oskar, said 5,000 soldiers were ready.', none)));
    assert.ok(holds(officeMatch(asked, 'Army chief Ruben Oskar said 5,000 soldiers were ready.', none)));
    assert.ok(holds(officeMatch(asked, 'Gen. Ruben Oskar, who commands the army, said 5,000 soldiers were ready.', none)));
    // A spokesman saying something about the army holds no command.
    assert.equal(officeMatch(asked, 'Government spokesman Pavel Dunst said the army was in control of the port.', none), 'absent');
    const led = askedOffice('Who led the bid committee?')!;
    assert.ok(holds(officeMatch(led, 'The bid committee, under the direction of former president Tomas Wirth, spent $400,000.', none)), 'asked in the past, a former head led it');
    assert.equal(officeMatch(askedOffice('Who leads the committee?')!, 'The committee met; he was heading for the exit.', none), 'absent', 'the verb on something else says nothing');
  });

  it('answers with the body\'s leader, not a sentence that only uses the verb for something else', () => {
    const brief = makeBrief('front', 'An insurgency in Tarvia', {
      a: [
        'A Tarvish Liberation Front official in the capital confirmed that the group\'s leader Ivo Marek claimed responsibility for the attack.',
        'Witnesses said a Tarvish Liberation Front fighter was heading for the border with two others when he was stopped.',
      ].join(' '),
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    for (const q of ['Who leads the Tarvish Liberation Front?', 'Who heads the Tarvish Liberation Front?']) {
      const a = engine.ask(q, { topic: 'front' });
      assert.equal(a.abstained, false, q);
      assert.match(a.citations[0]?.quote ?? '', /Ivo Marek/, q);
    }
  });
});

describe('offices asked with a verb: whose office', () => {
  it('does not take the head of another body, nor a holder the sentence does not tie to the body', () => {
    const asked = askedOffice('Who heads the Tarvish Liberation Front?')!;
    assert.equal(officeMatch(asked, "The Tarvish Liberation Front has waited months, said Ola Brun, head of the Northern Policy Institute, a research group.", none), 'other');
    assert.equal(officeMatch(asked, "President Ivo Kessler's decree was opposed by many, including members of the Tarvish Liberation Front.", none), 'loose');
    assert.ok(holds(officeMatch(asked, 'Ivo Marek, head of the country\'s largest armed group, the 3,000-strong Tarvish Liberation Front, spoke on Monday.', none)));
    assert.ok(holds(officeMatch(asked, "Officials of the Tarvish Liberation Front confirmed that the group's leader Ivo Marek had returned.", none)));
  });

  it('takes any verb of being in charge, and its passive, for the asked one: "the board, headed by X" says who led it', () => {
    const led = askedOffice('Who led the inquiry board?')!;
    assert.ok(holds(officeMatch(led, 'The board, headed by Swiss engineer Paul Rieder, said the software had failed.', none)));
    assert.ok(holds(officeMatch(led, 'Paul Rieder, who chaired the inquiry board, said so.', none)));
    assert.equal(officeMatch(led, 'The board said the software had been headed for the scrap heap.', none), 'absent');
    const engine = madeEngine('rocket', 'A rocket failure', {
      a: 'A software error caused the explosion of the Ariel rocket, an inquiry board said Friday.\n\nThe board, headed by Swiss engineer Paul Rieder, said the computer shut down.\n',
      b: 'The next launch was delayed until spring.\n',
    });
    assert.match(engine.ask('Who led the inquiry board?', { topic: 'rocket' }).citations[0]?.quote ?? '', /Paul Rieder/);
  });
});

describe('an office asked by title, held by its verb', () => {
  it('takes "who runs the Varden Reserve Bank" for its head, not "a run on" it', () => {
    const asked = askedOffice('Who is the head of the Varden Reserve Bank?');
    assert.ok(asked);
    assert.equal(holds(officeMatch(asked, 'Ilse Maran, who runs the Varden Reserve Bank, hinted at a cut.', none)), true);
    assert.equal(holds(officeMatch(asked, 'Olaf Brun led the Varden Reserve Bank until May.', none)), true);
    assert.equal(holds(officeMatch(asked, 'Ilse Maran warned of a run on the Varden Reserve Bank.', none)), false);
    assert.equal(holds(officeMatch(asked, 'Ilse Maran, the leading critic of the Varden Reserve Bank, spoke.', none)), false);
  });

  it('answers from the sentence that says who runs the body', () => {
    const engine = madeEngine('rates', 'Interest rates', {
      a: 'Ilse Maran, who runs the Varden Reserve Bank, hinted the rate cut was meant to calm markets.\n\nBanks across the region followed with cuts of their own on Friday.\n',
      b: 'Traders said the bank surprised them.\n',
    });
    const a = engine.ask('Who is the head of the Varden Reserve Bank?', { topic: 'rates' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Ilse Maran/);
  });
});

describe('offices asked with a verb: the title is no verb, a part is not the body', () => {
  it('reads a bare form as the verb only after "to" or a modal: "deputy head of" is a title, "direct aid programs" no act', () => {
    const asked = askedOffice('Who heads the Relief Agency?')!;
    assert.equal(officeMatch(asked, 'Supplies are short, said Ina Holm, deputy head of the Relief Agency.', none), 'other');
    assert.equal(holds(officeMatch(asked, 'The Relief Agency runs direct aid programs for 1.7 million people, Ola Brun said.', none)), false);
    assert.ok(holds(officeMatch(asked, 'Supplies are short, said Ina Holm, head of the Relief Agency.', none)));
    assert.ok(holds(officeMatch(asked, 'Ina Holm, who was named to head the Relief Agency in May, said supplies were short.', none)));
  });

  it('does not take a director of a part of the body for its head, but a name before the title may be the body', () => {
    const asked = askedOffice('Who heads the Relief Agency?')!;
    assert.equal(holds(officeMatch(asked, 'The need is grave, said Ina Holm, regional director for the north of the Relief Agency.', none)), false);
    const army = askedOffice("Who leads the People's Salvation Army?")!;
    assert.ok(holds(officeMatch(army, 'PSA leader Ivo Marek was wounded last week, a People\'s Salvation Army defector said.', none)));
  });

  it('takes the head of a body named after its own name, where the question names the body by its country', () => {
    const asked = askedOffice('Who heads the Danish intelligence service?')!;
    assert.ok(holds(officeMatch(asked, 'The paper quoted Ivo Marek, the head of Shin, the Danish intelligence service, as saying that units had been sent abroad.', none)));
    assert.equal(holds(officeMatch(asked, 'Facing rebels in Denmark, President Ola Brun of Norway ordered his army home.', none)), false);
  });

  it('answers from the next sentence when it names whoever led the body with the verb', () => {
    const engine = madeEngine('bids', 'Olympic bids', {
      a: 'Holm also made allegations against the head of the Varden bid which lost in the 1996 vote. Holm said he overheard Ivo Marek, a wealthy businessman who led the bid, calling members stupid.\n',
      b: 'The committee will meet in March.\n',
    });
    const a = engine.ask('Who led the Varden bid in the 1996 vote?', { topic: 'bids' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations.map((c) => c.quote).join(' '), /Ivo Marek/);
  });
});

describe('offices asked with a verb: a phrasal verb, and one word of what it acts on', () => {
  it('does not take "to head off NATO action" for heading NATO', () => {
    const asked = askedOffice("Who commands NATO's forces in Europe?")!;
    assert.equal(holds(officeMatch(asked, 'In an attempt to head off NATO action, Ivo Marek said the government had accepted a proposal.', none)), false);
  });

  it('takes a holder tied to one word of what the verb acts on: "Supreme Allied Commander Europe" commands NATO\'s forces in Europe', () => {
    const asked = askedOffice("Who commands NATO's forces in Europe?")!;
    assert.ok(holds(officeMatch(asked, 'Ola Brun spoke after a meeting with NATO Secretary General Ina Holm and Supreme Allied Commander Europe Ivo Marek.', none)));
  });
});

describe('offices asked with a verb: a word of the body is not the body', () => {
  it('does not take the director of another office whose name shares a word with the asked body', () => {
    const asked = askedOffice("Who heads Denmark's foreign ministry?")!;
    assert.equal(holds(officeMatch(asked, "Ola Brun met Denmark's Central Foreign Affairs Office Director Ivo Marek on Saturday.", none)), false);
    assert.ok(holds(officeMatch(asked, "Ivo Marek, who heads Denmark's foreign ministry, met Ola Brun on Saturday.", none)));
  });
});

describe('"Who heads X?" and ", whose head, NAME,"', () => {
  it('reads a relative clause that names the head of the body it follows', () => {
    const asked = askedOffice('Who heads the Defense Ministry?');
    assert.ok(asked);
    assert.equal(officeMatch(asked, 'Parliament will debate the security of the Defense Ministry, whose head, Klaudia Berger, has been under pressure to resign.', new Map()), 'possible');
    assert.equal(officeMatch(asked, 'Parliament will debate the Defense Ministry budget, and the Senate, whose head, Ivo Lind, is ill, will not.', new Map()) === 'possible', false, 'the head of another body');
    const engine = madeEngine('ministry', 'A ministry', {
      a: 'Parliament will hold a session on the security of the Defense Ministry, whose head, Klaudia Berger, has been under pressure to resign.\n',
      b: 'A Defense Ministry employee was arrested on Tuesday.\n',
      c: 'Prosecutors said the man had handed over at least 40 documents.\n',
    });
    assert.match(engine.ask('Who heads the Defense Ministry?', { topic: 'ministry' }).citations[0]?.quote ?? '', /Klaudia Berger/);
  });
});
