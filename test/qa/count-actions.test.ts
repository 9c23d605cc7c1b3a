/**
 * "How many children died at the shelter?" asks for a count of what happened to them. A sentence
 * that counts them with another verb acting on them ("has treated at least 300 children at the
 * shelter") counts something else, unless that verb causes the asked one or is caused by it
 * ("killed 6,076 people" for "How many people have died?").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedCountAction, askedOrCausal, countedByOtherAction } from '../../src/qa/count-actions.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const is = (...words: string[]) => (w: string): boolean => words.some((x) => termOf(x) === termOf(w));

describe('the action a count question asks was done to what it counts', () => {
  it('is the past verb after the counted phrase, or the participle after its auxiliary', () => {
    assert.equal(askedCountAction('How many children died at the shelter?', null), 'died');
    assert.equal(askedCountAction('How many Ostrian soldiers were killed in the assault?', null), 'killed');
    assert.equal(askedCountAction('How many people have died in Osk?', 'died'), 'died', 'the count verb the event stage found');
  });

  it('is none for what someone did, a plan, a negation or a state', () => {
    assert.equal(askedCountAction('How many sailors did helicopters rescue?', 'rescue'), null, 'the doer may be told of with another verb');
    assert.equal(askedCountAction('How many rebels did the army say it killed?', 'say'), null);
    assert.equal(askedCountAction('How many troops will be sent?', null), null);
    assert.equal(askedCountAction('How many bodies were never found?', null), null);
    assert.equal(askedCountAction('How many people live in Osk?', null), null);
    assert.equal(askedCountAction('How many players were there?', null), null, 'an auxiliary is no action');
  });
});

describe('a count of the asked thing with another action on it', () => {
  const died = askedOrCausal('died', is('died', 'die'));
  it('is one whose verb, before the count or after its noun, is not the asked one', () => {
    assert.equal(countedByOtherAction('Dr. Soto, who has treated at least 300 children at the shelter, said more help was needed.', ['children'], died, () => false), true);
    assert.equal(countedByOtherAction('About 100 activists gathered outside the base on Monday.', ['activist'], askedOrCausal('arrested', is('arrested')), () => false), true, 'a past verb after the noun');
  });

  it('is not one whose verb causes the asked one, nor one with no verb to tell by', () => {
    assert.equal(countedByOtherAction('As of Thursday, the storm had killed 6,076 people in Osk.', ['~people'], died, () => false), false, 'to kill is to cause to die');
    assert.equal(countedByOtherAction('At least 12 soldiers died in the assault.', ['soldier'], askedOrCausal('killed', is('killed')), () => false), false, 'dying is what killing causes');
    assert.equal(countedByOtherAction('The shelter holds 300 children.', ['children'], died, () => false), false, 'a present verb tells nothing done');
    assert.equal(countedByOtherAction('Officials said 300 children were in the shelter.', ['children'], died, () => false), false, 'a verb of saying gives a count');
    assert.equal(countedByOtherAction('Officials counted 300 children who had died.', ['children'], died, () => true), false, 'the asked verb is there');
  });

  it('keeps the engine from answering "How many children died at the shelter?" with those treated there', () => {
    const docs = {
      a: 'Dr. Ana Lind, who has treated at least 300 children at the Osk shelter for diarrhea and infections, said supplies were short.\n',
      b: 'Aid agencies met in Tarno on Monday to plan food deliveries for the winter.\n',
      c: 'The storm flooded the valley last week, officials said.\n',
    };
    const engine = madeEngine('shelter', 'The Osk shelter', docs);
    assert.equal(engine.ask('How many children died at the Osk shelter?', { topic: 'shelter' }).abstained, true);
    const treated = engine.ask('How many children were treated at the Osk shelter?', { topic: 'shelter' });
    assert.equal(treated.abstained, false, treated.answer);
    assert.match(treated.citations[0]?.quote ?? '', /300 children/);
  });
});
