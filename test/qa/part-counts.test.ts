/** "Nine of the derailed cars were tank cars" counts a part of the derailed cars, not how many derailed. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsOnlyPartOfDone } from '../../src/qa/part-counts.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const cars = [termOf('cars') as string];

describe('a count of part of what the asked verb describes', () => {
  it('is no count of those that did it, unless the question asks for the part or its verb is the part\'s', () => {
    assert.equal(countsOnlyPartOfDone('How many cars derailed?', 'Nine of the derailed cars were tank cars.', cars, []), true);
    assert.equal(countsOnlyPartOfDone('How many cars derailed?', 'Nine of the derailed cars were tank cars; 22 cars derailed in all.', cars, []), false, 'a whole count beside it');
    assert.equal(countsOnlyPartOfDone('How many of the derailed cars were tank cars?', 'Nine of the derailed cars were tank cars.', cars, []), false, 'the part asked');
    assert.equal(countsOnlyPartOfDone('How many cars were painted?', 'Nine of the derailed cars were painted.', cars, []), false, 'the part did the asked thing');
    const cables = [termOf('cables') as string];
    assert.equal(countsOnlyPartOfDone('How many data cables were damaged?', 'Two of the damaged data cables belong to Velcom and two to Norlink.', cables, []), true, 'a modifier before the noun');
    assert.equal(countsOnlyPartOfDone('How many data cables were damaged?', 'Two of the damaged data cables belong to Velcom; four data cables were damaged.', cables, []), false);
  });

  it('keeps the engine from giving the part for the whole', () => {
    const engine = madeEngine('rail', 'A derailment', {
      a: 'Nine of the derailed cars were tank cars, and two of them were leaking.',
      b: 'Twenty-two cars of the train left the tracks near the town.',
    });
    const a = engine.ask('How many cars derailed?', { topic: 'rail' });
    assert.doesNotMatch(a.abstained ? '' : a.citations[0]?.quote ?? '', /Nine of the derailed/);
  });
});
