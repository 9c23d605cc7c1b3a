import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givesReasonFor, namesCauseOf, namesCauseOfTold } from '../../src/qa/entities.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

const fire = (w: string): boolean => w === 'fire';

describe('what names a cause', () => {
  it('reads "the cause of", "the reason for", "blamed for" and "blamed ... on" with the asked thing after them', () => {
    assert.equal(namesCauseOf('The cause of the fire was an electrical fault, investigators said.', fire), true);
    assert.equal(namesCauseOf('Officials gave no reason for the fire.', fire), true);
    assert.equal(namesCauseOf('A faulty heater was blamed for the fire.', fire), true);
    assert.equal(namesCauseOf('The owner blamed the fire on a faulty heater.', fire), true);
    assert.equal(namesCauseOf('The cause of the flooding was a burst main.', fire), false, 'the cause of something else');
    assert.equal(namesCauseOf('The fire destroyed 2,000 tonnes of wheat.', fire), false);
  });

  it('reads "... was the likely cause." as the cause of what was just told, not "the cause of peace"', () => {
    assert.equal(namesCauseOfTold('Investigators said an electrical fault was the likely cause.'), true);
    assert.equal(namesCauseOfTold('He said the cause, not the fire, mattered.'), true);
    assert.equal(namesCauseOfTold('She has long worked for the cause of peace.'), false);
  });
});

