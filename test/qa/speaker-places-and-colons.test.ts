/**
 * "The IMF's staff in Moscow declared" has the staff speak, not Moscow; a quotation right after
 * "Gingrich said of his resignation:" goes on quoting him; "Ms. Gere of International Data said"
 * has Gere speak, not the firm; "amongst" is "among".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine, makeBrief, speakerScoreOf } from './qa-helpers.ts';

const BRIEF = makeBrief('fund', 'The fund', {
  a: "The IMF's staff in Tarno declared that Varnia needed no money at all. Prices rose on Monday.\n",
  b: 'According to another member who took notes, Speaker Newt Hollis said of his resignation:\n``There is a lot of bitterness amongst some of the members.\'\'\nThe party will meet again next week in Tarno to choose a new leader.\n',
});

function speakersOf(text: RegExp, phrase: string): number {
  return speakerScoreOf(BRIEF, text, phrase);
}

describe('speakers placed somewhere and speakers who introduce a quotation with a colon', () => {
  it('has "the IMF\'s staff in Tarno" speak, though a place stands between them and the verb', () => {
    assert.ok(speakersOf(/staff in Tarno declared/, "the IMF's staff") > 0);
  });

  it('has the sentence\'s subject speak a participle after the main verb: "X, the chief executive of Tarno Motors, sued the carmaker Tuesday, claiming"', () => {
    const brief = makeBrief('suit', 'The suit', { a: 'LUBNO (AP) _ Ivo Brandt, the former chief executive of Tarno Motors AG, sued the carmaker Tuesday, claiming he was dismissed without cause.\n', b: 'Tarno Motors said it would fight the claim. Brandt said he had never been told about the test data.\n' });
    assert.equal(speakerScoreOf(brief, /claiming he was dismissed/, 'Brandt'), 1);
    assert.equal(speakerScoreOf(brief, /claiming he was dismissed/, 'Tarno Motors'), 0);
  });

  it('has "Police in several provinces urged" speak as the police, a place said by a common noun', () => {
    const brief = makeBrief('outage', 'The outage', { a: 'Police in several provinces urged people to use a landline to call for help.\n', b: 'The outage began at dawn.\n' });
    assert.equal(speakerScoreOf(brief, /Police in several provinces/, 'police'), 1);
  });

  it('has "Ms. Ana Lind of Tarno Data said" speak for Lind, and "the head of Tarno Data said" for the firm', () => {
    const brief = makeBrief('data', 'Web services', {
      a: 'Nor have the providers shown much evidence, Ms. Ana Lind of Tarno Data said, that they can offer what clients demand.\n',
      b: '``Services are the silver bullet,\'\' said Ana Lind, an analyst at Tarno Data.\n',
      c: 'The head of Tarno Data said the market would grow.\n',
    });
    assert.ok(speakerScoreOf(brief, /Ms\. Ana Lind of Tarno Data said/, 'Lind') > 0);
    assert.ok(speakerScoreOf(brief, /The head of Tarno Data said/, 'Tarno Data') > 0);
  });

  it('has the phrase a relative clause follows speak: "the government in Tarno, which claimed", "Ana Lind, who said"', () => {
    const brief = makeBrief('bridge', 'The bridge', {
      a: 'There was no comment from the government in Tarno, which claimed earlier in the week it was in control of the bridge.\n',
      b: 'The rebels attacked a convoy led by Ana Lind, who said earlier that the bridge was safe.\n',
      c: 'The army, which held the bridge, withdrew on Monday.\n',
    });
    assert.ok(speakerScoreOf(brief, /which claimed/, 'the government in Tarno') > 0);
    assert.ok(speakerScoreOf(brief, /who said/, 'Ana Lind') > 0);
    // ... past an age set off by commas: "Ana Lind, 52, who has promised ...".
    const aged = makeBrief('vote', 'The vote', { a: 'The front-runner is Ana Lind, 52, who has promised to cut the federation\'s costs by a fifth.\n', b: 'The vote is on Saturday.\n' });
    assert.equal(speakerScoreOf(aged, /who has promised/, 'Ana Lind'), 1);
    assert.equal(speakerScoreOf(brief, /which held/, 'the army'), 0, 'a clause that says nothing has no speaker');
  });

  it('has a sentence inside a quotation the sentence before opened go on quoting its speaker', () => {
    const brief = makeBrief('league', 'The lockout', {
      a: "The talks ended without a deal. Added Ana Lind, ``We owe it to the fans to look at a tax. It does not look promising, but we are going to spend the next two days to see if we can give a favorable response.''\n\nThe team owners walked out of the meeting room in Tarno an hour later.\n",
      b: 'The players met in Tarno on Monday.\n',
      c: 'The league canceled the first two weeks of the season.\n',
    });
    assert.equal(speakerScoreOf(brief, /does not look promising/, 'Lind'), 1);
    assert.equal(speakerScoreOf(brief, /The team owners walked out/, 'Lind'), 0, 'the quotation closed');
    const a = madeEngine('league', 'The lockout', Object.fromEntries(brief.sources.map((d) => [d.meta.id, d.body]))).ask('How long did Lind say they would spend looking for a favorable response?', { topic: 'league' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /next two days/);
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
