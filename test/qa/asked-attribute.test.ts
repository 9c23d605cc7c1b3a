/** "What is the <noun> of X?": the sentence must say that noun (or a word for it), not only X. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('"what is the theme of X": the asked noun', () => {
  const engine = madeEngine('summit', 'The summit', {
    a: 'Leaders of 18 Pacific Rim nations will meet in Talbourne next week for this year\'s Rimcoast summit.\n\nThe prime minister of Avel said he plans to attend this year\'s Rimcoast summit despite the protests.\n',
    b: 'The theme of this year\'s Rimcoast summit is "Trade for Growth", organisers said on Monday.\n',
  });

  it('answers from the sentence that says the theme', () => {
    const a = engine.ask('What is the theme of this year\'s Rimcoast summit?', { topic: 'summit' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Trade for Growth/);
  });

  it('declines when no sentence says it, though many name the summit', () => {
    const only = madeEngine('summit2', 'The summit', {
      a: 'Leaders of 18 Pacific Rim nations will meet in Talbourne next week for this year\'s Rimcoast summit.\n\nThe prime minister of Avel said he plans to attend this year\'s Rimcoast summit despite the protests.\n',
      b: 'Police in Talbourne closed three streets near the venue on Monday.\n',
    });
    const a = only.ask('What is the theme of this year\'s Rimcoast summit?', { topic: 'summit2' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"What is the bank\'s inflation target?": the noun the question ends on', () => {
  const bodies = {
    a: 'The Arvan central bank left its base rate at 6.5 percent on Tuesday.\n\nGovernor Ilse Brandt told reporters the bank was ready to act if inflation, which reached 8.2 percent in May, did not slow.\n',
    b: 'Exports fell 2 percent in April, the statistics office said.\n\nUnemployment rose to 7.1 percent, its highest since 2015.\n',
  };

  it('declines when no sentence says it, though one gives a value of its other word', () => {
    const a = madeEngine('rates', 'Interest rates', bodies).ask('What is the bank\'s inflation target?', { topic: 'rates' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('answers from the sentence that says it', () => {
    const engine = madeEngine('rates2', 'Interest rates', { ...bodies, c: 'The bank\'s inflation target is 3 percent, a level it last met in 2019.\n' });
    const a = engine.ask('What is the bank\'s inflation target?', { topic: 'rates2' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /target is 3 percent/);
  });
});
