/**
 * A wire dateline ("TALLMARK, Varnia (Reuters) -") says where a story was filed, not where
 * what it tells happened: it does not answer "where". Made-up places.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutDateline } from '../../src/content/dateline.ts';
import { madeEngine } from './qa-helpers.ts';

describe('datelines', () => {
  it('are stripped from the start of a sentence only', () => {
    assert.equal(withoutDateline('TALLMARK, Varnia (Reuters) - The rebels attacked a convoy.'), 'The rebels attacked a convoy.');
    assert.equal(withoutDateline('The rebels attacked a convoy near TALLMARK.'), 'The rebels attacked a convoy near TALLMARK.');
    // ... with the day in place of the country.
    assert.equal(withoutDateline('TALLMARK, July 15 (Reuters) - The rebels attacked a convoy.'), 'The rebels attacked a convoy.');
    assert.equal(withoutDateline('TALLMARK, Sept 25 — The rebels attacked a convoy.'), 'The rebels attacked a convoy.');
  });

  it('set off no apposition: "TALLMARK, Varnia (AP) — A glacial lake burst" names no lake', () => {
    const engine = madeEngine('lake', 'A glacial lake flood', {
      a: 'TALLMARK, Varnia (AP) — A glacial lake burst its banks early on Tuesday, sending a wall of water down the Orsk river.\n\nThe flood began when a moraine holding back Lake Tesk burst.\n',
      b: 'The army said it would send more troops.\n',
    });
    assert.match(engine.ask('Which lake burst?', { topic: 'lake' }).citations[0]?.quote ?? '', /Lake Tesk/);
  });

  it('do not say where the event happened', () => {
    const engine = madeEngine('convoy', 'An attack on a convoy', {
      a: 'TALLMARK, Varnia (Reuters) - The rebels attacked a convoy on Sunday, officials said.\n',
      b: 'The army said it would send more troops.\n',
    });
    assert.equal(engine.ask('Where did the rebels attack the convoy?', { topic: 'convoy' }).abstained, true);
    const placed = madeEngine('convoy2', 'An attack on a convoy', {
      a: 'TALLMARK, Varnia (Reuters) - The rebels attacked a convoy near the village of Orsk on Sunday, officials said.\n',
      b: 'The army said it would send more troops.\n',
    });
    assert.match(placed.ask('Where did the rebels attack the convoy?', { topic: 'convoy2' }).citations[0]?.quote ?? '', /Orsk/);
  });

  it('do not name who did it', () => {
    const engine = madeEngine('convoy3', 'An attack on a convoy', {
      a: 'TALLMARK, Varnia (Reuters) - Gunmen attacked a convoy on Sunday, officials said.\n',
      b: 'The army said it would send more troops.\n',
    });
    assert.equal(engine.ask('Who attacked the convoy?', { topic: 'convoy3' }).abstained, true);
  });
});
