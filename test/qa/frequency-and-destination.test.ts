/** "How often ...?" asks for a frequency; "Where does X spread to?" for where it goes, which a common noun may say. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { destinationAfterVerb } from '../../src/qa/place-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('"how often": a frequency, not any number', () => {
  const docs: Record<string, string> = {
    a: 'At two-hour intervals, the ferries are to leave Tarno for the islands.\n',
    b: 'The ferries leaving Tarno carried 300 passengers and 45 cars on Tuesday.\n',
  };
  // The ferries in many sentences, as in a story about them: the word weighs little.
  'cdefgh'.split('').forEach((k, i) => { docs[k] = `The ferries were repainted in Osterholm on day ${i + 1}.\n`; });

  it('answers with the sentence that says how often, not the one with counts', () => {
    const a = madeEngine('ferries', 'Ferries', docs).ask('How often do the ferries leave Tarno?', { topic: 'ferries' });
    assert.match(a.citations[0]?.quote ?? '', /two-hour intervals/, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('declines when only counts are given', () => {
    const only = madeEngine('ferries2', 'Ferries', { ...docs, a: 'The harbour in Tarno was dredged last spring.\n' });
    const a = only.ask('How often do the ferries leave Tarno?', { topic: 'ferries2' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('reads "twice a week", "daily", "every three days" and "five or six ferries a day" as frequencies', () => {
    for (const text of ['The ferries leave Tarno twice a week.', 'The ferries leave Tarno daily.', 'The ferries leave Tarno every three days.', 'Five or six ferries a day leave Tarno.']) {
      const a = madeEngine('ferries3', 'Ferries', { ...docs, a: `${text}\n` }).ask('How often do the ferries leave Tarno?', { topic: 'ferries3' });
      assert.equal(a.citations[0]?.quote.trim(), text, text);
    }
  });
});

describe('"where does X spread to?": where it goes', () => {
  const q = analyzeQuestion('Where does the vapour made in the boiler spread to?');

  it('reads the verb, then a preposition of direction and what it leads to, as where', () => {
    assert.equal(destinationAfterVerb(q, 'The vapour made in the boiler rapidly spreads through the valves to the cooling chambers.'), true);
    assert.equal(destinationAfterVerb(q, 'The vapour spreads into the cooling chambers.'), true);
  });

  it('does not read an infinitive of purpose, another verb, or a question not about direction as where', () => {
    assert.equal(destinationAfterVerb(q, 'The vapour spreads in all directions to warm the engine.'), false, 'an infinitive says what for');
    assert.equal(destinationAfterVerb(q, 'The vapour spreads fast and the crew went to the deck.'), false, 'another verb after "and"');
    assert.equal(destinationAfterVerb(analyzeQuestion('Where does the vapour spread?'), 'The vapour spreads through the valves to the cooling chambers.'), false);
  });

  it('answers with the sentence that says where it goes', () => {
    const engine = madeEngine('boiler', 'Boiler', {
      a: 'Engineers have also found that vapour made in the boiler rapidly spreads through the valves to the cooling chambers.\n',
      b: 'Vapour formed in the pistons spreads quickly in all directions to warm parts of the engine.\n',
      c: 'The boiler was built in 1962.\n',
    });
    const a = engine.ask('Where does the vapour made in the boiler spread to?', { topic: 'boiler' });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.citations[0]?.quote}`);
    assert.match(a.citations[0]?.quote ?? '', /cooling chambers/);
  });
});

describe('where a case or a request is taken', () => {
  it('is the body after "appeal / petition ... to", as for a verb of sending', () => {
    const q = analyzeQuestion('Where will Ekdal appeal?');
    assert.equal(destinationAfterVerb(q, 'His lawyer said he would appeal to the Supreme Court within a month.'), true);
    assert.equal(destinationAfterVerb(q, 'His lawyer said he would appeal the ruling.'), false);
    const a = madeEngine('skate', 'Skating', {
      a: 'BERN (AP) _ Skater Piet Ekdal was banned for two years on Monday for missing three doping tests.\n',
      b: 'His lawyer, Ana Ruiz, said Ekdal would appeal to the Court of Arbitration for Sport.\n',
    }).ask('Where will Ekdal appeal?', { topic: 'skate' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /appeal to the Court/);
  });
});
