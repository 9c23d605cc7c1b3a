/**
 * "The IMF's staff in Moscow declared" has the staff speak, not Moscow; a quotation right after
 * "Gingrich said of his resignation:" goes on quoting him; "amongst" is "among".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { speakerMatch } from '../../src/qa/speakers.ts';
import { speakerQuery } from '../../src/qa/speaker-questions.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

function speakersOf(text: RegExp, phrase: string): number {
  const brief = makeBrief('fund', 'The fund', {
    a: "The IMF's staff in Tarno declared that Varnia needed no money at all. Prices rose on Monday.\n",
    b: 'According to another member who took notes, Speaker Newt Hollis said of his resignation:\n``There is a lot of bitterness amongst some of the members.\'\'\nThe party will meet again next week in Tarno to choose a new leader.\n',
  });
  const index = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW }).indexFor(brief);
  const query = speakerQuery(phrase, index.persons.tokens);
  for (let u = 0; u < index.size; u++) {
    const unit = index.units[u];
    const sentence = brief.sources[unit?.doc ?? 0]?.sentences[unit?.sentence ?? 0]?.text ?? '';
    if (text.test(sentence)) return speakerMatch(index, u, query);
  }
  throw new Error(`no sentence ${text}`);
}

describe('speakers placed somewhere and speakers who introduce a quotation with a colon', () => {
  it('has "the IMF\'s staff in Tarno" speak, though a place stands between them and the verb', () => {
    assert.ok(speakersOf(/staff in Tarno declared/, "the IMF's staff") > 0);
  });

  it('has the quotation after "Speaker Newt Hollis said of his resignation:" speak for Hollis', () => {
    assert.ok(speakersOf(/bitterness amongst/, 'Hollis') > 0);
    assert.equal(speakersOf(/The party will meet again/, 'Hollis'), 0, 'a sentence with no quotation after it is no one\'s');
  });

  it('reads British spellings as the same word', () => {
    assert.equal(termOf('amongst'), termOf('among'));
    assert.equal(termOf('amidst'), termOf('amid'));
  });
});
