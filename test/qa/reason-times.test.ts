/**
 * "since Sunday night", "after March 3": "since" and "after" before a time say when, not why;
 * "without giving a reason" gives none; "removed over \"serious failings\"" gives one.
 */
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

describe('a reason named or not', () => {
  it('is none when the sentence says none was given, and one after "over" and a quotation', () => {
    const removed = (w: string): boolean => w === 'removing' || w === 'removed';
    assert.equal(givesReasonFor('The president signed a decree removing the governor, without giving a reason, his office said.', removed), false);
    assert.equal(givesReasonFor('The president removed the governor and gave no reason.', removed), false);
    assert.equal(givesReasonFor('The president removed the governor for a reason his office did not explain.', removed), true);
    assert.equal(givesReasonFor('The office said the governor had been removed over "serious failings in banking supervision."', removed), true);
  });
});
