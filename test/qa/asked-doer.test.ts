/** The one the question names as doing the act must do it in the answer, not have it done to them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actedOnOnly, askedDoer, askedPatient, askedSubject, doneByOtherName, doneByOtherThing, doneToOther } from '../../src/qa/asked-doer.ts';
import { madeEngine } from './qa-helpers.ts';

describe('the asked doer', () => {
  it('reads the name and verb of a "when / where / why did <Name> <verb>" question', () => {
    assert.equal(askedDoer('Where did Marek speak on Wednesday?')?.name, 'marek');
    assert.equal(askedDoer('When will Ana Ruiz resign?')?.name, 'ruiz');
    assert.equal(askedDoer('Where did the minister speak?'), null, 'no name');
    assert.equal(askedDoer('Where did Marek meet the press?'), null, 'meeting is done by both');
    assert.equal(askedDoer('Which company did Varco buy in 1998?')?.name, 'varco', 'a "which <kind>" question');
  });

  it('flags the asked buyer as the one bought: "agreement to buy the Varco Corporation" for what Varco bought', () => {
    const doer = askedDoer('Which company did Varco buy in 1998?');
    assert.ok(doer);
    assert.equal(actedOnOnly(doer, 'Delmar laid out the details of its agreement to buy the Varco Corporation.'), true);
    assert.equal(actedOnOnly(doer, 'Varco agreed to buy Delmar for $4 billion.'), false);
  });

  it('flags a sentence where the act is done to the doer by someone else, not one where the doer does it', () => {
    const doer = askedDoer('Where did Marek speak on Wednesday?');
    assert.ok(doer);
    assert.equal(actedOnOnly(doer, 'Officials said that Holm spoke to Marek shortly after the vote.'), true);
    assert.equal(actedOnOnly(doer, 'Holm spoke to Ivo Marek on Tuesday.'), true, 'the full name');
    assert.equal(actedOnOnly(doer, 'Marek spoke in Tarno on Wednesday, and Holm spoke to Marek later.'), false);
    assert.equal(actedOnOnly(doer, 'Marek, who rarely speaks to reporters, spoke in Tarno.'), false);
    assert.equal(actedOnOnly(doer, 'Holm spoke in Tarno.'), false, 'the doer is not there at all: other checks decide');
  });

  it('does not take "said Ana Lind" for something done to her: a verb of saying goes before its speaker', () => {
    const doer = askedDoer('What did Ana Lind say will happen if the economy does not improve?');
    assert.ok(doer);
    assert.equal(actedOnOnly(doer, "``Things will heat up if the economy does not improve,'' said Ana Lind, a professor of politics."), false);
    const told = askedDoer('What did Ana Lind tell reporters?');
    assert.ok(told);
    assert.equal(actedOnOnly(told, 'The minister told Ana Lind to wait.'), true, '"told" is done to whoever follows it');
  });

  it('so the engine does not answer where someone spoke with where another spoke to them', () => {
    const engine = madeEngine('vote', 'The vote', {
      a: 'The party lost nine seats on Tuesday. Officials said that Holm spoke to Marek in Tarno shortly after the vote.\n',
      b: 'Turnout was low across the country.\n',
    });
    const a = engine.ask('Where did Marek speak after the vote?', { topic: 'vote' });
    assert.equal(a.abstained, true, a.answer);
    assert.equal(engine.ask('Where did Holm speak to Marek?', { topic: 'vote' }).abstained, false);
  });

  it('reads whom a passive question asks about, and flags a sentence that does the act to someone else', () => {
    const p = askedPatient('When was Varco founded?');
    assert.ok(p);
    assert.deepEqual(p.name, ['varco']);
    assert.equal(askedPatient('When was the company founded?'), null, 'no name');
    assert.equal(doneToOther(p, 'Delmar, founded in 1994, has struggled under an assault from Varco.'), true);
    assert.equal(doneToOther(p, 'Varco, founded in 1975, is the largest.'), false);
    assert.equal(doneToOther(p, 'Ivo Marek founded Varco in 1975.'), false);
    assert.equal(doneToOther(p, 'The company was founded in 1975.'), false, 'no other name: other checks decide');
    const arrested = askedPatient('When was Marek arrested?');
    assert.ok(arrested);
    assert.equal(doneToOther(arrested, 'His brother Ivo Holm was arrested in September.'), true);
    assert.equal(doneToOther(arrested, 'Police arrested Marek on Sept. 20.'), false);
  });

  it("so the engine does not date one company's founding by another's", () => {
    const engine = madeEngine('firms', 'The software war', {
      a: 'Delmar, founded in 1994, has struggled over the last 18 months under an assault from Varco.\n',
      b: 'Varco shares rose on Friday.\n',
    });
    assert.equal(engine.ask('When was Varco founded?', { topic: 'firms' }).abstained, true);
    assert.equal(engine.ask('When was Delmar founded?', { topic: 'firms' }).abstained, false);
  });

  it('flags a sentence where another thing does the asked act ("attacks, which began Monday" for when the rebellion began)', () => {
    const s = askedSubject('When did the rebellion begin?');
    assert.ok(s);
    assert.equal(doneByOtherThing(s, 'A commander said shelling and ground attacks, which began Monday, continued on Wednesday.'), true);
    assert.equal(doneByOtherThing(s, 'The rebellion began on Aug. 2.'), false);
    assert.equal(doneByOtherThing(s, 'Rebels, who began their insurgency two months ago, said so.'), false, 'no other noun does it');
    assert.equal(askedSubject('When did Marek begin?'), null, 'a name: askedDoer reads that');
    // A noun right after a participle is its object ("trafficking ivory"), not the verb's subject.
    const suspects = askedSubject('How did the suspects plead?');
    assert.ok(suspects);
    assert.equal(doneByOtherThing(suspects, 'Nine people accused of trafficking ivory pleaded not guilty on Wednesday.'), false);
    assert.equal(doneByOtherThing(suspects, 'The dealers pleaded not guilty on Wednesday.'), true);
    // A wider word for the asked thing is the thing itself, written again.
    const inquiry = askedSubject('When did the investigation begin?');
    assert.ok(inquiry);
    assert.equal(doneByOtherThing(inquiry, 'The inquiry began last August after a complaint from a pipe maker.'), false, 'an investigation is an inquiry');
    assert.equal(doneByOtherThing(inquiry, 'The strike began last August after a complaint from a pipe maker.'), true);
    // The verb's synonyms are the act too: "start" asked, "began" said.
    const started = askedSubject('When did the rebellion start?');
    assert.ok(started);
    assert.equal(doneByOtherThing(started, 'A commander said shelling and ground attacks, which began Monday, continued on Wednesday.'), true);
    assert.equal(doneByOtherThing(started, 'A commander said the rebels got new guns on Monday.'), false, 'not a light synonym ("get")');
    const engine = madeEngine('revolt', 'A revolt', {
      a: 'The rebellion in the east is in its third month.\n\nA rebel commander said shelling and ground attacks, which began Monday, continued on Wednesday.\n',
      b: 'The town of Tarno is held by the army.\n',
    });
    assert.equal(engine.ask('When did the rebellion begin?', { topic: 'revolt' }).abstained, true);
  });

  it('takes a kind of the asked thing for the thing ("the jet landed" for where the plane landed), and reads no subject before a light verb', () => {
    const s = askedSubject('Where did the plane land?');
    assert.ok(s);
    assert.equal(doneByOtherThing(s, 'A Nordic passenger jet landed at Bergen on Thursday.'), false);
    assert.equal(doneByOtherThing(s, 'A helicopter landed at Bergen on Thursday.'), true, 'another thing');
    assert.equal(askedSubject('Where did the plane make its emergency landing?'), null, '"make" carries its object\'s act');
    const engine = madeEngine('jet', 'Emergency landing', {
      a: 'A passenger jet with 90 people on board made an emergency landing at Tromso airport on Thursday after smoke filled the cabin, the airline said.\n',
      b: 'The airline said the plane had been grounded.\n\nFire crews met the aircraft on the runway.\n',
    });
    const a = engine.ask('Where did the plane make its emergency landing?', { topic: 'jet' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Tromso airport/);
  });

  it('flags a sentence where another name does the asked act ("Kalima, which fell" for when Kindu fell)', () => {
    const doer = askedDoer('When did Tarno fall to the rebels?');
    assert.ok(doer);
    assert.equal(doneByOtherName(doer, 'The battalion walked 240 kilometers to Kalmar, which fell to the rebels Saturday.'), true);
    assert.equal(doneByOtherName(doer, 'Tarno fell to the rebels on Saturday.'), false);
    assert.equal(doneByOtherName(doer, 'Rebels, who fell back on Monday, regrouped.'), false, 'a word of the language opening the sentence');
    // "How much did Varco's shares fall?" is read with "shares" for the verb: "Its shares" is still no one else.
    const shares = askedDoer("How much did Varco's shares fall?");
    assert.ok(shares);
    assert.equal(doneByOtherName(shares, 'Its shares fell 3.4 percent.'), false, 'a possessive pronoun names no one');
    assert.equal(doneByOtherName(shares, 'Their shares fell 3.4 percent.'), false, 'a possessive pronoun names no one');
    assert.equal(doneByOtherName(shares, 'Osk shares fell 3.4 percent.'), true, 'a name');
    // "How many troops did Chad send?": a count question's doer; a country's name is a name though it is a word too ("Turkey").
    const sender = askedDoer('How many troops did Chad send to the border?');
    assert.equal(sender?.name, 'chad');
    assert.ok(sender);
    assert.equal(doneByOtherName(sender, 'Turkey has sent 5,000 troops to its border with Chad.'), true);
    assert.equal(doneByOtherName(sender, 'Chad has sent 5,000 troops to its border with Turkey.'), false);
    // The passive's agent: "was hit so hard by Hurricane Hattie".
    const hit = askedDoer('When did Ilse hit Varnby?');
    assert.ok(hit);
    assert.equal(doneByOtherName(hit, 'Coastal Varnby City was hit so hard by Hurricane Hattie in 1961 that a new capital was built.'), true);
    assert.equal(doneByOtherName(hit, 'Varnby was hit by Hurricane Ilse on Monday.'), false);
    const engine = madeEngine('war', 'A war', {
      a: 'The rebels want Tarno, the last government stronghold in the east.\n\nThe battalion walked 240 kilometers to Kalmar, which fell to the rebels Saturday.\n',
      b: 'The capital was calm.\n',
    });
    assert.equal(engine.ask('When did Tarno fall to the rebels?', { topic: 'war' }).abstained, true);
  });
});
