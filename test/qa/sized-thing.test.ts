/** "How large were X's foreign reserves?": an amount of the thing asked, not of another. Made-up story. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"how large is X": the sentence must say X', () => {
  const docs: Record<string, string> = {
    a: 'While foreign direct investment fell in September _ to $142 million, from an average monthly rate of $321 million _ it did not dry up completely.\n',
    b: "Varnia's foreign reserves rose strongly in September, and consumers are starting to spend again.\n",
    c: 'The central bank of Varnia met on Monday.\n',
  };

  it('marks down a sum in a sentence that never says the thing whose size is asked', () => {
    const s = scoredSentence(makeBrief('reserves', 'Reserves', docs), "How large were Varnia's foreign reserves in September?", /direct investment/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) <= 0.6, `type ${s.factors?.['type']}`);
    const said = scoredSentence(makeBrief('reserves2', 'Reserves', { ...docs, a: "Varnia's foreign reserves stood at $21 billion in September.\n" }), "How large were Varnia's foreign reserves in September?", /\$21 billion/);
    assert.ok(said);
    assert.equal(said.factors?.['type'] ?? 1, 1);
  });

  it('reads the noun after "how large a" as the thing ("How large a bonus ...?")', () => {
    const bonus = scoredSentence(makeBrief('bonus', 'Bonus', { a: 'The club handed Bird an extra payment of $2 million in 1988.\n', b: 'The club met on Monday.\n' }), 'How large a bonus did the club give Bird in 1988?', /extra payment/);
    assert.ok(bonus);
    assert.ok((bonus.factors?.['type'] ?? 1) <= 0.6, `type ${bonus.factors?.['type']}`);
    const said = scoredSentence(makeBrief('bonus2', 'Bonus', { a: 'The club gave Bird a bonus of $2 million in 1988.\n', b: 'The club met on Monday.\n' }), 'How large a bonus did the club give Bird in 1988?', /bonus of/);
    assert.ok(said);
    assert.equal(said.factors?.['type'] ?? 1, 1);
  });
});
