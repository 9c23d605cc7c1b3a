/** "May" is the month after a word of time ("reopen in May") and the verb elsewhere ("they may go"). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsIn } from '../../src/qa/entities.ts';
import { timeSpans } from '../../src/qa/time-expressions.ts';
import { madeEngine } from './qa-helpers.ts';

describe('the month May', () => {
  it('reads "in May", "by May", "early May" as the month, and "may" after a subject as the verb', () => {
    for (const t of ['The bridge will reopen in May after repairs.', 'In May the council met.', 'By early May the water had gone down.', 'It happened early May 1998.']) {
      assert.ok(timeSpans(t).some((s) => /May/.test(s.text)), t);
      assert.ok(monthsIn(t).has('may'), t);
    }
    for (const t of ['The council may reopen the bridge.', 'May I ask a question?', 'Officials said they may go.']) {
      assert.deepEqual(timeSpans(t), [], t);
      assert.equal(monthsIn(t).has('may'), false, t);
    }
  });

  it('so "When will the bridge reopen?" is answered by "... would reopen in May"', () => {
    const engine = madeEngine('bridge', 'The bridge', {
      a: 'The city council voted on Monday to close the old bridge.\n\nMayor Ana Berg said the bridge would reopen in May after repairs costing $4 million.\n',
    });
    const a = engine.ask('When will the bridge reopen?', { topic: 'bridge' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /reopen in May/);
  });
});
