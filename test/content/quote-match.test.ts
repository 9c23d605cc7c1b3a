import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findQuote, isVerbatim, normalizeForMatch, QuoteIndex } from '../../src/content/quote-match.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const doc001 = readFileSync(path.join(repoRoot, 'briefs/china-russia-aid/sources/001_d018a89bbe1152b2.txt'), 'utf8');
const doc003 = readFileSync(path.join(repoRoot, 'briefs/china-russia-aid/sources/003_f448b8a3a532feaf.txt'), 'utf8');

describe('normalizeForMatch', () => {
  it('folds quotes, dashes, whitespace and case, and maps back to original indexes', () => {
    const s = '  “Hi”\u00a0 ‘there’ — A\t\nB ′x″ «y» ‐‑‒–―− ';
    const { text, map } = normalizeForMatch(s);
    assert.equal(text, '"hi" \'there\' - a b \'x" "y" ------');
    assert.equal(map.length, text.length);
    assert.equal(map[0], 2); // “
    assert.equal(map[4], 6); // first char of the whitespace run "\u00a0 "
    assert.equal(s[map[text.indexOf('a')] ?? -1], 'A');
    for (let i = 0; i < text.length; i++) {
      const original = s[map[i] ?? -1] ?? '';
      if (text[i] === ' ') assert.match(original, /\s/);
      else if (text[i] === 'a' || text[i] === 'b') assert.equal(original.toLowerCase(), text[i]);
    }
    for (let i = 1; i < map.length; i++) assert.ok((map[i] ?? 0) > (map[i - 1] ?? 0), 'map is increasing');
  });

  it('changes nothing else: ellipses, accents and other punctuation stay', () => {
    assert.equal(normalizeForMatch('Café… (ok); [x]!').text, 'café… (ok); [x]!');
  });

  it('returns an empty text for blank input', () => {
    assert.deepEqual(normalizeForMatch(' \n\t '), { text: '', map: [] });
  });

  it('handles characters whose lower case is longer and astral characters', () => {
    const s = 'İstanbul 😀 OK';
    const { text, map } = normalizeForMatch(s);
    assert.equal(text, 'i̇stanbul 😀 ok');
    assert.equal(map.length, text.length);
    assert.equal(map[0], 0);
    assert.equal(map[1], 0);
    assert.deepEqual(findQuote(s, '😀 ok'), { start: 9, end: 14 });
    assert.deepEqual(findQuote(s, 'i̇stanbul'), { start: 0, end: 8 });
  });
});

describe('findQuote', () => {
  it('finds a quote typed with straight quotes and plain spaces in a curly-quoted body (001)', () => {
    const quote = '"We are very concerned that China is considering providing lethal support to Russia and its aggression against Ukraine," he told NBC News';
    const r = findQuote(doc001, quote);
    assert.ok(r);
    assert.equal(
      doc001.slice(r.start, r.end),
      '“We are very concerned that China is considering providing lethal support to Russia and its aggression against Ukraine,” he told NBC News',
    );
    assert.ok(isVerbatim(doc001, doc001.slice(r.start, r.end)));
  });

  it('matches across a non-breaking space and a case difference (001)', () => {
    const r = findQuote(doc001, 'have ALREADY seriously strained relations');
    assert.ok(r);
    assert.equal(doc001.slice(r.start, r.end), 'have already\u00a0seriously strained relations');
  });

  it('matches dashes and apostrophes (003)', () => {
    const r = findQuote(doc003, "Yet, US–Chinese relations would deteriorate considerably");
    assert.ok(r);
    assert.equal(doc003.slice(r.start, r.end), 'Yet, US-Chinese relations would deteriorate considerably');
    const r2 = findQuote(doc003, "It is obvious that Mr. Blinken's warning");
    assert.ok(r2);
    assert.equal(doc003.slice(r2.start, r2.end), 'It is obvious that Mr. Blinken’s warning');
  });

  it('rejects a tampered quote', () => {
    assert.equal(findQuote(doc001, '"We are very concerned that China is providing lethal support to Russia"'), null);
    assert.equal(findQuote(doc003, 'China has confirmed the sending of a spy balloon.'), null);
    assert.equal(findQuote(doc003, 'China has refuted the sending of a spy balloons.'), null);
  });

  it('returns null for an empty or blank quote', () => {
    assert.equal(findQuote(doc001, ''), null);
    assert.equal(findQuote(doc001, '  \n '), null);
  });

  it('returns the first match and QuoteIndex.findAll returns all of them', () => {
    const body = 'Mr. Wang spoke. Later, MR.  WANG spoke again.';
    assert.deepEqual(findQuote(body, 'mr. wang'), { start: 0, end: 8 });
    const ix = new QuoteIndex(body);
    assert.deepEqual(ix.findAll('Mr. Wang').map((r) => body.slice(r.start, r.end)), ['Mr. Wang', 'MR.  WANG']);
    assert.deepEqual(ix.find('spoke again.'), { start: 33, end: 45 });
  });

  it('gives the same answers from a prebuilt QuoteIndex and from findQuote', () => {
    const ix = new QuoteIndex(doc003);
    for (const q of ['“grave concerns”', '"neither stood by quietly nor added fuel to the fire"', 'no such text']) {
      assert.deepEqual(ix.find(q), findQuote(doc003, q));
    }
  });
});

describe('isVerbatim', () => {
  it('accepts exact substrings only', () => {
    assert.equal(isVerbatim(doc003, 'China has refuted the sending of a spy balloon.'), true);
    assert.equal(isVerbatim(doc003, 'china has refuted the sending of a spy balloon.'), false);
    assert.equal(isVerbatim(doc001, '"lethal" military aid'), false); // body has curly quotes
    assert.equal(isVerbatim(doc001, ''), false);
  });
});
