/** A price per thing ("1.50 euros a bottle", "$80 a barrel") is no count of the thing. Made-up story. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsThing } from '../../src/qa/quantities.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a price per thing is no count of it', () => {
  it('reads "1.50 euros a bottle" and "$80 a barrel" as prices, not counts of bottles or barrels', () => {
    const bottles = [termOf('bottles') as string];
    assert.equal(countsThing('Wine bought for about 1.50 euros a bottle was sold for up to 300 euros.', bottles), false);
    assert.equal(countsThing('Oil sold for $80 a bottle.', bottles), false);
    assert.equal(countsThing('The group sold at least 2 million bottles over four years.', bottles), true);
    assert.equal(countsThing('How many euros? About 12 million euros were traced.', [termOf('euros') as string]), true, 'the currency asked for');
  });

  it('answers "How many bottles did they sell?" with the count, not the price a bottle', () => {
    const engine = madeEngine('wine', 'Fake wine', {
      a: 'The group bought wine for about 1.50 euros a bottle and sold it for up to 300 euros, prosecutors said.\n',
      b: 'Investigators believe the group sold at least 2 million bottles over four years.\n',
      c: 'Police arrested 12 people on Sunday.\n',
    });
    const a = engine.ask('How many bottles did the group sell?', { topic: 'wine' });
    assert.match(a.citations[0]?.quote ?? '', /2 million bottles/);
  });
});

describe('a figure said to be a cost, in any currency', () => {
  it('answers "How much will replacing the transformer cost?" with "at a cost of about 12 million kronor"', () => {
    const engine = madeEngine('grid', 'A grid failure', {
      a: 'The operator said the transformer near Orsa would be replaced within three weeks at a cost of about 12 million kronor.\n',
      b: 'The transformer failed shortly after 2 a.m., cutting power to 60,000 homes.\n',
      c: 'A spare transformer was moved in from Lund.\n',
    });
    const a = engine.ask('How much will replacing the transformer cost?', { topic: 'grid' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /12 million kronor/);
  });
});
