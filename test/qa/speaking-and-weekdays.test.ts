/**
 * General readings of a question's words: a verb of speaking with no object ("speak to",
 * "spoke about") is met by any attribution ("told", "said"), and a weekday asked for is the
 * likely day of a sentence that names none in an article that does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakingMet } from '../../src/qa/speech-verbs.ts';
import { weekdayOfArticle } from '../../src/qa/time-expressions.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('verbs of speaking', () => {
  it('meets "speak to / about" with an attribution, not "speak" with an object', () => {
    assert.equal(speakingMet('speak', 'Which radio station did Ilse Marr speak to?', 'Marr told radio station KVRO that talks would resume.'), true);
    assert.equal(speakingMet('spoke', 'Where was it that Marr spoke?', 'Marr said in Tallmark that talks would resume.'), true);
    assert.equal(speakingMet('speak', 'How many people speak Basque?', 'About 750,000 people, officials said, live in the region.'), false, 'a language spoken is no attribution');
    assert.equal(speakingMet('speak', 'Which radio station did Marr speak to?', 'Marr visited radio station KVRO.'), false, 'no words attributed');
    assert.equal(speakingMet('visit', 'Which station did Marr visit?', 'Marr told KVRO she would visit.'), false);
  });

  it('answers "who said ...?" from a quotation "observed" or "remarked" by someone', () => {
    const brief = makeBrief('market', 'The web market', {
      a: "``Lindco just doesn't have credibility in that market,'' observed Ana Varga, a professor at the Tarno Institute.\n",
      b: "``Brightwater may want to, but it does not dominate these new markets,'' said Ivo Brandt, a partner of a research firm.\n",
      c: 'Troops left Lindia on Friday.\n',
    });
    // The saying is there: no cost for a missing verb.
    assert.equal(scoredSentence(brief, 'Who said Lindco lacks credibility in that market?', /observed Ana Varga/)?.factors?.event, 1);
    assert.equal(scoredSentence(brief, 'Who remarked that Lindco lacks credibility in that market?', /observed Ana Varga/)?.factors?.event, 1);
  });

  it('answers "which station did X speak to?" from "X told station Y"', () => {
    const engine = madeEngine('strike', 'A port strike', {
      a: [
        'Dock workers in Harlow walked off the job on Monday over a new shift system.',
        'Union leader Ilse Marr told radio station KVRO in Harlow that the strike would last a week.',
        'Port managers said cargo would be diverted to other harbours.',
      ].join(' '),
    });
    const a = engine.ask('Which radio station did Ilse Marr speak to?', { topic: 'strike' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /KVRO/);
  });
  it('answers "where did X talk to reporters?" from "X told reporters in Y": talking to the press is speaking, not a meeting', () => {
    const engine = madeEngine('aid', 'Food aid', {
      a: 'The harvest will not be any better, Ilse Marr told reporters in Osterholm after visiting Tarvia.\n',
      b: 'Ilse Marr met aid workers in Tarvia last week.\n',
      c: 'The aid agency said the harvest had failed.\n',
    });
    const a = engine.ask('Where did Ilse Marr talk to reporters after her trip to Tarvia?', { topic: 'aid' });
    assert.match(a.citations[0]?.quote ?? '', /told reporters in Osterholm/, `${a.confidence}: ${a.answer}`);
  });
});

describe('weekdays of the article', () => {
  it('takes a weekday asked for as the day of a sentence that names none', () => {
    const friday = termOf('Friday') as string;
    assert.equal(weekdayOfArticle(friday, 'Vogt, who spoke at a forum in Harlow, said rates would rise.'), true);
    assert.equal(weekdayOfArticle(friday, 'Vogt spoke in Harlow on Monday.'), false, 'another day named');
    assert.equal(weekdayOfArticle(friday, 'It was the first record since July 17, when the index closed at 9,337.'), false, 'a date named');
    assert.equal(weekdayOfArticle(termOf('forum') as string, 'Vogt spoke at a forum.'), false);
  });

  it('answers "where did X speak on Friday?" from the sentence naming the place, in the article that says Friday', () => {
    const engine = madeEngine('rates', 'Central bank rates', {
      a: [
        'Central bank governor Lena Vogt said Friday that growth was slowing across Europe.',
        'Vogt, who spoke at a trade forum in Harlow, said the bank would review its rates in March.',
        'Markets were calm after the remarks.',
      ].join(' '),
    });
    const a = engine.ask('Where did Lena Vogt speak on Friday?', { topic: 'rates' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /^Vogt, who spoke at a trade forum in Harlow/);
  });
});
