/**
 * A document says what its owner says: "according to Lind's statement" is met by the statement
 * speaking ("The statement said ...") or by Lind; "Richter's lawsuit" by the suit or by Richter.
 * A document is a WordNet kind of communication, document, speech act or proceeding; a body or
 * a person ("Lind's lawyer") is not one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakerQuery } from '../../src/qa/speaker-questions.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a speaker phrase naming an owner\'s document', () => {
  it('lets the owner or the document speak', () => {
    const persons = new Set(['lind']);
    assert.deepEqual(speakerQuery("Lind's statement", persons).groups, [['lind', 'statement']]);
    assert.equal(speakerQuery("Lind's lawsuit", persons).groups.length, 1);
    assert.equal(speakerQuery("Lind's lawyer", persons).groups.length, 2, 'a lawyer is no document');
  });

  it('so "according to Lind\'s statement" is answered by what the statement said', () => {
    const engine = madeEngine('truce', 'The truce', {
      a: 'TARNO (AP) _ President Ana Lind issued a statement on Monday after meeting the envoy.\n\nThe statement said there had been no fighting in the province for five days and that police units were leaving.\n',
      b: 'Rebels said they had seen no sign of a withdrawal.\n',
    });
    const a = engine.ask("For how many days had there been no fighting, according to Lind's statement?", { topic: 'truce' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /five days/);
  });
});
