/** The brief's dateline shows the latest event that has happened by the brief's date, and a planned one apart. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latestEvent } from '../../../src/domain/messages/brief-messages.ts';
import type { Brief } from '../../../src/domain/brief-types.ts';

const brief = (updated: string, dates: string[]): Brief => ({ updated, timeline: dates.map((date) => ({ date })) }) as unknown as Brief;

describe('latest event', () => {
  it('is the last timeline date not after the brief\'s own date; a later one is what comes next', () => {
    assert.deepEqual(latestEvent(brief('2026-12-04', ['2026-11-30', '2026-12-01', '2027-05'])), { latest: '2026-12-01', next: '2027-05' });
    assert.deepEqual(latestEvent(brief('2026-12-04', ['2026-11', '2026-12'])), { latest: '2026-12', next: null }, 'the month of the brief\'s date is not after it');
    assert.deepEqual(latestEvent(brief('2026-12-04', ['2027'])), { latest: null, next: '2027' });
    assert.deepEqual(latestEvent(brief('2026-12-04', [])), { latest: null, next: null });
  });
});
