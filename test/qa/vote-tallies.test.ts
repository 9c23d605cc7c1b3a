/**
 * "What was the vote?" asks how a vote went, a tally ("passed 212-87", "by 30 votes to 12"), not
 * that a vote was held; and a tally pattern is not a range of percentages or a time. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksTally, givesTally } from '../../src/qa/vote-tallies.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

const engine = madeEngine('levy', 'A fuel levy vote', {
  a: [
    'RIGA, Latvia (AP) _ Latvia\'s parliament voted on Wednesday to approve a fuel levy that the government says will raise 90 million euros a year, ending weeks of protests by truck drivers.',
    'The bill passed 58-31, with nine lawmakers absent.',
    'The upper chamber of the farmers\' union will vote on its own response next week, its chairman, Juris Ozols, said.',
  ].join('\n\n'),
});
const ask = (question: string) => engine.ask(question, { topic: 'levy', conversation: null });

describe('a tally question', () => {
  it('is answered by the sentence with the tally, not by the lead that says a vote was held', () => {
    const a = ask('What was the vote in parliament?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /58-31/);
  });
  it('is declined when no sentence gives a tally', () => {
    const a = ask('What was the vote in the farmers\' union?');
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
});

describe('the tally patterns', () => {
  it('know tally questions from other questions about a vote', () => {
    for (const q of ['What was the Senate vote?', 'What was the final score?', 'What was the result of the vote on the budget?', 'What was the result of the budget vote?', 'What was the vote in the Chamber of Deputies?', 'What was the parliamentary vote on the law?']) assert.equal(asksTally(q), true, q);
    for (const q of ['When was the vote?', 'What was the vote about?', 'What was the vote of confidence for?', 'Who won the vote?']) assert.equal(asksTally(q), false, q);
  });
  it('know a tally from a range, a time or a date', () => {
    for (const t of ['The vote was 33-11, with one absent.', 'approved by 107 votes to 101', 'with 58 in favour and 19 against', 'won the final 3-1.', 'won the match 6.5-5.5', 'leaving them level at 4.5 points each']) assert.equal(givesTally(t), true, t);
    for (const t of ['up 2-3 percent', 'the 1998-99 season', 'from 10-12 days', 'on 3/4-5 March', 'rose 1.5-2.5 percent', 'scored 4.5 points']) assert.equal(givesTally(t), false, t);
  });
});

describe('a score given without the word "score"', () => {
  const quiz = madeEngine('quiz', 'A quiz final', {
    a: [
      'DUBLIN (AP) _ The two finalists of the national quiz championship finished the first round level at 4.5 points each, after a tie-break question was ruled void.',
      'The second round is on Saturday, and the winner receives a trophy and 5,000 euros.',
      'The organisers said the score would be checked by an independent adjudicator.',
    ].join('\n\n'),
  });
  it('answers "What was the score after the first round?" from the sentence that gives it', () => {
    const a = quiz.ask('What was the score after the first round?', { topic: 'quiz', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /level at 4\.5 points each/);
  });
});

describe('a court\'s vote', () => {
  it('is asked after a possessive and given by "In a 7-2 decision", which writes no "vote"', () => {
    assert.equal(asksTally("What was the court's vote?"), true);
    const engine = madeEngine('ruling', 'A court ruling', {
      a: "BOGOTA (AP) _ Tarnia's Constitutional Court ruled Wednesday that the cargo belongs to the nation.\n\nIn a 7-2 decision, the court said the coins must be kept in a museum.\n",
      b: 'Divers searched the wreck on Sunday.\n',
    });
    assertAnswers(engine, 'ruling', "What was the court's vote?", /7-2 decision/);
  });
});

describe('how a body or several people voted', () => {
  it('is asked for a body or for several, not for one person', () => {
    assert.equal(asksTally('How did the judges vote?'), true);
    assert.equal(asksTally('How did parliament vote on the budget?'), true);
    assert.equal(asksTally('How did Senator Ruiz vote?'), false);
  });

  it('is answered by the tally, which leads the answer', () => {
    const engine = madeEngine('border', 'A sea border', {
      a: 'THE HAGUE (AP) _ The court drew a new sea border between Varnia and Tarnia on Monday.\n\nThe court\'s 15 judges ruled 12-3 that the boundary should follow an equidistance line.\n',
      b: '"The Court considers that no special circumstance justifies departing from the line," Presiding Judge Amara Quist said.\n',
      c: 'The judgment is final and cannot be appealed.\n',
    });
    const a = engine.ask('How did the judges vote?', { topic: 'border' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /ruled 12-3/);
    assert.equal(a.short, '12-3');
  });
});

describe('a tally given in votes', () => {
  it('counts the ballots of the asked vote, not many votes', () => {
    const levy = madeEngine('levy2', 'A succession law', {
      a: "OSTMARK (Reuters) - Ostmark's parliament on Thursday approved the law organising the succession by 56 votes to 4, clearing the way for the new queen to take the oath.\n",
      b: 'The four votes against came from a small left-wing party.\n',
    });
    assertAnswers(levy, 'levy2', 'What was the parliamentary vote on the succession law?', /56 votes to 4/);
  });
});
