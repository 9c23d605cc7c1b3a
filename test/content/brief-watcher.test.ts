import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadBriefs } from '../../src/content/brief-loader.ts';
import { BriefWatcher } from '../../src/content/brief-watcher.ts';
import type { TopicLoad } from '../../src/content/brief-loader.ts';
import type { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { pino, type Logger } from 'pino';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { makeTempBriefs, type TempBriefs } from '../helpers/temp-briefs.ts';

/** Resolves with the next reload result whose brief matches `predicate`. */
function nextReload(reloads: TopicLoad[], waiters: Array<(r: TopicLoad) => void>, predicate: (r: TopicLoad) => boolean): Promise<TopicLoad> {
  const seen = reloads.find(predicate);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no reload event within 10 s')), 10_000);
    waiters.push((r) => {
      if (predicate(r)) {
        clearTimeout(timer);
        resolve(r);
      }
    });
  });
}

/** A watcher on `briefsDir` and a way to wait for its next matching reload. */
function watch(tmp: TempBriefs, catalog: MutableBriefCatalog, logger: Logger): { watcher: BriefWatcher; next: (predicate: (r: TopicLoad) => boolean) => Promise<TopicLoad> } {
  const reloads: TopicLoad[] = [];
  const waiters: Array<(r: TopicLoad) => void> = [];
  const watcher = new BriefWatcher({
    briefsDir: tmp.briefsDir,
    repoRoot: tmp.root,
    catalog,
    logger,
    debounceMs: 20,
    onReload: (r) => {
      reloads.push(r);
      for (const w of waiters) w(r);
    },
  });
  return { watcher, next: (predicate) => nextReload(reloads, waiters, predicate) };
}

describe('hot reload', () => {
  const tmp = makeTempBriefs();
  after(() => tmp.cleanup());

  it('keeps the last good version on a broken edit and swaps in a fixed one', async () => {
    const { catalog } = await loadBriefs(tmp.briefsDir, tmp.root);
    const good = catalog.get('china-russia-aid');
    assert.ok(good);
    const logLines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write(chunk, _enc, cb) { logLines.push(String(chunk)); cb(); } }));
    const { watcher, next } = watch(tmp, catalog, logger);
    let changes = 0;
    catalog.onChange(() => changes++);
    watcher.start();
    try {
      const original = tmp.read();
      // 1. a broken edit: the tampered quote fails validation; the old version stays in service.
      tmp.write(original.replace('the balloon shot down by the US Air Force on February 4', 'the balloon shot down by the US Navy on February 4'));
      const broken = await next((r) => r.brief === null);
      assert.ok(broken.issues.some((i) => i.message.startsWith('quote not found')));
      assert.equal(catalog.get('china-russia-aid')?.version, good.version, 'last good version still served');
      assert.ok(logLines.some((l) => l.includes('keeping the last good version')));
      assert.ok(logLines.some((l) => /brief\.md:\d+: quote not found/.test(l)), 'logs path:line');
      // 2. a good edit: the new version replaces the old one.
      tmp.write(original.replace(/^updated: .*$/m, 'updated: 2026-11-24'));
      const fixed = await next((r) => r.brief !== null && r.brief.updated === '2026-11-24');
      assert.ok(fixed.brief);
      assert.equal(catalog.get('china-russia-aid')?.updated, '2026-11-24');
      assert.notEqual(catalog.get('china-russia-aid')?.version, good.version);
      assert.ok(changes >= 1);
      assert.ok(logLines.some((l) => /"msg":"china-russia-aid reloaded: \d+ quotes verified"/.test(l) && l.includes('"level":30')), 'each reload is logged at info with the quotes verified');
    } finally {
      watcher.stop();
    }
  });
});

describe('hot reload survives the ways editors save', () => {
  const tmp = makeTempBriefs();
  after(() => tmp.cleanup());

  it('sees edits after rename-based saves, editor temp files, and a delete and re-create', async () => {
    const { catalog } = await loadBriefs(tmp.briefsDir, tmp.root);
    const { watcher, next } = watch(tmp, catalog, pino({ level: 'silent' }));
    watcher.start();
    const file = tmp.briefPath();
    const dir = path.dirname(file);
    const original = tmp.read();
    const withDate = (d: string): string => original.replace(/^updated: .*$/m, `updated: ${d}`);
    const served = (d: string): Promise<TopicLoad> => next((r) => r.brief?.updated === d);
    try {
      // 1. "Safe write" / atomic save: write a temp file, rename it over brief.md (sed -i, most editors).
      for (const [i, d] of ['2026-11-24', '2026-11-25', '2026-11-26'].entries()) {
        const temp = path.join(dir, `.brief.md.tmp-${i}`);
        writeFileSync(temp, withDate(d));
        renameSync(temp, file);
        await served(d);
        assert.equal(catalog.get('china-russia-aid')?.updated, d, `rename save ${i + 1} went live`);
      }
      // 2. Editor clutter next to it (a swap file, a backup) does not disturb the next save.
      writeFileSync(path.join(dir, '.brief.md.swp'), 'swap');
      writeFileSync(path.join(dir, 'brief.md~'), withDate('2000-01-01'));
      writeFileSync(file, withDate('2026-11-27'));
      await served('2026-11-27');
      // 3. Deleted, then re-created: the last good version stays in service meanwhile.
      rmSync(file);
      await next((r) => r.brief === null && r.issues.some((i) => /brief\.md is missing/.test(i.message)));
      assert.equal(catalog.get('china-russia-aid')?.updated, '2026-11-27');
      writeFileSync(file, withDate('2026-11-28'));
      await served('2026-11-28');
      assert.equal(catalog.get('china-russia-aid')?.updated, '2026-11-28');
    } finally {
      watcher.stop();
    }
  });
});
