/**
 * A count of the kind the asked noun is directly a kind of counts it: "the number of vessels
 * waiting to pass rose to 186" answers "How many ships were waiting on Thursday?" (WordNet: a
 * ship is a vessel).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('a count by the kind of the asked noun', () => {
  it('takes "the number of vessels ... rose to 186" for "How many ships ...?"', () => {
    const engine = madeEngine('canal', 'The blocked canal', {
      a: 'TARNO (AP) _ Efforts to free a container ship blocking the Tarno Canal failed for a third day Thursday, and the number of vessels waiting to pass rose to 186, the canal authority said.\n\nAt least 15 ships carrying livestock were among those waiting.\n',
      b: 'The ship ran aground on Tuesday.\n',
    });
    const a = engine.ask('How many ships were waiting on Thursday?', { topic: 'canal' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /rose to 186/);
  });
});
