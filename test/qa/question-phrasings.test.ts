/**
 * Ways of asking that say what kind of answer is wanted without the usual words: "how much
 * time" is a duration, "what does X do for a living" asks who X is by trade, a hedge
 * ("allegedly") is no part of the event, and a speaker named with a clause ("the statement
 * released in Tarno") is that speaker wherever the sentence leaves the clause out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion, detectType } from '../../src/qa/question-analysis.ts';
import { speakerQuery } from '../../src/qa/speaker-questions.ts';
import { askedOffice, officeMatch } from '../../src/qa/office-holders.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('question phrasings', () => {
  it('takes "how much (extra) time" for a duration, "time" not being asked to match', () => {
    assert.equal(detectType('How much extra time did the lawyers ask for?'), 'duration');
    assert.equal(detectType('How much time is left?'), 'duration');
    assert.equal(detectType("What was Lind's winning time?"), 'duration', 'a race result is a span of time');
    assert.equal(detectType('What is the record time for the crossing?'), 'duration');
    assert.equal(detectType('What time did the race start?'), 'date', 'a clock time is not');
    assert.equal(detectType('How much money is left?'), 'quantity');
    assert.ok(!analyzeQuestion('How much time did the lawyers ask for?').terms.includes('time'));
    const engine = madeEngine('extradition', 'The extradition', {
      a: 'A ministry spokesman, Gerd Lanz, said the prosecutors a few days ago asked the court hearing the case for an extra 20 days to provide the necessary papers.\n',
      b: 'Under the law, prosecutors have 40 days after the arrest to turn over evidence.\n',
      c: 'The suspect was arrested in Tarno in September.\n',
    });
    assertAnswers(engine, 'extradition', 'How much extra time did the prosecutors request from the court hearing the case?', /extra 20 days/);
  });

  it('takes "what does X do for a living" for who X is', () => {
    assert.equal(detectType('What does Mara Lind do for a living?'), 'definition');
    assert.equal(analyzeQuestion('What does Mara Lind do for a living?').subject, 'Mara Lind');
    assert.notEqual(detectType('What did Mara Lind do after the vote?'), 'definition');
  });

  it('takes "What is X\'s job / occupation?" for who X is, by trade', () => {
    const q = analyzeQuestion("What is Mara Lind's job?");
    assert.equal(q.type, 'definition');
    assert.equal(q.subject, 'Mara Lind');
    assert.ok(!analyzeQuestion("What was Mara Lind's occupation?").terms.includes(termOf('occupation') as string));
  });

  it('counts what comes before the verb: "How many people got scholarships ...?" counts people', () => {
    assert.deepEqual(analyzeQuestion('How many people got scholarships from the committee?').counted, [termOf('people')]);
    assert.deepEqual(analyzeQuestion('How many regular-season games were lost?').counted, [termOf('games')]);
  });

    it('drops a hedge ("allegedly", "reportedly") from what the sentence must say', () => {
    const terms = analyzeQuestion('When did the firm allegedly offer to split the market?').terms;
    assert.ok(!terms.includes(termOf('allegedly') as string), terms.join(' '));
    assert.ok(terms.includes(termOf('offer') as string));
    // ... and its adjective after a determiner ("the alleged assault"), but not the verb ("Who alleged fraud?").
    assert.deepEqual(analyzeQuestion('Where did the alleged assault happen?').terms.filter((t) => t === termOf('alleged')), []);
    assert.ok(analyzeQuestion('Who alleged fraud at the bank?').terms.includes(termOf('alleged') as string));
  });

  it('reads "the statement released in Tarno" as the statement, as the sentence names it', () => {
    assert.deepEqual(speakerQuery('the statement released in Tarno', new Set()).groups, [[termOf('statement')]]);
    assert.deepEqual(speakerQuery('the armed forces', new Set()).groups.length, 2);
    const engine = madeEngine('clashes', 'The clashes', {
      a: 'The statement, released in the capital Tarno, also said 19 men were wounded, eight seriously, and 26 others were missing.\n',
      b: 'Troops said that 22 people were injured and 26 were missing.\n',
      c: 'The army said it would hold an inquiry.\n',
    });
    assertAnswers(engine, 'clashes', 'How many men were wounded, according to the statement released in Tarno?', /19 men/);
  });
});

describe('counts, changes and workplaces said in other words', () => {
  it('answers "How many nominees ...?" with a count of candidates (a WordNet synonym of the noun)', () => {
    const engine = madeEngine('prize', 'The prize', {
      a: 'He is also among the 139 candidates for the prize being announced in Tarno on Friday.\n',
      b: 'The committee meets in Tarno on Thursday, the secretary said.\n',
      c: 'The winner receives a gold medal.\n',
    });
    assertAnswers(engine, 'prize', 'How many nominees were there for the prize being announced in Tarno?', /139 candidates/);
  });

  it('answers "How far did the index fall?" with a change in percent', () => {
    const engine = madeEngine('markets', 'The markets', {
      a: 'Blue chips in Tarno sank 3.1 percent, while the key index in Valmora closed down 5.5 percent.\n',
      b: 'Traders in Valmora said they feared more losses.\n',
      c: 'The central bank did not comment.\n',
    });
    assertAnswers(engine, 'markets', 'How far did the Valmora index fall?', /5\.5 percent/);
  });

  it('answers "Where does X work?" with "X, equity strategist at Halden Brothers" (no article)', () => {
    const engine = madeEngine('stocks', 'Stocks', {
      a: '``I never thought the bull market was over,\'\' said Ivo Marek, equity strategist at Halden Brothers.\n',
      b: 'Ivo Marek said stocks were 10 percent overvalued.\n',
      c: 'Shares rose on Monday.\n',
    });
    assertAnswers(engine, 'stocks', 'Where does Ivo Marek work?', /Halden Brothers/);
  });
});

describe('events, offices and places said in other words (batch 28)', () => {
  it('reads a verb with its particle as a verb of its own: "set up" is done by "established"', () => {
    const engine = madeEngine('network', 'The network', {
      a: 'Halden is believed to have established an operation in Valmora in 1994 after telling the government he ran a charity.\n',
      b: 'Halden set out for Tarno in 1996, officials said.\n',
      c: 'The police in Valmora said they had found the network in May.\n',
    });
    assertAnswers(engine, 'network', 'When did Halden set up his operation in Valmora?', /1994/);
  });

  it('takes the subject of "X has been acting foreign minister" for the holder of the office', () => {
    assert.equal(officeMatch(askedOffice('Who has been acting foreign minister since January?') as NonNullable<ReturnType<typeof askedOffice>>, 'Ivo Marek himself has been acting foreign minister since the post was vacated in January.', new Map()), 'confirmed');
  });

  it('does not take "in Tarno\'s successful bid" for a venue', () => {
    const engine = madeEngine('games', 'The games', {
      a: "Ivo Marek said he didn't know of any misconduct in Tarno's successful bid for the 2004 games.\n",
      b: 'The committee met in Lausanne on Monday.\n',
      c: 'The vote was held in 1997.\n',
    });
    assert.equal(engine.ask('Which cities bid against Tarno for the 2004 games?', { topic: 'games' }).abstained, true);
  });
});

describe('objects and conditions (batch 29)', () => {
  it('answers "Whom did X blame?" with people of a kind right after the verb ("blamed House conservatives")', () => {
    const engine = madeEngine('vote', 'The vote', {
      a: 'In his second call, according to several people who listened, Ivo Marek blamed House conservatives for his downfall.\n',
      b: 'Many members blamed Ivo Marek for the losses on Tuesday.\n',
      c: 'The party meets on Nov. 18.\n',
    });
    assertAnswers(engine, 'vote', 'Whom did Ivo Marek blame for his downfall?', /House conservatives/);
  });

  it('answers "On what condition ...?" with a sentence that states one ("as long as")', () => {
    const engine = madeEngine('aid', 'The aid', {
      a: 'Valdoria said Friday it will accept Tarnia\'s offer to send doctors as long as Tarnia flies them in on its own helicopters.\n',
      b: 'Valdoria had refused Tarnia\'s offer of medical help before.\n',
      c: 'The storm killed 200 people.\n',
    });
    assertAnswers(engine, 'aid', "On what condition will Valdoria accept Tarnia's doctors?", /as long as/);
  });
});

describe('agreements and adjectives (batch 30)', () => {
  it('keeps "agree" in "What did X and Y agree on?": only a question about accounts compares them', () => {
    assert.ok(analyzeQuestion('What did Marek and Berg agree on at their summit?').terms.includes(termOf('agree') as string));
    assert.equal(analyzeQuestion('What did Marek and Berg agree on at their summit?').compare, false);
    assert.equal(analyzeQuestion('Do the reports agree on how many died?').compare, true);
  });

  it('does not take an adjective ("Islamic activists") for the names asked for', () => {
    const engine = madeEngine('arrests', 'The arrests', {
      a: 'At least half a dozen other Islamic activists have been rounded up since the bombing, the sources said.\n',
      b: 'Police said the bombers came from a village near Tarno.\n',
      c: 'The market reopened on Sunday.\n',
    });
    assert.equal(engine.ask('What are the names of the activists rounded up since the bombing?', { topic: 'arrests' }).abstained, true);
  });
});

describe('doers, places and numbers said plainly (batch 32)', () => {
  it('answers "Who marched ...?" with people of a kind right before the verb ("Rwandan soldiers marched")', () => {
    const engine = madeEngine('war', 'The war', {
      a: 'War-weary and exhausted, hundreds of rebel troops and Valdorian soldiers marched through dense forest to reinforce their comrades at Tarno.\n',
      b: 'After trekking through the forest, thousands of fighters gathered outside Tarno, where the army has an air base.\n',
      c: 'The capital was calm on Monday.\n',
    });
    assertAnswers(engine, 'war', 'Who marched through the forest to reinforce the fighters at Tarno?', /Valdorian soldiers marched/);
  });

  it('answers "Where ...?" with a common noun for a place or a feature of the land ("in the hills and forests")', () => {
    const engine = madeEngine('refugees', 'The refugees', {
      a: 'There is fear that violence will resume, particularly among refugees, tens of thousands of whom are living in the hills and forests without shelter.\n',
      b: 'Aid groups said food was running short.\n',
      c: 'The monitors reported sporadic shooting.\n',
    });
    assertAnswers(engine, 'refugees', 'Where are tens of thousands of refugees living?', /hills and forests/);
  });

  it('reads "tens" (of thousands) as a number, not as "tense"', () => {
    assert.notEqual(termOf('tens'), termOf('tense'));
    assert.equal(termOf('tense'), termOf('tension'));
  });
});

describe('the question\'s own person (batch 34)', () => {
  it('does not take the first name of the asked person ("Jimmy" of "Jimmy Carter") for another person', () => {
    const engine = madeEngine('prize', 'The prize', {
      a: 'Former President Jimmy Carter, a perennial also-ran, could have won the prize in 1978 had it not been for strict deadline rules for nominations.\n',
      b: 'Nominations postmarked by Feb. 1 are accepted, the secretary said.\n',
      c: 'The committee meets in Oslo.\n',
    });
    const a = engine.ask('Who nominated Carter for the prize?', { topic: 'prize' });
    // Another name of the sentence still half-counts (0.85); before, "Jimmy" made it a full answer.
    assert.ok(a.confidence < 1, `${a.confidence}: ${a.answer}`);
  });
});

describe('a newspaper that speculates (batch 35)', () => {
  it('takes "Milliyet daily speculated that ..." for what the paper says ("according to Milliyet")', () => {
    const engine = madeEngine('border', 'The border', {
      a: 'Milliyet daily speculated Sunday that Valdoria could stage pinpoint attacks in the Tarno valley, where Valdoria says the rebels have bases.\n',
      b: 'Valdoria sent 10,000 troops to the border, officials said.\n',
      c: 'The talks are to resume on Monday.\n',
    });
    assertAnswers(engine, 'border', 'Where might Valdoria stage pinpoint attacks, according to Milliyet?', /Tarno valley/);
  });
});

describe('where someone teaches (batch 36)', () => {
  it('answers "Where does X teach?" with "X, a professor at the Tarno Institute"', () => {
    const engine = madeEngine('books', 'The books', {
      a: '``They have no credibility in that market,\'\' observed Ivo A. Marek, a professor at the Tarno Institute of Technology.\n',
      b: 'Ivo Marek wrote a book on the browser war, reviewers said.\n',
      c: 'Shares rose on Monday.\n',
    });
    assertAnswers(engine, 'books', 'Where does Ivo Marek teach?', /Tarno Institute/);
  });

  it('takes a verb that reports a clause ("claim the party still held ...") as met by any attribution', () => {
    const engine = madeEngine('vote', 'The vote', {
      a: 'Putting the best face on the results, party leader Ivo Marek said in Lenfield that the Centrists still held the assembly for a third term.\n',
      b: 'The Centrists claimed victory in the assembly on Tuesday.\n',
      c: 'Marek visited Tarno last week to meet voters.\n',
    });
    assertAnswers(engine, 'vote', 'In which town did Marek claim the Centrists still held on to the assembly?', /Lenfield/);
    // "claim victory": an object, no clause; the verb itself is asked.
    assertAnswers(engine, 'vote', 'When did the Centrists claim victory?', /claimed victory/);
  });

  it('reads a month\'s short form as a month only with its full stop or a day after it ("Jun" in "An Jun" is a name)', () => {
    assert.deepEqual([...analyzeQuestion('In which city did police question An Jun?').months], []);
    assert.deepEqual([...analyzeQuestion('What did the court rule on Jun 4?').months], ['june']);
    assert.deepEqual([...analyzeQuestion('What did the court rule in June?').months], ['june']);
    const engine = madeEngine('dissent', 'Dissent', {
      a: 'Police in Lenfield took An Jun away Wednesday afternoon and held him until past midnight for questioning about the group.\n',
      b: 'The group was founded in the capital in May.\n',
    });
    assertAnswers(engine, 'dissent', 'In which city did police question An Jun?', /Lenfield/);
  });

  it('takes "What position did X hold on the committee that ...?" for the post X held, where it was held being part of it', () => {
    assert.equal(detectType('What position did Ruiz hold on the committee that invited the Games to Tarno?'), 'definition');
    assert.equal(detectType('What position did Ruiz hold?'), 'definition');
    assert.equal(detectType('What post did Ruiz hold during the contest?'), 'definition', 'a time phrase after the verb');
    assert.equal(detectType('What position did Ruiz hold before the election?'), 'definition');
    assert.equal(detectType('What rank did Ruiz hold?'), 'definition', 'a rank, as a post');
    // "Who is <verb>-ing ...?" asks who does it; "Who is <name>?" who someone is ("king" is no verb).
    assert.equal(detectType('Who is leading the inquiry into Tarno?'), 'person');
    assert.equal(detectType('who is helping Lindor'), 'person');
    assert.equal(detectType('Who is Ruiz?'), 'definition');
    assert.equal(detectType('Who is king?'), 'definition');
    const engine = madeEngine('bid', 'The bid', {
      a: 'Tarno Mayor Lena Ruiz was responding to allegations by a member of the executive board of systematic buying of the Games.\n',
      b: 'Ruiz was vice chairman of the national committee to invite the Games to Tarno.\n',
      c: 'The committee met in March.\n',
    });
    assertAnswers(engine, 'bid', 'What position did Ruiz hold on the committee that invited the Games to Tarno?', /vice chairman/);
  });

  it('reads "Which two countries ...?" as "Which countries ...?", the number not a word the answer writes', () => {
    assert.equal(detectType('Which two countries plan to open offices in each other\'s capitals?'), 'place');
    const q = analyzeQuestion('Which two countries plan to open offices in each other\'s capitals?');
    assert.ok(q.light.has('two'), [...q.light].join(' '));
    assert.ok(!analyzeQuestion('What did two ministers say about the plan?').light.has('two'));
  });
});

describe('"in order to", "so as to"', () => {
  it('are no words of what is asked: "order" is not a term of "in order to chair"', () => {
    const q = analyzeQuestion('Where was Varga expected to return in order to chair the party meeting?');
    assert.ok(!q.terms.includes(termOf('order') ?? 'order'), q.terms.join(' '));
    assert.ok(q.terms.includes(termOf('chair') ?? 'chair'));
    assert.ok(!analyzeQuestion('Why did the rebels withdraw so as not to lose the town?').terms.includes(termOf('as') ?? 'as'));
    assert.ok(analyzeQuestion('Who gave the order to fire?').terms.includes(termOf('order') ?? 'order'), 'an order that is asked about stays');
  });
});
