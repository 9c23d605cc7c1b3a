/**
 * "Asked" as a request: "Kripos asked the public not to download the files" is Kripos speaking,
 * for "What did Kripos ask the public?"; "asked about the files" or "when asked whether" is no
 * request of anyone. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('leak', 'A data leak', {
  a: [
    'A hacker group published patient records stolen from a clinic chain, police said on Sunday.',
    'The police unit Datavern asked the public not to download or share the files.',
    'Asked about the ransom, the chain\'s director said it had not paid.',
  ].join('\n\n'),
});

describe('"asked" someone to do something', () => {
  it('is what the one who asked said', () => {
    const a = engine.ask('What did Datavern ask the public?', { topic: 'leak', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /asked the public not to download/);
  });
});
