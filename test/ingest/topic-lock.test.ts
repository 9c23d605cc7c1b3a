/** Adds to one topic run one at a time, across processes too, so no sources.yml entry is lost. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addSource } from '../../src/ingest/add-source.ts';
import { fetchPage } from '../../src/ingest/safe-fetch.ts';
import { LOCK_FILE, withSourcesLock } from '../../src/ingest/topic-lock.ts';
import { repoRoot } from '../helpers/make-core.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'briefbot-lock-'));

function topic(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'sources', 'sources.yml'), '[]\n');
  return dir;
}

function articles(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(work, `${prefix}-${i}.txt`);
    writeFileSync(file, `${prefix} headline number ${i}\n\nReport ${prefix}-${i}: ${i * 13 + 7} ${prefix} crews met at pier ${i} on day ${i + 2} of the ${prefix} dispute.\n`);
    return file;
  });
}

const entries = (dir: string): number => (readFileSync(path.join(dir, 'sources', 'sources.yml'), 'utf8').match(/^- id: /gm) ?? []).length;

function child(topicDir: string, files: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test', 'helpers', 'add-many.ts'), topicDir, ...files], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('error', reject);
    p.on('close', resolve);
  });
}

describe('the sources lock', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  it('two processes adding to one topic at once keep every entry', async () => {
    const dir = topic('two-processes');
    const codes = await Promise.all([child(dir, articles('alpha', 8)), child(dir, articles('beta', 8))]);
    assert.deepEqual(codes, [0, 0]);
    assert.equal(entries(dir), 16);
    assert.equal(readdirSync(path.join(dir, 'sources')).filter((f) => f.endsWith('.txt')).length, 16);
    assert.ok(!readdirSync(path.join(dir, 'sources')).includes(LOCK_FILE));
  });

  it('concurrent adds in one process all land', async () => {
    const dir = topic('one-process');
    await Promise.all(articles('gamma', 10).map((file) => addSource({ topicDir: dir, file, given: {}, now: new Date(), maxBytes: 1 << 20 })));
    assert.equal(entries(dir), 10);
  });

  it('a slow page being fetched does not hold up another add to the topic', async () => {
    const dir = topic('slow-fetch');
    const server = createServer((_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('Slow wire headline here\n\nThe slow wire reported that 12 cranes stood idle at the east basin on Monday.\n'), 1500));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
      const order: string[] = [];
      const slow = addSource({ topicDir: dir, file: url, given: {}, now: new Date(), maxBytes: 1 << 20, fetch: (u) => fetchPage(u, { timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 1, allowPrivateHosts: true }) }).then(() => order.push('slow'));
      await new Promise((r) => setTimeout(r, 100));
      const [file] = articles('delta', 1);
      await addSource({ topicDir: dir, file: file!, given: {}, now: new Date(), maxBytes: 1 << 20 }).then(() => order.push('file'));
      await slow;
      assert.deepEqual(order, ['file', 'slow']);
      assert.equal(entries(dir), 2);
    } finally {
      server.close();
    }
  });

  it('a held lock makes an add wait, then give up naming the lock file; the topic is unchanged', async () => {
    const dir = topic('held');
    const lock = path.join(dir, 'sources', LOCK_FILE);
    writeFileSync(lock, '99999\n');
    await assert.rejects(
      withSourcesLock(path.join(dir, 'sources'), async () => 'never', { waitMs: 150 }),
      (err: Error) => err.message.includes(lock) && /being changed by another process/.test(err.message),
    );
    assert.equal(entries(dir), 0);
    // A lock left by a process that died long ago is taken over.
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, old, old);
    assert.equal(await withSourcesLock(path.join(dir, 'sources'), async () => 'ran', { waitMs: 150 }), 'ran');
    assert.ok(!readdirSync(path.join(dir, 'sources')).includes(LOCK_FILE));
  });
});
