/**
 * Counts of a whole: "How many birds have been killed in total?" is answered by a count the
 * question's own verb acts on ("some 2.3 million birds have been killed"), which for another verb
 * ("40,000 birds have been killed" for "How many birds were there?") is some of them; and each
 * "the number of X ... to N" of a sentence is read on its own ("the number of outbreaks to three and
 * the number of birds to be culled to about 2.1 million"). Made-up sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsOnlyPart, countsThing } from '../../src/qa/quantities.ts';
import { termOf } from '../../src/qa/text-analysis.ts';

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
  });
});
