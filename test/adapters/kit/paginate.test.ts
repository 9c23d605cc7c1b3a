/** paginate, fuzzed: for any input the pieces fit, join back to the input exactly, and never cut an escape or a surrogate pair. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notInsideEscape, paginate } from '../../../src/adapters/kit/paginate.ts';
import { prng } from '../../helpers/prng.ts';

test('pieces join back to the input exactly, fit the limit, and respect cut rules (2,000 random inputs)', () => {
  const rnd = prng(20261201);
  const alphabet = ['a', 'b', 'word', ' ', ' ', '  ', '\n', '\n\n', '\t', '\\*', '\\\\', '\\', '😀', 'é', '.', '. ', '?" ', 'x'.repeat(40), '‮', '\r\n'];
  for (let round = 0; round < 2000; round++) {
    let text = '';
    const len = Math.floor(rnd() * 600);
    while (text.length < len) text += alphabet[Math.floor(rnd() * alphabet.length)];
    const max = 2 + Math.floor(rnd() * 150);
    const pieces = paginate(text, max, { mayCut: notInsideEscape });
    assert.equal(pieces.join(''), text, `round ${round}: the pieces spell the input`);
    if (text === '') {
      assert.deepEqual(pieces, ['']);
      continue;
    }
    let at = 0;
    pieces.forEach((p, i) => {
      assert.ok(p.length > 0 && p.length <= max, `round ${round}: piece ${i} is 1..${max} characters`);
      at += p.length;
      if (i < pieces.length - 1) {
        assert.ok(!/[\ud800-\udbff]$/.test(p), 'no lone high surrogate at a cut');
        // A cut inside an escape is allowed only when nothing else fits (a run of backslashes longer than the page).
        if (!notInsideEscape(text, at)) assert.match(p, /^\\+$/, `round ${round}: cut inside an escape`);
      }
    });
  }
});

test('prefers paragraph breaks, then line breaks, then sentence ends, then spaces', () => {
  assert.deepEqual(paginate('First paragraph here.\n\nSecond one, which goes on.', 30), ['First paragraph here.\n\n', 'Second one, which goes on.']);
  assert.deepEqual(paginate('One line\nanother line that is long', 20), ['One line\nanother ', 'line that is long'], 'a break in the first half of the page is passed over for a later space');
  assert.deepEqual(paginate('A sentence ends. Then more words follow here', 30), ['A sentence ends. ', 'Then more words follow here']);
  assert.deepEqual(paginate('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  assert.deepEqual(paginate('😀😀😀', 3), ['😀', '😀', '😀'], 'never inside a surrogate pair');
  assert.deepEqual(paginate('ab\\*cd', 3, { mayCut: notInsideEscape }), ['ab', '\\*c', 'd'], 'never between a backslash and what it escapes');
});
