/**
 * What a sentence only hopes or tries for has not happened: "What sentence did the witness
 * receive?" is not answered by "... cooperating in hopes of receiving a lesser sentence".
 * Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closingVerb, onlyHopedFor } from '../../src/qa/hoped-events.ts';
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
