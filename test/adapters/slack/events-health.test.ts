import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENTS_NOT_ARRIVING, EventsHealth } from '../../../src/adapters/slack/events-health.ts';
import { mentionEvent } from '../../fakes/slack/slack-requests.ts';
import { captureLogger } from '../../recaps/scheduler-harness.ts';
import { startHarness } from './harness.ts';

describe('warning when Slack events never arrive (Events URL not verified)', () => {
  it('warns once, after enough commands or time with no event, and never once an event came', () => {
    const h = new EventsHealth({ afterCommands: 3, afterMs: 60_000 });
    assert.deepEqual([h.command(0), h.command(1), h.command(2), h.command(3)], [false, false, true, false]);
    const timed = new EventsHealth({ afterCommands: 100, afterMs: 60_000 });
    assert.equal(timed.command(0), false);
    assert.equal(timed.command(60_000), true);
    const fine = new EventsHealth({ afterCommands: 1 });
    fine.event();
    assert.equal(fine.command(0), false);
  });

  it('the real adapter logs the warning with the fix after slash commands and no event', async () => {
    const { logger, logs } = captureLogger();
    const h = await startHarness({ logger, eventsHealth: { afterCommands: 2 } });
    try {
      await h.command('list', { responseId: 'h1' });
      assert.ok(!logs.some((l) => l['msg'] === EVENTS_NOT_ARRIVING));
      await h.command('list', { responseId: 'h2' });
      await h.command('list', { responseId: 'h3' });
      const warnings = logs.filter((l) => l['msg'] === EVENTS_NOT_ARRIVING);
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0]?.['level'], 40);
      assert.match(String(warnings[0]?.['msg']), /Event Subscriptions.*Request URL.*Verified/);
    } finally {
      await h.close();
    }
  });

  it('stays quiet once an event has arrived', async () => {
    const { logger, logs } = captureLogger();
    const h = await startHarness({ logger, eventsHealth: { afterCommands: 1 } });
    try {
      await h.event(mentionEvent({ eventId: 'Ev1', text: '<@UBOT> hi', ts: '1700000000.000100' }));
      await h.command('list', { responseId: 'q1' });
      assert.ok(!logs.some((l) => l['msg'] === EVENTS_NOT_ARRIVING));
    } finally {
      await h.close();
    }
  });
});
