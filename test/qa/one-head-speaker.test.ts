/**
 * "the Austrian president" or "Montenegro's leader" is one person: an embassy or a ministry
 * speaking is not them, so a question about what the president said is not met by "The Austrian
 * Embassy said"; "President X", "the leader" or "the head of Montenegro" are. Plural "leaders"
 * stays anyone in charge.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, speakerScoreOf } from './qa-helpers.ts';

const brief = makeBrief('expulsions', 'Expulsions', {
  a: 'The Austrian Embassy called the charges groundless and said Vienna would respond.\n',
  b: 'Austrian President Ida Brandt said the expulsions were a mistake.\n',
  c: 'The head of Montenegro, the smaller republic, urged Brandt to keep talking.\n',
});

describe('a question about one head of a country or body', () => {
  it('is not met by the embassy or ministry speaking', () => {
    assert.ok(speakerScoreOf(brief, /Austrian Embassy/, 'the Austrian president') < 1);
    assert.ok(speakerScoreOf(brief, /Austrian Embassy/, "Austria's leader") < 1);
  });

  it('is met by "President X" and by "the head of <place>"', () => {
    assert.equal(speakerScoreOf(brief, /President Ida Brandt/, 'the Austrian president'), 1);
    assert.equal(speakerScoreOf(brief, /head of Montenegro/, "Montenegro's leader"), 1);
  });

  it('leaves plural "leaders" met by any speaker of the country', () => {
    assert.equal(speakerScoreOf(brief, /Austrian Embassy/, 'Austrian leaders'), 1);
  });
});
