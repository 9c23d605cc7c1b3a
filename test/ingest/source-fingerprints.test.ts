/** The fingerprint cache reads only new or changed sources, and forgets removed ones. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fingerprint } from '../../src/ingest/near-duplicates.ts';
import { SourceFingerprints, textDigest } from '../../src/ingest/source-fingerprints.ts';
import { prng } from '../helpers/prng.ts';

// Each text its own words, so that no two are near-copies of each other.
const text = (n: number): string => {
  const rnd = prng(n + 1);
  const word = (): string => `w${Math.floor(rnd() * 1e6).toString(36)}`;
  return Array.from({ length: 6 }, () => `${Array.from({ length: 12 }, word).join(' ')}.`).join(' ');
};

describe('source fingerprints', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-fp-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const ids = (n: number): Map<string, string> => new Map(Array.from({ length: n }, (_, i) => [`s${i}.txt`, `s${i}`]));

  it('reads every source once, then only what is new or changed', async () => {
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `s${i}.txt`), text(i));
    const cache = new SourceFingerprints();
    let t = await cache.load(dir, ids(5), new Set());
    assert.equal(cache.lastReads, 5);
    assert.equal(t.index.size, 5);
    assert.equal(t.fileWithDigest(textDigest(text(3))), 's3.txt');

    writeFileSync(path.join(dir, 's5.txt'), text(5));
    t = await cache.load(dir, ids(6), new Set());
    assert.equal(cache.lastReads, 1, 'only the new file is read');
    assert.equal(t.index.size, 6);

    writeFileSync(path.join(dir, 's2.txt'), text(42));
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, 's2.txt'), later, later);
    t = await cache.load(dir, ids(6), new Set());
    assert.equal(cache.lastReads, 1, 'only the changed file is read');
    assert.equal(t.fileWithDigest(textDigest(text(2))), null, 'its old text is forgotten');
    assert.equal(t.fileWithDigest(textDigest(text(42))), 's2.txt');
    assert.equal(t.index.check(fingerprint('probe', text(2)))?.id ?? null, null, 'the old text no longer counts as a source to copy');
    assert.equal(t.index.check(fingerprint('probe', text(42)))?.id, 's2');
  });

  it('a removed source or one marked a duplicate leaves the index, without reading anything', async () => {
    const cache = new SourceFingerprints();
    await cache.load(dir, ids(6), new Set());
    unlinkSync(path.join(dir, 's4.txt'));
    let t = await cache.load(dir, ids(6), new Set());
    assert.equal(cache.lastReads, 0);
    assert.equal(t.index.size, 5);
    assert.equal(t.index.check(fingerprint('probe', text(4))), null);
    t = await cache.load(dir, ids(6), new Set(['s1']));
    assert.equal(t.index.size, 4);
    assert.equal(t.index.check(fingerprint('probe', text(1))), null);
  });
});
