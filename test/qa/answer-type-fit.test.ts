/** The kind of answer a question asks for, as the scorer checks it: here, "how much" of a mass. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

describe('"how much" of a mass', () => {
  const brief = makeBrief('bank', 'Central bank', {
    a: 'Mara Lind expects growth in the region next year to be about 2.5 percent, lower than forecast.\n',
    b: 'The bank cut its main rate on Thursday, the first cut in two years.\n',
  });
  const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });

  it('is answered by an amount or share ("growth ... about 2.5 percent"), which measures it rather than counts it', () => {
    const a = engine.ask('How much growth does Lind expect in the region next year?', { topic: 'bank' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /2\.5 percent/);
  });

  it('still wants the amount to be there: a sentence with no amount does not answer', () => {
    const a = engine.ask('How much did the bank cut its rate?', { topic: 'bank' });
    assert.equal(a.abstained, true, a.answer);
  });
});
