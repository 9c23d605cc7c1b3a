/**
 * briefbot draft end to end in the core: the draft passes check for every topic in the repo
 * and for topics of 1 and 1,000 sources; 0 sources is refused in one line; a curator's
 * brief is never overwritten; a reviewed brief gets only additions; chat labels drafts.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadAllTopics, loadBriefs, loadTopic } from '../../src/content/brief-loader.ts';
import { draftTopic, writeDraft } from '../../src/drafting/draft-topic.ts';
import { briefCardMessage } from '../../src/domain/messages/brief-messages.ts';
import { renderText } from '../../src/domain/messages/render-text.ts';
import { repoRoot } from '../helpers/make-core.ts';
import { sourceTopic } from '../helpers/source-topic.ts';

const TODAY = '2026-12-01';
const errorsOf = async (topicDir: string, root: string): Promise<string[]> => (await loadTopic(topicDir, root)).issues.filter((i) => i.severity === 'error').map((i) => `${i.line}: ${i.message}`);

describe('briefbot draft', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'briefbot-drafts-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('drafts every topic in the repository from its sources alone, and the draft passes check', async () => {
    const briefs = path.join(work, 'repo', 'briefs');
    for (const slug of readdirSync(path.join(repoRoot, 'briefs'))) {
      cpSync(path.join(repoRoot, 'briefs', slug, 'sources'), path.join(briefs, slug, 'sources'), { recursive: true });
    }
    for (const load of await loadAllTopics(briefs, path.join(work, 'repo'))) {
      const result = await draftTopic(load, path.join(briefs, load.slug), TODAY);
      assert.equal(result.mode, 'new');
      await writeDraft(result);
      assert.deepEqual(await errorsOf(path.join(briefs, load.slug), path.join(work, 'repo')), [], `${load.slug} drafts clean`);
      assert.match(readFileSync(path.join(briefs, load.slug, 'brief.md'), 'utf8'), /^draft: true$/m);
    }
    const cra = await draftTopic((await loadAllTopics(briefs, path.join(work, 'repo'))).find((l) => l.slug === 'china-russia-aid')!, path.join(briefs, 'china-russia-aid'), TODAY);
    const dates = cra.draft.timeline.map((t) => t.date);
    for (const d of ['2023-02-04', '2023-02-18']) assert.ok(dates.includes(d), `timeline holds ${d}`);
    assert.ok(dates.includes('2023-06-18') || dates.includes('2023-06-19'), 'timeline holds the Beijing talks');
    // Four of the five sources show no date; the one writing out June 19 is the newest.
    assert.equal(cra.draft.status?.citations[0]?.source, 'beijing-assurances', 'the status is the newest development');
  });

  it('one source is drafted; no sources is refused saying how to add some', async () => {
    const one = sourceTopic('one', [{ id: 'only', published: '2026-11-20', text: 'Dock workers at the port of Valmora walked out on Monday over pay, the union said in a statement.\nThe strike has idled three terminals and forty ships are waiting at anchor outside the harbour.\n' }]);
    const none = sourceTopic('none', []);
    try {
      const r = await draftTopic(await one.load(), one.topicDir, TODAY);
      assert.ok(r.draft.summary.length >= 1);
      await writeDraft(r);
      assert.deepEqual(await errorsOf(one.topicDir, one.root), []);
      await assert.rejects(draftTopic(await none.load(), none.topicDir, TODAY), /none has no sources to draft from; add articles with "briefbot add none/);
    } finally {
      one.cleanup();
      none.cleanup();
    }
  });

  it('a topic of 1,000 sources is drafted and passes check', { timeout: 120_000 }, async () => {
    const words = ['harbour', 'crane', 'union', 'ferry', 'cargo', 'pilot', 'quay', 'berth', 'tug', 'dredger', 'customs', 'warehouse'];
    const articles = Array.from({ length: 1000 }, (_, i) => ({
      id: `a${i}`,
      published: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      text: `Report ${i}: the ${words[i % 12]} workers at pier ${i} met the ${words[(i * 5) % 12]} managers on Monday to discuss pay.\nOfficials counted ${i * 3 + 7} ${words[(i * 7) % 12]} crews on duty at the port on day ${i}.\nThe ${words[(i * 11) % 12]} committee said talks over shift ${i} would continue next week.\n`,
    }));
    const big = sourceTopic('big', articles);
    try {
      const r = await draftTopic(await big.load(), big.topicDir, TODAY);
      await writeDraft(r);
      assert.deepEqual(await errorsOf(big.topicDir, big.root), []);
    } finally {
      big.cleanup();
    }
  });

  it("never overwrites a curator's brief, and proposes only additions from sources the brief does not cite", async () => {
    const root = path.join(work, 'curated');
    cpSync(path.join(repoRoot, 'briefs'), path.join(root, 'briefs'), { recursive: true });
    const topicDir = path.join(root, 'briefs', 'china-russia-aid');
    const curated = readFileSync(path.join(topicDir, 'brief.md'), 'utf8');
    let result = await draftTopic(await loadTopic(topicDir, root), topicDir, TODAY);
    assert.equal(result.mode, 'additions');
    assert.deepEqual(result.uncited, [], 'the brief cites every source: nothing to propose');
    // A new article the brief does not cite yet.
    writeFileSync(path.join(topicDir, 'sources', 'new-wire.txt'), 'Chinese and US officials met in Vienna on Tuesday for talks on export controls, the State Department said in a statement.\nThe two delegations agreed to meet again in the autumn, according to a joint statement released after the talks.\n');
    writeFileSync(path.join(topicDir, 'sources', 'sources.yml'), `${readFileSync(path.join(topicDir, 'sources', 'sources.yml'), 'utf8')}- id: new-wire\n  file: new-wire.txt\n  title: null\n  outlet: New Wire\n  published: 2023-07-12\n  url: null\n`);
    result = await draftTopic(await loadTopic(topicDir, root), topicDir, TODAY);
    assert.deepEqual([result.mode, result.uncited, path.basename(result.target)], ['additions', ['new-wire'], 'brief.draft.md']);
    await writeDraft(result);
    assert.equal(readFileSync(path.join(topicDir, 'brief.md'), 'utf8'), curated, 'brief.md untouched');
    const proposed = readFileSync(path.join(topicDir, 'brief.draft.md'), 'utf8');
    // Every line of the curator's brief is still there, in order: the draft only adds.
    const kept = curated.trimEnd().split('\n');
    let at = 0;
    for (const line of proposed.split('\n')) if (line === kept[at]) at++;
    assert.equal(at, kept.length, 'the curated brief is a subsequence of the proposal');
    assert.match(proposed, /\[@new-wire: /);
    assert.ok(proposed.split('\n').length > kept.length);
    assert.equal((await loadTopic(topicDir, root)).brief?.draft, undefined, 'the reviewed brief is still what is served');
  });

  it('a draft is served labelled as a draft; with serveDrafts false it is held back', async () => {
    const t = sourceTopic('drafted', [{ id: 'w', published: '2026-11-20', text: 'Dock workers at the port of Valmora walked out on Monday over pay, the union said in a statement.\nThe strike has idled three terminals and forty ships are waiting at anchor outside the harbour.\n' }]);
    try {
      await writeDraft(await draftTopic(await t.load(), t.topicDir, TODAY));
      const { catalog } = await loadBriefs(t.briefsDir, t.root);
      const brief = catalog.get('drafted')!;
      assert.equal(brief.draft, true);
      assert.match(renderText(briefCardMessage(brief)), /Draft, not yet reviewed by a curator/);
      const held = await loadBriefs(t.briefsDir, t.root, { limits: { maxFileBytes: 1 << 20, serveDrafts: false } });
      assert.equal(held.catalog.get('drafted')?.unreviewed, true, 'served from its sources instead');
      assert.match(held.issues.map((i) => i.message).join('\n'), /draft not yet approved/);
      // A second draft goes beside the first, never over it.
      const before = readFileSync(path.join(t.topicDir, 'brief.md'), 'utf8');
      const again = await draftTopic(await t.load(), t.topicDir, TODAY);
      assert.equal(again.mode, 'beside');
      await writeDraft(again);
      assert.equal(readFileSync(path.join(t.topicDir, 'brief.md'), 'utf8'), before);
    } finally {
      t.cleanup();
    }
  });
});
