/**
 * "Who flew the drones?" is not answered by "drones flying over airports": the thing asked about
 * does the verb on its own there, and no one is said to do it to the thing. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { objectActsOnItsOwn } from '../../src/qa/self-acting-objects.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a thing that does the asked verb on its own', () => {
  const q = analyzeQuestion('Who flew the drones?');

  it('reads "drones flying" and "the drones were flying" as the drones doing it', () => {
    assert.equal(objectActsOnItsOwn(q, 'Police may bring down drones flying over airports.'), true);
    assert.equal(objectActsOnItsOwn(q, 'Staff said the drones were flying near the runway.'), true);
    assert.equal(objectActsOnItsOwn(q, 'A local man flew the drones from a field.'), false);
    assert.equal(objectActsOnItsOwn(q, 'Drones flown by a local club were seen.'), false, 'flown by someone');
    assert.equal(objectActsOnItsOwn(q, 'The drones were seen at night.'), false, 'no flying told');
  });

  it('declines "Who flew the drones?" when the documents say only that they flew', () => {
    const engine = madeEngine('drones', 'Drones over an airport', {
      a: "VARBY, Feb 9 (Reuters) - Varby's main airport, Varby Landvik, halted all flights for five hours on Sunday after staff reported three drones flying near the runway. Police said they had not found the operators. Premier Lena Holm's government proposed a law to let police bring down drones flying over airports.",
    });
    assert.equal(engine.ask('Who flew the drones?', { topic: 'drones' }).abstained, true);
  });
});
