/**
 * The event verb of a who- or when-question ("Who commands ...", "When did X withdraw ..."),
 * found by its place in the question and by WordNet, and what a sentence without it costs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksAboutDone, eventUnrealized, eventVerbCheck, eventVerbIds, eventVerbOf, happeningThatStarts, namesHappening, startedVerb } from '../../src/qa/event-verb.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { wordNet } from '../../src/qa/wordnet.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, madeEngine, makeBrief, withFiller } from './qa-helpers.ts';

const verb = (q: string): string | null => eventVerbOf(analyzeQuestion(q));

describe('the event verb of a question', () => {
  it('is the verb after "who" and the verb after the subject of "when did / will"', () => {
    assert.equal(verb('Who commands the Varnian army?'), 'commands');
    assert.equal(verb('Who first nominated Ana Lind for the prize?'), 'nominated', 'an adverb between "who" and its verb');
    assert.equal(verb('Who publicly accused the minister?'), 'accused');
    assert.equal(verb('When did Varnia withdraw its troops from Tarno?'), 'withdraw');
    assert.equal(verb('When did the VLA capture Osk?'), 'capture');
    assert.equal(verb('When will the lockout end?'), 'end', 'a noun-only word ("lockout") is the subject');
    assert.equal(verb("When does Lind's visa expire?"), 'expire', 'not the possessed noun');
  });

  it('reads "last" after a name as an adverb, and never takes a particle for the verb', () => {
    assert.equal(verb('When did the Tarno Front last carry out an attack?'), 'carry');
    assert.equal(verb('When did the last round end?'), 'end', '"the last round" is the subject');
    assert.equal(verb('When did the rebels pull out of Osk?'), 'pull');
  });

  it('is a participle after "is / was", not an -ing form or a plural', () => {
    assert.equal(verb('When was Ana Lind appointed foreign minister?'), 'appointed');
    assert.equal(verb('When was the missing schooner found?'), 'found');
    assert.equal(verb('When are the prizes presented?'), 'presented');
    assert.equal(verb('When will Ana Lind be charged?'), 'charged', 'after "will ... be" as well');
    assert.equal(verb('Where were the freed men examined?'), 'examined', 'a participle between "the" and its noun describes the subject');
    assert.equal(verb('Where were the hostages freed?'), 'freed');
  });

  it('skips a verb before "to" and gives none when a light verb carries a noun', () => {
    assert.equal(verb('When does Varnia hope to join the union?'), 'join');
    // ... a verb that takes an infinitive; after another, "to" opens a purpose and the event is the verb.
    assert.equal(verb('When will the deputies meet to choose their leaders?'), 'meet');
    assert.equal(verb('When did the rebels agree to talk?'), 'talk');
    // "to" as a preposition: a name or a phrase after it, not a verb.
    assert.equal(verb('When will Ilse Marr return to Harlow?'), 'return');
    assert.equal(verb('When did the relief agency return to the north?'), 'return');
    assert.equal(verb('When will the next round of talks take place?'), 'take', '"take place" is "happen", whose subject is the event');
    assert.equal(verb('When did Lind become agriculture minister?'), null);
    assert.equal(verb('When did Varga come to power?'), null);
    assert.equal(verb('How many troops did Varnia send?'), null, 'not asked for other types');
  });

  it('is read for "where" too, with a particle kept to its verb', () => {
    assert.equal(verb('Where did Ilse Marr speak on Friday?'), 'speak');
    assert.equal(verb('Where will Ilse Marr meet the envoy?'), 'meet');
    assert.equal(verb('Where did Marr sit down with the envoy?'), 'sit', 'not the particle "down"');
    assert.equal(verb('Where did the rebels pull out of the town?'), 'pull');
  });

  it('is what someone went somewhere to do ("Where did Lind go to study?"), not the going', () => {
    assert.equal(verb('Where did Per Lind go to study 14 years ago?'), 'study');
    assert.equal(verb('Where did the envoy travel to meet the rebels?'), 'meet');
    assert.equal(verb('Where did Per Lind go on Friday?'), 'go', 'going with no purpose is the event');
    assert.equal(verb('When did Ilse Marr return to Harlow?'), 'return', '"to" before a name is no purpose');
  });

  it('answers "Where did X go to study?" from the sentence that says where X studied', () => {
    const docs = withFiller({
      a: 'For example, Per Lind, 36, editor of two magazines in Lisbon, seized an opportunity to study in Vienna 14 years ago, and never looked back.\n',
      b: 'Lind said he would go back to Lisbon one day.\n',
    }, (i) => `Editors met in Madrid on day ${i + 1}.`);
    const a = madeEngine('lind', 'Lind', docs).ask('Where did Per Lind go to study 14 years ago?', { topic: 'lind' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /study in Vienna/);
  });
});

describe('a sentence without the event verb', () => {
  it('does not date the event ("When did Varnia withdraw its troops?" against "sent troops")', () => {
    const engine = madeEngine('border', 'The border', {
      a: 'Under an agreement earlier this year with Osk, Varnia sent troops into the neighbouring country to flush out rebels.\n\nRain fell on the border on Monday.\n',
      b: 'Farmers in the valley stayed home on Tuesday.\n',
    });
    assert.equal(engine.ask('When did Varnia withdraw its troops from Osk?', { topic: 'border' }).abstained, true);
    const sent = engine.ask('When did Varnia send troops into Osk?', { topic: 'border' });
    assert.equal(sent.abstained, false, sent.answer);
    assert.match(sent.citations[0]?.quote ?? '', /earlier this year/);
  });
});

describe('the event verb\'s synonyms', () => {
  it('leave out light verbs: "was widely seen as a bid" is no meeting', () => {
    const brief = makeBrief('cabinet', 'A new cabinet', {
      a: 'Marr, whose appointment last week was widely seen as a bid to keep allies from toppling the government, has said he would refuse to shake the hand of rebel leader Ivo Osk.\n\nRain fell on Monday.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const index = engine.indexFor(brief);
    const ids = eventVerbIds('meet', index);
    assert.ok(!ids.has(index.termId(termOf('seen') ?? 'seen') ?? -1), '"see" does not stand for "meet"');
    assert.equal(engine.ask('When did Marr first meet Osk?', { topic: 'cabinet' }).abstained, true);
  });
});

describe('a sentence with the event verb\'s opposite', () => {
  it('finds opposites in WordNet, for any form of the verb', () => {
    assert.deepEqual(wordNet()?.antonyms('won', 'verb'), ['lose']);
    assert.ok(wordNet()?.antonyms('opened', 'verb').includes('close'));
  });

  it('does not take who lost for who won', () => {
    const others = {
      b: 'Polls closed at 8 p.m. on Tuesday. Voters won a court fight over the ballots last month.\n',
      c: 'The senate seat went to a runoff. Taxes and schools were the main issues.\n',
      d: 'Campaign spending hit a record of 40 million dollars.\n',
    };
    const lost = madeEngine('race', 'The Valmora election', { a: 'Conservatives lost across the country, from Mayor Ivo Brandt in the Valmora mayoral race to Senator Mara Lind in the north.\n', ...others });
    assert.equal(lost.ask('Who won the Valmora mayoral race?', { topic: 'race' }).abstained, true);
    const won = madeEngine('race2', 'The Valmora election', { a: 'Tomas Okafor won the Valmora mayoral race, beating Mayor Ivo Brandt in the south.\n', ...others });
    assert.match(won.ask('Who won the Valmora mayoral race?', { topic: 'race2' }).citations[0]?.quote ?? '', /Tomas Okafor won/);
  });
});

describe('the converse of the asked verb', () => {
  it('takes "sold to X" for who buys and "lost to X" for who won, but not "lost" alone', () => {
    const engine = madeEngine('plants', 'Dairy plants', {
      a: 'Halvorsen agreed on Tuesday to sell three plants to win approval for its takeover.\n\nThe plants will be sold to Vester Cooperative, a farmer-owned group, for an undisclosed sum.\n',
      b: 'Dairy farmers in the east said they welcomed the decision.\n\nIn the mayoral race, Ivo Brandt lost to Tomas Okafor by 300 votes.\n',
    });
    const buyer = engine.ask('Who will buy the plants?', { topic: 'plants' });
    assert.equal(buyer.abstained, false, buyer.answer);
    assert.match(buyer.citations[0]?.quote ?? '', /sold to Vester Cooperative/);
    const won = engine.ask('Who won the mayoral race?', { topic: 'plants' });
    assert.equal(won.abstained, false, won.answer);
    assert.match(won.citations[0]?.quote ?? '', /lost to Tomas Okafor/);
    const alone = madeEngine('race3', 'The race', { a: 'In the mayoral race, Ivo Brandt lost badly on Sunday.\n', b: 'Turnout was low across the valley.\n' });
    assert.equal(alone.ask('Who won the mayoral race?', { topic: 'race3' }).abstained, true);
  });
});

describe('an event the sentence says did not happen', () => {
  it('tells a verb that did not happen ("could have won", "did not close") from one that did ("is not scheduled until 2000")', () => {
    const won = (t: string): boolean => t === termOf('won');
    assert.equal(eventUnrealized('Brandt could have won the prize in 1978 had it not been for a deadline.', won), true);
    assert.equal(eventUnrealized('Brandt never won the prize, though he won the cup.', won), false);
    const scheduled = (t: string): boolean => t === termOf('scheduled');
    assert.equal(eventUnrealized('A general election is not scheduled until 2000.', scheduled), false);
    // Put off, postponed, called off: not happened; put off until a day: that is when.
    const vote = (t: string): boolean => t === termOf('vote');
    assert.equal(eventUnrealized("The Cabinet put off a vote on the accord after a bombing Friday.", vote), true);
    assert.equal(eventUnrealized('The council postponed the final vote, citing the storm.', vote), true);
    assert.equal(eventUnrealized('The council postponed the vote until Monday.', vote), false);
    assert.equal(eventUnrealized('The Cabinet held a vote on Friday.', vote), false);
  });

  it('takes "would give its ruling" as not yet done for a question about what was done', () => {
    const rule = (t: string): boolean => t === termOf('ruling') || t === termOf('rule');
    assert.equal(eventUnrealized('Judge Ana Vale said the court would give its ruling "in the coming months".', rule, true, true), true);
    assert.equal(eventUnrealized('Judge Ana Vale said the court will rule in May.', rule, true, true), true);
    assert.equal(eventUnrealized('Judge Ana Vale said the court would give its ruling "in the coming months".', rule, true, false), false, 'a question about what is ahead');
    assert.equal(eventUnrealized('The court gave its ruling on Tuesday.', rule, true, true), false);
    const engine = madeEngine('suit', 'A lawsuit', {
      a: 'OSK (Reuters) - Judge Ana Vale said the court would give its ruling "in the coming months" and did not set a date.\n',
      b: 'About 200 people rallied outside the court in Osk.\n',
    });
    assert.equal(engine.ask('When did the court rule?', { topic: 'suit' }).abstained, true);
  });

  it('does not answer "When will X vote ...?" from a sentence that says the vote was put off', () => {
    const engine = madeEngine('council', 'Council news', {
      a: 'Most recently, the Varnian Cabinet put off a vote to ratify the accord after a bombing Friday in Ostrava.\n',
      b: 'The accord was signed in Geneva last month.\n',
    });
    assert.equal(engine.ask('When will the Cabinet vote on the accord?', { topic: 'council' }).abstained, true);
  });

  it('does not answer "Who won ...?" from one who could have won', () => {
    const engine = madeEngine('prize', 'Prize news', {
      a: 'Otto Brandt, a perennial also-ran, could have won the Lind Peace Prize in 1978 had it not been for a missed deadline.\n',
      b: 'The committee meets in Oslo every October.\n',
    });
    assert.equal(engine.ask('Who won the Lind Peace Prize?', { topic: 'prize' }).abstained, true);
    // ... also when the question names the year and the prize in full, as the sentence does.
    const full = madeEngine('prize2', 'Prize news', {
      a: 'Former President Otto Brandt, who seems a perennial Lind Peace Prize also-ran, could have won the coveted honor in 1978 had it not been for strict deadline rules for nominations.\n',
      b: 'The committee meets in Oslo every October.\n',
      c: 'Nominations close on Feb. 1.\n',
    });
    assert.equal(full.ask('Who won the 1978 Lind Peace Prize?', { topic: 'prize2' }).abstained, true);
  });

  it('takes an event only supposed ("if the owners would end the strike") for one that has not happened, unless the question asks about a condition', () => {
    const end = (t: string): boolean => t === termOf('end');
    const text = "With camp due to open on Oct. 6, the players' message is clear: if the owners would call an end to the strike, we would be ready to play today.";
    assert.equal(eventUnrealized(text, end, true), true);
    assert.equal(eventUnrealized(text, end, false), false, 'without conditionals, as for a question that has its own "if"');
    assert.equal(eventUnrealized('The owners said the strike would end on Friday if the talks went well.', end, true), false, 'the end itself is stated; only its condition is supposed');
    assert.equal(eventUnrealized('Nobody knows whether the strike will end soon.', end, true), true);
    const engine = madeEngine('strike', 'A dock strike', {
      a: "With camp due to open on Oct. 6, the players' message is clear: if the owners would call an end to the strike, we would be ready to play today.\n",
      b: 'The union met in Ostrava last week.\n',
    });
    assert.equal(engine.ask('When will the strike end?', { topic: 'strike' }).abstained, true);
  });
});

describe('the words that stand for the event verb', () => {
  it('takes synonyms of its commonest senses only ("join" is not "unite", "return" not "deliver")', () => {
    const brief = makeBrief('party', 'Party news', {
      a: 'Kessler, a former ally of the United Farmers Party, was arrested last week.\n',
      b: 'The courier will deliver the letters on Monday, and voters will come back to the polls in May.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const index = engine.indexFor(brief);
    const id = (w: string): number | undefined => index.termId(termOf(w) as string);
    const join = eventVerbIds('join', index);
    assert.equal(join.has(id('united') as number), false, '"unite" is a rare sense of "join"');
    const ret = eventVerbIds('return', index);
    assert.equal(ret.has(id('deliver') as number), false);
    assert.equal(engine.ask('When did Kessler join the United Farmers Party?', { topic: 'party' }).abstained, true);
  });
});

describe('the event verb of a "where" question', () => {
  const engine = madeEngine('envoy', 'An envoy abroad', {
    a: [
      'Special envoy Ilse Marr and the foreign minister flew to Tallmark on Monday for talks on the border treaty.',
      'Marr met the foreign minister at the old harbour fortress in Varnby on Tuesday.',
      'Tomas Ekdal, 45, of the northern town of Ostholm, leads the opposition to the treaty.',
    ].join(' '),
  });

  it('abstains when no sentence places the asked event, though one places the person', () => {
    const a = engine.ask('Where did Ilse Marr sign the border treaty?', { topic: 'envoy' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('reads a verb with its particle as the question does ("sit down" is meeting), and a residence phrase as where someone lives', () => {
    const a = engine.ask('Where did Ilse Marr sit down with the foreign minister?', { topic: 'envoy' });
    assert.match(a.citations[0]?.quote ?? '', /^Marr met the foreign minister/);
    assert.ok(a.confidence > 0.9, `the meeting is the asked event: ${a.confidence}`);
    const b = engine.ask('Where does Tomas Ekdal live?', { topic: 'envoy' });
    assert.equal(b.abstained, false, `abstained at ${b.confidence}`);
    assert.match(b.citations[0]?.quote ?? '', /Ostholm/);
  });
});

describe('when something started, said by how long it has gone on', () => {
  it('reads the verb a start verb takes', () => {
    assert.equal(startedVerb('When did the rebels start fighting?', 'start'), 'fight');
    assert.equal(startedVerb('When did the army begin to withdraw?', 'begin'), 'withdraw');
    assert.equal(startedVerb('When did the talks start?', 'start'), null);
    assert.equal(startedVerb('When did the rebels attack?', 'attack'), null);
  });

  it('answers "When did they start fighting?" with "have been fighting since 1984"', () => {
    const engine = madeEngine('revolt', 'A revolt', {
      a: 'Varnia has long accused Tarvia of sheltering Ostrian rebels, who have been fighting since 1984 for more autonomy in the south.\n',
      b: 'Egypt on Sunday began a mediation effort between the two neighbours over the Ostrian rebel bases.\n',
    });
    const a = engine.ask('When did the Ostrian rebels start fighting?', { topic: 'revolt' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /since 1984/);
  });
});

describe('the event of a date asked with a noun', () => {
  it('is the verb after the subject in "For what date did ...", "In which year was ..."', () => {
    assert.equal(eventVerbOf(analyzeQuestion('For what date did Dorn schedule Halvik\'s trial?')), 'schedule');
    assert.equal(eventVerbOf(analyzeQuestion('In which year was the bridge built?')), 'built');
    assert.equal(eventVerbOf(analyzeQuestion('What is the date of the trial?')), null);
  });

  it('answers with the sentence that has the event, not one with the names and another date', () => {
    const engine = madeEngine('trial', 'A trial', {
      a: 'The trial will be interrupted during the Nov. 12-18 summit, but Dorn\'s treatment of Halvik has already been criticised abroad.\n',
      b: 'Prime Minister Ivan Dorn fired his deputy, Tomas Halvik, in September. The prime minister jailed Halvik, charging him with corruption, and scheduling his trial for Nov. 2.\n',
    });
    const a = engine.ask('For what date did Dorn schedule Halvik\'s trial?', { topic: 'trial' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Nov\. 2/);
  });
});

describe('a way of doing the event, in several words', () => {
  it('is one of WordNet\'s troponyms of the verb: "touch down" for "land"', () => {
    assert.ok(wordNet()!.phrasalTroponyms('land').some((ws) => ws.join(' ') === 'touch down'));
  });

  it('does the event: "touched down at 9:17" says when the capsule landed', () => {
    const brief = makeBrief('capsule', 'Return to Earth', {
      a: 'Two cosmonauts returned to Earth on Sunday after 187 days aboard the station.\n\nThe capsule touched down at 9:17 a.m. on the steppes.\n',
    });
    const index = new QaEngine(new MutableBriefCatalog([brief])).indexFor(brief);
    const check = eventVerbCheck(analyzeQuestion('What time did the capsule land?'), index);
    assert.ok(check?.phrasal?.test('The capsule touched down at 9:17 a.m.'));
    assert.ok(!check?.phrasal?.test('The capsule touched the ground at 9:17 a.m.'));
  });
});

describe('when someone became something', () => {
  it('is dated by a sentence that says they became it, not by one that only has them in the post', () => {
    const brief = makeBrief('fund', 'The fund', {
      a: 'The managing director of the Tarno Fund, Ivo Marek, on Thursday said the bank made the right decision in cutting rates.\n',
      b: 'Lena Varga was named head of the Tarno Fund in January 1987.\n',
      c: 'The fund lent Osk $2 billion on Friday.\n',
    });
    const index = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW }).indexFor(brief);
    const check = eventVerbCheck(analyzeQuestion('When did Ivo Marek become head of the Tarno Fund?'), index);
    assert.ok(check?.phrasal?.test('Varga was named head of the fund'));
    assert.ok(check?.phrasal?.test('Varga took over the fund in 1987'));
    assert.equal(check?.phrasal?.test('The managing director of the fund, Ivo Marek, on Thursday said'), false);
    // "since" says when only with a time after it: "president since 1980", not "has since been muzzled by".
    assert.ok(check?.phrasal?.test('Marek, head of the fund since 1987, said'));
    assert.ok(check?.phrasal?.test('Marek has headed the fund since January'));
    assert.equal(check?.phrasal?.test('Hale said he has since been muzzled by fund head Ivo Marek.'), false);
    const engine = madeEngine('fund2', 'The fund', { a: brief.sources[0]!.body, c: 'The fund lent Osk $2 billion on Friday.\n', d: 'Banks in Lindia cut rates on Monday.\n' });
    const a = engine.ask('When did Ivo Marek become head of the Tarno Fund?', { topic: 'fund2' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"Who will replace Ivo Marek?": the one acted on, named', () => {
  const docs = withFiller({
    a: 'Talk-show host Per Holm said the party had fared poorly because Sen. Ivo Marek of Tarno, the majority leader, had caved in to the president on the budget.\n',
    b: 'The party will meet on Nov. 18 to vote for its leaders.\n',
  }, (i) => `Senators met in Tarno on day ${i + 1} to discuss the budget.`);

  it('costs a sentence that names him without the act more than one that names no one acted on', () => {
    const a = madeEngine('senate', 'Senate', docs).ask('Who will replace Ivo Marek as majority leader?', { topic: 'senate' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('still answers from a sentence with the act', () => {
    const said = madeEngine('senate2', 'Senate', { ...docs, b: 'Sen. Lena Varo is expected to replace Ivo Marek as majority leader when the party meets on Nov. 18.\n' });
    const a = said.ask('Who will replace Ivo Marek as majority leader?', { topic: 'senate2' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Lena Varo/);
  });

  it('leaves the one given something alone ("Who sent Marek messages?")', () => {
    const sent = madeEngine('senate3', 'Senate', { ...docs, b: 'President Lena Varo sent messages of support to Ivo Marek on Friday.\n' });
    assert.equal(sent.ask('Who sent Ivo Marek messages of support?', { topic: 'senate3' }).abstained, false);
  });
});

describe('a happening that is to begin', () => {
  it('is the subject of a verb of starting or happening, when it is an act or event', () => {
    assert.equal(happeningThatStarts("When will Marek's trial begin?", 'begin'), 'trial');
    assert.equal(happeningThatStarts('When is the election to start?', 'start'), 'election');
    // An airport is no happening; "end" dates another moment.
    assert.equal(happeningThatStarts('When will the airport open?', 'open'), null);
    assert.equal(happeningThatStarts("When will Marek's trial end?", 'end'), null);
  });

  it('is dated by a sentence that dates it, ahead of it only', () => {
    const brief = makeBrief('court', 'The court', {
      a: 'Marek has since been charged with fraud, and is to go on trial Nov. 2.\n',
      b: 'The leaders of the ruling party met Tuesday to discuss a replacement for Marek.\n',
      c: 'Farmers in the valley stayed home on Tuesday.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const a = engine.ask("When will Marek's trial begin?", { topic: 'court' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Nov\. 2/);
    // A past one is dated by what came after it too ("arrested in September after the bombings"): the verb is still asked.
    const index = engine.indexFor(brief);
    assert.equal(eventVerbCheck(analyzeQuestion("When did Marek's trial begin?"), index)?.happening, undefined);
    assert.equal(eventVerbCheck(analyzeQuestion("When will Marek's trial begin?"), index)?.happening, 'trial');
  });
});

describe('"Who <verb>?" and the verb\'s noun', () => {
  it('is answered by the sentence that writes the verb, not by another\'s act on its noun ("accepted the resignation")', () => {
    const brief = makeBrief('club', 'Club news', {
      a: 'The club chairman, Tomas Ekdal, accepted the resignation and named Lena Berg as interim coach.\n',
      b: 'Coach Piet Van Ness resigned on Sunday after a 5-0 defeat, the club said.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const a = engine.ask('Who resigned?', { topic: 'club' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Van Ness resigned/);
    const index = engine.indexFor(brief);
    const check = eventVerbCheck(analyzeQuestion('Who resigned?'), index);
    assert.ok(check?.asVerb?.test('he resigns') && !check.asVerb.test('the resignation'));
    assert.equal(eventVerbCheck(analyzeQuestion('When did the coach resign?'), index)?.asVerb, undefined, 'a date question is dated by the noun as well');
  });
});

describe('"When will X start <doing>?" and a start given by its date', () => {
  it('is answered by "... to produce copper from 2029", as by "since"', () => {
    const brief = makeBrief('mine', 'Mine', {
      a: 'The owners said on Monday the flooded Kessa mine will be repaired to produce copper from 2029.\n',
      b: 'The mine employed 900 people before it closed, the union said.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const a = engine.ask('When will the mine start producing copper?', { topic: 'mine' });
    assert.equal(a.abstained, false, `${a.confidence} ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /from 2029/);
  });

  it('reads the start verb as the event, not a noun after the gerund that WordNet also knows as a verb ("copper")', () => {
    assert.equal(eventVerbOf(analyzeQuestion('When will the mine start producing copper?')), 'start');
    assert.equal(eventVerbOf(analyzeQuestion('When did the rebels start fighting?')), 'start');
  });
});

describe('a happening or a force of nature that strikes, and a happening named only as a modifier', () => {
  it('takes the subject of "strike" or "hit" as the event when it is a happening or a force of nature', () => {
    assert.equal(happeningThatStarts('Where did the avalanche strike?', 'strike'), 'avalanche');
    assert.equal(happeningThatStarts('When did the storm hit?', 'hit'), 'storm');
    assert.equal(happeningThatStarts('When did the workers strike?', 'strike'), null, 'people are no happening');
  });

  it('does not count "the avalanche commission" or "storm warnings" as naming the happening', () => {
    const term = termOf('avalanche') as string;
    assert.equal(namesHappening('An avalanche roared down on the village on Sunday.', term), true);
    assert.equal(namesHappening("Sunday's avalanche in the resort killed 17.", term), true);
    assert.equal(namesHappening('An avalanche hit the village on Sunday.', term), true, 'a verb before an article');
    assert.equal(namesHappening('The village avalanche commission ordered the evacuation of 11 chalets on Saturday.', term), false);
    assert.equal(namesHappening('The Snow and Avalanche Institute raised its warning on Saturday.', term), false, 'a word of a name');
    assert.equal(namesHappening('The Snow and Avalanche Institute raised its warning on Saturday.', term, true), true, 'asked with a capital');
  });

  it('answers "When did the avalanche happen?" with the day it came down, not the day of the avalanche commission\'s order', () => {
    const engine = madeEngine('slide', 'Avalanche', {
      a: 'The village avalanche commission had ordered the evacuation of 11 chalets on Saturday.\n\nAn avalanche roared down on the ski village of Brund on Sunday, burying a hotel.\n',
      b: 'The Kessland Snow and Avalanche Institute said the slide was the deadliest since 1970, when an avalanche killed 30 people in Tarn.\n',
    });
    const when = engine.ask('When did the avalanche happen?', { topic: 'slide' });
    assert.match(when.citations[0]?.quote ?? '', /roared down/, when.answer);
    const where = engine.ask('Where did the avalanche strike?', { topic: 'slide' });
    assert.equal(where.abstained, false, where.answer);
    assert.match(where.citations[0]?.quote ?? '', /Brund/, where.answer);
  });
});

describe('an act only wished or planned, for a question about one done', () => {
  it('reads "interest from foreign banks in buying" and "plans to buy" as not done, for "Who bought ...?" only', () => {
    const isBuy = (t: string): boolean => t === termOf('buy');
    const interest = 'Attard said he had received three expressions of interest from foreign banks in buying the branches.';
    assert.equal(eventUnrealized(interest, isBuy, false, true), true);
    assert.equal(eventUnrealized('Varbank plans to buy the branches.', isBuy, false, true), true);
    assert.equal(eventUnrealized('Varbank agreed on Tuesday to buy the branches.', isBuy, false, true), false, 'an agreement is done');
    assert.equal(eventUnrealized(interest, isBuy, false, false), false, 'not for a question about the plan');
    assert.equal(asksAboutDone(analyzeQuestion("Who bought Meridian's branches?")), true);
    assert.equal(asksAboutDone(analyzeQuestion("Who wanted to buy Meridian's branches?")), false);
    assert.equal(asksAboutDone(analyzeQuestion("Who will buy Meridian's branches?")), false);
  });

  it('answers "Who bought the branches?" with the buyer, not the administrator who told of interest in buying them', () => {
    const engine = madeEngine('bank', 'Bank failure', {
      a: 'The administrator, Brian Attard, said he had received three expressions of interest from foreign banks in buying Meridian\'s branches and deposits.\n',
      b: "VALLETTA, Malta (AP) _ Greece's Atlas Bank agreed on Tuesday to buy the branches and deposits of the failed Meridian Bank for 30 million liri.\n",
    });
    const a = engine.ask("Who bought Meridian's branches?", { topic: 'bank' });
    assert.match(a.citations[0]?.quote ?? '', /Atlas Bank/, a.answer);
  });
});
