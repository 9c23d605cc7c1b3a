/**
 * "How long had she been on hunger strike by Feb. 12?": the report published on Feb. 12 speaks of
 * that day ("has been on hunger strike for 21 days, her lawyer said Monday") without writing it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedDay, publishedOnDay } from '../../src/qa/asked-days.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';

describe('a day the question names', () => {
  it('is read as month and day of month, not with a year', () => {
    const day = askedDay(analyzeQuestion('How long had she been on hunger strike by Feb. 12?'));
    assert.equal(day?.month, 'february');
    assert.equal(day?.day, 12);
    assert.equal(askedDay(analyzeQuestion('What happened on Feb. 12, 2019?')), null, 'a dated day is another matter');
    assert.equal(askedDay(analyzeQuestion('How long had she been on hunger strike?')), null);
  });

  it('is the day of a report published then', () => {
    const day = askedDay(analyzeQuestion('What happened on March 3?'));
    assert.ok(day);
    assert.equal(publishedOnDay('2024-03-03', day), true);
    assert.equal(publishedOnDay('2024-03-04', day), false);
    assert.equal(publishedOnDay(null, day), false);
  });

  it('answers from the report of that day, which never writes the date', () => {
    const docs = {
      h1: 'OSK (AP) - A jailed journalist has been on hunger strike for 21 days and has lost 11 kilograms, her lawyer said Monday.\n\nShe denies the charge.\n',
      h2: 'OSK (AP) - A journalist on hunger strike for four weeks was moved to a hospital on Monday night.\n\nDoctors said she was stable.\n',
      h3: 'OSK (AP) - A journalist ended a 41-day hunger strike on Saturday after a court released her.\n\nShe left in a wheelchair.\n',
    };
    const brief = makeBrief('strike', 'A hunger strike', docs, 'v1', { h1: '2024-02-12', h2: '2024-02-20', h3: '2024-03-04' });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const a = engine.ask('How long had she been on hunger strike by Feb. 12?', { topic: 'strike' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /21 days/);
  });
});
