/**
 * A "when" sentence whose date belongs to another event: a "since" phrase's ("the first to visit
 * since the mayor's inauguration in 2019" dates the inauguration), or a sentence that names the
 * asked event only to date something else by it ("... in recent weeks, not only during his
 * visit"). Made-up names, and the first topic's real copy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { eventOnlyDatingOther } from '../../src/qa/answer-slot.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { onlySinceBoundTimes, onlyTimesRelativeTo } from '../../src/qa/time-expressions.ts';
import { FIXED_NOW, madeEngine, realCatalog, TOPIC } from './qa-helpers.ts';

const asks = (...words: string[]) => (w: string): boolean => words.includes(w);
const is = (word: string) => (t: string): boolean => t === termOf(word);

describe('dates inside a "since" phrase', () => {
  it('reads a date after "since <event>" as the date of that event', () => {
    const text = "Vella, the most senior envoy to visit Tolm since the mayor's inauguration in 2019, said talks went well.";
    assert.equal(onlySinceBoundTimes(text, asks('vella', 'visit', 'tolm')), true);
    assert.equal(onlySinceBoundTimes('It was the first strike since the pay deal on March 3.', asks('strike')), true);
  });

  it('keeps a start right after "since", a phrase the question asks about, and other dates', () => {
    assert.equal(onlySinceBoundTimes('She has lived in Tolm since 2019.', asks('live')), false);
    assert.equal(onlySinceBoundTimes("the first envoy since the mayor's inauguration in 2019", asks('mayor', 'inauguration')), false);
    assert.equal(onlySinceBoundTimes("Vella arrived on Monday, the first envoy since the mayor's inauguration in 2019.", asks('vella', 'arrive')), false);
    assert.equal(onlySinceBoundTimes('Vella arrived in 2019.', asks('vella', 'arrive')), false);
  });

  it('does not answer "when did X visit?" with the year of another event', () => {
    const docs = {
      a: "Vella, the most senior envoy to visit Tolm since the mayor's inauguration in 2019, said the talks had gone well. The envoy praised the harbour works.",
      b: 'Officials said the harbour would reopen after repairs. Fishing crews welcomed the news.',
    };
    const a = madeEngine('envoy', 'An envoy in Tolm', docs).ask('When did Vella visit Tolm?', { topic: 'envoy' });
    assert.equal(a.abstained, true, a.answer);
    // ... but a question about the start of something may be answered by it.
    const since = madeEngine('envoy', 'An envoy in Tolm', docs).ask('When was the mayor inaugurated?', { topic: 'envoy' });
    assert.equal(since.abstained, false, since.answer);
    assert.match(since.citations[0]?.quote ?? '', /2019/);
  });

  it('on the first topic, "when did blinken visit beijing" is not dated by the inauguration', async () => {
    const a = new QaEngine(await realCatalog(), { now: () => FIXED_NOW }).ask('when did blinken visit beijing', { topic: TOPIC });
    assert.ok(a.abstained || !/2021/.test(a.answer.split('\n')[0] ?? ''), a.answer);
    assert.ok(!a.citations.some((c) => /inauguration in 2021/.test(c.quote)) || a.abstained, a.answer);
  });
});

describe('an event named only to date something else', () => {
  it('reads "during his visit" with no date of its own as dating something else', () => {
    const text = 'Vella noted that such promises had been made by the council "in recent weeks," not only during his visit.';
    assert.equal(eventOnlyDatingOther(text, is('visit')), true);
    assert.equal(eventOnlyDatingOther('Two boats sank after the storm.', is('storm')), true);
  });

  it('keeps an event phrase with a date in its clause, and any other use of the word', () => {
    assert.equal(eventOnlyDatingOther('During the summit on Nov. 24, leaders agreed on a fund.', is('summit')), false);
    assert.equal(eventOnlyDatingOther('His visit began on Monday, and during the visit he met the mayor.', is('visit')), false);
    assert.equal(eventOnlyDatingOther('Vella will visit Tolm on Monday.', is('visit')), false);
    // A relative clause on the event's noun dates it too.
    assert.equal(eventOnlyDatingOther('Crowds gathered after the vote, which took place Sunday.', is('vote')), false);
  });

  it('does not answer "when did X visit?" with the date of what happened during it', () => {
    const docs = { a: 'Vella noted that such promises had been made by the council "in recent weeks," not only during his visit. The council did not comment.' };
    const a = madeEngine('envoy', 'An envoy in Tolm', docs).ask('When did Vella visit?', { topic: 'envoy' });
    assert.equal(a.abstained, true, a.answer);
  });
});

describe('a time reckoned from the asked event', () => {
  it('reads "on the Friday before the draw" as the time of something else', () => {
    const asked = (w: string): boolean => w === 'draw';
    assert.equal(onlyTimesRelativeTo('He handed his contribution to the organiser on the Friday before the draw.', 'When was the draw?', asked), true);
    assert.equal(onlyTimesRelativeTo('The draw was held on Tuesday night.', 'When was the draw?', asked), false);
    assert.equal(onlyTimesRelativeTo('He paid on the Friday before the draw.', 'What did he do before the draw?', asked), false, 'a question that asks such a time');
  });
  it('declines "When was the draw?" when the only date is reckoned from it', () => {
    const engine = madeEngine('lotto', 'A lottery', {
      a: 'Foley said in papers filed at the High Court that he had handed his contribution to the organiser on the Friday before the draw.\n',
      b: 'The syndicate had 11 members.\n',
      c: 'The prize will be held in escrow.\n',
    });
    assert.equal(engine.ask('When was the draw?', { topic: 'lotto' }).abstained, true);
  });
});
