/**
 * Who a sentence is about, from the sentences before it: "Swedish director Henrik Solberg ...
 * Solberg did not attend the screening. His producer said the director had stayed in
 * Stockholm." The short sentence is too short to be indexed as an answer, but it still names
 * whom "His ..." in the next one stands for. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, withFiller } from './qa-helpers.ts';

const engine = madeEngine('festival', 'A film festival', withFiller({
  a: 'Three jurors left a screening of a documentary by Swedish director Henrik Solberg on Monday.\n\nThe jury president said she respected her colleagues.\n\nSolberg did not attend the screening. His producer, Lena Hult, said the director had stayed in Stockholm.\n',
  b: 'Nigerian-born director Adaeze Nwosu won the top prize on Sunday.\n\nShe lives in London.\n',
}, (i) => `Ticket sales reached ${240 + i},000 by Monday, the festival said.`));

describe('a person named in a short sentence, then by a pronoun', () => {
  it('answers "Where did Solberg stay?" from "the director had stayed in Stockholm"', () => {
    const a = engine.ask('Where did Solberg stay during the screening?', { topic: 'festival' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /stayed in Stockholm/);
  });
});
