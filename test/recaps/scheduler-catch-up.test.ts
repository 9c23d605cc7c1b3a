/**
 * Catch-up after downtime (inside and outside the grace window) and what-changed recaps
 * delivered by the scheduler after brief edits.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { freshDatabases, testDatabaseNames } from '../store/store-drivers.ts';
import { makeBrief, messageText } from './recap-fixtures.ts';
import { createHarness, subscribe } from './scheduler-harness.ts';

for (const driver of testDatabaseNames()) {
  describe(`scheduler catch-up and what-changed (${driver})`, () => {
    const freshDb = freshDatabases(driver);

    it('after downtime, posts the latest missed recap inside the grace window once, late, and skips older ones', async () => {
      const h = createHarness(freshDb(), '2025-03-03T06:00:00Z');
      const a = await h.replica('a');
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'Europe/Berlin', h.clock.now());
      await a.scheduler.tick(h.clock.set('2025-03-03T07:00:00Z')); // Mon 08:00 Berlin, on time
      // Down from Monday until Wednesday 10:00 Berlin: Tuesday's recap is 26 h late, Wednesday's 2 h.
      const r = await a.scheduler.tick(h.clock.set('2025-03-05T09:00:00Z'));
      assert.equal(r.posted, 1);
      assert.equal(r.missed, 1);
      assert.equal(a.target.posts.length, 2);
      const text = messageText(a.target.posts[1]?.messages[0] ?? (null as never));
      assert.match(text, /Late: this recap was due at Wed, 5 Mar 2025, 08:00 \(Europe\/Berlin\)/);
      const log = await a.store.listDeliveries({ subscriptionId: id });
      assert.deepEqual(
        log.map((d) => [d.fireAt.toISOString(), d.status, d.late]),
        [
          ['2025-03-03T07:00:00.000Z', 'posted', false],
          ['2025-03-04T07:00:00.000Z', 'skipped', false],
          ['2025-03-05T07:00:00.000Z', 'posted', true],
        ],
      );
      assert.match(log[1]?.lastError ?? '', /superseded/);
      // Another replica starting up now, or the next ticks, post nothing more.
      const b = await h.replica('b');
      await b.scheduler.tick(h.clock.set('2025-03-05T09:01:00Z'));
      await a.scheduler.tick(h.clock.set('2025-03-05T09:02:00Z'));
      assert.equal(a.target.posts.length + b.target.posts.length, 2);
    });

    it('never posts more than one catch-up per subscription, however many fires were missed', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a');
      const id = await subscribe(a.store, 'C1', '0 * * * *', 'UTC', h.clock.now());
      await a.scheduler.tick(h.clock.set('2025-03-03T01:00:00Z'));
      const r = await a.scheduler.tick(h.clock.set('2025-03-03T05:30:00Z'));
      assert.equal(r.posted, 1);
      assert.equal(r.missed, 3);
      assert.equal(a.target.posts.length, 2);
      const statuses = (await a.store.listDeliveries({ subscriptionId: id })).map((d) => `${d.fireAt.toISOString().slice(11, 16)} ${d.status}`);
      assert.deepEqual(statuses, ['01:00 posted', '02:00 skipped', '03:00 skipped', '04:00 skipped', '05:00 posted']);
    });

    it('records missed recaps outside the grace window as skipped, posts nothing late, and resumes on schedule', async () => {
      const h = createHarness(freshDb(), '2025-03-03T06:00:00Z');
      const a = await h.replica('a', { config: { graceWindowHours: 6 } });
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'Europe/Berlin', h.clock.now());
      await a.scheduler.tick(h.clock.set('2025-03-03T07:00:00Z'));
      // Back at Wednesday 16:00 Berlin: Wednesday's 08:00 recap is 8 h late, outside the 6 h window.
      const r = await a.scheduler.tick(h.clock.set('2025-03-05T15:00:00Z'));
      assert.equal(r.posted, 0);
      assert.equal(r.missed, 2);
      assert.equal(a.target.posts.length, 1);
      const warn = h.logs.find((l) => l['msg'] === 'missed recap is outside the grace window; recorded as skipped');
      assert.ok(warn, 'the skip is logged');
      await a.scheduler.tick(h.clock.set('2025-03-06T07:00:00Z'));
      assert.equal(a.target.posts.length, 2);
      assert.doesNotMatch(messageText(a.target.posts[1]?.messages[0] ?? (null as never)), /Late/);
      const log = await a.store.listDeliveries({ subscriptionId: id });
      assert.deepEqual(log.map((d) => d.status), ['posted', 'skipped', 'skipped', 'posted']);
      assert.match(log[2]?.lastError ?? '', /outside the grace window/);
    });

    it('does not catch up fires from before a subscription existed or before its schedule changed', async () => {
      const h = createHarness(freshDb(), '2025-03-03T07:30:00Z');
      const a = await h.replica('a');
      const id = await subscribe(a.store, 'C1', '0 7 * * *', 'UTC', h.clock.now());
      assert.equal((await a.scheduler.tick(h.clock.set('2025-03-03T07:31:00Z'))).started, 0);
      // At 09:00 the schedule moves to 08:00: today's 08:00 must not be "caught up".
      h.clock.set('2025-03-03T09:00:00Z');
      await a.store.upsertSubscription({ platform: 'slack', channelId: 'C1', topic: 'grain-deal', schedule: '0 8 * * *', cron: '0 8 * * *', timezone: 'UTC', createdBy: null, source: 'command' }, h.clock.now());
      assert.equal((await a.scheduler.tick(h.clock.set('2025-03-03T09:01:00Z'))).started, 0);
      await a.scheduler.tick(h.clock.set('2025-03-04T08:00:00Z'));
      assert.deepEqual((await a.store.listDeliveries({ subscriptionId: id })).map((d) => d.fireAt.toISOString()), ['2025-03-04T08:00:00.000Z']);
    });

    it('after a brief edit, the next recap says what changed, with citations', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a');
      await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      h.catalog.set(
        makeBrief({
          status: { text: 'Deal signed.', cites: [['reuters-1', 'the deal was signed']] },
          keyPoints: [
            { text: 'Talks resumed in Istanbul.', label: 'Turkey', cites: [['reuters-1', 'talks resumed']] },
            { text: 'Shipping insurance will be guaranteed.', label: 'UN', cites: [['reuters-1', 'insurance guaranteed']] },
          ],
        }),
      );
      await a.scheduler.tick(h.clock.set('2025-03-04T08:00:00Z'));
      const msg = a.target.posts[1]?.messages[0];
      assert.ok(msg);
      const text = messageText(msg);
      assert.match(text, /^What changed: Black Sea grain deal/);
      assert.match(text, /Status changed\nDeal signed\.\nWas: Negotiations ongoing\./);
      assert.match(text, /New: UN: Shipping insurance will be guaranteed\./);
      assert.doesNotMatch(text, /Talks resumed in Istanbul/, 'unchanged key points are not repeated');
      // What changed comes first; markers name the sources; the quotes are one button away.
      assert.match(text, /What changed since the recap of Mon, 3 Mar 2025, 08:00 \(UTC\): status changed, 1 key point added\./);
      assert.deepEqual(msg.citations.map((c) => [c.n, c.sourceId]), [[1, 'reuters-1']]);
      assert.deepEqual(msg.sources.map((s) => s.id), ['reuters-1']);
      const actions = msg.blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map((x) => x.id) : []));
      assert.ok(actions.includes('brief.full'), 'details on demand: the full brief with its quotes');
      // Nothing changed the next day: one short line (whenUnchanged: line).
      await a.scheduler.tick(h.clock.set('2025-03-05T08:00:00Z'));
      assert.match(messageText(a.target.posts[2]?.messages[0] ?? (null as never)), /No changes to Black Sea grain deal since the recap of Tue, 4 Mar 2025, 08:00 \(UTC\)\./);
    });

    it('after a new source is added, the recap lists it with title, outlet and date; unchanged days are skipped when configured', async () => {
      const h = createHarness(freshDb(), '2025-03-03T00:00:00Z');
      const a = await h.replica('a', { config: { whenUnchanged: 'skip' } });
      const id = await subscribe(a.store, 'C1', '0 8 * * *', 'UTC', h.clock.now());
      await a.scheduler.tick(h.clock.set('2025-03-03T08:00:00Z'));
      await a.scheduler.tick(h.clock.set('2025-03-04T08:00:00Z'));
      assert.equal(a.target.posts.length, 1, 'nothing changed: no post');
      h.catalog.set(
        makeBrief({
          sources: [
            { id: 'reuters-1', title: 'Talks resume', outlet: 'Reuters', published: '2025-03-01' },
            { id: 'ap-2', title: 'Ships leave Odesa', outlet: 'AP', published: '2025-03-04' },
          ],
          timeline: [
            { date: '2025-03-01', text: 'Talks resume.', cites: [['reuters-1', 'talks resumed']] },
            { date: '2025-03-04', text: 'First ships leave Odesa.', cites: [['ap-2', 'three ships left Odesa']] },
          ],
        }),
      );
      await a.scheduler.tick(h.clock.set('2025-03-05T08:00:00Z'));
      const msg = a.target.posts[1]?.messages[0];
      assert.ok(msg);
      const text = messageText(msg);
      assert.match(text, /New source\nAP: Ships leave Odesa \(2025-03-04\)/);
      assert.match(text, /Timeline\n2025-03-04: First ships leave Odesa\./);
      assert.ok(msg.citations.some((c) => c.sourceId === 'ap-2'), 'the new source is cited');
      assert.ok(msg.sources.some((s) => s.id === 'ap-2' && s.outlet === 'AP' && s.published === '2025-03-04'));
      const log = await a.store.listDeliveries({ subscriptionId: id });
      assert.deepEqual(log.map((d) => d.status), ['posted', 'skipped', 'posted']);
      assert.match(log[1]?.lastError ?? '', /unchanged/);
    });
  });
}
