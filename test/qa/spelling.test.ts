/**
 * Misspelt question words (spelling.ts): read as the documents' word they are one or two
 * letters from, and only when neither the documents, WordNet nor the gazetteer know them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance } from '../../src/domain/edit-distance.ts';
import { correctSpelling } from '../../src/qa/spelling.ts';
import { TopicIndex } from '../../src/qa/qa-index.ts';
import { madeEngine, makeBrief } from './qa-helpers.ts';

const STORY = {
  a: 'Envoy Mara Vasquez-Tolland visited Osterby on Tuesday, the first visit by a minister since 2019.\n\nShe met the harbour master, Ivo Brandt, and the two discussed the weapons found on the ferry.\n',
  b: 'The customs agency said the weapons had been shipped from the south.\n\nInvestigators reportedly questioned twelve crew members.\n',
};

describe('spelling', () => {
  it('counts edits, a swap of two letters as one, and stops past the limit', () => {
    assert.equal(editDistance('weapons', 'weapons', 2), 0);
    assert.equal(editDistance('wepaons', 'weapons', 2), 1);
    assert.equal(editDistance('wepons', 'weapons', 2), 1);
    assert.equal(editDistance('brandt', 'brant', 1), 1);
    assert.equal(editDistance('ferry', 'osterby', 2), 3);
  });

  it('reads a misspelt name or word as the documents\' word, keeping a name\'s capitals', () => {
    const index = TopicIndex.build(makeBrief('ferry', 'The ferry', STORY));
    const s = correctSpelling('When did Vasquez-Tolland visit Osterbey and see the wepons?', index);
    assert.equal(s.text, 'When did Vasquez-Tolland visit Osterby and see the weapons?');
    assert.deepEqual(s.corrections, [{ from: 'Osterbey', to: 'Osterby' }, { from: 'wepons', to: 'weapons' }]);
    assert.equal(correctSpelling('who is ivo brnadt?', index).text, 'who is ivo Brandt?');
  });

  it('leaves real words, short words, acronyms and adverbs alone, though the documents never use them', () => {
    const index = TopicIndex.build(makeBrief('ferry', 'The ferry', STORY));
    for (const q of ['How many people died in the earthquake?', 'Who is the mayor?', 'Did the USAID team visit?', 'Were the weapons allegedly stolen?', 'Who met Brand?', 'Did France send ships?']) {
      const s = correctSpelling(q, index);
      assert.deepEqual(s.corrections, [], q);
      assert.equal(s.text, q);
    }
  });

  it('answers the corrected question and says how it read it', () => {
    const engine = madeEngine('ferry', 'The ferry', STORY);
    const a = engine.ask('When did Vasquez-Tolland visit Osterbey?', { topic: 'ferry' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /visited Osterby on Tuesday/);
    assert.equal(a.interpretation, 'When did Vasquez-Tolland visit Osterby?');
    const right = engine.ask('When did Vasquez-Tolland visit Osterby?', { topic: 'ferry' });
    assert.equal(right.interpretation, undefined);
  });
});
