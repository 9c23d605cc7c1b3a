/**
 * A question word in another part of speech: WordNet's derivationally related forms between
 * a verb and the noun of what happens ("tried" / "trial"), or of who does it for "who"
 * questions ("leads" / "leader"), and never a person's or thing's noun for an event
 * ("lawyer" / "law").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { derivationsOf } from '../../src/qa/derivations.ts';
import { paraphrasesOf } from '../../src/qa/paraphrases.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { WordNet } from '../../src/qa/wordnet.ts';
import { makeBrief, withFiller } from './qa-helpers.ts';

describe('WordNet derivationally related forms', () => {
  const wn = WordNet.open();
  const words = (w: string): string[] => wn!.derived(w).map((d) => d.word).sort();
  it('joins a verb and the noun of what happens, from any inflection', () => {
    assert.ok(words('tried').includes('trial'), 'tried → trial (put on trial)');
    assert.deepEqual(words('trial'), ['try']);
    assert.ok(words('died').includes('death'));
    assert.ok(words('decide').includes('decision'));
    assert.ok(words('elected').includes('election'));
    assert.ok(words('injured').includes('injury'));
  });

  it('marks the noun of who does it as an agent, and leaves out nouns of people or things for an event', () => {
    assert.deepEqual(wn!.derived('leads').filter((d) => d.word === 'leader'), [{ word: 'leader', agent: true }]);
    assert.deepEqual(words('lawyer'), [], 'a lawyer is not a law');
    assert.ok(!words('elected').includes('eligible'), 'no adjectives');
    assert.deepEqual(words('xqzzy'), []);
  });
});

describe('derived forms in answers', () => {
  const brief = makeBrief('court', 'Court case', {
    a: 'Police detained the activist Lena Varga at her home on Monday night.\n\nVarga is to go on trial on March 17 in the northern city of Tolm.\n\nHer husband said he tried to call her lawyer twice on Tuesday.\n',
    b: 'Ivo Brandt, the leader of the Harbour Party, condemned the arrest.\n\nThe party leads the polls in Tolm.\n',
  });
  const engine = new QaEngine(new MutableBriefCatalog([brief]));
  const ask = (q: string) => engine.ask(q, { topic: 'court' });

  it('answers "when will she be tried" from "is to go on trial on March 17", not from "tried to call"', () => {
    const a = ask('When will Lena Varga be tried?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]!.quote, /go on trial on March 17/);
  });

  it('answers "who leads the party" from "the leader of the Harbour Party"', () => {
    const a = ask('Who leads the Harbour Party?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]!.quote, /Ivo Brandt/);
  });

  it('answers "who chairs" and "which company does X head" from the office\'s noun, which WordNet does not derive', () => {
    const board = makeBrief('board', 'Port board', {
      a: 'Mara Lind, the chairman of the Harbour Board, said the port would reopen.\n\nShips waited offshore on Monday.\n',
      b: '``We are confident,\'\' said Tomas Okafor, who is also chief of Corvo Shipping.\n\nThe strike ended on Friday.\n',
    });
    const e = new QaEngine(new MutableBriefCatalog([board]));
    assert.match(e.ask('Who chairs the Harbour Board?', { topic: 'board' }).citations[0]?.quote ?? '', /Mara Lind/);
    const company = e.ask('Which company does Tomas Okafor head?', { topic: 'board' });
    assert.equal(company.abstained, false, company.answer);
    assert.match(company.citations[0]?.quote ?? '', /Corvo Shipping/);
  });

  it('offers a doer\'s noun only to "who" and "which X" questions', () => {
    const index = engine.indexFor(brief);
    const ids = (question: string): number[] => {
      const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
      return [...derivationsOf(q, q.terms.map((t) => index.termId(t)), index).values()].flatMap((s) => [...s]);
    };
    const leader = index.termId('~leader');
    assert.ok(leader !== undefined);
    assert.ok(ids('Who leads the Harbour Party?').includes(leader));
    assert.ok(ids('Which party leads the polls in Tolm?').includes(leader));
    assert.ok(!ids('When did the party lead the polls?').includes(leader));
  });
});

describe('a doer\'s noun that shares its verb\'s stem', () => {
  const make = (extra: string) => new QaEngine(new MutableBriefCatalog([makeBrief('novel', 'A novelist', {
    a: `The novelist Mara Lind published two novels about the harbour strike in Tolm.\n\nLind was born in Tolm in 1961 and worked on the docks for ten years.\n${extra}`,
  })]));

  it('is not matched by the verb alone: "Who is Lind\'s publisher?" is not answered by "Lind published"', () => {
    const a = make('').ask('Who is Mara Lind\'s publisher?', { topic: 'novel' });
    assert.equal(a.abstained, true, a.answer);
  });

  it('is met by people doing its verb when the doers are the subject of the asked act ("What did protesters chant?")', () => {
    const brief = makeBrief('march', 'A march', {
      a: 'In Lisbon, several thousand people marched to parliament on Saturday to protest the talks, chanting "Our bread is not for sale."\n',
      b: 'Police said the march was peaceful.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]));
    for (const asked of ['What did protesters chant?', 'Where did the protesters march?']) {
      const a = engine.ask(asked, { topic: 'march' });
      assert.equal(a.abstained, false, `${asked} ${a.confidence}`);
      assert.match(a.citations[0]!.quote, /marched to parliament/, asked);
    }
  });

  it('is matched by the noun itself', () => {
    const a = make("\nLind's publisher, Ivo Brandt of Tavik Books, said the second novel sold well.\n").ask('Who is Mara Lind\'s publisher?', { topic: 'novel' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]!.quote, /Lind's publisher, Ivo Brandt/);
  });

  it('gives the verbs WordNet says cause an event, for any inflection ("died" ← kill, "rose" ← raise)', () => {
    const wn = WordNet.open();
    assert.deepEqual(wn!.causers('died'), ['kill']);
    assert.ok(wn!.causers('rise').includes('raise'));
    assert.ok(wn!.causers('learn').includes('teach'));
    assert.deepEqual(wn!.causers('resign'), [], 'no verb causes it');
  });

  it('gives the verbs WordNet says entail a verb\'s commonest sense ("pay" ← buy, purchase)', () => {
    const wn = WordNet.open();
    assert.deepEqual(wn!.entailers('paid', 1).sort(), ['buy', 'purchase']);
    assert.ok(wn!.entailers('win', 1).includes('beat'));
    assert.deepEqual(wn!.entailers('resign', 1), [], 'no verb entails it');
  });

  it('answers "how much did X pay for Y" from "agreed to buy Y for ..."', () => {
    const deal = makeBrief('deal', 'A takeover', {
      a: 'Halvard Media laid out on Tuesday the details of its agreement to buy the Brightwater Software Corporation for $4.2 billion.\n\nBrightwater shares rose.',
      b: 'Halvard paid its staff a bonus last year.\n',
      c: 'Brightwater makes browsers.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([deal]));
    const a = engine.ask('How much did Halvard Media pay for Brightwater?', { topic: 'deal' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /\$4\.2 billion/);
    // "buy" stands in for "pay", though the documents use "pay" too ("Halvard paid its staff").
    const index = engine.indexFor(deal);
    const q = analyzeQuestion('How much did Halvard Media pay for Brightwater?');
    const pay = paraphrasesOf(q, q.terms.map((t) => index.termId(t)), index).get(q.terms.indexOf(termOf('pay') as string)) ?? [];
    assert.ok(pay.some((p) => p.forms.test('agreed to buy it')), 'buy entails pay');
  });

  it('answers "how many people died" from "killed 40 people"', () => {
    const engine = new QaEngine(new MutableBriefCatalog([makeBrief('quake', 'An earthquake', {
      a: 'The earthquake struck the coastal town of Varnby before dawn on Tuesday. It killed 40 people in Varnby and injured hundreds more, officials said.',
    })]));
    const a = engine.ask('How many people died in Varnby?', { topic: 'quake' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /killed 40 people/);
  });
});

describe('"author of" for "wrote"', () => {
  const docs = withFiller({
    a: "The critic's favourites include Mara Lind, author of ``Harbour Salt''; Ivo Brandt, author of ``The Tolm Road''; and Per Holm, ``the best living poet.''\n",
    b: 'The prize will be announced in Stockholm on Thursday.\n',
  }, (i) => `Critics met in Tolm on day ${i + 1} to discuss the shortlist.`);
  const engine = new QaEngine(new MutableBriefCatalog([makeBrief('critics', 'Critics', docs)]));

  it('answers "Who wrote X?" from "Y, author of X"', () => {
    const a = engine.ask('Who wrote Harbour Salt?', { topic: 'critics' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Mara Lind, author of ``Harbour Salt''/);
  });

  it('answers "Which book did Y write?" from the same', () => {
    const a = engine.ask('Which book did Ivo Brandt write?', { topic: 'critics' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /The Tolm Road/);
  });
});