describe('"What caused the fire?"', () => {
  it('is answered by "The cause of the fire was ...", not by another sentence about the fire', () => {
    const engine = madeEngine('mill', 'Mill fire', {
      a: 'A fire destroyed a grain mill on the Vanta river on Thursday, the fire service said.\n\nFirefighters fought the fire for six hours.\n\nThe cause of the fire was an electrical fault, investigators said.\n',
      b: 'The mill fire destroyed 2,000 tonnes of wheat, its owner said on Friday.\n\nThe fire was the third at the port this year.\n',
    });
    const a = engine.ask('What caused the fire?', { topic: 'mill' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /electrical fault/);
  });

  it('is answered by "... was the likely cause." right after the sentence about the fire', () => {
    const engine = madeEngine('depot', 'Depot fire', {
      a: 'A fire broke out late on Thursday in a bus depot in Kessel, the fire service said.\n\nInvestigators said an electrical fault was the likely cause.\n',
      b: 'The depot fire destroyed 14 buses, the city said on Friday.\n\nFirefighters fought the fire for six hours.\n',
    });
    const a = engine.ask('What caused the fire?', { topic: 'depot' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /electrical fault/);
  });
});

describe('a reason given for something else', () => {
  const bridge = (w: string): boolean => ['bridge', 'closed', 'close'].includes(w);

  it('does not answer why the asked thing happened ("cancelled a visit because of the row over the bridge")', () => {
    assert.equal(givesReasonFor('The mayor cancelled her visit because of the row over the new bridge.', bridge), false);
    assert.equal(givesReasonFor('The bridge was closed because of cracks found in a pier.', bridge), true);
    assert.equal(givesReasonFor('Because of cracks found in a pier, the bridge was closed.', bridge), true);
    assert.equal(givesReasonFor('That was because of cracks found in a pier.', bridge), true, 'what it explains left to a pronoun');
  });

  it('reads ", saying ..." after the act as the reason given for it', () => {
    const duties = (w: string): boolean => w === 'imposed' || w === 'duties';
    assert.equal(givesReasonFor('Varnia on Thursday imposed duties of up to 42% on steel pipes, saying producers had been selling them below cost.', duties), true);
    assert.equal(givesReasonFor('Varnia on Thursday imposed duties of up to 42% on steel pipes.', duties), false);
  });

  it('reads "What was the cause of X?" as a reason question, and "brought on by" as giving a cause', () => {
    assert.equal(analyzeQuestion('What was the cause of the fire?').type, 'reason');
    const death = (w: string): boolean => w === 'heart' || w === 'attack';
    assert.equal(givesReasonFor('He had suffered a heart attack brought on by dehydration.', death), true);
  });

  it('reads "traced the outbreak to ..." as the cause of the outbreak, and answers "What caused the outbreak?" with it', () => {
    const outbreak = (w: string): boolean => w === 'outbreak';
    assert.equal(givesReasonFor('An investigation had traced the outbreak to salad leaves loaded at the port.', outbreak), true);
    assert.equal(givesReasonFor('An investigation had traced the supplier to a town in the north.', outbreak), false, 'another thing traced');
    const engine = madeEngine('ship', 'An outbreak on a ship', {
      a: 'It was the third norovirus outbreak on a Velmar Cruises ship this year.\n\nOfficials said on Monday that an investigation had traced the outbreak to salad leaves loaded at the port.\n',
    });
    assert.match(engine.ask('What caused the outbreak?', { topic: 'ship' }).citations[0]?.quote ?? '', /salad leaves/);
  });

  it('leaves the sentence a weaker answer than one that gives no reason but names the closure', () => {
    const brief = makeBrief('bridge', 'Bridge closure', {
      a: 'The Orla bridge was closed to traffic on Monday, the city said.\n\nThe mayor cancelled her visit to the port because of the row over the new bridge.\n',
    });
    const other = scoredSentence(brief, 'Why was the bridge closed?', /mayor cancelled/);
    assert.ok(other, 'the sentence is scored');
    assert.equal(other.factors?.type, 0.75);
  });

  it('reads "On what grounds ...?" as a reason question and "arguing that ..." as the reason given', () => {
    assert.equal(analyzeQuestion('On what grounds did the union appeal?').type, 'reason');
    assert.equal(analyzeQuestion('What were the grounds for the appeal?').type, 'reason');
    assert.deepEqual(analyzeQuestion('On what grounds did the union appeal?').terms.includes('ground'), false, '"grounds" is the type asked, not a word to find');
    const engine = madeEngine('appeal', 'Appeal', {
      a: 'A court on Friday fined the dockers\' union 2 million euros for an illegal strike.\n\nUnion lawyer Ana Ruiz said the union would appeal.\n',
      b: 'Lawyers for the union filed an appeal on Monday against the fine, arguing that the strike had been called lawfully.\n',
    });
    const a = engine.ask('Why did the lawyers appeal?', { topic: 'appeal' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /called lawfully/);
    const argued = scoredSentence(makeBrief('appeal', 'Appeal', { a: 'Lawyers for the union filed an appeal on Monday, arguing that the strike had been called lawfully.\n\nThe court fined the union.\n' }), 'Why did the lawyers appeal?', /lawfully/);
    assert.equal(argued?.factors?.type, 1, 'the argument is the reason given');
  });
});


describe('a cause in the passive, and a reason for something only dated by the asked event', () => {
  const crash = (w: string): boolean => /^(?:crash|crashed)$/.test(w);

  it('reads "X that crashed ... was brought down by a fire" as the crash\'s cause, not "was started by" something unasked', () => {
    assert.equal(namesCauseOf('The jetliner that crashed off the coast last month was probably brought down by a fire in the wiring, investigators said.', crash), true);
    assert.equal(namesCauseOf('The blaze was started by a campfire.', (w) => w === 'blaze'), true);
    assert.equal(namesCauseOf('The strike was started by dock workers.', crash), false, 'the cause of something else');
  });

  it('does not take "before the crash, because ..." as a reason for the crash', () => {
    assert.equal(givesReasonFor('The recorder stopped six minutes before the crash, apparently because the fire had cut its power.', crash), false);
    assert.equal(givesReasonFor('The plane crashed because the fire had cut its power.', crash), true);
  });

  it('answers "What caused the crash?" with the finding, not with "too early to speculate about what caused the crash"', () => {
    const engine = madeEngine('jet', 'Jet crash', {
      a: 'A Tarvian Air jet crashed into the sea off Kessel late on Tuesday with 90 people aboard.\n\nThe safety board chairman said it was too early to speculate about what caused the crash.\n',
      b: 'The jet that crashed off Kessel was probably brought down by a fire in its wiring, the safety board said on Friday.\n\nThe recorder stopped recording six minutes before the crash, apparently because the fire had cut its power.\n',
    });
    const a = engine.ask('What caused the crash?', { topic: 'jet' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /brought down by a fire/);
  });
});
