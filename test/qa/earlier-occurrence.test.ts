/** "When did Mount Tavu erupt?" is about the story's eruption: not "last erupted in 1987", nor a day that dates another clause. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateInClauseOf, earlierEventTold, earlierOccurrence, earlierOccurrenceOfAsked } from '../../src/qa/answer-slot.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const isErupt = (t: string): boolean => t === 'erupt';

describe('another time the event happened', () => {
  it('"last erupted", "was previously" date an earlier time, unless the question asks for it', () => {
    const q = analyzeQuestion('When did Mount Tavu erupt?');
    assert.equal(earlierOccurrence(q, 'Mount Tavu last erupted in 1987, when a mudflow killed 31 people.', isErupt), true);
    assert.equal(earlierOccurrence(q, 'The volcano had previously erupted in 1987.', isErupt), true);
    assert.equal(earlierOccurrence(q, 'Mount Tavu erupted early on Saturday.', isErupt), false);
    assert.equal(earlierOccurrence(analyzeQuestion('When did Mount Tavu last erupt?'), 'Mount Tavu last erupted in 1987.', isErupt), false, 'asked for');
  });

  it('for other questions, a word of the question after "last" tells of another time, unless a year or "last" is asked', () => {
    const q = analyzeQuestion('How many people died in the eruption?');
    assert.equal(earlierOccurrenceOfAsked(q, 'Mount Tavu last erupted in 1987, when a mudflow killed 31 people.'), true);
    assert.equal(earlierOccurrenceOfAsked(q, 'No deaths have been reported since the eruption began.'), false);
    assert.equal(earlierOccurrenceOfAsked(analyzeQuestion('How many survivors were rescued?'), 'The last survivors were rescued on Friday.'), false, '"last" before a noun');
    assert.equal(earlierOccurrenceOfAsked(analyzeQuestion('What share of Aria buyers had owned a Corvo phone?'), '12.5 percent of Aria buyers had previously owned a Corvo phone.'), false, '"previously" is the fact asked');
    assert.equal(earlierOccurrenceOfAsked(analyzeQuestion('How many people died in the 1987 eruption?'), 'Mount Tavu last erupted in 1987, when a mudflow killed 31 people.'), false, 'a year asked');
  });

  it('"the deadliest since 1970, when an avalanche killed 30" tells of an earlier one, unless the story\'s event is named outside that clause', () => {
    const isAvalanche = (t: string): boolean => t === 'avalanch';
    const record = 'The Snow and Avalanche Institute said the slide was the deadliest in Kessland since 1970, when an avalanche killed 30 people in Brund.';
    assert.equal(earlierOccurrence(analyzeQuestion('When did the avalanche happen?'), record, isAvalanche), true, 'a word of a name is no use of it');
    assert.equal(earlierOccurrenceOfAsked(analyzeQuestion('Where did the avalanche strike?'), record), true);
    assert.equal(earlierOccurrence(analyzeQuestion('When did the avalanche happen?'), 'The avalanche on Sunday was the deadliest since 1970, when an avalanche killed 30 people.', isAvalanche), false);
  });

  it('"the last major flood, in 1994, killed 21" and "Two years ago, ..." tell of an earlier event as a whole', () => {
    const earlier = "Sanora's last major glacial flood, in 1994, killed 21 people when Lake Orra burst in the same region.";
    assert.equal(earlierEventTold(analyzeQuestion('Which lake burst?'), earlier), true);
    assert.equal(earlierEventTold(analyzeQuestion('How many people have died in the flood?'), earlier), true);
    assert.equal(earlierEventTold(analyzeQuestion('How many people have died in the flood?'), 'Almost exactly two years ago, some 470 whales were found beached on sandbars.'), true);
    assert.equal(earlierEventTold(analyzeQuestion('How many people have died in the flood?'), 'The flood killed 14 people, the worst toll in the region since records began in 1994.'), false, 'no earlier one told');
    assert.equal(earlierEventTold(analyzeQuestion('How many people died in the 1994 flood?'), earlier), false, 'a year asked');
    assert.equal(earlierEventTold(analyzeQuestion('When was the last major flood?'), earlier), false, '"last" asked');
    assert.equal(earlierEventTold(analyzeQuestion('What was the worst flood?'), earlier), false, 'a record asked');
    const engine = madeEngine('flood', 'A glacial lake flood', {
      a: 'A glacial lake burst its banks early on Tuesday, killing at least nine people.\n\nThe flood began when a moraine wall holding back Lake Tesk gave way.\n',
      b: "Sanora's last major glacial flood, in 1994, killed 21 people when Lake Orra burst in the same region.\n",
    });
    const a = engine.ask('How many people were killed by the flood?', { topic: 'flood' });
    assert.match(a.citations[0]?.quote ?? '', /at least nine people/);
  });

  it('a participle of saying or ", as" and a subject opens another clause', () => {
    const anchors = (text: string): { start: number; end: number }[] => analyze(text).filter((t) => isErupt(t.term));
    const saying = 'The agency on Wednesday lowered the alert level, saying the eruption had weakened.';
    assert.equal(dateInClauseOf(saying, anchors(saying)), false);
    const as = 'Lava destroyed 120 homes on Sunday, officials said, as the volcano kept erupting.';
    assert.equal(dateInClauseOf(as, anchors(as)), false);
    const same = 'Mount Tavu erupted early on Saturday, sending ash into the sky.';
    assert.equal(dateInClauseOf(same, anchors(same)), true);
    // ", and" with a subject of its own opens another clause; with a verb it goes on with the same subject.
    const isGround = (t: string): boolean => t === 'aground';
    const grounded = 'Crews freed the ship on Monday, six days after it ran aground in the canal, and traffic resumed in the afternoon.';
    assert.equal(dateInClauseOf(grounded, analyze(grounded).filter((t) => isGround(t.term))), false);
    const isImpose = (t: string): boolean => t === 'impos';
    const imposed = 'On Sept. 1, Varnia halted trading in its currency, the lek, and imposed sweeping controls on capital.';
    assert.equal(dateInClauseOf(imposed, analyze(imposed).filter((t) => isImpose(t.term))), true);
  });

  it('so the engine dates the story’s eruption', () => {
    const engine = madeEngine('volcano', 'The Mount Tavu eruption', {
      a: "PORT ELLIS, Sanora (AP) _ Mount Tavu, a volcano on Sanora's northern island of Lume, erupted early on Saturday, forcing the evacuation of about 9,000 people.\n\nMount Tavu last erupted in 1987, when a mudflow killed 31 people.\n",
      b: 'PORT ELLIS, Sanora (AP) _ The volcano agency on Wednesday lowered the alert level for Mount Tavu, saying the eruption had weakened.\n',
    });
    const a = engine.ask('When did Mount Tavu erupt?', { topic: 'volcano' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /erupted early on Saturday/);
  });
});
