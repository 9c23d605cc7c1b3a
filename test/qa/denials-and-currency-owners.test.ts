/**
 * Short facts and sums news copy writes: "No one was injured." is an answer however few its
 * words; "anyone" asks for no word of its own; a sum in "40 million Swedish crowns" or "1.5
 * million New Zealand dollars" names whose currency it is; "the number of tracked pieces stood at
 * 465" counts pieces, and so does "pieces, of which there are 465". Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsThing, CURRENCY_RE, numbersWhole } from '../../src/qa/quantities.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('denials and "anyone"', () => {
  const engine = madeEngine('fire', 'A fire at a depot', {
    a: 'A fire tore through the Marren depot late on Sunday. About 60 firefighters took three hours to bring the blaze under control. No one was injured. The roof collapsed before dawn.',
  });

  it('answers "Was anyone injured?" with a four-word denial', () => {
    assertAnswers(engine, 'fire', 'Was anyone injured?', /^No one was injured\.$/);
  });

  it('asks for no word of "anyone", "somebody" and the like', () => {
    assert.deepEqual(analyzeQuestion('Was anyone injured?').terms, analyzeQuestion('Was he injured?').terms);
    assert.deepEqual(analyzeQuestion('Did somebody see the fire?').terms, analyzeQuestion('Did she see the fire?').terms);
  });
});

describe('sums in a named currency', () => {
  it('reads a demonym or a country name before the currency as part of the sum', () => {
    assert.match('cost them at least 40 million Swedish crowns.'.match(CURRENCY_RE)?.[0] ?? '', /40 million Swedish crowns/);
    assert.match('fined 1.5 million New Zealand dollars for'.match(CURRENCY_RE)?.[0] ?? '', /1\.5 million New Zealand dollars/);
    assert.equal(CURRENCY_RE.test('The 40 players wore paper crowns.'), false);
  });

  it('answers "How much did it cost?" with a sum in Swedish crowns', () => {
    const engine = madeEngine('airport', 'An airport closure', {
      a: 'Flights at Varby airport were halted for five hours on Sunday. Airlines said the closure had cost them at least 40 million Swedish crowns. Police said they had not found the operators.',
    });
    const a = engine.ask('How much did the closure cost airlines?', { topic: 'airport' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Swedish crowns/);
  });
});

describe('the number of a modified thing', () => {
  it('counts the noun after a modifier in "the number of tracked pieces"', () => {
    const want = new Set(['piec']);
    assert.equal(numbersWhole('The number of tracked pieces stood at 465, officials said.', want), true);
    assert.equal(numbersWhole('The number of pieces stood at 465.', want), true);
    // The figure after the counted word, not after the word that follows it.
    assert.equal(numbersWhole('The inquiry widened, bringing the number of suspects to 13.', new Set(['suspect'])), true);
    assert.equal(numbersWhole('The number of tracked satellites stood at 465.', want), false);
  });
});

describe('a count after its noun', () => {
  it('counts the noun before ", of which there are N"', () => {
    assert.equal(countsThing('The government will review all Varnish satellites, of which there are 22 in orbit.', ['satellit']), true);
    assert.equal(countsThing('The government will review all Varnish satellites, of which there are 22 in orbit.', ['rocket']), false);
  });
});
