/**
 * Times news copy writes that a "when" question must read as times: a year before 1800 after "in"
 * ("founded in 1712"), a century ("a 15th-century manuscript"), and a month abbreviated without a
 * full stop before its day, as Reuters writes datelines ("BOLOGNA, Nov 20"). A month the question
 * names is met by a report the story had reached that month in. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsIn, textFeatures } from '../../src/qa/entities.ts';
import { timeSpans } from '../../src/qa/time-expressions.ts';
import { assertAnswers, engineOver, madeEngine, makeBrief } from './qa-helpers.ts';

const OTHER = 'The council met on Monday to discuss the budget. Officials said the plans were ready.';

describe('years before 1800 and centuries', () => {
  it('reads a four-digit year before 1800 after "in" or "since" as a year, not a count', () => {
    assert.deepEqual([...textFeatures('The library, founded in 1712 by a local cardinal, holds maps.').years], ['1712']);
    assert.deepEqual(timeSpans('The abbey has stood since 1450.').map((s) => s.text), ['since 1450']);
    // A count of things after "in" is no year.
    assert.deepEqual([...textFeatures('The fault was found in 1500 cars.').years], []);
    assert.deepEqual([...textFeatures('Readers sent 1,500 letters.').years], []);
  });

  it('answers "when was it founded?" with a year before 1800', () => {
    const engine = madeEngine('archive', 'An archive', { a: `The Varnel archive, founded in 1712 by a local bishop, holds manuscripts and maps. ${OTHER}` });
    assertAnswers(engine, 'archive', 'When was the Varnel archive founded?', /1712/);
  });

  it('reads a century as a time', () => {
    assert.deepEqual(timeSpans('A 15th-century illuminated manuscript survived.').map((s) => s.text), ['15th-century']);
    assert.deepEqual(timeSpans('The chapel was rebuilt in the late 17th century.').map((s) => s.text), ['in the late 17th century']);
  });
});

describe('month abbreviations without a full stop', () => {
  it('reads "Aug 12" and "Sept 3" as months, and not a lower-case "mar"', () => {
    assert.deepEqual([...monthsIn('WELLINGTON, Aug 12 (AP) - A battery exploded.')], ['august']);
    assert.deepEqual(timeSpans('LONDON, Sept 3 - Officials said.').map((s) => s.text), ['Sept 3']);
    assert.deepEqual([...monthsIn('Delays mar 3 of the projects.')], []);
    assert.deepEqual([...monthsIn('The Mar team won.')], []);
  });

  it('answers a question dated by a month from a report datelined in that month', () => {
    const brief = makeBrief('debris', 'A cloud of debris', {
      a: 'VELLO, Aug 12 (AP) - Trackers said the cloud was growing. The number of tracked pieces stood at 410, officials said.',
      b: 'VELLO, Sept 3 (AP) - The cloud kept spreading over the ocean. The number of tracked pieces stood at 465, officials said.',
    }, 'v1', { a: '2025-08-12', b: '2025-09-03' });
    const a = engineOver(brief).ask('How many pieces were tracked in September?', { topic: 'debris' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /465/);
  });
});
