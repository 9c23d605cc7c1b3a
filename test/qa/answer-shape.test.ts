/**
 * Answer-shape mechanisms: relative time expressions and "when" questions that need the date
 * of the asked-about event, "who is X" preferring a sentence that defines X, "what type of X"
 * needing a sentence that names a type, time-setting phrases ("after the June visit") and the
 * bound on what a brief claim can lend to a sentence without the question's topic words.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { buildSourceDocument } from '../../src/content/source-loader.ts';
import { namesTheThing, onlyPastTimes } from '../../src/qa/answer-shape.ts';
import { definesPerson } from '../../src/qa/person-definitions.ts';
import { namesTypeOf } from '../../src/qa/type-of-answers.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { timeDistance, timeSpans } from '../../src/qa/time-expressions.ts';
import { FIXED_NOW, madeEngine, makeBrief, realCatalog, scoredSentence, TOPIC } from './qa-helpers.ts';

let engine: QaEngine;
before(async () => {
  engine = new QaEngine(await realCatalog(), { now: () => FIXED_NOW });
});

function quote(q: string): string {
  const a = engine.ask(q, { topic: TOPIC });
  return a.abstained ? '(abstained)' : a.citations.map((c) => c.quote).join(' | ');
}

describe('time expressions', () => {
  it('finds relative and absolute time phrases', () => {
    const found = (t: string): string[] => timeSpans(t).map((s) => s.text);
    assert.deepEqual(found('guarantees had been made "in recent weeks," he said'), ['in recent weeks']);
    assert.deepEqual(found('shot down last month'), ['last month']);
    assert.deepEqual(found('They met on Saturday'), ['on Saturday']);
    assert.deepEqual(found('the downing in early February'), ['early February']);
    assert.deepEqual(found('as I did this evening in my meeting'), ['this evening']);
    assert.deepEqual(found('he had arrived the day before'), ['the day before']);
    assert.deepEqual(found('a few hours before his meeting'), ['a few hours before']);
    assert.deepEqual(found('On June 18, 2023 they met'), ['June 18, 2023']);
    assert.deepEqual(found('troops may march to the border'), []);
    // A time of day dates an event too.
    assert.deepEqual(found('The shuttle lifted off at 8:41 p.m. EST, lighting up the sky.'), ['8:41 p.m. EST']);
    assert.deepEqual(found('Talks resumed at noon'), ['at noon']);
    assert.deepEqual(found('A final report would be published within a year.'), ['within a year']);
    assert.deepEqual(found('The score was 3-1 after 12 minutes'), []);
    // A holiday dates things too, written capitalised.
    assert.deepEqual(found('He hoped for a vote by Thanksgiving, aides said.'), ['by Thanksgiving']);
    assert.deepEqual(found("Talks broke off before New Year's Day, and resumed during Ramadan."), ["before New Year's Day", 'during Ramadan']);
    assert.deepEqual(found('Easterly winds brought rain.'), []);
  });

  it('measures how far the nearest time expression is from the event words', () => {
    const text = 'China guaranteed it, said Blinken, who met Xi on June 19.';
    assert.ok(timeDistance(text, [{ start: 6, end: 16 }]) > 30);
    assert.equal(timeDistance('No date here.', [{ start: 0, end: 2 }]), Infinity);
  });

  it('answers "when" with the sentence that dates the event, even by a relative phrase', () => {
    assert.match(quote('When did China give the assurances?'), /in recent weeks/);
  });

  it('does not answer a past "when did" with a plan or prediction', () => {
    assert.equal(quote('When did Xi actually deliver his peace speech?'), '(abstained)');
  });

  it('does not answer a "when will" with a sentence whose times are all past', () => {
    assert.equal(onlyPastTimes('Tolm took the islands from Brekka in 1967.', '2024'), true);
    assert.equal(onlyPastTimes('The talks ended last week.', '2024'), true);
    assert.equal(onlyPastTimes('Tolm will hand back the islands by March 2025.', '2024'), false);
    assert.equal(onlyPastTimes('No time here.', '2024'), false);
    // A past verb the time dates: the loan was approved then, whatever the sentence wants next.
    assert.equal(onlyPastTimes('Tolm wants the fund to release the second installment of a loan that was approved in July.', '2024'), true);
    assert.equal(onlyPastTimes('The minister resigned on Monday.', '2024'), true);
    assert.equal(onlyPastTimes('The second installment is expected in July.', '2024'), false);
    assert.equal(onlyPastTimes('The fund was expected in July to release it.', '2024'), false);
    assert.equal(onlyPastTimes('The fund will be asked in July.', '2024'), false);
    // ... or a past verb right after the time: the leaders backed the calls then.
    assert.equal(onlyPastTimes('Union leaders Saturday backed calls for a referendum to decide the fate of Varnia.', '2024'), true);
    assert.equal(onlyPastTimes('Union leaders Saturday expected a referendum to be called.', '2024'), false);
    // ... or a past verb before "in a <time>": the interview was then.
    assert.equal(onlyPastTimes('Lind stated in a Sunday interview that Tolm is weighing arms for Brekka.', '2024'), true);
    // "before Christmas" is a deadline to come, not a time past ("the day before" is one).
    assert.equal(onlyPastTimes('The chairwoman said the committee would publish its report before Christmas.', '2024'), false);
    assert.equal(onlyPastTimes('The committee had met the day before.', '2024'), true);
    const docs = { a: 'Brekka and the previous Tolm government had agreed that Tolm would return the Sand Islands, which Tolm took from Brekka in 1967.\n\nFerries to the islands kept running.\n' };
    const e = madeEngine('islands', 'Sand Islands', docs);
    assert.equal(e.ask('When will Tolm return the Sand Islands?', { topic: 'islands' }).abstained, true);
    const later = madeEngine('islands', 'Sand Islands', { a: `${docs.a}\nTolm will return the Sand Islands in March 2025, officials said.\n` });
    assert.match(later.ask('When will Tolm return the Sand Islands?', { topic: 'islands' }).citations[0]?.quote ?? '', /March 2025/);
  });

  it('reads an undated source as of its topic\'s time: its past years are past for "when will"', () => {
    const brief = makeBrief('islands', 'Sand Islands', {
      a: 'Lind, the highest-ranking envoy to visit Tolm since President Varga’s inauguration in 2019, said the islands would stay open.\n\nFerries kept running.\n',
      b: 'Rain fell on the islands in March 2023.\n',
    });
    const undated = { ...brief, sources: brief.sources.map((d) => (d.meta.id === 'a' ? buildSourceDocument({ ...d.meta, published: null }, d.body, d.topic, d.path) : d)) };
    const e = new QaEngine(new MutableBriefCatalog([undated]), { now: () => FIXED_NOW });
    const ctx = e.indexFor(undated).docContext[0];
    assert.equal(ctx?.year, null);
    assert.equal(ctx?.notBefore, '2024', 'the topic\'s earliest dated year');
    const a = e.ask('When will Lind visit Tolm?', { topic: 'islands' });
    assert.equal(a.abstained, true, a.answer);
  });

  it('reads "When is <event>?" as asking about what is to come, not "When is X believed to have ..."', () => {
    assert.equal(analyzeQuestion("When is the province's presidential primary?").future, true);
    assert.equal(analyzeQuestion('When is Varga believed to have set up the network?').future, false);
    assert.equal(analyzeQuestion('When was the primary held?').future, false);
    const engine = madeEngine('primary', 'Primaries', {
      a: 'In a referendum in 1996, the province adopted a primary system under which all voters receive the same ballot.\n',
      b: 'But the measure failed, raising the possibility that the province\'s March 7 primary will be a mere popularity poll.\n',
    });
    assert.match(engine.ask("When is the province's primary?", { topic: 'primary' }).citations[0]?.quote ?? '', /March 7/);
  });

  it('does not answer a past "when did" with a threat or wish to do it', () => {
    const docs = {
      a: 'On Tuesday, the port authority threatened to close the ferry terminal at Tolm over unpaid fees.\n\nThe union wants to end the strike by Friday.\n',
      b: 'Dock workers went on strike in Tolm on Monday.\n',
    };
    const e = madeEngine('port', 'Port dispute', docs);
    assert.equal(e.ask('When did the port authority close the ferry terminal?', { topic: 'port' }).abstained, true);
    assert.equal(e.ask('When did the union end the strike?', { topic: 'port' }).abstained, true);
    const struck = e.ask('When did the dock workers go on strike?', { topic: 'port' });
    assert.equal(struck.abstained, false, struck.answer);
  });

  it('does not answer "when" with a sentence that says no time is set ("put off a vote indefinitely")', () => {
    const docs = {
      a: 'The council announced on Friday that it will put off a vote indefinitely on the harbour plan until the port pays its fees.\n\nRain fell on the harbour.\n',
      b: 'Dock workers went on strike in Tolm on Monday.\n',
    };
    const e = madeEngine('town', 'Town hall', docs);
    const vote = e.ask('When will the council vote on the harbour plan?', { topic: 'town' });
    assert.equal(vote.abstained, true, vote.answer);
  });

  it('does not answer "when" with a sentence that says the event has not happened ("declined to name")', () => {
    const docs = {
      a: 'This week, the mayor declined to name a new deputy for Tolm, a post empty since 1993.\n\nRain fell on the harbour.\n',
      b: 'Dock workers went on strike in Tolm on Monday.\n',
    };
    const e = madeEngine('town', 'Town hall', docs);
    const deputy = e.ask('When will the mayor name a new deputy?', { topic: 'town' });
    assert.equal(deputy.abstained, true, deputy.answer);
    const named = madeEngine('town', 'Town hall', { ...docs, a: 'This week, the mayor named a new deputy for Tolm, a post empty since 1993.\n\nRain fell on the harbour.\n' });
    const done = named.ask('When did the mayor name a new deputy?', { topic: 'town' });
    assert.equal(done.abstained, false, done.answer);
  });
});

describe('who is X', () => {
  it('recognises titles and appositives, not passing mentions', () => {
    assert.ok(definesPerson("Blinken met with China's Central Foreign Affairs Office Director Wang Yi on Saturday.", 'Wang Yi'));
    assert.ok(definesPerson('he told NBC News after meeting with Wang Yi, China’s top diplomat.', 'Wang Yi'));
    assert.ok(definesPerson('According to Antonio Tajani, the foreign minister of Italy, on Friday', 'Antonio Tajani'));
    assert.ok(!definesPerson('In the meeting, Blinken warned Wang Yi of consequences.', 'Wang Yi'));
    assert.ok(!definesPerson('When Mr. Blinken and Mr. Wang met, they argued.', 'Wang Yi'));
  });

  it('prefers a defining sentence', () => {
    assert.match(quote('Who is Wang Yi?'), /(?:Director|diplomat|official|foreign policy chief)/);
    assert.match(quote('what title does wang yi hold?'), /(?:Director|diplomat|foreign policy chief)/);
  });

  it('answers from made-up documents by role', () => {
    const catalog = new MutableBriefCatalog([makeBrief('port', 'Port strike', { a: 'Talks stalled on Monday after Jane Roe walked out of the meeting. Union leader Jane Roe said the strike would continue. Dockers blocked the gates for a third day.' })]);
    const e = new QaEngine(catalog, { now: () => FIXED_NOW });
    const a = e.ask('Who is Jane Roe?', { topic: 'port' });
    assert.equal(a.abstained, false);
    assert.match(a.citations[0]?.quote ?? '', /Union leader Jane Roe/);
  });
});

describe('what type of X', () => {
  it('reads the phrase whose type is asked', () => {
    assert.deepEqual(analyzeQuestion('What type of fighter jet shot down the balloon?').typeOf.length, 2);
    assert.deepEqual(analyzeQuestion('What did China say?').typeOf, []);
  });

  it('needs a sentence that names a type, not one that only mentions the thing', () => {
    const head = analyzeQuestion('What type of fighter jet shot down the balloon?').typeOf;
    assert.equal(namesTypeOf('They dispatched an advanced fighter jet to shoot down a balloon.', head), 0.5);
    assert.equal(namesTypeOf('An F-22 fighter jet shot down the balloon.', head), 1);
    assert.equal(namesTypeOf('The balloon was shot down by the Air Force.', head), 0.8);
    const gear = analyzeQuestion('What kind of gear might China send?').typeOf;
    assert.equal(namesTypeOf('possibly "gear for the spring offensive like uniforms or even body armor."', gear), 1);
    // An adjective of what the thing pertains to says its kind ("electoral"); one of how it is ("complicated") does not.
    const process = analyzeQuestion('What kind of process has Lund called for?').typeOf;
    assert.equal(namesTypeOf('He has called for a new electoral process, in which a smaller group would decide.', process), 1);
    assert.equal(namesTypeOf('He has called for a new complicated process, in which a smaller group would decide.', process), 0.5);
    // What it does, in a relative clause after it, says its kind; what happened to it does not.
    const sprinkler = analyzeQuestion('What kind of sprinkler system will the library install?').typeOf;
    assert.equal(namesTypeOf('The library will reopen with a new sprinkler system that uses mist instead of water.', sprinkler), 1);
    assert.equal(namesTypeOf('The library will reopen with a new sprinkler system that was installed in May.', sprinkler), 0.5);
    assert.equal(namesTypeOf('The library will reopen with a new sprinkler system that officials estimate will cost more.', sprinkler), 0.5, 'a noun, not a verb, after "that"');
    // A verb or a function word before the thing says what is done with it, not which kind it is.
    const pesticide = analyzeQuestion('What kind of pesticides are being sprayed?').typeOf;
    assert.equal(namesTypeOf('The ministry was training 240 youths to apply pesticides on the ground.', pesticide), 0.5);
    assert.equal(namesTypeOf('Fields were sprayed with pesticides from the air.', pesticide), 0.5);
    assert.equal(namesTypeOf('Groups warned that organophosphate pesticides could harm bees.', pesticide), 1);
    // A noun before it names a kind though it ends like an adjective ("capital"); a participle ("sweeping") does not.
    const controls = analyzeQuestion('What kind of controls did the government impose?').typeOf;
    assert.equal(namesTypeOf('The government imposed capital controls on Sept. 1.', controls), 1);
    assert.equal(namesTypeOf('The government imposed sweeping controls on Sept. 1.', controls), 0.5);
  });

  it('takes a nationality for the kind of a culture or a language, never of a made thing', () => {
    const culture = analyzeQuestion('What kind of culture was at work in Varnia?').typeOf;
    assert.equal(namesTypeOf('Few officials grasp the complexities of Javanese culture that were at work in Varnia.', culture), 1);
    assert.equal(namesTypeOf('Few officials grasp the complexities of the culture at work in Varnia.', culture), 0.5);
    const language = analyzeQuestion('What language do the islanders speak?').typeOf;
    assert.deepEqual(language, [], 'no "kind of" asked');
    const jet = analyzeQuestion('What type of fighter jet shot down the balloon?').typeOf;
    assert.equal(namesTypeOf('A Chinese fighter jet shot down the balloon.', jet), 0.5, 'where it is from, not its type');
  });

  it('abstains when the documents never name the type', () => {
    assert.equal(quote('What type of fighter jet shot down the balloon?'), '(abstained)');
    assert.equal(quote('What make of missile was used against the balloon?'), '(abstained)');
  });
});

describe('topic over date and setting', () => {
  it('treats "after the June visit" as a setting, not the subject', () => {
    const q = analyzeQuestion('What is the US worried about after the June visit?');
    assert.ok(q.setting.size > 0);
    assert.match(quote('What is the US worried about after the June visit?'), /(?:private companies|Chinese enterprises|concern)/);
  });

  it('reads "after the arrest" as when it was said, not what it was about', () => {
    const q = analyzeQuestion("What did Lund's lawyer say after the arrest?");
    assert.ok(q.setting.size > 0);
    const brief = makeBrief('arrest', 'A mayor arrested', {
      a: 'VELLA (AP) _ Police arrested the mayor of Vella, Ivo Lund, on Wednesday on suspicion of taking bribes.\n\nLund\'s lawyer, Marta Kask, said her client denied all the charges.',
    });
    assert.equal(scoredSentence(brief, "What did Lund's lawyer say after the arrest?", /denied all the charges/)?.factors?.speaker, 1);
  });

  it('finds a pronoun speaker after an auxiliary ("he did state")', () => {
    assert.match(quote('what did blinken say ukraine will need?'), /resources it would need/);
  });
});

describe('"what is the name of the X"', () => {
  it('wants a sentence that names an X, not one that only mentions one', () => {
    const q = 'What is the name of the new harbour?';
    assert.equal(namesTheThing(q, 'Valmora opened North Quay Harbour on Tuesday.'), 1);
    assert.equal(namesTheThing(q, 'The city built a harbour, Port Ilse, for the ferries.'), 1);
    assert.equal(namesTheThing(q, 'The city built a harbour called Port Ilse.'), 1);
    assert.equal(namesTheThing('What was the name of the ferry?', 'Divers recovered bodies from the wreck of the ferry Solveig on Saturday.'), 1);
    assert.ok(namesTheThing(q, 'The new harbour opened on Tuesday.') < 1);
    assert.ok(namesTheThing(q, 'The Valmora Harbour Authority said the new harbour would open.') < 1);
    assert.equal(namesTheThing('Who built the harbour?', 'The new harbour opened on Tuesday.'), 1);
    // Named after a comma, or by where it is.
    assert.equal(namesTheThing('What was the name of the satellite?', 'The satellite, called Stormwatch, was built in Halden.'), 1);
    // Or by "were identified as": the names follow.
    assert.equal(namesTheThing('What were the names of the two gunmen?', 'The two gunmen were identified as Ivo Marek, 21, and his cousin, Jan Holm, 24.'), 1);
    assert.ok(namesTheThing('What were the names of the two gunmen?', 'The two gunmen were identified as members of a banned group.') < 1);
    assert.equal(namesTheThing("What is the name of Norland's inland capital?", 'The country built a new capital inland at Brekka.'), 1);
    // A capitalised word before the noun in lower case may name it, but not an owner or a demonym.
    const module = namesTheThing('What is the name of the module?', 'The Russian-built Zarya module was launched in November.');
    assert.ok(module > 0.5 && module < 1, String(module));
    assert.ok(namesTheThing("What is the name of Brightline's browser?", "Brightline's browser lost ground.") <= 0.5);
    assert.ok(namesTheThing('What is the name of the newspaper?', 'It was, an official Danish newspaper said.') <= 0.5);
    // A mention with no name answers less than half as well as a named one.
    assert.ok(namesTheThing("What is the name of Lind's eldest daughter?", "He was called after the dissident's eldest daughter met President Otto Brandt.") <= 0.5);
  });

  it('reads "what is X called" the same way, and a lower-case name in apposition ("its currency, the ringgit,")', () => {
    const q = "What is Varnia's currency called?";
    assert.equal(namesTheThing(q, 'On Sept. 1, Varnia stopped trading in its currency, the dolar, and imposed controls.'), 1);
    assert.ok(namesTheThing(q, 'Varnian currency held abroad would be worthless unless brought home.') < 1);
  });
});

describe('a place after the question\'s verb', () => {
  it('"Where was X born?" is answered by "born in <Place>", not by a place named elsewhere', async () => {
    const { placeAfterVerb } = await import('../../src/qa/place-answers.ts');
    const born = analyzeQuestion('Where was Mara Lind born?');
    assert.equal(placeAfterVerb(born, '1961: Born in Tavik, a fishing village.'), true);
    assert.equal(placeAfterVerb(born, 'A native-born Nordlander, Lind moved to Tavik in 1990.'), false);
    const announced = analyzeQuestion('Where is the peace prize announced?');
    assert.equal(placeAfterVerb(announced, 'The peace prize is announced in Oslo.'), true);
    assert.equal(placeAfterVerb(announced, 'The winners of the peace prize in Oslo were announced on Friday.'), false, 'a noun before the place is not the verb');
    assert.equal(placeAfterVerb(analyzeQuestion('When was Lind born?'), 'Born in Tavik.'), false, 'only for "where" questions');
  });
});

describe('a gap since the last such event is not a duration', () => {
  it('reads "the first ... in seven years" as a gap, "for seven years" as a duration', async () => {
    const { isGapSpan, textFeatures } = await import('../../src/qa/entities.ts');
    const gap = 'It was the first visit by a Nordish premier in seven years.';
    assert.equal(isGapSpan(gap, gap.indexOf('seven')), true);
    assert.equal(textFeatures(gap).hasDuration, false);
    assert.equal(textFeatures('Its lowest close in more than two months came on Friday.').hasDuration, false);
    assert.equal(textFeatures('The premier stayed in the capital for seven years.').hasDuration, true);
    assert.equal(textFeatures('The work will be finished in two years.').hasDuration, true, 'without a first or superlative, "in two years" is how long it takes');
  });

  it('does not answer "how long" with a sentence that counts the gap before the event', () => {
    const catalog = new MutableBriefCatalog([
      makeBrief('dock', 'Dock talks', {
        a: 'The first meeting in more than two months between the union and the port authority came and went Thursday without a deal.',
        b: 'Still, a three-hour meeting that both sides called cordial produced another round of talks set for Tuesday.',
      }),
    ]);
    const e = new QaEngine(catalog, { now: () => FIXED_NOW });
    const a = e.ask("How long was Thursday's meeting?", { topic: 'dock' });
    // Without "Thursday" the measuring sentence may fall short of the threshold; the gap never answers.
    assert.doesNotMatch(a.citations[0]?.quote ?? '(abstained)', /more than two months/);
  });
});

describe('"how long after": the time between two events', () => {
  it('is answered by the span before "after", which for "how long did it last" is no duration', () => {
    const catalog = new MutableBriefCatalog([
      makeBrief('blast', 'Blast', {
        a: 'The council decision came less than three hours after a car rigged with explosives blew up in the Tarno market.',
        b: 'The market in Tarno reopened on Monday.',
      }),
    ]);
    const e = new QaEngine(catalog, { now: () => FIXED_NOW });
    const gap = e.ask('How long after the car bomb blew up did the council decision come?', { topic: 'blast' });
    assert.equal(gap.abstained, false, `${gap.confidence}`);
    assert.match(gap.citations[0]?.quote ?? '', /three hours after/);
    assert.equal(e.ask('How long did the council decision take?', { topic: 'blast' }).abstained, true, 'a gap is not how long something lasted');
  });

  it('is answered, for "how long into", by the span before "into" ("12 minutes into the flight")', () => {
    const e = new QaEngine(new MutableBriefCatalog([
      makeBrief('jet', 'Emergency landing', {
        a: 'The pilot, Captain Henrik Dahl, turned the plane back about 12 minutes into the flight, passengers said.',
        b: 'The airline said the plane had been grounded.',
      }),
    ]), { now: () => FIXED_NOW });
    const a = e.ask('How long into the flight did the pilot turn back?', { topic: 'jet' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /12 minutes into the flight/);
  });
});

describe('a past event only planned', () => {
  it('does not take "will meet on Thursday" for what happened at Thursday\'s meeting', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion("How long was Thursday's meeting?");
    const focal = new Set(analyze('meeting').map((t) => t.term));
    const none = new Set<string>();
    const planned = shapeFactor(q, 'The two sides will meet on Thursday, their first session since Aug. 6.', focal, none);
    const held = shapeFactor(q, 'A five-hour meeting on Thursday ended without a deal.', focal, none);
    assert.ok(planned < held, `${planned} vs ${held}`);
    // A question about what someone said would happen is answered by the prediction itself.
    const said = analyzeQuestion('What did he say the talks would achieve?');
    assert.equal(shapeFactor(said, 'He said the talks would achieve a deal.', new Set(analyze('talks achieve').map((t) => t.term)), none), 1);
  });

  it('reads "hoping to win medals" as not won, for "Which country won ...?", whatever else of the kind the sentence names', async () => {
    const { shapeFactor } = await import('../../src/qa/answer-shape.ts');
    const q = analyzeQuestion('Which country won the most medals at the games?');
    const focal = new Set(analyze('country win medals').map((t) => t.term));
    const none = new Set<string>();
    const hoped = shapeFactor(q, 'The minister said 209 athletes from his country will compete in Tarno, hoping to win medals in judo.', focal, none);
    const won = shapeFactor(q, 'Athletes from his country won 40 medals in Tarno, more than any other.', focal, none);
    assert.ok(hoped < won, `${hoped} vs ${won}`);
  });
});

describe('"by when": a deadline', () => {
  it('prefers the sentence that sets a deadline, and is less sure of one that only dates the event', () => {
    const docs = {
      a: 'The parliament on Friday refused to approve the decree on savings.\n\nProtesters gathered outside.\n',
      b: 'The parliament must consider the decree by Oct. 10, or it takes effect anyway.\n\nThe bank closed early.\n',
    };
    const a = madeEngine('decree', 'The decree', docs).ask('By when must the parliament consider the decree?', { topic: 'decree' });
    assert.match(a.citations[0]?.quote ?? '', /by Oct\. 10/);
    const only = madeEngine('decree2', 'The decree', { a: docs.a, c: 'The bank closed early.\n' }, { threshold: 0 });
    const dated = only.ask('By when must the parliament approve the decree?', { topic: 'decree2' });
    const plain = only.ask('When did the parliament refuse to approve the decree?', { topic: 'decree2' });
    assert.ok(dated.confidence < plain.confidence * 0.85, `${dated.confidence} vs ${plain.confidence}`);
  });

  it('takes a holiday for a deadline', () => {
    const a = madeEngine('vote', 'The vote', {
      a: 'Hale told lawmakers he hoped to have the committee vote on the bill by Thanksgiving.\n',
      b: 'The committee met on Monday.\n',
    }).ask('By when did Hale hope to have the committee vote on the bill?', { topic: 'vote' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.short ?? '', /Thanksgiving/);
  });
});
