/**
 * One bad topic never takes the others down: each way of breaking a small topic next to
 * china-russia-aid is reported as that topic's `path: reason`, and china-russia-aid is
 * still loaded, checked and served. Only regular files inside the briefs folder are read.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { pino } from 'pino';
import { loadAllTopics, loadBriefs, type TopicLoad } from '../../src/content/brief-loader.ts';
import { BriefWatcher } from '../../src/content/brief-watcher.ts';
import { buildSourceDocument } from '../../src/content/source-loader.ts';
import { loadFileConfig } from '../../src/app/config.ts';
import { ConfigError, formatIssue } from '../../src/domain/errors.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs, type TempBriefs } from '../helpers/temp-briefs.ts';

const SMALL_BRIEF = `---
title: Small topic
status: "The council met. [@s1: The council met on Monday.]"
updated: 2026-11-01
---

## Summary

The council met. [@s1: The council met on Monday.]

## Key points

- **The council:** It met. [@s1: The council met on Monday.]

## Timeline

- **2026-10-26:** The council meets. [@s1: The council met on Monday.]
`;

function smallTopic(tmp: TempBriefs, opts: { sourcesYml?: string; brief?: string } = {}): string {
  const dir = path.join(tmp.briefsDir, 'small');
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'brief.md'), opts.brief ?? SMALL_BRIEF);
  writeFileSync(path.join(dir, 'sources', 's1.txt'), 'The council met on Monday. It decided nothing.\n');
  writeFileSync(path.join(dir, 'sources', 'sources.yml'), opts.sourcesYml ?? '- id: s1\n  file: s1.txt\n  title: null\n  outlet: null\n  published: null\n  url: null\n');
  return dir;
}

function byTopic(topics: TopicLoad[]): Map<string, TopicLoad> {
  return new Map(topics.map((t) => [t.slug, t]));
}

function errorsOf(t: TopicLoad | undefined): string[] {
  return (t?.issues ?? []).filter((i) => i.severity === 'error').map(formatIssue);
}

const ALIAS_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

describe('one broken topic next to a good one', { timeout: 60_000 }, () => {
  let tmp: TempBriefs;
  beforeEach(() => {
    tmp = makeTempBriefs();
  });
  afterEach(() => tmp.cleanup());

  const expectIsolated = async (slug: string, reason: RegExp, limits?: { maxFileBytes: number }): Promise<void> => {
    const topics = byTopic(await loadAllTopics(tmp.briefsDir, tmp.root, limits ? { limits } : {}));
    assert.ok(topics.get('china-russia-aid')?.brief, 'china-russia-aid is still loaded');
    assert.equal(topics.get(slug)?.brief ?? null, null);
    const errors = errorsOf(topics.get(slug));
    assert.ok(errors.some((e) => reason.test(e)), `expected ${reason} in:\n${errors.join('\n')}`);
    assert.ok(errors.every((e) => /^[^\s:]+:\d+: /.test(e)), 'every error starts with path:line');
  };

  it('a dangling symlink in briefs/', async () => {
    symlinkSync(path.join(tmp.root, 'nowhere'), path.join(tmp.briefsDir, 'ghost'));
    await expectIsolated('ghost', /^briefs\/ghost:1: not found \(or a link to nothing\)/);
  });

  it('a symlink loop as the sources folder', async () => {
    const dir = smallTopic(tmp);
    rmSync(path.join(dir, 'sources'), { recursive: true });
    symlinkSync('sources', path.join(dir, 'sources'));
    await expectIsolated('small', /briefs\/small\/sources:1: sources\/ is a symbolic link loop/);
  });

  it('a sources folder that is a link to /dev', async () => {
    const dir = smallTopic(tmp);
    rmSync(path.join(dir, 'sources'), { recursive: true });
    symlinkSync('/dev', path.join(dir, 'sources'));
    await expectIsolated('small', /sources\/ is a link that leads out of the briefs folder \(to \/dev\)/);
  });

  it('a named pipe listed as a source is refused without blocking', async () => {
    const dir = smallTopic(tmp, { sourcesYml: '- id: s1\n  file: s1.txt\n- id: pipe\n  file: pipe.txt\n' });
    execFileSync('mkfifo', [path.join(dir, 'sources', 'pipe.txt')]);
    await expectIsolated('small', /sources\.yml:\d+: file "pipe\.txt" is not a regular file/);
  });

  it('a folder link inside sources/ that leads out of the briefs folder (/etc/passwd is never read)', async () => {
    const dir = smallTopic(tmp, { sourcesYml: '- id: s1\n  file: s1.txt\n- id: pw\n  file: etc/passwd\n' });
    symlinkSync('/etc', path.join(dir, 'sources', 'etc'));
    await expectIsolated('small', /file "etc\/passwd" is a link that leads out of the briefs folder/);
    const { catalog } = await loadBriefs(tmp.briefsDir, tmp.root);
    const small = catalog.get('small');
    assert.equal(small?.unreviewed, true, 'served from its readable sources only');
    assert.deepEqual(small?.sources.map((d) => d.meta.id), ['s1'], '/etc/passwd is not among them');
  });

  it('a file link inside sources/ that leads out of the briefs folder is refused (the fast read falls back to the full check)', async () => {
    const dir = smallTopic(tmp, { sourcesYml: '- id: s1\n  file: s1.txt\n- id: pw\n  file: passwd.txt\n' });
    symlinkSync('/etc/passwd', path.join(dir, 'sources', 'passwd.txt'));
    await expectIsolated('small', /file "passwd\.txt" is a link that leads out of the briefs folder/);
    const { catalog } = await loadBriefs(tmp.briefsDir, tmp.root);
    assert.deepEqual(catalog.get('small')?.sources.map((d) => d.meta.id), ['s1'], '/etc/passwd is not among them');
  });

  it('a link to a file inside the briefs folder is still read', async () => {
    const dir = smallTopic(tmp, { sourcesYml: '- id: s1\n  file: linked.txt\n' });
    renameSync(path.join(dir, 'sources', 's1.txt'), path.join(dir, 'real.txt'));
    symlinkSync('../real.txt', path.join(dir, 'sources', 'linked.txt'));
    const topics = byTopic(await loadAllTopics(tmp.briefsDir, tmp.root));
    assert.deepEqual(errorsOf(topics.get('small')), []);
    assert.ok(topics.get('small')?.brief);
  });

  it('a YAML alias bomb in the front matter', async () => {
    smallTopic(tmp, { brief: `---\n${ALIAS_BOMB}\ntitle: Small\n---\n\n## Summary\nx [@s1: The council met on Monday.]\n` });
    await expectIsolated('small', /brief\.md:2: front matter cannot be read: .*alias/i);
  });

  it('a source over the size limit is reported with the limit and the setting, not read', async () => {
    const dir = smallTopic(tmp);
    writeFileSync(path.join(dir, 'sources', 's1.txt'), `The council met on Monday. ${'More text follows here. '.repeat(20_000)}`);
    await expectIsolated('small', /file "s1\.txt" is \d+ kB, over the 256 kB limit \(content\.maxFileBytes/, { maxFileBytes: 256 * 1024 });
  });

  it('loading a 4 MB source keeps handing the event loop back (a reload never holds up serving)', async () => {
    const dir = smallTopic(tmp);
    const unit = 'Officials in the U.S. said on Feb. 24 that the talks went well, and Mr. Smith agreed. ';
    writeFileSync(path.join(dir, 'sources', 's1.txt'), `The council met on Monday. ${unit.repeat(Math.ceil((4 * 1024 * 1024) / unit.length))}`);
    let last = performance.now();
    let maxGap = 0;
    let running = true;
    const tick = (): void => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const topics = byTopic(await loadAllTopics(tmp.briefsDir, tmp.root, { limits: { maxFileBytes: 8 * 1024 * 1024 } }));
    // The tick already queued measures the last stretch of loading: let it run before reading.
    await new Promise((resolve) => setImmediate(resolve));
    running = false;
    assert.ok(topics.get('small')?.brief, 'the big source loads and its quote verifies');
    // Built in one go, this source holds the loop for well over half a second on this machine;
    // the longest hold must be a small part of that. Measured against the same work done in one
    // go in this process, so a busy machine (tests run side by side) slows both alike.
    const body = readFileSync(path.join(dir, 'sources', 's1.txt'), 'utf8');
    const start = performance.now();
    void buildSourceDocument({ id: 's1', title: null, outlet: null, published: null, url: null } as never, body, 'small', 's1.txt').sentences.length;
    const oneGo = performance.now() - start;
    // (Loading in one go holds it for longer than `oneGo`, which leaves out verifying the quotes; the
    // bound is 0.8 of it, not half, because under a full parallel test run a garbage collection
    // inside one slice once made it 0.55.)
    assert.ok(maxGap < oneGo * 0.8, `the event loop was held for ${maxGap.toFixed(0)} ms; in one go the same work takes ${oneGo.toFixed(0)} ms`);
  });

  it('briefbot check reports the broken topic, still verifies the good one, and exits 1', async () => {
    const dir = smallTopic(tmp, { sourcesYml: '- id: s1\n  file: s1.txt\n- id: pipe\n  file: pipe.txt\n' });
    execFileSync('mkfifo', [path.join(dir, 'sources', 'pipe.txt')]);
    symlinkSync(path.join(tmp.root, 'nowhere'), path.join(tmp.briefsDir, 'ghost'));
    const r = await runCli(['check', '--root', tmp.root]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /briefs\/ghost:1: not found/);
    assert.match(r.stdout, /file "pipe\.txt" is not a regular file/);
    assert.match(r.stdout, /checked 3 topics in .*: 1 ok, 2 with errors; \d{2,} quotes verified/);
    const brief = await runCli(['brief', 'china-russia-aid', '--root', tmp.root]);
    assert.equal(brief.code, 0);
    assert.match(brief.stdout, /China/);
  });

  it('while watching, a sources/ folder replaced by a file is reported and the process keeps going', async () => {
    const dir = smallTopic(tmp);
    const { catalog } = await loadBriefs(tmp.briefsDir, tmp.root);
    assert.ok(catalog.get('small'));
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write(c, _e, cb) { lines.push(String(c)); cb(); } }));
    const results: TopicLoad[] = [];
    let wake: () => void = () => undefined;
    const watcher = new BriefWatcher({ briefsDir: tmp.briefsDir, repoRoot: tmp.root, catalog, logger, debounceMs: 20, onReload: (r) => { results.push(r); wake(); } });
    watcher.start();
    try {
      rmSync(path.join(dir, 'sources'), { recursive: true });
      writeFileSync(path.join(dir, 'sources'), 'not a folder');
      const deadline = Date.now() + 10_000;
      while (!results.some((r) => r.slug === 'small' && errorsOf(r).some((e) => /sources\/ is not a folder/.test(e)))) {
        if (Date.now() > deadline) assert.fail(`no reload reported the broken folder: ${JSON.stringify(results.map((r) => errorsOf(r)))}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
      }
      assert.ok(catalog.get('china-russia-aid'), 'the other topic is still served');
      assert.ok(catalog.get('small'), 'the last good version of the broken topic stays in service');
      assert.ok(!watcher.watchedFolders().includes(path.join(dir, 'sources')), 'the gone folder is no longer watched');
      // Put the folder back: the topic reloads cleanly.
      rmSync(path.join(dir, 'sources'));
      smallTopic(tmp);
      const before = results.length;
      while (!results.slice(before).some((r) => r.slug === 'small' && r.brief)) {
        if (Date.now() > deadline + 10_000) assert.fail('the repaired topic was not reloaded');
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
      }
    } finally {
      watcher.stop();
    }
  });
});

describe('a broken config file is one clear error, not a stack trace', () => {
  let tmp: TempBriefs;
  beforeEach(() => {
    tmp = makeTempBriefs();
  });
  afterEach(() => tmp.cleanup());

  const configError = (p: string): ConfigError => {
    try {
      loadFileConfig(p);
    } catch (err) {
      assert.ok(err instanceof ConfigError, String(err));
      return err;
    }
    return assert.fail('no error');
  };

  it('a folder as the config path', () => {
    const dir = path.join(tmp.root, 'config-dir');
    mkdirSync(dir);
    assert.match(formatIssue(configError(dir).issues[0]!), /config-dir:1: is a folder, not a file/);
  });

  it('a YAML alias bomb in the config', () => {
    const file = path.join(tmp.root, 'bomb.yml');
    writeFileSync(file, `${ALIAS_BOMB}\n`);
    assert.match(formatIssue(configError(file).issues[0]!), /bomb\.yml:1: cannot be read: .*alias/i);
  });

  it('a named pipe as the config file does not hang', () => {
    const file = path.join(tmp.root, 'pipe.yml');
    execFileSync('mkfifo', [file]);
    assert.match(formatIssue(configError(file).issues[0]!), /pipe\.yml:1: is not a regular file/);
  });
});
