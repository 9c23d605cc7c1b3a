/** "How many people live in X?" asks X's population; "In which years ...?" asks when; "at end of the month" is a time. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutOthersMeasures } from '../../src/qa/entities.ts';
import { givesPopulationOf } from '../../src/qa/populations.ts';
import { detectType } from '../../src/qa/question-type.ts';
import { timeSpans } from '../../src/qa/time-expressions.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

describe('"How many people live in X?": the population of X', () => {
  const docs: Record<string, string> = {
    a: 'The governor also said there was no more unrest in Varnia, which has 3 million residents.\n',
    b: 'At least 40 people were hurt in Varnia when the bridge over the river gave way.\n',
  };
  'cdefgh'.split('').forEach((k, i) => { docs[k] = `Talks on Varnia resumed in Osterholm on day ${i + 1}.\n`; });
  // Many sentences with the question's other words, so that BM25 alone would not hand the population sentence on.
  for (let i = 0; i < 40; i++) docs[`p${i}`] = `People who live in Varnia's district ${i + 1} were told to stay indoors.\n`;

  it('answers with the sentence that gives the place its residents, though it shares only the name', () => {
    const a = madeEngine('varnia', 'Varnia', docs).ask('How many people live in Varnia?', { topic: 'varnia' });
    assert.match(a.citations[0]?.quote ?? '', /3 million residents/, `${a.confidence}: ${a.citations[0]?.quote}`);
    assert.equal(a.abstained, false);
  });

  it('declines when only people something happened to are counted', () => {
    const a = madeEngine('varnia2', 'Varnia', { ...docs, a: 'The harbour in Varnia was dredged last spring.\n' }).ask('How many people live in Varnia?', { topic: 'varnia2' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('reads whose population a sentence gives', () => {
    assert.equal(givesPopulationOf('Fighting stopped in Varnia, which has 3 million residents.', ['Varnia']), true);
    assert.equal(givesPopulationOf('Velmora will cut off water as the drought drained the reservoirs that supply its 3.4 million people.', ['Velmora']), true, '"its" after the place');
    assert.equal(givesPopulationOf('Velmora will cut off water as the drought drained the reservoirs that supply its 3.4 million people.', ['Tarno']), false, 'another place');
    assert.equal(givesPopulationOf("Tarno, the Arab world's largest country with 60 million people, mediates.", ['Tarno']), true);
    assert.equal(givesPopulationOf('Protests were timed for the trip to Osta, the capital of the island territory of 800,000 people.', ['Osta']), false, 'the territory\'s, not the capital\'s');
    assert.equal(givesPopulationOf('With 300 people aboard, the ferry left Osta.', ['Osta']), false, 'people aboard are no population');
  });

  it('reads "the country\'s population" as the asked country\'s, not as a town\'s', () => {
    assert.equal(givesPopulationOf("Foreigners make up nearly half of the country's population of about 680,000.", ['Portugal']), true);
    assert.equal(givesPopulationOf("Foreigners make up nearly half of the country's population of about 680,000.", ['Osta']), false, 'Osta is no country');
  });

  it('answers "What is the population of <country>?" from "the country\'s population" in a story datelined there', () => {
    const bodies: Record<string, string> = {
      a: "LISBON (Reuters) - The president spoke to parliament on Tuesday. She wore blue. The speech was short. Crowds cheered. Foreigners make up nearly half of the country's population of about 680,000, officials said.\n",
    };
    // Many sentences naming the country, so that BM25 on its name alone would not hand the population sentence on.
    for (let i = 0; i < 40; i++) bodies[`p${i}`] = `Portugal's parliament met again on day ${i + 1} to debate the budget.\n`;
    const a = madeEngine('pt', 'Portugal', bodies).ask('What is the population of Portugal?', { topic: 'pt' });
    assert.match(a.citations[0]?.quote ?? '', /680,000/, `${a.confidence}: ${a.citations[0]?.quote}`);
    assert.equal(a.abstained, false);
  });

  it("reads a place's own count of its people (\"Portugal's 10 million people\"), not a company's or another place's", () => {
    assert.equal(givesPopulationOf("About 90 percent of Portugal's 10 million people are Catholics.", ['Portugal']), true);
    assert.equal(givesPopulationOf("About 90 percent of Portugal's 10 million people are Catholics.", []), true);
    assert.equal(givesPopulationOf("Portugal's 10 million people are Catholics, unlike Spain's.", ['Spain']), false, "Portugal's people, not Spain's");
    assert.equal(givesPopulationOf("Varnex's 20,000 people work in three plants.", ['Varnex']), false, 'a company is no place');
  });

  it('answers "How many people live in X?" from such a count', () => {
    const only = withFiller({ a: "About 90 percent of Portugal's 10 million people are Catholics, with the rest following other faiths.\n", b: 'Portugal joined the euro in 1999.\n' }, (i) => `Talks in Lisbon resumed on day ${i + 1}.`);
    const a = madeEngine('portugal', 'Portugal', only).ask('How many people live in Portugal?', { topic: 'portugal' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /10 million people/);
  });
});

describe('"In which years ...?" asks when', () => {
  it('reads plural "which years / what dates" as a "when" question', () => {
    assert.equal(detectType('In which years did the author publish three novels in a row?'), 'date');
    assert.equal(detectType('On what dates will the talks be held?'), 'date');
    assert.equal(detectType('In which year did the author publish her first novel?'), 'date');
  });
});

describe('the end, start or middle of a period is a time', () => {
  it('finds "at end of the calendar month", "by the end of the year", "the middle of next week"', () => {
    assert.deepEqual(timeSpans('Refunds would be made at end of the calendar month.').map((s) => s.text), ['end of the calendar month']);
    assert.deepEqual(timeSpans('The deal should close by the end of the year.').map((s) => s.text), ['the end of the year']);
    assert.deepEqual(timeSpans('They meet in the middle of next week.').map((s) => s.text), ['the middle of next week']);
    assert.deepEqual(timeSpans('It marked the end of his career.').map((s) => s.text), [], 'a career is no period of the calendar');
  });
});

describe('"How long were they trapped?"', () => {
  it('is answered by a span since the state began ("six days after they were trapped")', () => {
    const engine = madeEngine('mine', 'A mine collapse', {
      a: 'Nineteen miners were brought to the surface alive on Sunday, six days after they were trapped by a tunnel collapse.\n',
      b: 'Rescue teams began drilling a borehole toward the tunnel where the miners had been working, a process expected to take at least two days.\n',
      c: 'Relatives waited at the gate.\n',
    });
    const a = engine.ask('How long were the miners trapped?', { topic: 'mine' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /six days after/);
  });
});

describe('"How long did it take to restore X?"', () => {
  it('is answered by the verb done a span after what began it ("restored nine days after the attack")', () => {
    const engine = madeEngine('hack', 'A hospital hack', withFiller({
      a: 'The clinic chain said Tuesday that its computer systems had been restored eleven days after a ransomware attack.\n',
      b: 'Restoring the systems cost about 5 million euros, the chain said. Technicians from a national agency were sent to help restore the systems.\n',
    }, (i) => `Patients in ward ${i + 1} were moved to other hospitals on day ${i + 2}.`));
    const a = engine.ask('How long did it take to restore the systems?', { topic: 'hack' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /eleven days after/);
    assert.equal(a.short, 'eleven days');
  });
});

describe('"How long was X expected to last?"', () => {
  it('asks for a stretch of time, not a length', () => {
    assert.equal(detectType('How long was the storm expected to last?'), 'duration');
    assert.equal(detectType('How long is the closure due to continue?'), 'duration');
    assert.equal(detectType('How long was the bridge expected to be?'), 'quantity');
  });
  it('is answered by until when it lasts ("expected to last into Sunday")', () => {
    const engine = madeEngine('gale', 'A gale', withFiller({
      a: 'The gale is expected to last into Sunday, the weather office said.\n',
      b: 'The gale toppled 40 trees along the coast road.\n',
    }, (i) => `Ferries on route ${i + 1} were held in port on day ${i + 2}.`));
    const a = engine.ask('How long was the gale expected to last?', { topic: 'gale' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /into Sunday/);
  });
});

describe('a span of something else ("after two weeks of rallies")', () => {
  const asks = (words: string[]) => (w: string): boolean => words.includes(w.toLowerCase());
  it('is not the asked thing\'s span', () => {
    const text = 'He was arrested after two weeks of rallies around the country.';
    assert.doesNotMatch(withoutOthersMeasures(text, asks(['trial'])), /two weeks/);
    assert.match(withoutOthersMeasures(text, asks(['rallies'])), /two weeks of rallies/);
    // "four years of his eight year term": the term's own span stays.
    assert.match(withoutOthersMeasures('He agreed to step down after four years of his eight year term.', asks(['term'])), /four years of his eight year term/);
  });
  it('leaves no span for "How long was the trial expected to last?"', () => {
    const engine = madeEngine('trial', 'A trial', withFiller({
      a: 'Okoro was arrested under a law that allows detention without trial, after two weeks of rallies in the capital.\n',
      b: 'Okoro is to go on trial on Nov. 2.\n',
    }, (i) => `Supporters marched in district ${i + 1} on day ${i + 2}.`));
    assert.equal(engine.ask('How long was the trial expected to last?', { topic: 'trial' }).abstained, true);
  });
});

describe('"How long will the street stay closed?"', () => {
  it('is answered by until when it stays so ("will stay closed until the end of September")', () => {
    const engine = madeEngine('road', 'A road closure', withFiller({
      a: 'The street itself will stay closed until the end of September.\n',
      b: 'The street was closed after a water main burst on Monday.\n',
    }, (i) => `Buses on route ${i + 1} were diverted on day ${i + 2}.`));
    const a = engine.ask('How long will the street stay closed?', { topic: 'road' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /until the end of September/);
  });
});
