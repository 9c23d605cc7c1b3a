/**
 * A capital asked as a place: "What was the temperature in New Delhi?" is about the city, which a
 * report from Lucknow, India, does not give, though the gazetteer folds New Delhi into India.
 * "met here Sunday", "the Kenyan capital" and a capital named just before still place it.
 * A title with no country in a report with a dateline is the dateline country's. Made-up people;
 * real capitals, from the gazetteer's data.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capitalPlaces } from '../../src/qa/capital-places.ts';
import { isCapitalName } from '../../src/qa/gazetteer.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

describe('a capital asked as a place', () => {
  it('is a member state\'s capital after a word of place, not a country named as itself', () => {
    assert.equal(isCapitalName('New Delhi'), true);
    assert.equal(isCapitalName('Washington'), true, '"Washington, D.C." is also just "Washington"');
    assert.equal(isCapitalName('Singapore'), false, 'the state\'s own name');
    assert.equal(isCapitalName('Congo'), false);
    assert.deepEqual([...capitalPlaces(analyzeQuestion('What was the temperature in New Delhi?')).keys()], ['~india']);
    assert.equal(capitalPlaces(analyzeQuestion('What was the temperature in India?')).size, 0);
    assert.equal(capitalPlaces(analyzeQuestion('What did Beijing say about the plan?')).size, 0, 'a government speaking is no place');
  });

  const engine = madeEngine('heat', 'Heat wave', withFiller({
    a: 'LUCKNOW, India (AP) _ Temperatures reached 46.8 degrees Celsius in the northern Indian city of Lucknow on Wednesday, officials said.\n\nSchools in the state were ordered closed until May 6.\n',
    b: 'Envoy Marta Lind met here Sunday with Kenyan President Daniel Otieno to discuss the drought.\n\nThe talks lasted two hours.\n',
    c0: 'A weekly magazine published from Nairobi, the Kenyan capital, was closed on Monday.\n\nIts editors were arrested under a 1968 press law, police said.\n',
  }, (i) => `Power cuts hit ${i + 3} districts of the state on Thursday, the utility said.`));

  it('is not answered by a sentence that names only its country', () => {
    const a = engine.ask('What was the temperature in New Delhi?', { topic: 'heat' });
    assert.equal(a.abstained, true, a.answer);
    const b = engine.ask('What was the temperature in Lucknow?', { topic: 'heat' });
    assert.equal(b.abstained, false, b.answer);
  });

  it('is placed by "here", by a capital named just before, or by "the Kenyan capital"', () => {
    const a = engine.ask('Who did Lind meet in Nairobi?', { topic: 'heat' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /met here Sunday/);
    const b = engine.ask('Under which law were the magazine editors arrested in Nairobi?', { topic: 'heat' });
    assert.equal(b.abstained, false, b.answer);
    assert.match(b.citations[0]?.quote ?? '', /1968 press law/);
  });
});

describe('a region named with a country\'s adjective', () => {
  it('reads "North American" and "Latin American" as their regions, not as the United States', () => {
    const terms = (text: string): string[] => analyze(text).map((t) => t.term);
    assert.ok(!terms('the North American rights to the film').includes('~united states'));
    assert.deepEqual(terms('North American'), terms('North America'));
    assert.ok(!terms('Latin American leaders').includes('~united states'));
    assert.ok(terms('American officials').includes('~united states'));
  });
});

describe('a title with no country, in a report with a dateline', () => {
  const expulsions = madeEngine('expel', 'Expulsions', withFiller({
    a: 'TALLINN, Estonia (AP) _ Estonia on Monday ordered two Belarusian diplomats to leave the country within 72 hours.\n\n``This was not a misunderstanding. This was an operation,\'\' Foreign Minister Kadri Vaher told reporters.\n\nBelarus called the expulsions ``a provocation.\'\' Its ambassador, Viktor Lazovsky, was summoned to the ministry.\n',
  }, (i) => `The engineer was paid ${i + 2},000 euros, prosecutors said.`));

  it('is the dateline country\'s: "Foreign Minister Kadri Vaher" in a report from Tallinn is not Belarus\'s', () => {
    assert.equal(expulsions.ask("Who is Belarus's foreign minister?", { topic: 'expel' }).abstained, true);
    const a = expulsions.ask("Who is Estonia's foreign minister?", { topic: 'expel' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Kadri Vaher/);
  });

  it('unless a possessive says whose: "Its ambassador, Viktor Lazovsky,"', () => {
    const a = expulsions.ask('Who is the Belarusian ambassador?', { topic: 'expel' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Viktor Lazovsky/);
  });
});
