/** Of several candidate facts in a quote, the one the question singles out, or none. Made-up names only. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { bestBound, clearlyNearest, nearness, pick } from '../../src/qa/short-answer-pick.ts';
import { termOf } from '../../src/qa/text-analysis.ts';

describe('picking one candidate', () => {
  const text = 'On June 18, Lind met Vale before meeting Ivo Marek on June 19.';

  it('takes the one whose clause has the most of the question\'s words', () => {
    assert.equal(bestBound(text, ['June 18', 'June 19'], analyzeQuestion('When did Lind meet Ivo Marek?')), 'June 19');
    assert.equal(bestBound(text, ['Vale', 'Marek'], analyzeQuestion('Whom did Lind meet on June 18?')), 'Vale');
  });

  it('gives nothing on a tie, and the one fresh candidate when the question has the other', () => {
    assert.equal(bestBound('Lind and Vale arrived.', ['Lind', 'Vale'], analyzeQuestion('Who arrived?')), null);
    assert.equal(pick(text, ['Lind', 'Vale'], analyzeQuestion('Whom did Lind meet first?')), 'Vale');
  });

  it('measures nearness to the question\'s words and takes only a clearly nearest one', () => {
    const event = new Set([termOf('arrested') as string]);
    const quote = 'Police said on Wednesday that Marek was arrested Monday night.';
    assert.ok(nearness(quote, 'Monday night', event) < nearness(quote, 'Wednesday', event));
    assert.equal(clearlyNearest(quote, ['Wednesday', 'Monday night'], event), 'Monday night');
    assert.equal(clearlyNearest('Marek was arrested at home by the police, and on Monday and again on Tuesday he spoke.', ['Monday', 'Tuesday'], event), null, 'neither by the event');
  });
});
