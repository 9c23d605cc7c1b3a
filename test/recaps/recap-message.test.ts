import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diffBriefs } from '../../src/recaps/brief-diff.ts';
import { snapshotBrief } from '../../src/recaps/brief-snapshot.ts';
import { buildRecapMessage } from '../../src/recaps/recap-message.ts';
import { datedAfter, recapSince, recordBriefVersions } from '../../src/recaps/recap-since.ts';
import type { Store } from '../../src/store/open-store.ts';
import { createTestDatabase, type TestDatabase } from '../store/store-drivers.ts';
import { makeBrief, messageText } from './recap-fixtures.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTopic } from '../../src/content/brief-loader.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

const v1 = makeBrief();
const v2 = makeBrief({
  keyPoints: [
    { text: 'Talks resumed in Istanbul on Monday.', label: 'Turkey', cites: [['reuters-1', 'talks resumed on Monday']] },
    { text: 'Russia wants sanctions relief.', label: 'Russia', cites: [['ap-2', 'sanctions relief']] },
  ],
  sources: [
    { id: 'reuters-1', title: 'Talks resume', outlet: 'Reuters', published: '2025-03-01' },
    { id: 'ap-2', title: 'Moscow sets terms', outlet: 'AP' },
  ],
});

describe('brief diff and recap messages', () => {
  it('reports new sources, added and reworded key points, each with citations', () => {
    const d = diffBriefs(snapshotBrief(v1), snapshotBrief(v2));
    assert.deepEqual(d.newSources.map((s) => s.id), ['ap-2']);
    assert.deepEqual(d.keyPointsAdded.map((k) => k.text), ['Russia wants sanctions relief.']);
    assert.deepEqual(d.keyPointsChanged.map((c) => [c.before.text, c.after.text]), [['Talks resumed in Istanbul.', 'Talks resumed in Istanbul on Monday.']]);
    assert.equal(d.statusChange, null);
    assert.equal(d.empty, false);
    assert.equal(diffBriefs(snapshotBrief(v1), snapshotBrief(v1)).empty, true);
    const r = buildRecapMessage({ brief: v2, previous: snapshotBrief(v1), whenUnchanged: 'skip', timezone: 'UTC' });
    const text = messageText(r.message ?? (null as never));
    assert.match(text, /New source\nAP: Moscow sets terms \(undated\)/);
    assert.match(text, /Updated: Turkey: Talks resumed in Istanbul on Monday\./);
    assert.equal(r.message?.summary, 'Black Sea grain deal: 1 new source, 1 key point added, 1 key point updated');
    const cited = new Set(r.message?.citations.map((c) => c.n));
    for (const b of r.message?.blocks ?? []) if (b.type === 'bullets') for (const i of b.items) for (const n of i.citations) assert.ok(cited.has(n));
  });

  it('first recap is the summary and key points; unchanged is null or one line', () => {
    const first = buildRecapMessage({ brief: v1, previous: null, whenUnchanged: 'skip', timezone: 'UTC' });
    assert.equal(first.message?.kind, 'recap');
    assert.equal(first.message?.topic, 'grain-deal');
    assert.match(messageText(first.message ?? (null as never)), /Status: Negotiations ongoing\.[\s\S]*Summary\nParties are negotiating[\s\S]*Key points\nTurkey: Talks resumed in Istanbul\./);
    assert.equal(buildRecapMessage({ brief: v1, previous: snapshotBrief(v1), whenUnchanged: 'skip', timezone: 'UTC' }).message, null);
    const line = buildRecapMessage({ brief: v1, previous: snapshotBrief(v1), whenUnchanged: 'line', timezone: 'UTC' }).message;
    assert.equal(line?.blocks.length, 1, 'one line, no buttons');
  });
});

