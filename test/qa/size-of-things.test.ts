/**
 * "How big is the painting?" asks a made thing's size, a measure ("2 meters wide"), not any
 * number in a sentence about it ("bought it in 1962 for $310,000"); "How big is the loan?" still
 * asks a sum and "How big is the army?" a count. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sizesArtifact } from '../../src/qa/counted-things.ts';
import { madeEngine } from './qa-helpers.ts';

const sale = madeEngine('sale', 'A painting sale', {
  a: [
    'AMSTERDAM (AP) _ A seascape by a little-known Dutch painter sold for 2.1 million euros on Tuesday, five times its estimate.',
    'The painting had hung in a farmhouse in Friesland since 1922, when the owner\'s grandfather bought it for 40 guilders.',
  ].join('\n\n'),
});
const sized = madeEngine('sized', 'A painting sale', {
  a: 'LONDON (AP) _ The painting, 2 meters wide and 1.2 meters high, sold for 2.1 million pounds on Tuesday.\n',
});

describe('the size of a made thing', () => {
  it('is not any number in a sentence about it', () => {
    const a = sale.ask('How big is the painting?', { topic: 'sale', conversation: null });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
  it('is a measure', () => {
    const a = sized.ask('How big is the painting?', { topic: 'sized', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /2 meters wide/);
  });
  it('is asked of made things only, not of a sum or a body of people', () => {
    assert.equal(sizesArtifact('How big is the painting?'), true);
    assert.equal(sizesArtifact('How large was the ship?'), true);
    assert.equal(sizesArtifact('How big is the loan?'), false);
    assert.equal(sizesArtifact('How big is the army?'), false);
  });
});
