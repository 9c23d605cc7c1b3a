/**
 * "It was the first of three spacewalks planned for the mission." says what the event the
 * sentences before told of was: they answer questions about "the first spacewalk" though they
 * never use the word. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sumsUpEarlier, summedUpLater } from '../../src/qa/references.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const DOC = [
  'OSK (AP) _ Two astronauts spent seven hours and 14 minutes outside the Tarno platform on Monday, connecting power cables to the new laboratory.',
  'Astronauts Ana Lind and Rui Vale worked at times struggling with a stiff connector.',
  '``We have power,\'\' Vale said as the lights came on.',
  'It was the first of three spacewalks planned for the 11-day mission.',
  'Engineers on the ground were studying a small leak in the cooling system.',
].join('\n\n') + '\n';

describe('a sentence that sums up the event before it', () => {
  it('is one that says what "it" was, briefly', () => {
    assert.equal(sumsUpEarlier('It was the first of three spacewalks planned for the 11-day mission.'), true);
    assert.equal(sumsUpEarlier('It rained on Monday.'), false);
    assert.equal(sumsUpEarlier('The spacewalk was the first of three planned for the mission.'), true, 'a kind, ranked');
    assert.equal(sumsUpEarlier('The spacewalk was difficult.'), false);
    const sentences = DOC.split('\n\n').map((text) => ({ text }));
    assert.ok(summedUpLater(sentences, 0).has(termOf('spacewalks') as string));
    assert.equal(summedUpLater(sentences, 4).size, 0, 'nothing after the last sentence sums it up');
  });

  it('lets the sentences before it answer for the event it names', () => {
    const engine = madeEngine('walk', 'A spacewalk', { a: DOC });
    const howLong = engine.ask('How long did the first spacewalk last?', { topic: 'walk' });
    assert.ok(!howLong.abstained, 'answered');
    assert.match(howLong.citations[0]?.quote ?? '', /seven hours and 14 minutes/);
    const when = engine.ask('When was the first spacewalk?', { topic: 'walk' });
    assert.ok(!when.abstained, 'answered');
    assert.match(when.citations[0]?.quote ?? '', /on Monday/);
  });
});
