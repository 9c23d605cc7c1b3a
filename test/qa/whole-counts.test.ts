/**
 * Counts of a whole: "How many birds have been killed in total?" is answered by a count the
 * question's own verb acts on ("some 2.3 million birds have been killed"), which for another verb
 * ("40,000 birds have been killed" for "How many birds were there?") is some of them; and each
 * "the number of X ... to N" of a sentence is read on its own ("the number of outbreaks to three and
 * the number of birds to be culled to about 2.1 million"). Made-up sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsByOrdinal, countsOnlyPart, countsThing } from '../../src/qa/quantities.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('counts of a whole', () => {
  it('reads each "the number of X ... to N" on its own', () => {
    const birds = [termOf('birds') as string];
    assert.equal(countsThing('Bird flu spread to two more farms, bringing the number of outbreaks to three and the number of birds to be culled to about 2.1 million.', birds), true);
    assert.equal(countsThing('Bird flu spread, bringing the number of outbreaks to three and the number of birds to be culled higher.', birds), false, 'no figure for the birds');
  });

  it('takes a count the question\'s own verb acts on for the total asked ("How many birds have been killed in total?")', () => {
    const birds = [termOf('birds') as string];
    assert.equal(countsOnlyPart('How many birds have been killed in total?', 'In total, some 2.3 million birds have been killed since mid-February.', birds, []), false);
    assert.equal(countsOnlyPart('How many birds were culled altogether?', 'Inspectors culled 40,000 birds at the farm.', birds, []), false);
    assert.equal(countsOnlyPart('How many birds were there in total?', 'Some 40,000 birds have been killed.', birds, []), true, 'another verb: some of them');
    assert.equal(countsOnlyPart('How many birds died in total?', 'The remaining 186 birds died on the farm or were culled.', birds, []), false, 'the asked verb first, then a passive of another');
    assert.equal(countsOnlyPart('How many birds died in total?', 'The remaining 186 birds were taken away or were culled.', birds, []), true);
  });
});

describe('a count followed by an irregular past form', () => {
  it('reads "150 people fell ill" as counting people, though WordNet has "fell" as a noun too', () => {
    const people = [termOf('people') as string];
    assert.equal(countsThing('In March, about 150 people fell ill on the ship.', people), true);
    assert.equal(countsThing('About 150 people left the ship.', people), true);
  });
});

describe('an ordinal as a count so far', () => {
  it('reads "the third norovirus outbreak" as counting outbreaks, not "the third day" as counting outbreaks', () => {
    const outbreaks = [termOf('outbreaks') as string];
    assert.equal(countsByOrdinal('It was the third norovirus outbreak on a Velmar ship this year.', outbreaks), true);
    assert.equal(countsByOrdinal('Crews worked through the third day of the outbreak.', outbreaks), false);
    assert.equal(countsByOrdinal('Lind, the second most senior member, resigned.', [termOf('members') as string]), false, 'a rank, not a count');
  });

  it('answers "How many X has Y had?" with it, but not "How many games were in the match?"', () => {
    const engine = madeEngine('ship', 'Outbreaks on cruise ships', {
      a: 'It was the third norovirus outbreak on a Velmar Cruises ship this year.\n\nBrandt leveled the score in the sixth game of the match.\n',
    });
    assertAnswers(engine, 'ship', 'How many norovirus outbreaks has Velmar had this year?', /third norovirus outbreak/);
    assert.equal(engine.ask('How many games were in the match?', { topic: 'ship' }).abstained, true);
  });
});
