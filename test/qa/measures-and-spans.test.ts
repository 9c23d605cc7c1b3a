/**
 * Measures and spans of wire copy: "a two-day summit" says how long the summit lasted; "How
 * long is the tanker?" asks a length ("the 810-foot tanker"), not "four days"; "200,000 gallons
 * of heavy fuel oil" measures oil; and "refloated on Sunday, four days after it ran aground"
 * dates the refloating, not the grounding. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateInClauseOf, slotDistance } from '../../src/qa/answer-slot.ts';
import { measuredAmountOf } from '../../src/qa/quantities.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { assertAnswers, madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('a span written onto the asked noun', () => {
  it('puts "a two-day summit" next to the summit for "How long did the summit last?"', () => {
    const q = analyzeQuestion('How long did the summit last?');
    assert.equal(slotDistance(q, 'Leaders opened a two-day summit in the resort Monday.', new Set()), 0);
    assert.equal(slotDistance(q, 'Leaders opened the summit in the resort, two days late.', new Set()), Infinity);
  });

  it('answers with it over a span of something else', () => {
    const docs = {
      a: 'SANTA RIO, Velmar (AP) _ Leaders of 12 nations opened a two-day summit in this resort Monday under pressure to end a trade dispute.',
      b: 'The deal, announced by the host at a closing news conference, lets Tolm phase in its cuts over nine years. Farmers protested.',
    };
    assertAnswers(madeEngine('summit', 'A trade summit', docs), 'summit', 'How long did the summit last?', /two-day summit/);
  });
});

describe('the length of a thing', () => {
  it('answers "How long is the tanker?" with a length, not a span of days', () => {
    const docs = {
      a: 'The tanker Sea Lark was refloated on Sunday, four days after it ran aground, and most of its oil was removed.',
      b: 'The 810-foot tanker Sea Lark was carrying oil to a refinery when it struck a ledge in fog. None of the crew was hurt.',
    };
    assertAnswers(madeEngine('spill', 'An oil spill', docs), 'spill', 'How long is the tanker?', /810-foot/);
  });
});

describe('an amount measured in a unit', () => {
  it('reads "<number> <unit> of <noun>" as an amount of the noun', () => {
    assert.equal(measuredAmountOf('The ship spilled an estimated 200,000 gallons of heavy fuel oil into the bay.', ['oil']), true);
    assert.equal(measuredAmountOf('Farmers shipped 5 million tons of grain.', ['grain']), true);
    assert.equal(measuredAmountOf('Crews saved 200 boats of the fishing fleet.', ['fleet']), false, 'boats are no unit');
    assert.equal(measuredAmountOf('The ship spilled 200,000 gallons of water.', ['oil']), false);
  });

  it('reads the measure in other units between, and "the amount of <noun> ... was <number> <unit>"', () => {
    assert.equal(measuredAmountOf('About 300 liters (80 gallons) of slightly contaminated water escaped.', ['water']), true);
    assert.equal(measuredAmountOf('The agency said the amount of water that escaped was about 2,000 liters, not 300.', ['water']), true);
    assert.equal(measuredAmountOf('The agency said the amount of water that escaped was about 2,000 liters.', ['oil']), false);
    assert.equal(measuredAmountOf('The amount of water was small, though 12 workers were there.', ['water']), false, 'workers are no unit');
  });

  it('takes a sum of money for no amount of a substance', () => {
    const docs = {
      a: 'The regulator fined the operator 250,000 euros for failing to report the leak of water in time.',
      b: 'About 300 liters (80 gallons) of slightly contaminated water leaked into a basin.',
    };
    assertAnswers(madeEngine('leak', 'A leak', docs), 'leak', 'How much water leaked?', /300 liters/);
    const brief = makeBrief('leak', 'A leak', docs);
    assert.equal(scoredSentence(brief, 'How much water leaked?', /250,000 euros/)?.factors?.type, 0.5);
  });

  it('takes a measure in a unit for an amount of a substance the sentence does not name', () => {
    const brief = makeBrief('spray', 'Spraying', {
      a: 'Crews have sprayed pesticide over 12 farms since Monday.\n\nA shipment of 30,000 liters arrived from Japan last week.\n\nA shipment of 40 crates arrived from Kenya on Friday.',
    });
    assert.equal(scoredSentence(brief, 'How much pesticide arrived from Japan?', /30,000 liters/)?.factors?.type, 0.7);
    assert.equal(scoredSentence(brief, 'How much pesticide arrived from Kenya?', /40 crates/)?.factors?.type, 0.5, 'crates are no unit of measure');
  });

  it('answers "How much oil was spilled?"', () => {
    const docs = {
      a: 'A tanker ran aground early Thursday, spilling an estimated 200,000 gallons of heavy fuel oil into the bay, the Coast Guard said.',
      b: 'Wildlife officials said 85 oiled birds had been brought to a rescue center. The bay was closed to fishing.',
    };
    assertAnswers(madeEngine('spill', 'An oil spill', docs), 'spill', 'How much oil was spilled?', /200,000 gallons/);
  });
});

describe('a clause opened by "after" and a pronoun', () => {
  it('does not date the event told in it by the main clause\'s day', () => {
    const text = 'The tanker was refloated on Sunday, four days after it ran aground, officials said.';
    const anchors = analyze(text).filter((t) => t.term === analyze('aground')[0]?.term);
    assert.equal(dateInClauseOf(text, anchors), false);
    const own = 'The tanker ran aground on Thursday after it lost power.';
    assert.equal(dateInClauseOf(own, analyze(own).filter((t) => t.term === analyze('aground')[0]?.term)), true);
    // Without a counted gap, "after they ..." happened about then: the day may date it.
    const near = 'On Sunday, after they had captured the barge, the crews towed it to port.';
    assert.equal(dateInClauseOf(near, analyze(near).filter((t) => t.term === analyze('captured')[0]?.term)), true);
  });
});

describe('how often is not how long', () => {
  it('does not answer "How long is the loan?" with "every six months", but with "a 36-month loan"', () => {
    const brief = makeBrief('loan', 'A loan', {
      a: 'The rest of the loan will be paid in installments of about $390 million every six months, the fund said.\n',
      b: 'The fund reached an agreement with Varnia on a 36-month loan of $2.8 billion.\n',
    });
    assert.equal(scoredSentence(brief, 'How long is the loan?', /every six months/)?.factors?.type, 0.5);
    assert.equal(scoredSentence(brief, 'How long is the loan?', /36-month loan/)?.factors?.type, 1);
  });
});

describe('a count of others besides one told of', () => {
  it('does not give how many in all: "two other reactors" for "How many reactors does Vattel run?"', () => {
    const brief = makeBrief('plant', 'A plant', {
      a: 'Vattel said engineers found cracked welds in two other reactors at the plant.\n',
      b: 'A report covered all of Vattel\'s 56 reactors.\n',
    });
    assert.ok((scoredSentence(brief, 'How many reactors does Vattel run?', /two other reactors/)?.factors?.type ?? 1) < 1);
    assert.equal(scoredSentence(brief, 'How many other reactors had cracked welds?', /two other reactors/)?.factors?.type, 1);
  });
});
