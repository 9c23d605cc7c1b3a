/**
 * The common-noun thing a question's act is done to ("named crime as their top concern"): a
 * sentence whose same verb takes another thing ("named education as ...") and never says the
 * asked one tells of another act. Another word for people may stand for people asked about.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedThing, takesOtherThing } from '../../src/qa/asked-thing.ts';
import { madeEngine } from './qa-helpers.ts';

describe('the thing a question\'s act is done to', () => {
  it('is the common noun right after the question\'s verb', () => {
    assert.equal(askedThing('What share of voters named crime as their top concern?')?.term, 'crime');
    assert.equal(askedThing('How many Osk farmers bought tractors last year?')?.term, 'tractor');
    assert.equal(askedThing('Who is the president of Varnia?'), null, 'no verb takes a thing');
  });

  it('is taken by the same verb as another thing only in a sentence of another act', () => {
    const crime = askedThing('What share of voters named crime as their top concern?');
    assert.ok(crime);
    assert.equal(takesOtherThing(crime, 'Almost a quarter of voters named education as their most pressing concern.'), true);
    assert.equal(takesOtherThing(crime, 'A fifth of voters named crime as their top concern.'), false);
    assert.equal(takesOtherThing(crime, 'Voters named education first and crime second.'), false, 'the asked thing is there too');
    assert.equal(takesOtherThing(crime, 'Voters said crime was their top concern.'), false, 'the verb takes nothing else');
    const fighters = askedThing('Who marched through the forest to reinforce the fighters at Osk?');
    assert.ok(fighters);
    assert.equal(takesOtherThing(fighters, 'Hundreds of soldiers marched through the forest to reinforce their comrades at Osk.'), false, 'another word for people');
  });

  it('keeps the engine from answering with a share of those who named something else', () => {
    const engine = madeEngine('poll', 'The poll', {
      a: 'Almost a quarter of Osk voters named education as their most pressing concern, the exit poll found.\n',
      b: 'Turnout was high across the valley on Tuesday.\n',
      c: 'The governor won a second term.\n',
    });
    assert.equal(engine.ask('What share of Osk voters named crime as their top concern?', { topic: 'poll' }).abstained, true);
    const a = engine.ask('What share of Osk voters named education as their top concern?', { topic: 'poll' });
    assert.equal(a.abstained, false, a.answer);
  });
});
