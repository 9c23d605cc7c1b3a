/**
 * A year that names a thing ("the 2002 Winter Games", "its 1997 budget") dates that thing, not
 * the event a "when" question asks about; "this year" does not say what happened last year.
 * Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyPastTimes } from '../../src/qa/answer-shape.ts';
import { namesOtherRelativePeriod, onlyYearsOfOtherThings, timeSpans, yearOfOtherThing, yearOnlyAsBound } from '../../src/qa/time-expressions.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const asks = (...words: string[]) => (w: string): boolean => words.includes(w);

describe('years that name things', () => {
  it('reads a year after a determiner, a possessive or in a list as naming what follows', () => {
    const text = 'He alleged malpractice in the voting for the 1996 Marlow Games, 2000 Ostend Games and 2004 Velt Games.';
    assert.equal(onlyYearsOfOtherThings(text, asks('board', 'vote')), true);
    assert.equal(onlyYearsOfOtherThings('The board weighed votes on the 1998 and 2002 Winter Games.', asks('board', 'vote')), true);
    // The asked thing itself: its year is when it is.
    assert.equal(onlyYearsOfOtherThings('The 2002 Games will open in Velt.', asks('games')), false);
    assert.equal(onlyYearsOfOtherThings("The company's 1997 budget passed.", asks('budget')), false);
  });

  it('keeps a year said with a preposition, or one that names nothing, as a time of its own', () => {
    const text = 'Members took part in a secret vote in 1991 to decide who would host the 1998 games.';
    const [inYear, games] = timeSpans(text);
    assert.equal(yearOfOtherThing(text, inYear!, asks('vote')), false);
    assert.equal(yearOfOtherThing(text, games!, asks('vote')), true);
    assert.equal(onlyYearsOfOtherThings('It was founded in 1991 and 1992 was worse.', asks('vote')), false);
  });

  it('counts a year naming another thing as no time to come for a "when will" question', () => {
    const text = 'Members took part in a secret vote in 1991 to decide who would host the 1998 games.';
    assert.equal(onlyPastTimes(text, '1998'), false, 'without the asked words, "1998" may be a time to come');
    assert.equal(onlyPastTimes(text, '1998', asks('vote', 'board')), true);
  });

  it('declines "when will" when the sentences only date other things', () => {
    // Published in 2024: years to come that name the Games, not the vote.
    const sentences = [
      'Rolf Hamm, a senior member of the board, alleged malpractice in the board voting for the 2026 Marlow Games, 2030 Ostend Games and 2034 Velt Games.',
      'The federation named a new treasurer on Tuesday.',
      'Ticket sales rose in the spring, officials said.',
      'The board said it would expel any member found guilty of taking bribes.',
    ];
    const question = 'When will the board vote on expelling Hamm?';
    const a = madeEngine('bids', 'A bidding scandal', { a: sentences.join(' ') }).ask(question, { topic: 'bids' });
    assert.equal(a.abstained, true, a.answer);
    // A sentence that dates the vote still answers.
    const dated = madeEngine('bids', 'A bidding scandal', { a: [...sentences, 'The board will vote on expelling Hamm on Dec. 12, a spokesman said.'].join(' ') }).ask(question, { topic: 'bids' });
    assert.equal(dated.abstained, false);
    assert.match(dated.citations[0]?.quote ?? '', /Dec\. 12/);
  });
});

describe('periods named relative to now', () => {
  it('tells a sentence that names only another period of the asked kind', () => {
    assert.equal(namesOtherRelativePeriod('How much was the prize worth last year?', 'The prize is worth $900,000 this year.'), true);
    assert.equal(namesOtherRelativePeriod('What is the salary cap for next season?', 'Teams would work with a cap $1 million less than the previous season.'), true);
    assert.equal(namesOtherRelativePeriod('Who will host next year\'s summit?', 'He has sent a stand-in every year since 1993.'), true, '"every year" is no one year');
    assert.equal(namesOtherRelativePeriod('How much did Lind earn last year?', 'Lind earned more than $30 million per season the last two years.'), true, 'several years are none of them alone');
  });

  it('leaves sentences that name the asked period, or none, or another kind of period', () => {
    assert.equal(namesOtherRelativePeriod('How much was the prize worth last year?', 'This year it is worth $900,000; last year it was worth $850,000.'), false);
    assert.equal(namesOtherRelativePeriod('How much was the prize worth last year?', 'A year ago the prize was worth $850,000.'), false);
    assert.equal(namesOtherRelativePeriod('How much was the prize worth last year?', 'The prize was worth $850,000 in 2022.'), false);
    assert.equal(namesOtherRelativePeriod('How much was the prize worth last year?', 'Sales fell over the past decade.'), false);
    assert.equal(namesOtherRelativePeriod('How much is the prize worth every year?', 'The prize is worth $900,000 this year.'), false);
  });

  it('declines a question about last year answered only about this year', () => {
    const sentences = ['Ana Lindqvist will receive the Varberg Prize, worth the equivalent of $967,500 this year, at a ceremony on Dec. 10.', 'The academy announced the award on Thursday.'];
    const engine = madeEngine('prize', 'A literary prize', { a: sentences.join(' ') });
    assert.equal(engine.ask('How much was the Varberg Prize worth last year?', { topic: 'prize' }).abstained, true);
    assert.equal(engine.ask('How much is the Varberg Prize worth this year?', { topic: 'prize' }).abstained, false);
  });
});

describe('a shorter period near now is not last or next year', () => {
  it('does not take "last week" or "this month" for last year, nor "this week" for next year', () => {
    assert.equal(namesOtherRelativePeriod("Where was last year's summit held?", 'Last week, President Ivo Marek said he would attend the summit.'), true);
    assert.equal(namesOtherRelativePeriod('Who won the prize last year?', 'This month the committee named Ola Brun.'), true);
    assert.equal(namesOtherRelativePeriod('How much was the prize worth last year?', 'Sales fell this month.'), true, 'this month is this year');
    assert.equal(namesOtherRelativePeriod('Where will next year\'s summit be held?', 'Leaders met this week in Tarno.'), true);
    assert.equal(namesOtherRelativePeriod('Where will next year\'s summit be held?', 'Officials will meet next month to choose the host.'), false, 'next month may fall in next year');
    assert.equal(namesOtherRelativePeriod("Where was last year's summit held?", 'Last week, officials recalled last year\'s summit in Tarno.'), false, 'the asked year is there too');
  });
});

describe('a time in the possessive names which one, not when', () => {
  it('reads "this year\'s summit" as naming the thing, and "Friday\'s attack" as dating it', async () => {
    const { onlyPossessiveTimes } = await import('../../src/qa/time-expressions.ts');
    assert.equal(onlyPossessiveTimes("Marek won't say whether he plans to attend this year's summit."), true);
    assert.equal(onlyPossessiveTimes("The two men who carried out Friday's attack were named."), false, 'a day dates its event');
    assert.equal(onlyPossessiveTimes("Last year's champions lost again."), true);
    assert.equal(onlyPossessiveTimes('The summit is to take place on Nov. 17-18.'), false);
    assert.equal(onlyPossessiveTimes("Friday's attack came a week after the accord was signed Oct. 23."), false);
    const engine = madeEngine('summit', 'A summit', {
      a: "Ivo Marek won't say whether he plans to attend this year's Varden summit.\n",
      b: 'Trade ministers met in Tarno on Monday.\n',
    });
    assert.equal(engine.ask('When will the Varden summit open?', { topic: 'summit' }).abstained, true);
  });
});

describe('a year given only as the bound of a span', () => {
  it('is no figure of that year ("unseen since 1967"), unless the question asks with the bound or the sentence goes on to tell of it', () => {
    assert.equal(yearOnlyAsBound('1967', 'Yields on Varnian bonds fell to levels unseen since 1967.', 'What was the yield on Varnian bonds in 1967?'), true);
    assert.equal(yearOnlyAsBound('1967', 'Yields on Varnian bonds fell to levels unseen since 1967.', 'Since when have yields not been this low? Since 1967?'), false);
    assert.equal(yearOnlyAsBound('1988', 'It was the strongest storm since 1988, when Gilda killed 300 people.', 'Which storm killed 300 people in 1988?'), false);
    assert.equal(yearOnlyAsBound('1967', 'In 1967 the yield was 4 percent, the highest since 1950.', 'What was the yield in 1967?'), false);
  });

  it('so a question about that year is declined, and "What low did X reach" asks for a figure', () => {
    const engine = madeEngine('bonds', 'Varnian bonds', {
      a: 'Yields on 30-year Varnian bonds fell further below 5 percent Thursday, reaching levels unseen since 1967.\n\nIt was close to the low of 7,400 that the Osk index reached during trading on Sept. 1.\n',
    });
    assert.ok(engine.ask('What was the yield on 30-year Varnian bonds in 1967?', { topic: 'bonds' }).abstained);
    assert.equal(analyzeQuestion('What low did the Osk index reach during trading on Sept. 1?').type, 'quantity');
  });
});
