import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UnitTable } from '../../src/qa/unit-table.ts';

describe('UnitTable', () => {
  it('reads back what was pushed, past its first capacity', () => {
    const t = new UnitTable();
    for (let u = 0; u < 3000; u++) assert.equal(t.push(u % 7, u, 3 + (u % 5), u * 2), u);
    assert.equal(t.length, 3000);
    assert.deepEqual(t.at(2999), { doc: 2999 % 7, sentence: 2999, len: 3 + (2999 % 5), start: 5998, claimTerms: null });
    assert.equal(t.lengthOf(12), 3 + (12 % 5));
    let total = 0;
    for (let u = 0; u < 3000; u++) total += 3 + (u % 5);
    assert.equal(t.totalLength(), total);
  });

  it('round-trips through its columns, claims apart', () => {
    const t = new UnitTable();
    t.push(0, 0, 4, 0);
    t.push(0, 2, 6, 4);
    t.setClaimTerms(1, Int32Array.of(9, 11));
    assert.ok(t.hasClaimTerms());
    assert.deepEqual([...t.columns()], [0, 0, 4, 0, 0, 2, 6, 4]);
    assert.deepEqual([...(t.at(1).claimTerms ?? [])], [9, 11]);
    const copy = new UnitTable(t.columns());
    assert.equal(copy.length, 2);
    assert.equal(copy.hasClaimTerms(), false);
    assert.deepEqual(copy.all().map((u) => [u.doc, u.sentence, u.len, u.start]), [[0, 0, 4, 0], [0, 2, 6, 4]]);
  });

  it('refuses an id it does not hold', () => {
    const t = new UnitTable(Int32Array.of(0, 0, 4, 0));
    assert.throws(() => t.at(1), RangeError);
    assert.throws(() => t.at(-1), RangeError);
    assert.throws(() => t.at(0.5), RangeError);
  });
});
