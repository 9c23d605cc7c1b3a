/**
 * "President Arno Vesk flew over the area and promised ...": the speaker of a verb after "and" is
 * the whole name before it. "Neither the league nor the union said ...": no one after "nor" spoke.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('a speech verb joined by "and" to an earlier verb', () => {
  it('is the named subject’s, title and full name', () => {
    const engine = madeEngine('quake', 'The Tarno earthquake', {
      a: 'President Arno Vesk flew over the area by helicopter and promised that every family would be rehoused within a year.\n\nThe quake destroyed 300 homes.\n',
      b: 'Aid agencies said food was reaching the worst-hit villages.\n',
    });
    const a = engine.ask('What did President Vesk promise?', { topic: 'quake' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /rehoused within a year/);
  });
});

describe('a speaker after "nor"', () => {
  it('said nothing, so the sentence that has them speak comes first', () => {
    const engine = madeEngine('ban', 'The ban appeal', {
      a: 'Neither the league nor the Players Union said whether they would challenge the ruling at the high court.\n\nThe ruling was read out on Monday.\n',
      b: 'The Players Union, which represents the banned striker, said it would not comment while the case was pending.\n',
    });
    const a = engine.ask('What did the Players Union say?', { topic: 'ban' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /would not comment/);
  });
});
