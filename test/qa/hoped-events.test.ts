/**
 * What a sentence only hopes or tries for has not happened: "What sentence did the witness
 * receive?" is not answered by "... cooperating in hopes of receiving a lesser sentence".
 * Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closingVerb, onlyHopedFor } from '../../src/qa/hoped-events.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('hoped-for events', () => {
  it('finds the closing verb of a "what ... did X <verb>?" question, unless it asks about a hope', () => {
    const receive = closingVerb('What sentence did the cooperating witness receive?');
    assert.ok(receive);
    assert.equal(onlyHopedFor(receive, 'The witness is cooperating in hopes of receiving a lesser sentence.'), true);
    assert.equal(onlyHopedFor(receive, 'The witness received a lesser sentence after hoping for one.'), false);
    assert.equal(onlyHopedFor(receive, 'The witness is trying to receive a lesser sentence, and received one.'), false, 'one use is real');
    assert.equal(closingVerb('What did the witness hope to receive?'), null);
  });

  it('declines a question that only a hope answers, and answers one that a deed does', () => {
    const engine = madeEngine('plea', 'A plea bargain', {
      a: 'The arrangement appears to have come from a plea bargain in which the witness is cooperating in hopes of receiving a lesser sentence.\n\nThe trial of Ivo Marek opens in Osk on Monday.\n',
    });
    assert.ok(engine.ask('What sentence did the cooperating witness receive?', { topic: 'plea' }).abstained);
    assert.ok(!engine.ask('Why is the witness cooperating?', { topic: 'plea' }).abstained);
  });
});

describe('"showed no sign of ending"', () => {
  it('does not date the end: "When did the strike end?" is answered by "ended ... on Wednesday"', () => {
    const engine = madeEngine('strike', 'A strike', {
      a: 'The airline canceled all its flights for a third day Sunday as the pilots\' strike showed no sign of ending.\n',
      b: 'The pilots ended their strike on Wednesday after the airline agreed to a pay rise.\n',
      c: 'Passengers crowded onto trains.\n',
    });
    assert.match(engine.ask('When did the strike end?', { topic: 'strike' }).citations[0]?.quote ?? '', /on Wednesday/);
    const only = madeEngine('strike2', 'A strike', {
      a: 'The airline canceled all its flights for a third day Sunday as the pilots\' strike showed no sign of ending.\n',
      c: 'Passengers crowded onto trains.\n',
    });
    assert.equal(only.ask('When did the strike end?', { topic: 'strike2' }).abstained, true);
  });
});

describe('"went on strike"', () => {
  it('is a light "go": the question\'s words are the noun\'s, not "go"', () => {
    assert.deepEqual(analyzeQuestion('How many pilots went on strike?').terms, analyzeQuestion('How many pilots were on strike?').terms);
    assert.ok(analyzeQuestion('How long did the talks go on?').terms.length >= 2, '"go on" meaning to continue keeps its verb');
  });
});

describe('"canceled or diverted"', () => {
  it('puts off nothing: two events, each of which happened', () => {
    const engine = madeEngine('airport', 'An airport', {
      a: 'About 120 flights were canceled or diverted to Palermo.\n',
      b: 'The airport suspended all flights from midnight.\n',
      c: 'Ash fell on the city.\n',
    });
    const a = engine.ask('Where were flights diverted?', { topic: 'airport' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Palermo/);
  });
});
