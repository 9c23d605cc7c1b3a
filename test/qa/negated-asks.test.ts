/** A question about what was not done is not answered by a sentence saying it was done. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mannerVerb, negatedVerb, saysOnlyDone, saysOnlyNotDone } from '../../src/qa/negated-asks.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('negated questions', () => {
  it('reads the verb a question negates, past an auxiliary, in any spelling of "not"', () => {
    assert.ok(negatedVerb(analyzeQuestion('What did Marek say the council had not seen Berg do?'))?.test('they saw'));
    assert.ok(negatedVerb(analyzeQuestion("What didn't the council know?")));
    assert.ok(negatedVerb(analyzeQuestion('Where has Berg never travelled?')));
    assert.equal(negatedVerb(analyzeQuestion('What did Marek say the council had seen?')), null);
    assert.equal(negatedVerb(analyzeQuestion('Why was the plan not approved?'))?.test('was'), false, 'the verb, not the auxiliary');
  });

  it('flags a sentence with the verb only un-negated', () => {
    const seen = negatedVerb(analyzeQuestion('What did Marek say the council had not seen Berg do?')) as RegExp;
    assert.equal(saysOnlyDone(seen, '"We have seen some political support," Marek said.'), true);
    assert.equal(saysOnlyDone(seen, '"We have not seen them cross that line," Marek said.'), false);
    assert.equal(saysOnlyDone(seen, "\"We haven't seen them cross that line,\" Marek said."), false);
    assert.equal(saysOnlyDone(seen, 'The council never saw the plan.'), false);
    assert.equal(saysOnlyDone(seen, 'Marek spoke on Monday.'), false, 'no such verb: another stage judges it');
  });

  it('so the engine quotes what was not done', () => {
    const engine = madeEngine('talks', 'The talks', {
      a: '"We have seen the council do a great deal for the miners," Ivo Marek said.\n',
      b: '"We have not seen the council cross that line," Ivo Marek told reporters after the long talks in the capital on Monday.\n',
      c: 'Ana Berg said the council would meet again in the spring.\n',
    });
    const a = engine.ask('What did Ivo Marek say he had not seen the council do?', { topic: 'talks' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /have not seen the council cross/);
  });
});

describe('"how" a thing will be done', () => {
  it('is not told by a sentence saying it has not been done', () => {
    const paid = mannerVerb(analyzeQuestion('How will the aid be paid?')) as RegExp;
    assert.ok(paid);
    assert.equal(mannerVerb(analyzeQuestion('How many people were paid?')), null);
    assert.equal(saysOnlyNotDone(paid, 'None of the aid has been paid so far.'), true);
    assert.equal(saysOnlyNotDone(paid, 'The aid will be paid in stages.'), false);
    const engine = madeEngine('grant', 'A grant', {
      a: 'None of the aid has been paid so far.\n',
      b: 'The aid, slightly less than the sum the company had sought, will be paid in stages as construction milestones are met, the Commission said.\n',
    });
    assert.match(engine.ask('How will the aid be paid?', { topic: 'grant' }).citations[0]?.quote ?? '', /in stages/);
  });
});
