import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSchedule, ScheduleError } from '../../src/schedule/schedule-parser.ts';

describe('parseSchedule', () => {
  const cases: [string, string, string, string][] = [
    ['daily 08:00', '0 8 * * *', 'UTC', 'every day at 08:00, UTC time'],
    ['daily 08:00 Europe/Berlin', '0 8 * * *', 'Europe/Berlin', 'every day at 08:00, Europe/Berlin time'],
    ['weekdays 08:00', '0 8 * * 1-5', 'UTC', 'every weekday (Mon–Fri) at 08:00, UTC time'],
    ['weekly mon 09:00', '0 9 * * 1', 'UTC', 'every Monday at 09:00, UTC time'],
    ['weekly Monday,thu 17:15 america/new_york', '15 17 * * 1,4', 'America/New_York', 'every Monday and Thursday at 17:15, America/New_York time'],
    ['every weekday at 8:30am Europe/Berlin', '30 8 * * 1-5', 'Europe/Berlin', 'every weekday (Mon–Fri) at 08:30, Europe/Berlin time'],
    ['daily 12am', '0 0 * * *', 'UTC', 'every day at 00:00, UTC time'],
    ['weekends 10:00', '0 10 * * 0,6', 'UTC', 'every Saturday and Sunday at 10:00, UTC time'],
    ['*/30 9-17 * * 1-5', '*/30 9-17 * * 1-5', 'UTC', 'on cron schedule "*/30 9-17 * * 1-5", UTC time'],
    ['0 7 * * 1 Asia/Tokyo', '0 7 * * 1', 'Asia/Tokyo', 'on cron schedule "0 7 * * 1", Asia/Tokyo time'],
  ];
  for (const [text, cron, tz, description] of cases) {
    it(`parses "${text}"`, () => {
      const p = parseSchedule(text, 'UTC');
      assert.equal(p.cron, cron);
      assert.equal(p.timezone, tz);
      assert.equal(p.description, description);
      // The normalized text parses back to the same schedule.
      assert.equal(parseSchedule(p.normalized, 'Asia/Tokyo').cron, cron);
      assert.equal(parseSchedule(p.normalized, 'Asia/Tokyo').timezone, tz);
    });
  }

  it('uses the default time zone from config', () => {
    assert.equal(parseSchedule('daily 08:00', 'Europe/Berlin').timezone, 'Europe/Berlin');
  });

  const errors: [string, RegExp][] = [
    ['', /No schedule given/],
    ['daily', /needs a time such as 08:00/],
    ['daily 8', /write hours and minutes, e\.g\. 08:00/],
    ['daily 24:00', /not a valid time of day/],
    ['daily 13pm', /with am\/pm the hour is 1-12/],
    ['weekly 09:00', /needs a day/],
    ['fortnightly 08:00', /I don't understand the schedule/],
    ['daily 08:00 Europe/Berln', /Unknown time zone "Europe\/Berln"\. Did you mean Europe\/Berlin\?/],
    ['0 8 * *', /not a 5-field cron expression/],
    ['0 25 * * *', /not a valid cron expression/],
    ['Europe/Berlin', /A time zone alone/],
  ];
  for (const [text, pattern] of errors) {
    it(`explains what is wrong with "${text}"`, () => {
      assert.throws(
        () => parseSchedule(text, 'UTC'),
        (err: unknown) => err instanceof ScheduleError && pattern.test(err.userMessage) && /daily 08:00|hours and minutes|time of day|1-12|time zone/.test(err.userMessage),
      );
    });
  }
});
