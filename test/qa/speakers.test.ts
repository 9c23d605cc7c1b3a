/**
 * Speaker questions ("what did X say ..." needs X speaking, or an abstention), where-questions
 * (a venue beats a sentence without a place), dates read from the sentence's context (the
 * month the story had reached) and forward-looking questions.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { speakerPhraseOf } from '../../src/qa/question-analysis.ts';
import { resolvedPeople, speakerMatch } from '../../src/qa/speakers.ts';
import { speakerQuery } from '../../src/qa/speaker-questions.ts';
import { assertAnswers, FIXED_NOW, madeEngine, makeBrief, realCatalog, scoredSentence, speakerScoreOf, TOPIC } from './qa-helpers.ts';

const PORT = makeBrief('port-strike', 'The Rotterdam port strike', {
  a: [
    'Union leader Maria Lopez said the strike would continue until wages rise.',
    'Dutch officials have said that the cranes were shut down for safety checks.',
    'Port director Hans Berg spoke to reporters on Monday.',
    '“We will reopen the terminals within a week,” he said.',
    'The mayor of Rotterdam visited the docks and shook hands with striking workers.',
  ].join(' '),
  b: [
    'On June 3, Lopez met Berg on the sidelines of the Harbour Summit in Rotterdam.',
    'The talks lasted two hours.',
    'What worries the union most is the automation of the container cranes, Lopez told reporters.',
  ].join(' '),
  c: [
    'In March, Lopez met Berg at a café to discuss pay.',
    'What worried the union back then was the cost of housing, a spokesman said.',
  ].join(' '),
});

let real: QaEngine;
let port: QaEngine;
before(async () => {
  real = new QaEngine(await realCatalog(), { now: () => FIXED_NOW });
  port = new QaEngine(new MutableBriefCatalog([PORT]), { now: () => FIXED_NOW });
});

function quote(engine: QaEngine, question: string, topic: string): string {
  const a = engine.ask(question, { topic });
  assert.equal(a.abstained, false, `${question} should be answered`);
  return a.citations.map((c) => c.quote).join(' ');
}

describe('speaker questions', () => {
  it('reads the speaker phrase of many question shapes', () => {
    assert.equal(speakerPhraseOf('What did China say about the balloon?'), 'China');
    assert.equal(speakerPhraseOf('how did beijing react to the US warnings?'), 'beijing');
    assert.equal(speakerPhraseOf("what's xi expected to say in the peace speech?"), 'xi');
    assert.equal(speakerPhraseOf("what's iran's stance?"), 'iran');
    assert.equal(speakerPhraseOf('Did Blinken say China sent weapons?'), 'Blinken');
    assert.equal(speakerPhraseOf('Why did Blinken call off his trip?'), null);
    assert.equal(speakerPhraseOf('When did Blinken meet Xi?'), null);
    // A noun spelt as a speech verb after a determiner is no speech verb: "assess the state of".
    assert.equal(speakerPhraseOf('How did the NATO officer assess the state of the rebels?'), null);
    assert.equal(speakerPhraseOf('What did the officer state about the rebels?'), 'the officer');
    // An adverb of time after the speaker is not part of who speaks.
    assert.equal(speakerPhraseOf('What had the Varnian leadership earlier called the appointment?'), 'the Varnian leadership');
    assert.equal(speakerPhraseOf('What did the union first say about the offer?'), 'the union');
    // Passive: who is called or told something is not speaking.
    assert.equal(speakerPhraseOf('What was the country called before Varga changed its name?'), null);
    assert.equal(speakerPhraseOf('What were the strikers told on Monday?'), null);
    assert.equal(speakerPhraseOf('What is Xi expected to say?'), 'Xi');
    // "call for", "ask for": a demand, which a charter or a law makes too, not words spoken.
    assert.equal(speakerPhraseOf('What does the National Charter call for?'), null);
    assert.equal(speakerPhraseOf('What did the union ask for?'), null);
    // "according to" a person, a group or a name speaks; a figure does not.
    assert.equal(speakerPhraseOf('How many died, according to police?'), 'police');
    assert.equal(speakerPhraseOf('How much did the cell have, according to its author?'), 'its author');
    assert.equal(speakerPhraseOf('How many were identified, according to Bishop Belo?'), 'Bishop Belo');
    assert.equal(speakerPhraseOf('How many people have died according to the latest count?'), null);
    assert.equal(speakerPhraseOf('What is the toll according to official estimates?'), null);
    // A speech verb in a clause of its own belongs to another subject.
    assert.equal(speakerPhraseOf('What do the traders want so that investors are better warned?'), null);
    assert.equal(speakerPhraseOf('What will Varnia do if Ostria is warned?'), null);
    assert.equal(speakerPhraseOf('What did the minister who resigned say?'), 'the minister who resigned');
  });

  it('does not take a thing that reacts for a speaker ("How did the currency react?"), only who could speak', () => {
    assert.equal(speakerPhraseOf('How did the currency react to the vote?'), null);
    assert.equal(speakerPhraseOf('How did oil prices respond to the cut?'), null);
    assert.equal(speakerPhraseOf('How did the ministry react to the vote?'), 'the ministry');
    assert.equal(speakerPhraseOf('How did the opposition respond?'), 'the opposition');
    assert.equal(speakerPhraseOf('how did ankara react to the vote?'), 'ankara');
    assert.equal(speakerPhraseOf('How did he react?'), 'he');
    assert.equal(speakerPhraseOf('What did the report say about the currency?'), 'the report', 'a document says things');
  });

  it('does not take a figure for a speaker ("according to the latest count")', () => {
    const engine = new QaEngine(new MutableBriefCatalog([makeBrief('flood', 'Floods', {
      a: 'At least 231 people have died in Varnia in the floods, the latest count showed on Saturday. Rescue teams reached the northern valleys.',
    })]), { now: () => FIXED_NOW });
    const a = engine.ask('How many people have died in Varnia according to the latest count?', { topic: 'flood' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /231 people/);
  });

  it('answers "what did China say" with China (its officials, its diplomat) speaking', () => {
    const q = quote(real, 'What did China say about the balloon?', TOPIC);
    assert.match(q, /Chinese officials have said|political farce|hysterical|Beijing issued/);
    assert.doesNotMatch(q, /^Per Daily Mail, Blinken stated/);
  });

  it('abstains when the asked-about speaker never speaks on the subject', () => {
    for (const question of ['What did Biden say about the balloon?', "What did Xi say about Blinken's warning?", 'what did ned price say about the balloon?']) {
      assert.equal(real.ask(question, { topic: TOPIC }).abstained, true, question);
    }
  });

  it('a country is matched by its officials; an organisation named after a person is not that person', () => {
    const index = real.indexFor((real as unknown as { catalog: MutableBriefCatalog }).catalog.get(TOPIC) as never);
    const china = speakerQuery('China', index.persons.tokens);
    const biden = speakerQuery('Biden', index.persons.tokens);
    let chinaHits = 0;
    let bidenAdministration = 0;
    for (let u = 0; u < index.size; u++) {
      if (speakerMatch(index, u, china) > 0) chinaHits++;
      const text = index.brief.sources[index.unit(u).doc ?? 0]?.sentences[index.unit(u).sentence ?? 0]?.text ?? '';
      if (/^The Biden administration has condemned/.test(text)) bidenAdministration = speakerMatch(index, u, biden);
    }
    assert.ok(chinaHits >= 5, `China speaks in ${chinaHits} sentences`);
    assert.equal(bidenAdministration, 0);
  });

  it('resolves "he said" to the person last named as speaker', () => {
    const index = port.indexFor(PORT);
    const at = [...Array(index.size).keys()].find((u) => /he said/.test(PORT.sources[0]?.sentences[index.unit(u).sentence ?? 0]?.text ?? '') && index.unit(u).doc === 0);
    assert.ok(at !== undefined);
    assert.ok(resolvedPeople(index, at).has('berg'));
    assert.equal(speakerMatch(index, at, speakerQuery('the port director', index.persons.tokens)), 1);
    const q = quote(port, 'What did Berg say about reopening the terminals?', 'port-strike');
    assert.match(q, /reopen the terminals/);
  });

  it('resolves a description of a person ("The 56-year-old history professor ... said") to the person last named, not to a name inside a quotation', () => {
    const rebels = makeBrief('rebels', 'The rebels', {
      a: "Rebels in the east have taken their campaign to the Internet. ``We have to explain who we are,'' rebel leader Ana Lind said on Friday. ``Besides, the (Varga) government has been using the Internet.'' The 56-year-old history professor at the University of Tarno said supporters had set up a web site.\n",
      b: 'The ministry said the web site was illegal. Rain fell on Monday.\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([rebels]), { now: () => FIXED_NOW });
    const index = engine.indexFor(rebels);
    const at = [...Array(index.size).keys()].find((u) => index.unit(u).doc === 0 && /56-year-old/.test(rebels.sources[0]?.sentences[index.unit(u).sentence ?? 0]?.text ?? ''));
    assert.ok(at !== undefined);
    assert.ok(resolvedPeople(index, at).has('lind') && !resolvedPeople(index, at).has('varga'), [...resolvedPeople(index, at)].join(' '));
    assert.match(quote(engine, 'How old is Lind?', 'rebels'), /56-year-old/);
    assert.equal(engine.ask('How old is Varga?', { topic: 'rebels' }).abstained, true, 'Varga is only named inside the quotation');
    // "The ministry said": an institution, not a person.
    const ministry = [...Array(index.size).keys()].find((u) => index.unit(u).doc === 1 && /ministry/.test(rebels.sources[1]?.sentences[index.unit(u).sentence ?? 0]?.text ?? ''));
    assert.deepEqual([...resolvedPeople(index, ministry as number)], []);
  });

  it('matches a group speaker ("Dutch officials") and abstains for a speaker who is not there', () => {
    assert.match(quote(port, 'What did Dutch officials say about the cranes?', 'port-strike'), /safety checks/);
    assert.equal(port.ask('What did the mayor say about the strike?', { topic: 'port-strike' }).abstained, true);
  });

  it('finds the speaker of "X was quoted as saying"', () => {
    const engine = madeEngine('threats', 'Threats', {
      a: "``The Varnian threats are the first outcome of the Varnian-Ostrian alliance,'' Marek was quoted as saying.\n",
      b: 'Varnian President Lena Kolar warned Tarno on Sunday that her country would not allow the rebels to stay.\n',
      c: 'Marek met the envoy in Tarno.\n',
    });
    const a = engine.ask('What did Marek say about the Varnian threats?', { topic: 'threats' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /first outcome/);
  });
});

describe('a speaker named after a description', () => {
  it('takes "The head of Varnia\'s other republic, Ostria, urged" as Ostria speaking', () => {
    const brief = makeBrief('republic', 'The republic', {
      a: "The head of Varnia's other republic, Ostria, on Monday urged Marek to accept all international demands and avert an attack.\n",
      b: 'Marek met the envoy in Tarno on Sunday.\n',
      c: 'Troops left Lindia on Friday.\n',
    });
    assert.equal(scoredSentence(brief, "What did Ostria's leader urge Marek to do?", /accept all/)?.factors?.speaker, 1);
  });
});

describe('a speaker in a clause of time', () => {
  it('takes "X is believed to have set up ... after telling the government that ..." as X speaking', () => {
    const brief = makeBrief('network', 'The network', {
      a: 'Ivo Marek is believed to have set up a Varnian operation in 1994 after telling the government that he was head of a charity, the newspaper reported.\n',
      b: 'Ivo Marek said on Monday that the charity had done nothing wrong.\n',
      c: 'Troops left Lindia on Friday.\n',
    });
    assert.equal(scoredSentence(brief, 'What did Marek tell the Varnian government he headed?', /after telling/)?.factors?.speaker, 1);
  });
});

describe('a body that orders', () => {
  it('takes "the Ministry of Harbour Affairs ordered Lindco to ..." as the ministry speaking', () => {
    const brief = makeBrief('ministry', 'The ministry', {
      a: "Calling the claim nonsense, Varnia's Ministry of Harbour Affairs ordered Lindco to check every crane at the terminal.\n",
      b: 'The Harbour Affairs minister met Lindco executives on Sunday.\n',
      c: 'Troops left Lindia on Friday.\n',
    });
    assert.equal(scoredSentence(brief, 'What did the Harbour Affairs Ministry tell Lindco to do?', /check every crane/)?.factors?.speaker, 0.9);
    assert.equal(scoredSentence(brief, 'What did the ministry ask Lindco to do?', /check every crane/)?.factors?.speaker, 0.9);
  });
});

describe('a speaker who cites', () => {
  it('takes "Marek cited the absence of ..." as Marek speaking', () => {
    const brief = makeBrief('envoy', 'The envoy', {
      a: 'Ivo Marek cited the absence of a cease-fire and the fact that army units are still present in the hills around Tarno.\n',
      b: 'Army units left Lindia on Friday.\n',
      c: 'Troops crossed the border on Monday.\n',
    });
    assert.equal(scoredSentence(brief, 'Where are army units still present, according to Marek?', /still present/)?.factors?.speaker, 1);
  });
});

describe('a quotation that goes on', () => {
  it('is the speaker\'s when it follows a sentence quoting them, and no one\'s after one that quotes no one', () => {
    const docs = (attributed: boolean) => ({
      a: `In Tarno, the newspaper Varnia Daily reported the Ostrian incursion. \`\`The region cannot bear another conflict,''${attributed ? ' Varnia Daily said in an editorial' : ' the region said to itself'}. \`\`The Ostrian buildup does not serve anybody as much as it will harm Lindia and Osk.''\n`,
      b: 'Ostrian troops crossed the border on Monday.\n',
      c: 'Diplomats met in Lindia to calm the dispute.\n',
    });
    const ask = (attributed: boolean) => {
      return scoredSentence(makeBrief(`quote-${attributed}`, 'The buildup', docs(attributed)), 'What did Varnia Daily say about the Ostrian buildup?', /does not serve/);
    };
    assert.equal(ask(true)?.factors?.speaker, 1);
    assert.ok((ask(false)?.factors?.speaker ?? 1) < 1);
  });
});

describe('where-questions', () => {
  it('prefers the sentence with the venue', () => {
    assert.match(quote(real, 'Where did Blinken and Wang Yi meet?', TOPIC), /Munich/);
    assert.match(quote(port, 'Where did Lopez and Berg meet in June?', 'port-strike'), /Harbour Summit/);
  });
});

describe('dates from context', () => {
  it('a month in the question is satisfied by the month the story had reached', () => {
    assert.match(quote(port, 'What worried the union after the June talks?', 'port-strike'), /automation/);
    assert.match(quote(port, 'What worried the union in March?', 'port-strike'), /housing/);
  });
});

describe('forward-looking questions', () => {
  it('prefers the prediction over the announcement', () => {
    assert.match(quote(real, 'What will Xi say in his peace speech?', TOPIC), /appeal for peace/);
  });
});

describe('a speaker whose name has a lower-case particle', () => {
  it('speaks whole after an inverted "said" ("said Maria do Ceu Alves", "said Jan van der Berg")', () => {
    const engine = madeEngine('names', 'Names', {
      a: '``We were lucky,\'\' said Maria do Ceu Alves, 63, of Vale Escuro.\n\n``The dike held,\'\' said Jan van der Berg, a farmer.\n',
      b: 'Maria Lopes and Jan Smit were not at home. Ceu Alves Street was closed.\n',
    });
    assert.match(engine.ask('What did Maria do Ceu Alves say?', { topic: 'names' }).citations[0]?.quote ?? '', /lucky/);
    assert.match(engine.ask('What did Jan van der Berg say?', { topic: 'names' }).citations[0]?.quote ?? '', /dike held/);
  });
});

describe('a speaker introduced by the role they hold in a body', () => {
  it('speaks for the body: "The head of the Mineworkers Union of Zambia, Joseph Chewe, said"', () => {
    const engine = madeEngine('union', 'A union', {
      a: 'The head of the Mineworkers Union of Varnia, Joseph Chewe, said the company had ignored the warnings.\n',
      b: 'The company said it had inspected the tunnel and found it safe.\n\nThe minister said the company would be fined.\n',
      c: 'Relatives waited at the gate.\n',
    });
    const a = engine.ask('What did the union say the company ignored?', { topic: 'union' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /ignored the warnings/);
  });
});

describe('what a speaker said about the asked thing, by "it"', () => {
  it('is about the thing the sentence before named: "The Union said it undermined ..." after "... by the pardon."', () => {
    const engine = madeEngine('pardon', 'A pardon', {
      a: [
        'The Varnian ambassador said on Thursday that her government was "deeply concerned" by the pardon.',
        'The European Union said it undermined years of anti-corruption work.',
        'Three ministers have resigned in protest.',
      ].join('\n\n'),
      b: 'The pardon was signed in the morning.\n\nThe European Union sent observers to the election.\n',
    });
    assertAnswers(engine, 'pardon', 'What did the European Union say about the pardon?', /undermined years/);
  });
});

describe('a writing that argues: "X filed a lawsuit ... arguing that ..."', () => {
  it('lets the lawsuit speak', () => {
    const brief = makeBrief('suit', 'A lawsuit', { a: 'Valdis Media filed a lawsuit at the Osk Administrative Court arguing that the ministry had not followed the procedure.\n\nThe ministry said it would fight the case.\n' });
    assert.equal(speakerScoreOf(brief, /arguing that/, 'the lawsuit'), 0.9);
    assert.equal(speakerScoreOf(brief, /fight the case/, 'the lawsuit'), 0, 'the ministry speaks there');
  });
});
