/**
 * "died in a Lyon hospital", "bought from a Paris gallery": a place before the kind's noun, after
 * "a", says where one is, not which; a question for its name or for which one is not answered by
 * it. A name of one ("Edouard Herriot Hospital") still is. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeModifiedMentions } from '../../src/qa/place-modified-kinds.ts';
import { madeEngine } from './qa-helpers.ts';

const placed = madeEngine('cyclist', 'A cycling crash', {
  a: [
    'GRENOBLE, France (AP) _ The Danish cyclist Mads Vinther was flown to a Lyon hospital on Saturday after crashing on a descent in the Alps, his team said.',
    'Vinther, 27, had bought his bicycle from a Milan dealer only a week before the race, the team said.',
  ].join('\n\n'),
});
const named = madeEngine('cyclist2', 'A cycling crash', {
  a: 'GRENOBLE, France (AP) _ The Danish cyclist Mads Vinther was flown to Edouard Herriot Hospital in Lyon on Saturday after crashing on a descent in the Alps, his team said.\n',
});

describe('a kind placed by a town before its noun', () => {
  it('does not name the hospital asked the name of', () => {
    const a = placed.ask('What is the name of the hospital Vinther was flown to?', { topic: 'cyclist', conversation: null });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
  it('does not say which dealer', () => {
    const a = placed.ask('Which Milan dealer did Vinther buy his bicycle from?', { topic: 'cyclist', conversation: null });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
  it('leaves a hospital named by its name answered', () => {
    const a = named.ask('What is the name of the hospital Vinther was flown to?', { topic: 'cyclist2', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Edouard Herriot Hospital/);
  });
  it('counts only places before the noun, after "a"', () => {
    assert.equal(placeModifiedMentions('hospital', 'flown to a Lyon hospital on Saturday'), 1);
    assert.equal(placeModifiedMentions('hospital', 'flown to the Lyon hospital'), 0);
    assert.equal(placeModifiedMentions('hospital', 'flown to a Mayo hospital'), 0);
    assert.equal(placeModifiedMentions('gallery', 'sold by a Paris gallery, Galerie Marlowe,'), 0);
  });
});
