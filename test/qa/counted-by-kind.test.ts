/**
 * A count of the kind the asked noun is directly a kind of counts it: "the number of vessels
 * waiting to pass rose to 186" answers "How many ships were waiting on Thursday?" (WordNet: a
 * ship is a vessel).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsThing } from '../../src/qa/quantities.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
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

describe('two counts sharing one noun', () => {
  it('reads "11.2 million wireless and 2.4 million home internet customers" as a count of wireless customers', () => {
    const text = "The outage was still affecting most of Northlink's 11.2 million wireless and 2.4 million home internet customers by late afternoon.";
    assert.equal(countsThing(text, [termOf('customers') as string], ['wireless']), true);
    // Not a noun of its own before "and": "40 boats and 3 home customers" counts no wireless customers.
    assert.equal(countsThing('It has 40 boats and 3 home customers.', [termOf('customers') as string], ['wireless']), false);
  });
});

describe('a count of some of a whole', () => {
  it('reads "five of its small imaging satellites" as a count of satellites, past the words of the part', () => {
    const satellite = termOf('satellites') as string;
    assert.equal(countsThing('Orbitra said five of its small imaging satellites had lost altitude.', [satellite]), true);
    // Without "of its" right after the number, the reach stays four words.
    assert.equal(countsThing('Orbitra said five went up in its small imaging satellites.', [satellite]), false);
  });
});
