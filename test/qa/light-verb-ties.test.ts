/**
 * A question's light verb ("take", "make", "hold") is no match term, but of two sentences that
 * match the rest of the question equally, the one that uses the verb comes first. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lightVerbTie } from '../../src/qa/light-verb-ties.ts';
import { madeEngine } from './qa-helpers.ts';

describe('light verbs as a tie-break', () => {
  it('finds the question\'s light verbs, in any form, and not auxiliaries or nouns', () => {
    const took = lightVerbTie('How long did Varga\'s testimony take?');
    assert.ok(took);
    assert.ok(took.test('The testimony, taken over three days in May, ...'));
    assert.ok(took.test('It took two weeks.'));
    assert.equal(took.test('several hours of testimony'), false);
    assert.equal(lightVerbTie('When did Lind resign?'), null, '"did" is an auxiliary');
    assert.equal(lightVerbTie('What has Lind said about the plan?'), null, 'no event in "has" or "said"');
    assert.equal(lightVerbTie('Who won the run-off in the set of races?'), null, 'nouns after a determiner');
    assert.ok(lightVerbTie('Whom did Marek hold talks with?')?.test('Marek held talks with Ana Lind'));
  });

  it('puts the sentence that uses the verb first when the rest matches the same', () => {
    const doc = [
      'OSK (AP) _ Lawyers showed several hours of Varga\'s videotaped testimony.',
      'Investigators at the inquiry in the capital will rely heavily on Varga\'s long videotaped testimony, taken over three days in May.',
    ].join('\n\n') + '\n';
    const engine = madeEngine('inquiry', 'An inquiry', { a: doc });
    const a = engine.ask('How long did Varga\'s testimony take?', { topic: 'inquiry' });
    assert.ok(!a.abstained, 'answered');
    assert.match(a.citations[0]?.quote ?? '', /three days/);
  });
});
