/**
 * Four ways wire copy tells what a question asks without saying it: "investigators are looking at
 * whether ... and why the alarm did not sound" leaves the reason open; "15 million doses a
 * year" is no price; "the cleanup could last until spring" says how long; and "would apply for
 * approval" dates the application, not the approval. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saysAnswerUnknown } from '../../src/qa/unknown-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('a reason still being looked into', () => {
  it('reads "looking at whether ... and why", "investigating why" as no answer', () => {
    const q = analyzeQuestion('Why did the radar alarm not sound?');
    assert.equal(saysAnswerUnknown(q, 'Investigators are looking at whether the ship strayed from the lane and why its radar alarm did not sound.'), true);
    assert.equal(saysAnswerUnknown(q, 'The board is investigating why the alarm did not sound.'), true);
    assert.equal(saysAnswerUnknown(q, 'The mate switched off the radar alarm because it kept sounding.'), false);
  });

  it('answers from the sentence that gives the reason', () => {
    const docs = {
      a: 'Investigators are looking at whether the ship strayed from the marked shipping lane and why its radar alarm did not sound, a spokesman said.',
      b: 'The Coast Guard said the mate on watch had switched off the radar alarm because it kept sounding. The ship was towed to Portland.',
    };
    assertAnswers(madeEngine('spill', 'An oil spill', docs), 'spill', 'Why did the radar alarm not sound?', /switched off the radar alarm/);
  });
});

describe('a price asked', () => {
  it('is not answered by a count in millions', () => {
    const docs = { a: 'Velmar said it could make 15 million doses a year at its plant in Visp, Switzerland, and would build a second plant in India if demand grew. A spokesman said Velmar did not expect to make a profit.' };
    const a = madeEngine('vaccine', 'A vaccine', docs).ask('How much will the second plant cost?', { topic: 'vaccine' });
    assert.equal(a.abstained, true, a.answer);
    const priced = madeEngine('vaccine', 'A vaccine', { a: 'Velmar said the second plant would cost $80 million to build. Shares rose.' });
    assertAnswers(priced, 'vaccine', 'How much will the second plant cost?', /\$80 million/);
  });
});

describe('how long something goes on', () => {
  it('is answered by "could last until spring"', () => {
    const docs = { a: 'More than 900 workers were cleaning beaches, and the cleanup could last until spring, officials said. A company spokesman promised to pay for the cleanup.' };
    assertAnswers(madeEngine('spill', 'An oil spill', docs), 'spill', 'How long could the cleanup last?', /until spring/);
  });

  it('is answered by "are expected to take until at least the end of April" for how long repairs take', () => {
    const docs = { a: 'Repairs to the ruptured pipeline are expected to take until at least the end of April, the ministry said. Pipeline repairs began on Monday with 40 workers.' };
    assertAnswers(madeEngine('pipe', 'A pipeline', docs), 'pipe', 'How long will pipeline repairs take?', /end of April/);
  });
});

describe('an event only asked for', () => {
  it('does not date the approval by when it will be applied for', () => {
    const docs = { a: 'She said the company would apply for approval to the regulators by the end of the year. Shares of Velmar rose 6 percent.' };
    const a = madeEngine('vaccine', 'A vaccine', docs).ask('When will regulators approve the vaccine?', { topic: 'vaccine' });
    assert.equal(a.abstained, true, a.answer);
  });

  it('keeps a plan that "calls for" the event: it schedules it', () => {
    const docs = { a: 'The council plan calls for a vote on the budget on Thursday, officials said. Shares of Velmar rose 6 percent.' };
    assertAnswers(madeEngine('budget', 'A budget', docs), 'budget', 'When will the council vote on the budget?', /Thursday/);
  });
});
