/**
 * "What is Varna's largest market?": "its second-largest market after Osk" says which is the
 * largest, though its superlative is of the second rank; "its second-largest market" alone, or
 * "third-largest after X and Y", does not. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

const brief = makeBrief('app', 'An app', {
  a: 'OSK (AP) — Varna says it has about 38 million users in Tarnia, its second-largest market after Osk.\n\nThe app was blocked on Monday.\n',
  b: 'OSK (AP) — Varna says Lindia is its second-largest market.\n\nVarna says Brelin is its third-largest market after Osk and Tarnia.\n',
});
const shape = (sentence: RegExp): number => scoredSentence(brief, "What is Varna's largest market?", sentence)?.factors?.['shape'] ?? -1;

describe('a second rank "after" a name', () => {
  it('says which is first', () => {
    assert.equal(shape(/after Osk\./), 1);
  });
  it('but not without "after", nor at a lower rank', () => {
    assert.ok(shape(/Lindia/) < 1, 'second-largest alone');
    assert.ok(shape(/Brelin/) < 1, 'third-largest after two');
  });
});
