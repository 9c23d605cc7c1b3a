/**
 * Who a sentence is about, from the sentences before it: "Swedish director Henrik Solberg ...
 * Solberg did not attend the screening. His producer said the director had stayed in
 * Stockholm." The short sentence is too short to be indexed as an answer, but it still names
 * whom "His ..." in the next one stands for. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definiteNounTerms } from '../../src/qa/references.ts';
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

describe('a definite noun that takes its words from where the document named it', () => {
  const festival = madeEngine('walkout', 'A jury walkout', withFiller({
    a: 'Three jurors walked out of a screening on Monday, protesting the festival\'s decision to show a documentary by a director accused of harassment.\n\nThe jurors said they had not been consulted.\n\nFestival director Ines Carvalho defended the decision, saying the festival "programs films, not verdicts."\n',
  }, (i) => `Ticket sales reached ${240 + i},000 by Monday, the festival said.`));

  it('answers "What did Carvalho say about the decision to show the documentary?" from "defended the decision"', () => {
    assert.deepEqual([...definiteNounTerms(() => ["protesting the festival's decision to show a documentary"], 'Carvalho defended the decision.', (t) => t === 'decid')].sort(), ['documentari', 'festiv', 'show'], "the festival's decision, to show a documentary");
    const a = festival.ask('What did Carvalho say about the decision to show the documentary?', { topic: 'walkout' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /defended the decision/);
  });

  it('takes nothing for a plural, or a noun with no complement before', () => {
    assert.equal(definiteNounTerms(() => ['the dissidents peaceful political activities'], 'He met the dissidents.', (t) => t === 'dissid').size, 0);
    assert.equal(definiteNounTerms(() => ['the decision was made in Lisbon'], 'She defended the decision.', (t) => t === 'decid').size, 0);
  });
});
