/**
 * "The collapse happened at about 11 p.m. Monday" is about the tunnel collapse its document told
 * of before ("after part of a tunnel collapsed", "a tunnel collapse"): a definite noun takes the
 * word right before where it was named, also when the topic's title holds the noun. And a date
 * that only says when something was told ("..., the operator said Tuesday") does not date the
 * event as well as one that does, and "next year's election" says which election, not when one was.
 * Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definiteNounTerms } from '../../src/qa/references.ts';
import { onlySaidTimes, timeDistance } from '../../src/qa/time-expressions.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

describe('a definite event noun after the event was told of', () => {
  it('takes the word right before the earlier noun or verb, not words across a preposition', () => {
    assert.deepEqual([...definiteNounTerms(() => ['Nine miners were trapped after part of a tunnel collapsed at a zinc mine.'], 'The collapse happened at 11 p.m.', (t) => t === 'collaps')], ['tunnel']);
    assert.deepEqual([...definiteNounTerms(() => ['They were trapped by a tunnel collapse.'], 'The collapse happened at 11 p.m.', (t) => t === 'collaps')], ['tunnel']);
    assert.equal(definiteNounTerms(() => ['Troops retreated through a corridor leading out of the town.'], 'Rebels failed to take the town.', (t) => t === 'town').size, 0);
  });

  it('answers "When did the tunnel collapse?" with the sentence that dates the collapse', () => {
    const engine = madeEngine('zinc', 'Miners trapped by zinc mine collapse', withFiller({
      a: 'ORVAL (AP) _ Nine miners were trapped underground after part of a tunnel collapsed at a zinc mine in the north, the mine operator said Wednesday.\n\nThe collapse happened at about 10 p.m. Tuesday during the night shift, said Dorva Mining, which owns the mine.\n',
    }, (i) => `Zinc prices rose ${i + 2} percent in London on the news, traders said.`));
    const a = engine.ask('When did the tunnel collapse?', { topic: 'zinc' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /10 p\.m\. Tuesday/);
  });
});

describe('a time that names which event', () => {
  it('is left out of how near a date is to the event words ("next year\'s election")', () => {
    const text = 'Prime Minister Ivo Tolle resigned on Monday, saying he could not lead the party through next year\'s election.';
    const at = text.indexOf('election');
    const anchors = [{ start: at, end: at + 'election'.length }];
    assert.ok(timeDistance(text, anchors) < 5, 'next year is right before it');
    assert.ok(timeDistance(text, anchors, true) > 40, 'Monday is far from it');
  });
});

describe('a time that dates only the telling', () => {
  it('is every time of "..., the operator said Tuesday" and "he told reporters on Monday"', () => {
    const no = (): boolean => false;
    assert.equal(onlySaidTimes('Part of a tunnel collapsed, the mine operator said Tuesday.', no), true);
    assert.equal(onlySaidTimes('The mine is safe, he told reporters on Monday.', no), true);
    assert.equal(onlySaidTimes('The tunnel collapsed on Monday, the operator said Tuesday.', no), false, 'Monday dates the collapse');
    assert.equal(onlySaidTimes('The operator announced Tuesday that the mine would close.', no), false, 'a clause follows the time');
    assert.equal(onlySaidTimes('Part of a tunnel collapsed, the operator announced Tuesday.', (w) => w === 'announced'), false, 'the saying is asked about');
  });
});