describe('recapSince', () => {
  let db: TestDatabase;
  let store: Store;
  before(async () => {
    db = createTestDatabase('sqlite');
    store = await db.open();
    await recordBriefVersions(store, [v1], new Date('2025-03-01T09:00:00Z'));
    await recordBriefVersions(store, [v2], new Date('2025-03-03T09:00:00Z'));
  });
  after(async () => db.cleanup());

  it('compares with the version in service at a date', async () => {
    const r = await recapSince(v2, '2025-03-02', store);
    assert.equal(r.baseline?.version, v1.version);
    assert.equal(r.current.version, v2.version);
    assert.deepEqual(r.changes?.newSources.map((s) => s.id), ['ap-2']);
    assert.match(messageText(r.message), new RegExp(`What changed since version ${v1.version.slice(0, 12)} \\(first seen 2025-03-01\\)`));
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(r)));
  });

  it('compares with a version prefix, and explains unknown versions', async () => {
    const r = await recapSince(v2, v1.version.slice(0, 8), store);
    assert.equal(r.baseline?.version, v1.version);
    const same = await recapSince(v2, v2.version.slice(0, 8), store);
    assert.equal(same.changes?.empty, true);
    assert.match(messageText(same.message), /No changes to Black Sea grain deal/);
    await assert.rejects(recapSince(v2, 'zzzzzzzz', store), /no recorded version "zzzzzzzz" of this brief; known versions:/);
  });

  it('before every recorded version, reports the sources published and the timeline entries dated after the date', async () => {
    const r = await recapSince(v2, '2024-01-01', store);
    assert.equal(r.baseline, null);
    assert.ok(r.changes, 'changes are reported, not null');
    const text = messageText(r.message);
    assert.match(text, /What changed since 2024-01-01, going by the sources' publication dates/);
    // Everything in these fixtures is from 2025: all of it is after the date.
    assert.deepEqual(r.changes.newSources.map((s) => s.id).sort(), v2.sources.filter((s) => s.meta.published).map((s) => s.meta.id).sort());
    assert.equal(r.changes.timelineAdded.length, v2.timeline.length);
    const later = await recapSince(v2, '2030-01-01', store);
    assert.equal(later.changes?.empty, true, 'nothing is dated after 2030');
  });

  it('datedAfter reads day, month and year precision', () => {
    assert.equal(datedAfter('2023-06-19', '2023-03-01'), true);
    assert.equal(datedAfter('2023-02-24', '2023-03-01'), false);
    assert.equal(datedAfter('2023-03', '2023-03-10'), true, 'a month counts when part of it is after');
    assert.equal(datedAfter('2023', '2023-12-31'), false);
    assert.equal(datedAfter('2024', '2023-12-31'), true);
  });
});

describe('recaps announce sources that arrived', () => {
  it('quotes the lead sentence of a new source the brief does not cite yet, marked not yet reviewed', async () => {
    const tmp = makeTempBriefs();
    try {
      const dir = path.join(tmp.briefsDir, 'china-russia-aid');
      const before = (await loadTopic(dir, tmp.root)).brief;
      assert.ok(before);
      writeFileSync(path.join(dir, 'sources', 'late-wire.txt'), 'Envoys met again in Vienna on Tuesday to discuss shipments. Talks lasted four hours.\n');
      const after = (await loadTopic(dir, tmp.root)).brief;
      assert.ok(after);
      const recap = buildRecapMessage({ brief: after, previous: snapshotBrief(before), whenUnchanged: 'line', timezone: 'UTC' }).message;
      assert.ok(recap);
      const text = messageText(recap);
      assert.match(text, /What changed since the last recap: 1 new source\./);
      assert.match(text, /not yet reviewed: the brief does not cite it yet/);
      const quote = recap.blocks.find((b) => b.type === 'quote');
      assert.deepEqual(quote && quote.type === 'quote' ? quote.text : null, 'Envoys met again in Vienna on Tuesday to discuss shipments.', 'the lead sentence, verbatim');
    } finally {
      tmp.cleanup();
    }
  });
});
