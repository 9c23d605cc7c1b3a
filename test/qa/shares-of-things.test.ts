/** "How much <thing> ...?" answered by a share of the thing: "about a third of the expected sunlight". Made-up names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givesShareOf } from '../../src/qa/shares-of-things.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const sunlight = [termOf('sunlight') as string];

describe('a share of the asked thing', () => {
  it('reads fractions and percentages of it', () => {
    assert.equal(givesShareOf('The panels receive only about a third of the expected sunlight.', sunlight), true);
    assert.equal(givesShareOf('The panels get 40 percent of their sunlight in the morning.', sunlight), true);
    assert.equal(givesShareOf('A third of the engineers blamed the sunlight.', sunlight), false, 'a share of something else');
    assert.equal(givesShareOf('The panels need sunlight to work.', sunlight), false, 'no share');
  });

  it('answers "How much <thing> ...?" with it', () => {
    const engine = madeEngine('probe', 'A lander on its side', {
      a: 'OSK (Reuters) - The Orvin lander is lying on its side. Because of that, its solar panels receive only about a third of the expected sunlight, the company said.\n',
      b: 'The company expects the lander to keep working for five days.\n',
    });
    const a = engine.ask('How much sunlight do the solar panels get?', { topic: 'probe' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /a third of the expected sunlight/);
  });
});
