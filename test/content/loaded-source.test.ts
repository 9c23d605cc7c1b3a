import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { stripBoilerplate } from '../../src/content/boilerplate.ts';
import { bodyForHash, LoadedSource, passageCount } from '../../src/content/loaded-source.ts';
import { buildSourceDocument } from '../../src/content/source-loader.ts';

const META = { id: 'x', file: 'x.txt', title: null, outlet: null, published: null, url: null };
const WIDE = 'Sign up for our newsletter\n\n“We will not,” the minister said — twice. Café owners 🙂 agreed on Tuesday.\n\nA second paragraph follows here, with more words in it.\n';
const NARROW = 'Sign up for our newsletter\n\nThe minister said twice that they would not. Cafe owners agreed on Tuesday.\n';

const sha = (v: string | Buffer): string => createHash('sha256').update(v).digest('hex');

describe('LoadedSource', () => {
  it('gives back the body exactly, wide characters and surrogate pairs included', () => {
    for (const body of [WIDE, NARROW, '', 'x'.repeat(5000) + '’']) {
      const doc = buildSourceDocument(META, body, 't', 'x.txt');
      assert.equal(doc.body, body);
      assert.equal(doc.body, body, 'a second read gives the same text');
    }
  });

  it('keeps a body needing two bytes a character as UTF-8 until it is read, then the string', () => {
    const doc = new LoadedSource(META, 't', 'x.txt', WIDE, [], []);
    const held = doc.bodyForHash;
    assert.ok(Buffer.isBuffer(held), 'held as bytes before any read');
    assert.equal(held.toString('utf8'), WIDE);
    void doc.body;
    assert.equal(doc.bodyForHash, WIDE, 'the decoded string is kept, the bytes let go');
  });

  it('keeps a Latin-1 body, and one with a lone surrogate (UTF-8 cannot carry it), as the string', () => {
    assert.equal(new LoadedSource(META, 't', 'x.txt', NARROW, [], []).bodyForHash, NARROW);
    const broken = 'He wrote \uD83D and stopped. It was “odd”.';
    const doc = new LoadedSource(META, 't', 'x.txt', broken, [], []);
    assert.equal(doc.bodyForHash, broken);
    assert.equal(doc.body, broken);
  });

  it('hashes as its body does, without decoding it', () => {
    for (const body of [WIDE, NARROW]) {
      const doc = buildSourceDocument(META, body, 't', 'x.txt');
      assert.equal(sha(bodyForHash(doc)), sha(body));
    }
  });

  it('makes the passages, stripped lines and sentences the boilerplate pass found', () => {
    const doc = buildSourceDocument(META, WIDE, 't', 'x.txt');
    const { passages, stripped } = stripBoilerplate(WIDE);
    assert.ok(stripped.length > 0 && passages.length > 1, 'the fixture has both');
    assert.deepEqual(doc.passages, passages);
    assert.deepEqual(doc.stripped, stripped);
    assert.equal(passageCount(doc), passages.length);
    assert.deepEqual(doc.sentences.map((s) => [s.passageIndex, s.text]), [
      [0, '“We will not,” the minister said — twice.'],
      [0, 'Café owners 🙂 agreed on Tuesday.'],
      [1, 'A second paragraph follows here, with more words in it.'],
    ]);
    for (const s of doc.sentences) assert.equal(WIDE.slice(s.start, s.end), s.text);
  });

  it('serialises as a plain document', () => {
    const doc = buildSourceDocument(META, WIDE, 't', 'x.txt');
    const json = JSON.parse(JSON.stringify(doc)) as { body: string; passages: unknown[]; sentences: unknown[]; stripped: unknown[]; meta: unknown };
    assert.equal(json.body, WIDE);
    assert.deepEqual(json.meta, META);
    assert.equal(json.sentences.length, doc.sentences.length);
    assert.equal(json.passages.length, doc.passages.length);
    assert.equal(json.stripped.length, doc.stripped.length);
  });
});
