/**
 * Who did a thing and what "It" continues, as wire copy writes them: "was seen at 6:40 p.m. by an
 * air traffic controller" (a time of day inside the clause; "Who saw the first drone?" asks who
 * saw a thing, not whom someone met); "The satellite, Koru-1, was built ... It was retired in
 * 2019" (a name between commas after the subject); "its retired satellite" (a participle as an
 * adjective after a possessive tells of no retiring); "How many countries sent donations?" counts
 * countries; a dateline's day is no time to come. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyPastTimes } from '../../src/qa/answer-shape.ts';
import { eventOnlyAsAdjective } from '../../src/qa/answer-slot.ts';
import { countedOf } from '../../src/qa/counted-things.ts';
import { peopleAgentOf } from '../../src/qa/person-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { itContinuesSubject } from '../../src/qa/references.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const DRONES = madeEngine('drones', 'Drones over an airport', {
  a: [
    'Flights at Varby airport were halted for nearly five hours on Sunday after staff reported drones near the runway.',
    'The airport operator Skyvia said the first drone was seen at 6:40 p.m. by an air traffic controller in the tower.',
    'Police said they had sent a helicopter but had not found the operators.',
  ].join(' '),
});

describe('who did the asked thing, by their kind', () => {
  it('finds the agent of a passive past a time of day', () => {
    const q = analyzeQuestion('Who saw the first drone?');
    assert.equal(peopleAgentOf(q, 'The first drone was seen at 6:40 p.m. by an air traffic controller in the tower.', new Set(['saw', 'first', 'drone'])), 'an air traffic controller');
    assert.equal(peopleAgentOf(q, 'The first drone was seen at 6:40 p.m. on the radar.', new Set()), null);
  });

  it('reads "Who saw <a thing>?" as seeing, and answers with the agent, not a name elsewhere in the quote', () => {
    assert.ok(analyzeQuestion('Who saw the first drone?').terms.includes(termOf('see') ?? 'see'));
    assert.ok(!analyzeQuestion('Who did the minister see in Paris?').terms.includes(termOf('see') ?? 'see'), 'seeing a person is meeting them');
    const a = DRONES.ask('Who saw the first drone?', { topic: 'drones' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /air traffic controller/);
    assert.equal(a.short, 'air traffic controller');
  });
});

describe('what "It" continues, and participles as adjectives', () => {
  it('continues a subject named between commas', () => {
    assert.equal(itContinuesSubject('The satellite, Koru-9, was built by an Auckland company.', 'It was retired in 2019.'), 'satellit');
    assert.equal(itContinuesSubject('The satellite, which was old, was built in 2011.', 'It was retired in 2019.'), null);
  });

  it('reads a participle after a possessive as an adjective', () => {
    const isRetire = (t: string): boolean => t === termOf('retired');
    assert.equal(eventOnlyAsAdjective('The agency fined the company for failing to make its retired satellite safe.', isRetire), true);
    assert.equal(eventOnlyAsAdjective('The company retired its satellite in 2019.', isRetire), false);
  });
});

describe('counted things and times to come', () => {
  it('counts the plural noun before a past verb that is also a noun', () => {
    assert.deepEqual(countedOf('How many countries sent donations?').counted, [termOf('countries')]);
    assert.deepEqual(countedOf('How many Yugoslav armored vehicles crossed?').counted, [termOf('vehicles')]);
  });

  it('takes a dateline day for the day a report was filed, not a time to come', () => {
    assert.equal(onlyPastTimes('BOLOGNA, Nov 20 (Reuters) - Prosecutors have opened an investigation into the fire.', '2025'), true);
    assert.equal(onlyPastTimes('Prosecutors will close the investigation on Nov 20.', '2025'), false);
  });
});

describe('a day before the verb', () => {
  it('is when the asked doer acted, not another doer', () => {
    const engine = madeEngine('inquiry', 'An inquiry', {
      a: "VARBY, Feb 11 (Reuters) - Sweden's Security Service, Sapo, on Tuesday took over the investigation into the drones that shut the airport. Witnesses described the drones as large.",
    });
    const a = engine.ask('When did Sapo take over the investigation?', { topic: 'inquiry' });
    assert.equal(a.abstained, false, a.answer);
    assert.equal(a.short, 'Tuesday');
  });
});
