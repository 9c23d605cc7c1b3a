import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CronExpressionParser } from 'cron-parser';
import { compileCron, firesBetween, formatInZone, nextFire, previousFire } from '../../src/schedule/fire-times.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const between = (cron: string, tz: string, a: string, b: string): string[] => firesBetween(compileCron(cron, tz), new Date(a), new Date(b)).fires.map((d) => d.toISOString());

describe('fire times in a time zone', () => {
  it('fires at local time, not UTC', () => {
    assert.deepEqual(between('0 8 * * 1-5', 'Europe/Berlin', '2025-01-03T00:00:00Z', '2025-01-07T00:00:00Z'), ['2025-01-03T07:00:00.000Z', '2025-01-06T07:00:00.000Z']);
    assert.deepEqual(between('0 8 * * *', 'America/New_York', '2025-07-01T00:00:00Z', '2025-07-02T00:00:00Z'), ['2025-07-01T12:00:00.000Z']);
    assert.deepEqual(between('30 9 * * *', 'Asia/Kolkata', '2025-07-01T00:00:00Z', '2025-07-02T00:00:00Z'), ['2025-07-01T04:00:00.000Z']);
  });

  it('keeps 08:00 local across both DST changes', () => {
    // Berlin: 30 Mar 2025 02:00 CET → 03:00 CEST; 26 Oct 2025 03:00 CEST → 02:00 CET.
    assert.deepEqual(between('0 8 * * *', 'Europe/Berlin', '2025-03-29T00:00:00Z', '2025-03-31T00:00:00Z'), ['2025-03-29T07:00:00.000Z', '2025-03-30T06:00:00.000Z']);
    assert.deepEqual(between('0 8 * * *', 'Europe/Berlin', '2025-10-25T00:00:00Z', '2025-10-27T00:00:00Z'), ['2025-10-25T06:00:00.000Z', '2025-10-26T07:00:00.000Z']);
  });

  it('spring forward: a nonexistent 02:30 fires once, shifted by the gap (03:30 CEST)', () => {
    assert.deepEqual(between('30 2 * * *', 'Europe/Berlin', '2025-03-29T00:00:00Z', '2025-03-31T12:00:00Z'), [
      '2025-03-29T01:30:00.000Z',
      '2025-03-30T01:30:00.000Z',
      '2025-03-31T00:30:00.000Z',
    ]);
    // New York: 9 Mar 2025 02:00 EST → 03:00 EDT.
    assert.deepEqual(between('30 2 * * *', 'America/New_York', '2025-03-09T00:00:00Z', '2025-03-10T00:00:00Z'), ['2025-03-09T07:30:00.000Z']);
    // 02:30 and 03:30 both land on 03:30 CEST: one fire, not two.
    assert.deepEqual(between('30 2,3 * * *', 'Europe/Berlin', '2025-03-29T23:00:00Z', '2025-03-30T05:00:00Z'), ['2025-03-30T01:30:00.000Z']);
  });

  it('spring forward: next fire is right however close to the gap we start', () => {
    const c = compileCron('30 2 * * *', 'Europe/Berlin');
    for (const start of ['2025-03-30T00:59:00Z', '2025-03-30T01:00:00Z', '2025-03-30T01:29:59Z']) {
      assert.equal(iso(nextFire(c, new Date(start))), '2025-03-30T01:30:00.000Z', `from ${start}`);
    }
    // cron-parser alone loses this fire when started at 03:00 CEST (why we iterate ourselves).
    const lib = CronExpressionParser.parse('30 2 * * *', { tz: 'Europe/Berlin', currentDate: new Date('2025-03-30T01:00:00Z') });
    assert.notEqual(lib.next().toDate().toISOString(), '2025-03-30T01:30:00.000Z');
  });

  it('fall back: an ambiguous 01:30 / 02:30 fires exactly once, at its first occurrence', () => {
    // New York: 2 Nov 2025 02:00 EDT → 01:00 EST, so 01:30 happens at 05:30Z and 06:30Z.
    assert.deepEqual(between('30 1 * * *', 'America/New_York', '2025-11-01T00:00:00Z', '2025-11-03T12:00:00Z'), [
      '2025-11-01T05:30:00.000Z',
      '2025-11-02T05:30:00.000Z',
      '2025-11-03T06:30:00.000Z',
    ]);
    assert.deepEqual(between('30 2 * * *', 'Europe/Berlin', '2025-10-25T12:00:00Z', '2025-10-26T12:00:00Z'), ['2025-10-26T00:30:00.000Z']);
    // Starting between the two occurrences must not fire the second one.
    const c = compileCron('30 2 * * *', 'Europe/Berlin');
    assert.equal(iso(nextFire(c, new Date('2025-10-26T01:29:00Z'))), '2025-10-27T01:30:00.000Z');
    // previousFire never returns the second occurrence either (cron-parser's prev() does).
    assert.equal(iso(previousFire(c, new Date('2025-10-26T12:00:00Z'))), '2025-10-26T00:30:00.000Z');
    const lib = CronExpressionParser.parse('30 2 * * *', { tz: 'Europe/Berlin', currentDate: new Date('2025-10-26T12:00:00Z') });
    assert.equal(lib.prev().toDate().toISOString(), '2025-10-26T01:30:00.000Z');
  });

  it('fall back: hourly schedules fire in both passes of the repeated hour, like cron', () => {
    assert.deepEqual(between('0 * * * *', 'Europe/Berlin', '2025-10-25T23:30:00Z', '2025-10-26T02:30:00Z'), [
      '2025-10-26T00:00:00.000Z',
      '2025-10-26T01:00:00.000Z',
      '2025-10-26T02:00:00.000Z',
    ]);
  });

  it('handles half-hour DST (Lord Howe) and midnight transitions', () => {
    // Lord Howe: 6 Apr 2025 02:00 +11 → 01:30 +10:30; 01:45 happens twice, fires once.
    assert.deepEqual(between('45 1 * * *', 'Australia/Lord_Howe', '2025-04-05T12:00:00Z', '2025-04-06T12:00:00Z'), ['2025-04-05T14:45:00.000Z']);
    // Santiago 2025-09-07: 00:00 → 01:00, so 00:15 does not exist; it fires at 01:15 local.
    assert.deepEqual(between('15 0 * * *', 'America/Santiago', '2025-09-06T12:00:00Z', '2025-09-07T12:00:00Z'), ['2025-09-07T04:15:00.000Z']);
  });

  it('finds next and previous fires, applying the day-of-month OR day-of-week rule', () => {
    const c = compileCron('0 9 13 * 5', 'UTC');
    assert.equal(iso(nextFire(c, new Date('2025-06-01T00:00:00Z'))), '2025-06-06T09:00:00.000Z'); // a Friday
    assert.equal(iso(nextFire(c, new Date('2025-06-12T00:00:00Z'))), '2025-06-13T09:00:00.000Z'); // the 13th (also Friday)
    assert.equal(iso(previousFire(compileCron('0 9 29 2 *', 'UTC'), new Date('2025-06-01T00:00:00Z'))), '2024-02-29T09:00:00.000Z');
    assert.equal(iso(previousFire(compileCron('0 8 * * *', 'UTC'), new Date('2025-06-01T08:00:00Z'))), '2025-06-01T08:00:00.000Z', 'inclusive');
  });

  it('limits long ranges to the latest fires and reports the total', () => {
    const r = firesBetween(compileCron('*/5 * * * *', 'UTC'), new Date('2025-01-01T00:00:00Z'), new Date('2025-01-02T00:00:00Z'), 3);
    assert.equal(r.total, 288);
    assert.deepEqual(r.fires.map((d) => d.toISOString()), ['2025-01-01T23:50:00.000Z', '2025-01-01T23:55:00.000Z', '2025-01-02T00:00:00.000Z']);
  });

  it('rejects unsupported cron extensions', () => {
    assert.throws(() => compileCron('0 8 L * *', 'UTC'), /not supported/);
    assert.throws(() => compileCron('0 8 * * 1#2', 'UTC'), /not supported/);
    assert.throws(() => compileCron('0 8 * *', 'UTC'), /5 fields/);
    assert.doesNotThrow(() => compileCron('0 8 * jan-mar mon-fri', 'UTC'));
  });

  it('formats times in the subscription zone', () => {
    assert.equal(formatInZone(new Date('2025-03-03T07:00:00Z'), 'Europe/Berlin'), 'Mon, 3 Mar 2025, 08:00 (Europe/Berlin)');
  });
});
