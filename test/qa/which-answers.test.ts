/**
 * "Which newspaper ...?", "Which commodities ...?": the sentence must name something that can
 * be the answer. A common word capitalised only because it opens a quotation is no name, and
 * a list of things in lower case ("timber, wool, and copper") names candidates. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rerank } from '../../src/qa/qa-scoring.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { sentenceText } from '../../src/qa/sentence-features.ts';
import { kindNoun, kindOfAnotherOwner, leavesTheKindUnnamed, namedAsRelative, namesOfTheKind } from '../../src/qa/answer-kind.ts';
import { namesBeforeAskedNoun } from '../../src/qa/place-answers.ts';
import { leavesDoerUnnamed, namesOnlySource, passiveLeavesDoerUnnamed } from '../../src/qa/person-answers.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';
import { wordNet } from '../../src/qa/wordnet.ts';

describe('which-questions: what names an answer', () => {
  it('does not take a word that opens a wire-style quotation (``Because ...) for a name', () => {
    const brief = makeBrief('talks', 'Talks in Tarvia', {
      a: [
        "``Because of the rights involved _ and I think they are universal _ people should be given the chance to defend themselves,'' Kessler was quoted as saying in the interview conducted Saturday.",
        "``I'm very concerned over how my friend Ivo Marek has been treated,'' Kessler told the English-language newspaper The Courier.",
      ].join(' '),
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const a = engine.ask('Which newspaper interviewed Kessler?', { topic: 'talks' });
    assert.equal(a.abstained, false);
    assert.match(a.citations[0]?.quote ?? '', /The Courier/);
    // The sentence that names no newspaper fits the question's type less ("Because" is no name).
    const index = engine.indexFor(brief);
    const q = analyzeQuestion('Which newspaper interviewed Kessler?', index.persons.tokens, index.persons.names);
    const unnamed = rerank(index, q, { explain: true }).find((s) => /Because/.test(sentenceText(index, index.unit(s.unit))));
    assert.ok(unnamed && (unnamed.factors?.type ?? 1) < 1);
  });

  it('takes a list of things in lower case for the things a "which" question asks for', () => {
    const engine = madeEngine('trade', 'Trade in the north', {
      a: 'Tarvia imported Varnian timber, wool, and copper in the spring. Kessler told reporters the border would stay open.',
    });
    const a = engine.ask('Which Varnian goods does Tarvia import?', { topic: 'trade' });
    assert.equal(a.abstained, false);
    assert.match(a.citations[0]?.quote ?? '', /timber, wool, and copper/);
  });

  it('does not take the name of another owner\'s thing of the asked kind ("the Vester browser, Orbit" for Halden\'s browser)', () => {
    const q = analyzeQuestion("What is the name of Halden's browser?");
    assert.equal(kindOfAnotherOwner(q, 'Vester entered the market, bundling the Vester browser, Orbit, into its system.'), true);
    assert.equal(kindOfAnotherOwner(q, "Vester's browser, Orbit, gained ground."), true);
    assert.equal(kindOfAnotherOwner(q, "Halden's browser, Lantern, is given away free."), false);
    assert.equal(kindOfAnotherOwner(q, 'The browser, Lantern, is given away free.'), false);
    const engine = madeEngine('web', 'Browser wars', {
      a: "Vester matched the quality of Halden's technology and then bundled the Vester browser, Orbit, into its operating system.\n",
      b: 'Halden cut jobs in the spring.\n',
    });
    assert.equal(engine.ask("What is the name of Halden's browser?", { topic: 'web' }).abstained, true);
  });

  it('wants a person named for "Which judge ...?": "the judge" or a court names none', () => {
    const brief = makeBrief('trial', 'A trial in Tallmark', {
      a: 'When Kessler appeared in court Monday, the judge had assured defense lawyers that they would see their client before the trial.\n',
      b: "The lawyers asked the High Court to hear Kessler's trial early.\n",
      c: "Judge Ola Brun will hear Kessler's trial, the court said Monday.\n",
    });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });
    const index = engine.indexFor(brief);
    const q = analyzeQuestion("Which judge will hear Kessler's trial?", index.persons.tokens, index.persons.names);
    const typeOf = (re: RegExp): number => rerank(index, q, { explain: true }).find((s) => re.test(sentenceText(index, index.unit(s.unit))))?.factors?.type ?? Number.NaN;
    assert.ok(typeOf(/the judge had assured/) < 0.9, 'the kind mentioned, no person named');
    assert.ok(typeOf(/High Court/) < 1, 'a court is no judge');
    assert.equal(typeOf(/Ola Brun/), 1);
    assert.match(engine.ask("Which judge will hear Kessler's trial?", { topic: 'trial' }).citations[0]?.quote ?? '', /Ola Brun/);
  });

  it('asks for a person\'s name when the kind is a person ("the man charged"), and abstains when none is named', () => {
    assert.equal(kindNoun(analyzeQuestion('What is the name of the man charged?')), 'man', 'the noun before the participle');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the road the retreating troops used?')), 'road', 'the noun before a clause of its own');
    const engine = madeEngine('fire', 'A forest fire', {
      a: [
        'ASHFORD, Norland (Reuters) - A 19-year-old man was charged on Tuesday with starting the Carrow Hills wildfire by leaving a campfire unattended, police said.',
        'The man, whose name was not released, faces up to eight years in prison if convicted.',
        'The satellite, called Stormwatch, tracked the smoke over the Carrow Hills.',
      ].join('\n\n'),
    });
    const a = engine.ask('What is the name of the man charged?', { topic: 'fire' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
    // A thing's name is still any name: "satellite" is a person only in WordNet's second sense.
    const b = engine.ask('What was the name of the satellite?', { topic: 'fire' });
    assert.match(b.citations[0]?.quote ?? '', /Stormwatch/);
  });

  it('asks for a body\'s name when the kind is a body ("Which party ...?"), not a person\'s', () => {
    const engine = madeEngine('vote', 'A runoff', {
      a: [
        'Portugal\'s election commission said on Monday that opposition leader Jonas Amundsen had won the presidential runoff by 11,204 votes over President Erik Falk.',
        'Falk conceded defeat on Saturday evening.',
      ].join('\n\n'),
    });
    const a = engine.ask('Which party does Amundsen lead?', { topic: 'vote' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('which-questions for a kind that is no place', () => {
  const ask = (question: string, text: string): number => {
    const brief = makeBrief('trek', 'Treks in Varnia', { a: `${text} Rain fell on Tarno on Monday.\n` });
    const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW, threshold: 0 });
    const index = engine.indexFor(brief);
    const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
    const hit = rerank(index, q, { explain: true }).find((s) => sentenceText(index, index.unit(s.unit)) === text);
    return hit?.factors?.type ?? Number.NaN;
  };

  it('is not answered by the name of a lake or town ("Which airline flies tourists to Goma?" / "Lake Kivu")', () => {
    assert.ok(ask('Which airline flies tourists to Goma?', 'Goma, a trading post at the head of Lake Kivu near Tarno, is no longer where tourists start.') < 1);
    assert.equal(ask('Which airline flies tourists to Goma?', 'Tourists now fly to Goma on Kivu Airways from Tarno.'), 1);
  });

  it('is answered by a place name when the kind is a place ("Which port ...?")', () => {
    assert.equal(ask('Which port did the tourists leave from?', 'The tourists left from the port at the head of Lake Kivu.'), 1);
  });
});

describe('which-questions for a work', () => {
  const prize = "He is the fourth European in a row to win the Varberg Prize, after Tolmia's Ansel Varo in 1997, Brekka's Mira Stolz in 1996 and Osk's Per Lind in 1995.\n";
  const rest = { b: 'The academy meets in the spring.\n', c: 'Sales of his novels rose after the award.\n' };
  it('is not answered by the names of people: a work is named by its title in quotation marks', () => {
    const engine = madeEngine('prize', 'A literary prize', { a: prize, ...rest });
    assert.equal(engine.ask('Which play won Ansel Varo the Varberg Prize?', { topic: 'prize' }).abstained, true);
    const titled = madeEngine('prize2', 'A literary prize', { a: prize, ...rest, d: "Ansel Varo won the Varberg Prize for his play ``The Salt Road,'' the academy said.\n" });
    assert.match(titled.ask('Which play won Ansel Varo the Varberg Prize?', { topic: 'prize2' }).citations[0]?.quote ?? '', /The Salt Road/);
  });

  it('is not answered by one of the kind, unnamed, doing what the question asks ("a German court can rule")', () => {
    const q = analyzeQuestion('Which German court will rule on the extradition request?');
    assert.equal(leavesTheKindUnnamed(q, 'Under German law, officials have 40 days to turn over evidence so a German court can rule on their extradition request.'), true);
    assert.equal(leavesTheKindUnnamed(q, 'The Munich state court will rule on the extradition request in May.'), false);
    // The kind's other nouns are no verbs of it: "an interview with regional television network CNBC Asia".
    const tv = analyzeQuestion('Which television network interviewed Lena Varga?');
    assert.equal(leavesTheKindUnnamed(tv, 'She was questioned about an interview with regional television network CNBC Asia.'), false);
    const engine = madeEngine('extradition', 'The extradition', {
      a: 'Under German law, officials have 40 days after the arrest to turn over evidence so a German court can rule on their extradition request.\n',
      b: 'The suspect was arrested in Munich in September.\n',
      c: 'Prosecutors asked for more time.\n',
    });
    assert.equal(engine.ask('Which German court will rule on the extradition request?', { topic: 'extradition' }).abstained, true);
  });

  it('reads a noun before another noun as no work ("Which television network ...?")', () => {
    const engine = madeEngine('tv', 'An interview', { a: 'CNBC Asia, a regional television network, interviewed Lena Varga on Sept. 21.\n', b: 'Rain fell on Monday.\n' });
    const a = engine.ask('Which television network interviewed Lena Varga?', { topic: 'tv' });
    assert.equal(a.abstained, false);
    assert.ok(a.confidence > 0.9, `a name answers a network in full (${a.confidence})`);
  });
});

describe('a name before the asked noun', () => {
  it('takes "the Tarno riot" for where it was, not "Marek\'s meeting" for where they met', () => {
    const engine = madeEngine('talks', 'Talks', {
      a: 'Shortly after Marek\'s meeting with Holm, the leader issued a defiant statement on state television.\n',
      b: 'The talks were tense.\n',
    });
    assert.equal(engine.ask('Where did Marek meet Holm?', { topic: 'talks' }).abstained, true);
  });
});

describe('a man-made thing the sentence mentions and leaves unnamed', () => {
  it('does not answer "Which prison holds X?" with a sentence that says "in prison" and names only other things', () => {
    const engine = madeEngine('trial', 'A trial', {
      a: 'Marek, who spent two years in prison after the 1989 protests in Tarno Square, was accused of organizing a party.\n',
      b: 'The court in Osterholm will rule next week.\n',
    });
    assert.equal(engine.ask('Which prison holds Marek?', { topic: 'trial' }).abstained, true);
    const named = madeEngine('trial', 'A trial', {
      a: 'Marek, who is held in Qinmark Prison, was accused of organizing a party.\n',
      b: 'The court in Osterholm will rule next week.\n',
    });
    assert.equal(named.ask('Which prison holds Marek?', { topic: 'trial' }).abstained, false);
  });

  it('is not answered by the name of a person the sentence gives ("Which prison is X held in?")', () => {
    const docs = {
      a: 'One, Anton Hale, 45, of the city of Osterholm, and the other, Ivo Marek, 55, of Paris, are being held on suspicion of subversion.\n',
      b: 'Anton Hale said on Monday that he had done nothing wrong.\n',
      c: 'Ivo Marek said he would appeal.\n',
    };
    const engine = madeEngine('held', 'Two arrests', docs);
    const a = engine.ask('Which prison is Ivo Marek being held in?', { topic: 'held' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    // A name beside the kind's noun still answers.
    const named = madeEngine('held2', 'Two arrests', { ...docs, a: 'Ivo Marek, 55, of Paris, is being held in Qinmark Prison on suspicion of subversion.\n' });
    assert.match(named.ask('Which prison is Ivo Marek being held in?', { topic: 'held2' }).citations[0]?.quote ?? '', /Qinmark Prison/);
  });

  it('reads the commonest sense of a noun as man-made or not, by WordNet', () => {
    const wn = wordNet();
    assert.ok(wn);
    assert.equal(wn.isArtifactNoun('prison'), true);
    assert.equal(wn.isArtifactNoun('hospital'), true);
    assert.equal(wn.isArtifactNoun('group'), false);
    assert.equal(wn.isArtifactNoun('human'), false);
  });
});

describe('"Which <kind> <verb>ed ...?" with no name of the kind', () => {
  it('is less sure of a sentence that never says the kind than of one that does ("Which Tarno Street bank criticized the fund?")', () => {
    const docs = {
      a: "Once, the fund's critics were largely found in Africa; today they include Tarno Street's biggest players and top officials in Asia.\n",
      b: 'The fund met in Osk on Monday.\n',
    };
    const unsaid = scoredSentence(makeBrief('fund', 'The fund', docs), 'Which Tarno Street bank criticized the fund?', /biggest players/);
    const said = scoredSentence(makeBrief('fund', 'The fund', { ...docs, a: "Once, the fund's critics were largely found in Africa; today they include a big Tarno Street bank and top officials in Asia.\n" }), 'Which Tarno Street bank criticized the fund?', /Street bank/);
    assert.ok(unsaid && said);
    assert.ok((unsaid.factors?.['type'] ?? 1) < (said.factors?.['type'] ?? 1), `${unsaid.factors?.['type']} vs ${said.factors?.['type']}`);
  });

  it('takes no person the documents name for a made thing ("Which prison holds X?": "Lena Varga, the wife of ...")', () => {
    const docs = {
      a: 'Lena Varga, the wife of jailed politician Ivo Marek, told reporters that the lawyers had filed an appeal that says he is being unjustly held.\n',
      b: 'Lena Varga said on Monday that she would appeal again.\n',
      c: 'Ivo Marek said he was innocent.\n',
    };
    const s = scoredSentence(makeBrief('jail', 'The arrest', docs), 'Which prison holds Ivo Marek?', /Lena Varga, the wife/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, `type ${s.factors?.['type']}`);
  });
});

describe('"What is the title of X\'s book?"', () => {
  it('asks for a work\'s name, given in quotation marks, not for a post', () => {
    const q = analyzeQuestion('What is the title of Ivo Marek\'s book?');
    assert.equal(q.type, 'name');
    assert.equal(kindNoun(q), 'book');
    assert.equal(analyzeQuestion('What is the title of Ivo Marek?').type, 'definition', 'a person\'s title is a post');
    const docs = {
      a: 'In a book about his six-month detention, Ivo Marek described being hit and deprived of sleep.\n',
      b: 'Ivo Marek said on Thursday that he would sue.\n',
    };
    const unsaid = madeEngine('book', 'A book', docs).ask('What is the title of Ivo Marek\'s book?', { topic: 'book' });
    assert.equal(unsaid.abstained, true, `${unsaid.confidence}: ${unsaid.citations[0]?.quote}`);
    const said = madeEngine('book2', 'A book', { ...docs, a: 'In a book about his six-month detention, ``Chicken Feed,\'\' Ivo Marek described being hit and deprived of sleep.\n' });
    assert.match(said.ask('What is the title of Ivo Marek\'s book?', { topic: 'book2' }).citations[0]?.quote ?? '', /Chicken Feed/);
  });
});

describe('"What was the name of the policeman killed?"', () => {
  it('is not answered by a sentence that opens with an adverb before a comma ("Elsewhere, a policeman was killed")', () => {
    const q = analyzeQuestion('What was the name of the policeman killed by the mine?');
    assert.deepEqual(namesOfTheKind(q, 'Elsewhere, a policeman was killed after stepping on a mine, the Media Center said.'), []);
    assert.deepEqual(namesOfTheKind(q, 'Marek, a policeman from Tarno, was killed after stepping on a mine.'), ['Marek']);
    const engine = madeEngine('mine', 'A mine', {
      a: 'Elsewhere, a policeman was killed after stepping on a mine, the Media Center said.\n',
      b: 'The Media Center said two cars were attacked south of Tarno.\n',
    });
    const a = engine.ask('What was the name of the policeman killed by the mine?', { topic: 'mine' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"Where are the activists being held?"', () => {
  it('is not answered by a group\'s name before the asked people ("Islamic Jihad activists")', () => {
    const q = analyzeQuestion('Where are the rounded-up Islamic activists being held?');
    assert.deepEqual(namesBeforeAskedNoun(q, 'The families had already identified them as Islamic Jihad activists.', new Set(['islamic'])), []);
    assert.deepEqual(namesBeforeAskedNoun(analyzeQuestion('Where did the riot take place?'), 'Police said the Kupang riot left 14 dead.', new Set()), ['Kupang'], 'an event named by its place');
  });
});

describe('"What is the name of the road the troops used?"', () => {
  it('is not answered by a sentence that names something else and takes "road" only from the sentence before', () => {
    const engine = madeEngine('retreat', 'A battle', {
      a: 'Some troops reportedly retreated along a single road leading out of the town. The rebels say they now control one-third of Tarno, which the army has used as a staging area for an offensive.\n',
      b: 'The army denied it.\n',
      c: 'Fighting went on in Osterholm.\n',
    });
    const a = engine.ask('What is the name of the road the retreating troops used?', { topic: 'retreat' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"Which radio station ...?"', () => {
  it('is answered by a name the kind\'s modifier opens ("Radio Monte Carlo"), though the sentence never says "station"', () => {
    const engine = madeEngine('claim', 'A bombing', {
      a: 'An official in Tarno confirmed that the group\'s leader Jan Brandt claimed responsibility for the bombing in an interview with the Paris-based Radio Monte Carlo.\n',
      b: 'Brandt\'s claim of responsibility from abroad contrasted with the muted response of the group\'s leadership in Tarno.\n',
      c: 'The bombing killed two people.\n',
    });
    const a = engine.ask('On which radio station did Brandt claim responsibility for the bombing?', { topic: 'claim' });
    assert.match(a.citations[0]?.quote ?? '', /Radio Monte Carlo/, `${a.confidence}: ${a.answer}`);
  });
});

describe('"Which party does X lead?"', () => {
  const engine = madeEngine('govt', 'A government', {
    a: 'Ivo Marek, a top aide to Prime Minister Lars Holm, said Sunday that the government expects rebel leader Jan Brandt to outlaw the armed wings of Red Dawn and the larger militant group Storm Front.\n',
    b: 'The cabinet meets on Tuesday.\n',
    c: 'Holm spoke in Tarno.\n',
  });

  it('is not answered by a sentence that names bodies but never says "party"', () => {
    assert.equal(engine.ask('Which party does Lars Holm lead?', { topic: 'govt' }).abstained, true);
  });

  it('is answered by one that says which party', () => {
    const named = madeEngine('govt2', 'A government', {
      a: 'Prime Minister Lars Holm, who leads the Harbour Party, said Sunday that the government expects rebel leader Jan Brandt to disarm.\n',
      b: 'The cabinet meets on Tuesday.\n',
    });
    const a = named.ask('Which party does Lars Holm lead?', { topic: 'govt2' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Harbour Party/);
  });
});

describe("a people's word the gazetteer does not list", () => {
  it('is no name of the thing a which-question asks for ("Timorese rebel leader" for which prison)', () => {
    const engine = madeEngine('jail', 'A jailed leader', {
      a: 'The leaders repeated a demand that Indonesia release jailed Timorese rebel leader Ivo Marek, and all political prisoners.\n',
      b: 'The talks resume in New York next month.\n',
      c: 'Protesters marched in Dili.\n',
    });
    assert.equal(engine.ask('Which prison holds Ivo Marek?', { topic: 'jail' }).abstained, true);
  });

  it('does not take someone the sentence gives as another\'s relative for one of the asked kind of person', () => {
    const told = 'Lena Varga, the wife of jailed politician Ivo Marek, told reporters that the lawyers had filed a habeas corpus appeal that says he is being unjustly held.';
    assert.equal(namedAsRelative('lena varga', told), true);
    assert.equal(namedAsRelative('Ivo Marek', told), false);
    assert.equal(namedAsRelative('Lena Varga', "Marek's wife, Lena Varga, said he was beaten."), true);
    assert.equal(namedAsRelative('Lena Varga', 'Lena Varga, the head of the court, said the appeal would be heard.'), false);
    const engine = madeEngine('appeal', 'The appeal', {
      a: `${told}\n`,
      b: 'The lawyers asked the High Court for an early hearing on the request for his release.\n',
      c: 'A judge banned all comment on the case, and said he would hear the charges in November.\n',
      d: 'Varga said her husband had been beaten in custody, and Lena Varga asked for a doctor to see him.\n',
    });
    assert.equal(engine.ask("Which judge will hear Marek's habeas corpus appeal?", { topic: 'appeal' }).abstained, true);
    const named = madeEngine('appeal2', 'The appeal', {
      a: `${told}\n`,
      b: "Judge Anna Kolar will hear Marek's habeas corpus appeal on Monday, the court said.\n",
    });
    assert.match(named.ask("Which judge will hear Marek's habeas corpus appeal?", { topic: 'appeal2' }).citations[0]?.quote ?? '', /Anna Kolar/);
  });

  it('takes "the owner of a factory" with no name beside it as leaving the asked doer unnamed ("Who owns the factory?")', () => {
    const q = analyzeQuestion('Who owns the Ostrian factory destroyed in the missile strike?');
    assert.equal(leavesDoerUnnamed(q, 'Officials link the owner of an Ostrian factory destroyed in a missile strike last month to a group backed by Ivo Marek.'), true);
    assert.equal(leavesDoerUnnamed(q, 'Lena Varga, the owner of the Tarno plant, has had dealings with the group.'), false);
    assert.equal(leavesDoerUnnamed(analyzeQuestion("Who commands Ostria's land forces?"), 'We will act, the commander of Ostrian land forces, Gen. Ivo Marek, said.'), false);
    const engine = madeEngine('factory', 'The factory', {
      a: 'Officials have new evidence to link the owner of an Ostrian factory destroyed in a missile strike last month to a group backed by Ivo Marek, the suspected mastermind of the bombings.\n',
      b: 'Varga said on Monday that she had never met Marek.\n',
    });
    const a = engine.ask('Who owns the Ostrian factory destroyed in the missile strike?', { topic: 'factory' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const named = madeEngine('factory2', 'The factory', {
      a: 'Officials have new evidence to link the owner of an Ostrian factory destroyed in a missile strike last month to a group backed by Ivo Marek.\n',
      b: 'The evidence shows that Lena Varga, the owner of the Ostrian factory destroyed in the strike, has had dealings with the group.\n',
    });
    assert.match(named.ask('Who owns the Ostrian factory destroyed in the missile strike?', { topic: 'factory2' }).citations[0]?.quote ?? '', /Lena Varga/);
  });

  it('takes the asked verb in the passive with no "by" as leaving its doer unnamed ("Who designed the airport?")', () => {
    const q = analyzeQuestion('Who designed the Tarno airport?');
    assert.equal(passiveLeavesDoerUnnamed(q, 'Tarno International, with the call letters TVRN, was designed in an Ostrian style with graceful arches.'), true);
    assert.equal(passiveLeavesDoerUnnamed(q, 'Tarno International was designed by Lena Varga in an Ostrian style.'), false);
    assert.equal(passiveLeavesDoerUnnamed(q, 'Lena Varga, who designed the terminal, said it was designed to last.'), false, 'the verb is also used of its doer');
    assert.equal(passiveLeavesDoerUnnamed(q, 'Lena Varga designed Tarno International.'), false);
    const engine = madeEngine('airport', 'The airport', {
      a: 'Tarno International, with the call letters TVRN, was designed in an Ostrian style with graceful arches and tiles imported from Lindia.\n',
      b: 'The airport opened on Tuesday with a flight from Osk.\n',
    });
    const a = engine.ask('Who designed the Tarno airport?', { topic: 'airport' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('takes a sentence that names only its trailing source, and not the asked act, as leaving the doer unnamed ("Who organized the letter?")', () => {
    const q = analyzeQuestion('Who organized the letter protesting the detentions?');
    const told = 'Almost 200 dissidents signed a letter to the government protesting the detentions, said the Rights Center for Democracy in Tarno.';
    assert.equal(namesOnlySource(q, told, new Set(['letter', 'protesting', 'detentions'])), true);
    assert.equal(namesOnlySource(q, 'Lena Varga and almost 200 dissidents signed a letter protesting the detentions, said the Rights Center.', new Set()), false, 'another name may be the doer');
    assert.equal(namesOnlySource(q, 'The letter protesting the detentions was organized by students, said the Rights Center.', new Set()), false, 'the asked act is told of');
    assert.equal(namesOnlySource(analyzeQuestion('Who reported the letter?'), told, new Set()), false, 'a source is who reports');
    const engine = madeEngine('letter', 'Detentions', {
      a: 'Almost 200 dissidents signed a letter to the government protesting the detentions, said the Rights Center for Democracy in Tarno.\n',
      b: 'The Rights Center said police had detained ten dissidents.\n',
      c: 'Marek is to go on trial on Thursday.\n',
    });
    const a = engine.ask('Who organized the letter protesting the detentions?', { topic: 'letter' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('takes a leading source the same way ("Zaremba said ... a single truck that delivered feed")', () => {
    const q = analyzeQuestion('Who drove the feed truck?');
    const words = new Set(['who', 'drove', 'the', 'feed', 'truck']);
    assert.equal(namesOnlySource(q, 'Zaremba said the outbreaks had been traced to a single truck that delivered feed to all three farms.', words), true);
    assert.equal(namesOnlySource(q, 'Zaremba said Piotr Nowak had delivered feed to all three farms in his truck.', words), false, 'another name may be the doer');
    assert.equal(namesOnlySource(analyzeQuestion('Who leads the farmers union?'), 'Union president Ola Strand said the union would ask the court to block the deal.', new Set(['who', 'leads', 'the', 'farmers', 'union'])), false, 'a source with a title may hold the office asked about');
  });

  it('does not take a body the documents have speak ("The Rights Center said") for the person whose name is asked', () => {
    const docs = {
      a: "The Rights Center said one lawyer who initially agreed to represent Marek on Monday went missing for four hours and then called Marek's family to withdraw.\n",
      b: 'The Rights Center said police had detained ten dissidents.\n',
      c: 'Marek is to go on trial on Thursday.\n',
    };
    const engine = madeEngine('trial', 'The trial', docs);
    const a = engine.ask("What was the name of the lawyer who withdrew from Marek's case?", { topic: 'trial' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const named = madeEngine('trial2', 'The trial', { ...docs, d: "Lena Varga, the lawyer who withdrew from Marek's case, said she had been threatened.\n" });
    assert.match(named.ask("What was the name of the lawyer who withdrew from Marek's case?", { topic: 'trial2' }).citations[0]?.quote ?? '', /Lena Varga/);
  });
});

describe('a kind of place named after "of"', () => {
  it('reads "the districts of Horn-Lehe, ..." as naming districts, but not "the president of Varnia" as naming a president', () => {
    assert.deepEqual(namesOfTheKind(analyzeQuestion('Which districts were searched?'), 'Officers were searching the districts of Horn-Lehe, Oberneuland and Borgfeld, police said.'), ['Horn-Lehe']);
    assert.deepEqual(namesOfTheKind(analyzeQuestion('Which president spoke?'), 'A spokesman for the president of Varnia spoke.'), []);
  });

  it('reads a name after "known as", "called" or "named" as one of the kind', () => {
    assert.deepEqual(namesOfTheKind(analyzeQuestion('Which strain of norovirus was found?'), 'Tests had confirmed a strain of norovirus known as GII.4.'), ['GII']);
    assert.deepEqual(namesOfTheKind(analyzeQuestion('Which judge heard the case?'), 'The case was heard by a judge named Ruiz.'), ['Ruiz']);
  });

  it('answers "Which districts were searched?" with the sentence naming them', () => {
    const engine = madeEngine('zoo', 'A tiger escapes', {
      a: '"We searched the whole grounds first," the zoo director told reporters.\n\nMore than 200 police officers were searching the districts of Horn-Lehe, Oberneuland and Borgfeld, a police spokesman said.\n',
    });
    assert.match(engine.ask('Which districts were searched?', { topic: 'zoo' }).citations[0]?.quote ?? '', /Horn-Lehe/);
  });
});
