/**
 * "Who will be the new finance minister?" asks for one who replaces the holder: "Finance Minister
 * Rachel Kaipara ... said" names the holder now and tells of no change, so it answers little;
 * "Kaipara named Tom Brennan finance minister" or "the new finance minister, Tom Brennan" do.
 * Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, scoredSentence, withFiller } from './qa-helpers.ts';

const brief = makeBrief('cabinet', 'A new cabinet', withFiller({
  a: 'Finance Minister Rachel Kaipara said on Monday that she would stand for the party leadership.\n',
  b: 'Kaipara on Friday named Tom Brennan as finance minister in her first cabinet.\n',
}, (i) => `The party's poll rating rose ${i + 2} points in a week, a survey showed.`));

describe('a question about a new holder of an office', () => {
  it('marks down a sentence that tells of no change of holder', () => {
    const now = scoredSentence(brief, 'Who will be the new finance minister?', /Finance Minister Rachel Kaipara/);
    const named = scoredSentence(brief, 'Who will be the new finance minister?', /named Tom Brennan/);
    assert.ok((now?.factors?.shape ?? 1) < 1, 'the holder now');
    assert.equal(named?.factors?.shape, 1, 'a new one named');
    assert.equal(scoredSentence(brief, 'Who is the finance minister?', /Finance Minister Rachel Kaipara/)?.factors?.shape, 1, 'no new one asked');
  });
});
