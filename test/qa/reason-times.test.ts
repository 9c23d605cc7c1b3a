/** "since Sunday night", "after March 3": "since" and "after" before a time say when, not why. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givesReasonFor } from '../../src/qa/entities.ts';

describe('"since" or "after" before a time', () => {
  it('gives no reason', () => {
    const levels = (w: string): boolean => w === 'levels';
    assert.equal(givesReasonFor('Readings had shown ammonia levels well below dangerous limits since Sunday night.', levels), false);
    assert.equal(givesReasonFor('Ammonia levels fell after March 3.', levels), false);
    assert.equal(givesReasonFor('Ammonia levels have been low since 2019.', levels), false);
    assert.equal(givesReasonFor('Ammonia levels fell since the wind had turned.', levels), true, 'a cause after "since"');
  });
});
