/**
 * Whose office a title is when the sentence does not say: the country the documents introduce
 * the holder with ("Dominican President Ana Ruiz"), a demonym several countries share included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedOffice, officeMatch } from '../../src/qa/office-holders.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { countryTermOf } from '../../src/qa/gazetteer.ts';
import { madeEngine } from './qa-helpers.ts';

describe("an office holder's country from the documents", () => {
  it('reads a shared demonym in a profile as each country it may stand for', () => {
    const profiles = new Map([['ruiz', new Set([termOf('dominican') as string])]]);
    const text = 'Members of President Ana Ruiz’s guard took up arms.';
    const haiti = askedOffice("Who is Haiti's president?");
    const dominica = askedOffice("Who is the Dominican Republic's president?");
    assert.ok(haiti && dominica);
    assert.equal(officeMatch(haiti, text, profiles), 'other');
    assert.equal(officeMatch(dominica, text, profiles), 'confirmed');
  });

  it("so another country's president does not answer who the asked country's president is", () => {
    // Haiti is in every article (the story's setting), not in the sentence that names Ruiz.
    const engine = madeEngine('unrest', 'Unrest', {
      a: 'Dominican President Ana Ruiz said on Monday that order would be restored. Haiti denied arming the rebels.\n',
      b: 'Rebels backed by Haiti hold the north. On Aug. 2, disenchanted members of President Ana Ruiz’s guard took up arms, accusing Ruiz of corruption.\n',
      c: 'Haiti closed its border on Tuesday.\n',
      d: 'Aid groups in Haiti asked for calm.\n',
    });
    const a = engine.ask("Who is Haiti's president?", { topic: 'unrest' });
    assert.equal(a.abstained, true, a.answer);
  });
});

describe("a title with no country, in a sentence that names others: the article's country", () => {
  const none = new Map<string, Set<string>>();
  const text = 'The protesters wanted Australia to cut all military ties with Indonesia despite Defence Minister Ian Carr\'s recent announcement, he said.';
  const lead = (c: string | null) => (): string | null => (c === null ? null : termOf(c));

  it("is the country the article's lead names first, another's when the lead names another", () => {
    const indonesia = askedOffice("Who is Indonesia's defence minister?");
    const australia = askedOffice("Who is Australia's defence minister?");
    assert.ok(indonesia && australia);
    assert.equal(officeMatch(indonesia, text, none, () => true, '', lead('Australian')), 'other');
    assert.equal(officeMatch(australia, text, none, () => true, '', lead('Australian')), 'possible');
    // With no country in the lead, whose it is stays open.
    assert.equal(officeMatch(indonesia, text, none, () => true, '', lead(null)), 'loose');
  });

  it('abstains for the other country and answers for the lead\'s, from whole documents', () => {
    const engine = madeEngine('ties', 'Military ties', {
      a: 'Protesters on Sunday urged Australian military leaders to name Indonesian officers trained here.\n\nThe protesters wanted Australia to cut all military ties with Indonesia despite Defence Minister Ian Carr\'s recent announcement that joint exercises would resume, he said.\n',
      b: 'Jakarta said on Monday that the exercises were routine.\n',
    });
    const other = engine.ask("Who is Indonesia's defence minister?", { topic: 'ties' });
    assert.equal(other.abstained, true, `answered at ${other.confidence}: ${other.citations[0]?.quote}`);
    const own = engine.ask("Who is Australia's defence minister?", { topic: 'ties' });
    assert.equal(own.abstained, false, own.answer);
    assert.match(own.citations[0]?.quote ?? '', /Ian Carr/);
  });

  it('takes the country as written for a title with none, in a story whose lead is on that country', () => {
    const engine = madeEngine('truce', 'Truce', {
      a: "N'DJAMENA, Chad (Reuters) - Chad's army and rebels accused each other on Thursday of breaking a two-day-old ceasefire.\n\nThe African Union said its monitors, the first of whom arrived on Wednesday, would investigate.\n\nThe mediator said he would fly to the capital on Saturday to meet President Henri Baptiste.\n",
      b: 'Aid agencies said about 4,000 people had fled the fighting.\n',
    });
    const a = engine.ask('Who is the president of Chad?', { topic: 'truce' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Henri Baptiste/);
    assert.ok(a.confidence >= 0.85, `confidence ${a.confidence}`);
  });
});

describe('"the leader of the <place> <people>"', () => {
  it("is the people's leader: their country, not a body named by the two words", () => {
    const office = askedOffice('Who is the leader of the Kosovo Albanians?');
    assert.equal(office?.country, termOf('albanians'));
    assert.equal(officeMatch(office!, 'Envoys met Ivo Rugen, the top Albanian political leader in Kosovo, on Monday.', new Map()), 'confirmed');
    assert.notEqual(officeMatch(office!, 'Under threat of strikes against Albanian separatists in Kosovo, President Marko Vidic of Serbia ordered his army back to barracks.', new Map()), 'confirmed');
    // A body's name still opens with a country: "the China Democracy Party".
    assert.equal(askedOffice('Who is the leader of the China Democracy Party?')?.country, null);
  });
});

describe('"which <country> <title> ...?"', () => {
  it('asks for a holder of that country\'s office, as "who" does; without a country it asks for no office', () => {
    const office = askedOffice('Which Norwegian official criticized the arrests?');
    assert.equal(office?.title, 'official');
    assert.equal(office?.country, termOf('norway'));
    assert.equal(askedOffice('Which harbour official criticized the arrests?'), null);
    assert.equal(askedOffice('Which Syrian newspaper said that?'), null);
  });
  it('reads a title abbreviated before a name ("Gen. Ivo Marek") as the title', () => {
    const office = askedOffice('Which German general said action could come within days?');
    assert.ok(office);
    assert.equal(officeMatch(office, 'In Berlin, German Gen. Ivo Marek told radio that action could come within days.', new Map()), 'confirmed');
  });
  it("so another country's leader, criticizing, does not answer it", () => {
    const engine = madeEngine('arrests', 'Arrests', {
      a: 'Premier Lars Holm of Sweden criticized Norway for condemning the arrests, saying no country should interfere in Swedish affairs.\n',
      b: 'The arrests came after a week of protests in Uppsala.\n',
      c: 'Police held the men for questioning.\n',
    });
    assert.equal(engine.ask('Which Norwegian official criticized the arrests?', { topic: 'arrests' }).abstained, true);
  });
});

describe("a former state's title: no other country's office", () => {
  it('knows the states of older news the data lacks, and leaves a state that only changed its name alone', () => {
    assert.equal(countryTermOf('Yugoslav'), '~yugoslavia');
    assert.equal(countryTermOf('Soviet'), '~soviet union');
    assert.equal(countryTermOf('Czechoslovakia'), '~czechoslovakia');
    assert.equal(countryTermOf('Serbian'), '~serbia', 'Serbia stays itself');
    assert.equal(countryTermOf('Zaire'), null, 'Zaire is Congo by its old name');
  });

  it("does not answer who Kosovo's prime minister is with the Yugoslav one", () => {
    const engine = madeEngine('crisis', 'The crisis', {
      a: 'On Monday, Yugoslav Prime Minister Ivo Marek said the government had met all demands in Kosovo.\n',
      b: 'NATO ministers met in Brussels. ``The threats are serious,\'\' Prime Minister Ivo Marek said.\n',
      c: 'Kosovo has been tense since February.\n',
    });
    const a = engine.ask("Who is Kosovo's prime minister?", { topic: 'crisis' });
    assert.equal(a.abstained, true, a.answer);
    assert.equal(engine.ask("Who is Yugoslavia's prime minister?", { topic: 'crisis' }).abstained, false);
  });
});
