/**
 * "How long did the order last?": a span given only as a forecast ("would stay in place for at
 * least a week") is not how long it was; "will have taken the full 30 days" is. A question about
 * the plan itself takes the forecast. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spansOnlyPlanned } from '../../src/qa/planned-spans.ts';
import { madeEngine } from './qa-helpers.ts';

describe('spans given only as a plan or forecast', () => {
  it('reads a span after a modal or plan as planned, for a question about what was', () => {
    const q = 'How long did the curfew last?';
    assert.equal(spansOnlyPlanned(q, 'The council said the curfew would stay in place for at least a week.'), true);
    assert.equal(spansOnlyPlanned(q, 'The curfew is expected to last three more days.'), true);
    assert.equal(spansOnlyPlanned(q, 'The curfew lasted 11 days.'), false);
    assert.equal(spansOnlyPlanned(q, 'The curfew lasted three days and could return in a week.'), false, 'a span that was, beside a planned one');
    assert.equal(spansOnlyPlanned(q, 'The mayor will have kept the curfew for the full 30 days by Monday.'), false, 'done by then');
    assert.equal(spansOnlyPlanned('How long will the curfew last?', 'The curfew would stay in place for at least a week.'), false, 'a question about the plan');
    assert.equal(spansOnlyPlanned('How long is the curfew expected to last?', 'The curfew is expected to last three more days.'), false);
  });

  it('does not answer "How long did it last?" with the forecast', () => {
    const engine = madeEngine('curfew', 'A curfew in Tarno', {
      a: 'TARNO (AP) _ The city council of Tarno imposed a curfew on Monday after riots and said the curfew would stay in place for at least a week.\n',
      b: 'Shops in the old town closed early on Tuesday.\n',
      c: 'Police said 40 people had been arrested.\n',
    });
    assert.equal(engine.ask('How long did the curfew last?', { topic: 'curfew' }).abstained, true);
    const a = engine.ask('How long will the curfew stay in place?', { topic: 'curfew' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /at least a week/);
  });
});
