/**
 * Answer-shape mechanisms for places and measures: a place in a ranking ("finished second"),
 * a size that is no distance ("40 kilometers southeast of Dili" for "how deep"), and venues
 * ("in a Lindau hospital", "the eastern city of X"). Split from answer-shape.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { namesTheThing } from '../../src/qa/answer-shape.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a place in a ranking', () => {
  it('is not answered by a sentence that gives another place ("crossed the finish line first" for "finished second")', () => {
    const engine = madeEngine('regatta', 'The regatta', {
      a: 'The yacht Silver Gull crossed the finish line early Tuesday to win the race in a storm-ravaged fleet.\n',
      b: 'Rescue crews searched for two missing sailors on Wednesday.\n',
    });
    const a = engine.ask('Which yacht finished second?', { topic: 'regatta' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('is answered by the sentence that says it, as a word, a number or "runner-up"', () => {
    const engine = madeEngine('regatta2', 'The regatta', {
      a: 'The yacht Silver Gull crossed the finish line early Tuesday to win the race.\n\nThe maxi Red Heron finished second, three hours behind.\n',
      b: 'Rescue crews searched for two missing sailors on Wednesday.\n',
    });
    const a = engine.ask('Which yacht finished second?', { topic: 'regatta2' });
    assert.match(a.citations[0]?.quote ?? '', /Red Heron/, a.answer);
  });

  it('holds for a thing asked by its place in an order ("the airport\'s second runway")', () => {
    const docs = { a: 'The airport has one passenger terminal, a VIP lounge and a three-kilometer (two-mile)-long runway.\n', b: 'The first flight landed on Tuesday.\n' };
    assert.equal(madeEngine('runway', 'The airport', docs).ask("How long is the airport's second runway?", { topic: 'runway' }).abstained, true);
    const more = madeEngine('runway2', 'The airport', { ...docs, c: 'A second runway, 2.5 kilometers long, will open next year.\n' });
    assert.match(more.ask("How long is the airport's second runway?", { topic: 'runway2' }).citations[0]?.quote ?? '', /2\.5 kilometers/);
  });
});

describe('a size is not a distance', () => {
  it('does not answer "how deep" with how far a place is ("40 kilometers southeast of Dili")', () => {
    const engine = madeEngine('quake', 'The earthquake', {
      a: 'The quake, measured at magnitude 6.9, was centered near the town of Erzan, about 40 kilometers (25 miles) southeast of Bolu.\n',
      b: 'Rescue teams searched the rubble on Wednesday.\n',
    });
    const deep = engine.ask('How deep was the earthquake?', { topic: 'quake' });
    assert.equal(deep.abstained, true, `answered at ${deep.confidence}: ${deep.citations[0]?.quote}`);
    const far = engine.ask('How far from Bolu was the earthquake centered?', { topic: 'quake' });
    assert.equal(far.abstained, false, far.answer);
  });

  it('answers "how deep" with a depth', () => {
    const engine = madeEngine('quake2', 'The earthquake', {
      a: 'The quake, measured at magnitude 6.9, struck 10 kilometers (6 miles) below the surface near Erzan.\n',
      b: 'Rescue teams searched the rubble on Wednesday.\n',
    });
    const deep = engine.ask('How deep was the earthquake?', { topic: 'quake2' });
    assert.match(deep.citations[0]?.quote ?? '', /10 kilometers/, deep.answer);
  });
});

describe('a venue after "in a"', () => {
  it('answers where from "was arrested in a Lindau hospital"', () => {
    const engine = madeEngine('arrest', 'The arrest', {
      a: 'Former dictator Emilio Varga was arrested in a Lindau hospital where he was recovering from surgery, police said Saturday.\n',
      b: 'His lawyers said on Monday that they would appeal.\n',
    });
    const a = engine.ask('Where was Varga arrested?', { topic: 'arrest' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Lindau hospital/);
  });
});

describe('a venue named as "the eastern city of X"', () => {
  it('places the event as "in X" would, beating a place tied to something else', () => {
    const engine = madeEngine('trials', 'The trials', {
      a: 'Police in Tarvik city notified Ivo Marek\'s wife on Wednesday that charges had been sent to prosecutors, bringing him a step closer to trial.\n',
      b: 'The trial in the eastern city of Osterholm of Ivo Marek, 32, was in session for just two hours.\n',
    });
    const a = engine.ask('In which city was Ivo Marek tried?', { topic: 'trials' });
    assert.match(a.citations[0]?.quote ?? '', /Osterholm/, a.answer);
  });
});

describe('a possibility is not what happened', () => {
  it('reads "could bring a sentence of five years" as a possibility, not the sentence passed', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion('How long was Ivo Marek sentenced to?');
    const focal = new Set(analyze('sentenced').map((t) => t.term));
    const none = new Set<string>();
    const possible = shapeFactor(q, 'The charges that Marek faces, in a trial that will be quick, could bring a sentence of five years or more.', focal, none);
    const passed = shapeFactor(q, 'The court gave Marek a sentence of 11 years on Monday.', focal, none);
    assert.ok(possible < passed, `${possible} vs ${passed}`);
    const asksPossible = analyzeQuestion('How long could Marek be sentenced to?');
    assert.equal(shapeFactor(asksPossible, 'The charges could bring a sentence of five years.', focal, none), 1, 'the question asks for the possibility');
  });
});

describe('an amount in the asked currency', () => {
  it('is less sure of a sentence that gives the amount in another currency than the one asked', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion('What is the krona worth in dollars?');
    const none = new Set<string>();
    const francs = shapeFactor(q, 'Brun said the krona would likely be worth 6.56 to 6.57 French francs.', none, none);
    for (const t of ['The krona was worth $1.17 on Monday.', 'The krona was worth 1.17 dollars.', 'It rose to dlrs 1.17.']) assert.ok(francs < shapeFactor(q, t, none, none), t);
    assert.equal(shapeFactor(analyzeQuestion('What is the krona worth?'), 'It is worth 6.56 French francs.', none, none), 1, 'no currency asked');
  });
});

describe('the name of a thing with a possessive of two words, and the one that outdoes the others', () => {
  it('reads "the name of bin Ostra\'s group" and wants a name for it, in capitals, quotes or with "al-"', () => {
    const q = "What is the name of bin Ostra's organization?";
    assert.ok(namesTheThing(q, "Bin Ostra's organization was a concern for the government.") < 1);
    assert.equal(namesTheThing(q, "The commander of bin Ostra's organization, al-Sayf, was charged."), 1);
    assert.equal(namesTheThing("What is the name of Ivo Marek's book?", 'In his book ``The Long Road,\'\' Ivo Marek barely mentions it.'), 1);
  });

  it('is less sure of a sentence that does not say which one outdoes the others, for "which X ... the most"', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion('Which country sent the most rescue workers?');
    const none = new Set<string>();
    const one = shapeFactor(q, 'Varnia said it was sending 250 rescue workers, along with a ship.', none, none);
    const most = shapeFactor(q, 'Varnia sent the most rescue workers, 250 of them.', none, none);
    assert.ok(one < most, `${one} vs ${most}`);
    assert.equal(shapeFactor(analyzeQuestion('Where has the heaviest snow fallen?'), 'Snow fell in Tarno.', none, none), 1, 'not a "which" question');
  });

  it('asks "Which is Varnia\'s largest carrier?" of the largest, which "the second-largest" or "the three largest" does not say', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion("Which is Varnia's largest carrier?");
    const none = new Set<string>();
    const top = shapeFactor(q, 'Telnet, the country\'s largest carrier, lost service on Tuesday.', none, none);
    assert.equal(top, 1);
    assert.ok(shapeFactor(q, 'Northlink, the country\'s second-largest carrier, lost service on Tuesday.', none, none) < top);
    assert.ok(shapeFactor(q, "The minister will meet the heads of Varnia's three largest carriers.", none, none) < top);
    assert.equal(shapeFactor(analyzeQuestion("Which is Varnia's second-largest carrier?"), 'Northlink, the country\'s second-largest carrier, lost service.', none, none), 1, 'the rank asked');
  });
});

describe('"the next" one', () => {
  it('is not told of by a sentence on the asked thing that says nothing of one to come', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion('Where will the next congress be held?');
    const none = new Set<string>();
    const now = shapeFactor(q, 'The congress is being held at a hotel on the shores of Lake Tarno.', none, none);
    const next = shapeFactor(q, 'The next congress will be held in Varna in November.', none, none);
    assert.ok(now < next, `${now} vs ${next}`);
    assert.equal(shapeFactor(analyzeQuestion('Where is the congress being held?'), 'The congress is being held at a hotel on the shores of Lake Tarno.', none, none), 1, 'no "next" asked');
  });
});

describe('an amount in the asked currency, named with its country', () => {
  it('reads "in German marks" as asking for marks', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion('How much will the krona be worth in German marks?');
    const none = new Set<string>();
    assert.ok(shapeFactor(q, 'Brun said the krona would be worth 6.56 French francs.', none, none) < shapeFactor(q, 'Brun said the krona would be worth 1.96 marks.', none, none));
  });
});

describe('a charge asked for', () => {
  it('is less sure of a sentence that mentions the charges but not what they are', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion('What was Ivo Marek charged with?');
    const none = new Set<string>();
    const vague = shapeFactor(q, "One of the major charges against Marek hinges on a confession.", none, none);
    for (const t of ['Marek has been charged with corruption and fraud.', 'He faces five charges of bribery.', 'He was charged Monday with corruption.']) assert.ok(vague < shapeFactor(q, t, none, none), t);
    assert.equal(shapeFactor(analyzeQuestion('What did Marek say?'), 'One of the major charges against Marek hinges on a confession.', none, none), 1, 'no charge asked');
    const might = analyzeQuestion('What might Ivo Marek be charged with?');
    assert.ok(shapeFactor(might, 'Marek was also arrested in the crackdown, but not yet charged.', none, none) < shapeFactor(might, 'Marek may be charged for having links to banned groups.', none, none), 'asked with a modal');
    // What was done is not said by what may be: "may use his contacts ... to charge him with ...".
    const maybe = 'The government ordered his arrest and may use his contacts with exiles to charge him with harming security.';
    assert.ok(shapeFactor(q, maybe, none, none) < shapeFactor(q, 'Marek has been charged with harming security.', none, none));
    assert.equal(shapeFactor(might, maybe, none, none), shapeFactor(might, 'Marek has been charged with harming security.', none, none), 'a possibility answers what might be');
  });

  it('is asked in the active too ("What did X accuse Y of?"), and said with the agent between ("charged by prosecutors with") or as a clause ("charges that")', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const none = new Set<string>();
    const active = analyzeQuestion('What did Varnia accuse Lindia of?');
    const vague = shapeFactor(active, 'Lindia denied the charge, and no evidence has been found to support the accusations.', none, none);
    assert.ok(vague < shapeFactor(active, 'Varnia accused Lindia of harbouring rebels.', none, none));
    assert.equal(shapeFactor(analyzeQuestion('What do rights groups see Marek\'s arrest as a test of?'), 'Rights groups see the arrest as a test.', none, none), 1, 'a noun after the verb is no charge asked');
    const q = analyzeQuestion('What have prosecutors charged Ivo Marek with?');
    const vagueQ = shapeFactor(q, 'One of the major charges against Marek hinges on a confession.', none, none);
    assert.ok(vagueQ < shapeFactor(q, 'Marek has been charged by federal prosecutors with leading a conspiracy.', none, none));
    assert.ok(vagueQ < shapeFactor(q, 'In its suit, the government charges that Marek has illegally bundled the two products.', none, none));
  });
});

describe('an earlier one of a recurring event', () => {
  it('does not answer where the coming one is held with "the last Tarno Games, in Osk"', () => {
    const engine = madeEngine('games', 'The Games', {
      a: 'Varnia did not enter the last Tarno Games, in Osk, Lindia, in 1994.\n\nDespite hunger at home, Varnia plans to send 317 athletes to next month\'s Tarno Games in Vorn, officials said.\n',
      b: 'The team trained in the mountains near Osk.\n',
      c: 'Coaches were named on Monday.\n',
      d: 'Food aid reached the north in November.\n',
      e: 'The harvest failed for a third year.\n',
      f: 'Aid workers said children were hungry.\n',
    });
    const a = engine.ask('Where are the Tarno Games being held?', { topic: 'games' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /in Vorn/);
    assert.match(engine.ask('Where were the last Tarno Games held?', { topic: 'games' }).citations[0]?.quote ?? '', /in Osk/, 'asked about the last one, it answers');
  });
});
