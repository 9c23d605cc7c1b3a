/**
 * An event a sentence only plans or supposes ("could contain ... Vale to replace Marek") does
 * not answer who did it. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksWhatCameAbout, eventOnlyPlanned } from '../../src/qa/planned-events.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const replace = termOf('replace') as string;
const isReplace = (t: string): boolean => t === replace;

describe('events only planned', () => {
  it('are infinitives under a plan, a wish or a possibility in their clause', () => {
    assert.equal(eventOnlyPlanned('A possible slate could name Ana Vale of Tarno to replace Ivo Marek as chairman.', isReplace), true);
    assert.equal(eventOnlyPlanned('Vale is expected to replace Marek.', isReplace), true);
    assert.equal(eventOnlyPlanned('Vale was named to replace Marek, who could stay on as adviser.', isReplace), false, 'named: settled');
    assert.equal(eventOnlyPlanned('Vale replaced Marek on Monday.', isReplace), false, 'it came about');
    assert.equal(eventOnlyPlanned('The board met to replace Marek.', isReplace), false, 'no plan word');
    assert.equal(eventOnlyPlanned('Vale might stay; but the board voted on Monday to replace Marek.', isReplace), false, 'the plan is another clause\'s');
    const isPay = (t: string): boolean => t === termOf('pay');
    assert.equal(eventOnlyPlanned('It only means they have to pay some 200 workers.', isPay), true, 'an obligation');
    assert.equal(eventOnlyPlanned('In the end they had to pay some 200 workers.', isPay), false, 'an obligation met');
    assert.equal(eventOnlyPlanned('The board approved the deal on Monday, clearing the way for Vale to replace Marek in May.', isReplace), true, 'only made possible');
    assert.equal(eventOnlyPlanned('The vote paved the way for Vale to replace Marek.', isReplace), true, 'only made possible');
  });

  it('matter only for questions about what came about', () => {
    assert.equal(asksWhatCameAbout('Who replaced Marek as chairman?', false), true);
    assert.equal(asksWhatCameAbout('Whom did the board pick to replace Marek?', false), true);
    assert.equal(asksWhatCameAbout('Who will replace Marek?', true), false);
    assert.equal(asksWhatCameAbout('Who could replace Marek?', false), false);
    assert.equal(asksWhatCameAbout('Which city did Vale mean to visit?', false), false, 'a plan asked about');
    assert.equal(asksWhatCameAbout('Who is expected to replace Marek?', false), false);
  });

  it('keep an engine from answering who did it with a plan', () => {
    const doc = [
      'OSK (AP) _ The Tarno Party met Monday after its worst election result in a decade.',
      'A possible slate could contain the names of Ana Vale of Osk to replace Ivo Marek as party chairman, and Rui Lind to replace him as treasurer.',
      'Party members will vote on the slate next month.',
    ].join('\n\n') + '\n';
    const engine = madeEngine('party', 'A party', { a: doc });
    assert.ok(engine.ask('Who replaced Ivo Marek as party chairman?', { topic: 'party' }).abstained, 'nobody has');
    const planned = engine.ask('Who could replace Ivo Marek as party chairman?', { topic: 'party' });
    assert.ok(!planned.abstained, 'a plan asked about is answered');
    assert.match(planned.citations[0]?.quote ?? '', /Ana Vale/);
  });

  it('keep a count of those an obligation is owed to from answering how many it was met for', () => {
    const doc = [
      'OSK (AP) _ An arbitrator ruled Monday on the Tarno mine lockout.',
      '``It only means they have to pay some 200 miners during the lockout, and they\'ve indicated to us their intent to file an immediate appeal and take it as far as they have to in order to avoid payment,\'\' a union lawyer said.',
    ].join('\n\n') + '\n';
    const engine = madeEngine('mine', 'A mine', { a: doc });
    assert.ok(engine.ask('How many miners were paid during the lockout?', { topic: 'mine' }).abstained, 'the count is of those owed');
    const owed = engine.ask('How many miners does the mine have to pay?', { topic: 'mine' });
    assert.ok(!owed.abstained, 'the obligation asked about is answered');
    assert.match(owed.citations[0]?.quote ?? '', /200 miners/);
  });
});
