/**
 * Of several wire updates of the same figure, a question asking for the latest gets the newest
 * report; a sentence with no month is read in the month its story had reached, which a month
 * planned ahead ("the Dec. 1 meeting" in a November report) is not. "What will X do next?" asks
 * what comes after the story so far: the newest report, not an order in a sequence.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { narrativeMonth, writtenAsOf } from '../../src/qa/recency.ts';
import { makeBrief } from './qa-helpers.ts';

function floods() {
  const brief = makeBrief('floods', 'Floods in the Varn valley', {
    'day-one': 'Heavy rain flooded towns across the Varn valley on Monday.\n\nThe death toll from the floods in the Varn valley stood at 45 on Monday night, the regional emergency office said.\n',
    'day-three': 'Rescuers reached cut-off villages in the Varn valley on Wednesday.\n\nThe death toll from the floods rose to 112, the regional emergency office said.\n',
    'day-two': 'Army helicopters dropped food to villages in the Varn valley on Tuesday.\n\nThe death toll from the floods rose to 78 on Tuesday, officials said.\n',
  });
  const dates: Record<string, string> = { 'day-one': '2024-03-04', 'day-two': '2024-03-05', 'day-three': '2024-03-06' };
  for (const s of brief.sources) s.meta.published = dates[s.meta.id] ?? null;
  return new QaEngine(new MutableBriefCatalog([brief]));
}

describe('the latest of several reports', () => {
  it('reads "latest", "so far", "now" and "current" as asking for the newest report', () => {
    for (const q of ['What is the latest death toll?', 'How many people have died so far?', 'How many are now dead?', 'What is the current toll?']) assert.ok(analyzeQuestion(q).latest, q);
    // A toll with no time of its own is the whole toll, which the newest update gives (death-tolls.test.ts).
    assert.ok(analyzeQuestion('How many people died?').latest);
    for (const q of ['What was the death toll on Monday?', 'How many people died on Monday?']) assert.ok(!analyzeQuestion(q).latest, q);
  });

  it('reads "in the end", "eventually" and "finally" as asking for the newest report, not for the words "end" or "final"', () => {
    for (const asked of ['How much did the repair cost in the end?', 'How much did the repair eventually cost?', 'When was the bridge finally reopened?']) {
      const q = analyzeQuestion(asked);
      assert.ok(q.latest, asked);
      assert.ok(!q.terms.includes('end') && !q.terms.includes('final') && !q.terms.includes('eventu'), q.terms.join(' '));
    }
    const brief = makeBrief('cable', 'A cut cable', {
      early: 'Repairs to the cable will take until the end of March and are expected to cost about 60 million euros, the grid operator said.\n',
      later: 'The repair cost 52 million euros, less than first expected, the grid operator said.\n',
    }, 'v1', { early: '2024-01-19', later: '2024-04-02' });
    const a = new QaEngine(new MutableBriefCatalog([brief])).ask('How much did the repair cost in the end?', { topic: 'cable' });
    assert.match(a.citations[0]?.quote ?? '', /52 million/);
  });

  it('reads "the final death toll" as the latest count, not as a word the sentence must have; "the final report" is not', () => {
    const q = analyzeQuestion('What was the final death toll?');
    assert.ok(q.latest);
    assert.ok(!q.terms.includes('final'), q.terms.join(' '));
    assert.ok(!analyzeQuestion('When will the final report be published?').latest);
    // ... and so are a vote's final figures: "the final turnout", "the final result", "the final score".
    for (const asked of ['What was the final turnout?', 'What was the final result?', 'What was the final score?']) {
      const fq = analyzeQuestion(asked);
      assert.ok(fq.latest && !fq.terms.includes('final'), asked);
    }
    assert.ok(!analyzeQuestion('Who won the final round?').latest);
    const a = floods().ask('What was the final death toll from the floods in the Varn valley?', { topic: 'floods' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]!.quote, /112/, `the newest report: ${a.citations[0]!.quote}`);
  });

  it('answers a question asking for the latest figure from the newest document', () => {
    const engine = floods();
    const a = engine.ask('What is the latest death toll from the floods in the Varn valley?', { topic: 'floods' });
    assert.equal(a.abstained, false);
    assert.match(a.citations[0]!.quote, /112/, `the newest report: ${a.citations[0]!.quote}`);
    // Without "latest", the report that matches the question best (it names the valley) is still first.
    const b = engine.ask('What was the death toll from the floods in the Varn valley?', { topic: 'floods' });
    assert.match(b.citations[0]!.quote, /45/, `the best match: ${b.citations[0]!.quote}`);
  });

  it('takes a newer count only when it names the country the best one does', () => {
    const brief = makeBrief('storm', 'A storm', {
      'day-one': 'The spring storm killed 231 people in Portugal, the emergency office said on Monday.\n',
      'day-two': 'Rescuers reached flooded villages in northern Portugal on Tuesday, as the rain stopped. The spring storm has killed more than 900 people across the region, aid agencies said.\n',
    });
    const dates: Record<string, string> = { 'day-one': '2024-03-04', 'day-two': '2024-03-05' };
    for (const x of brief.sources) x.meta.published = dates[x.meta.id] ?? null;
    const a = new QaEngine(new MutableBriefCatalog([brief])).ask('How many people has the spring storm killed in Portugal according to the latest count?', { topic: 'storm' });
    assert.match(a.citations[0]?.quote ?? '', /231 people in Portugal/, 'the regional toll is not Portugal\'s');
  });

  it('answers a figure asked in the present tense ("How big is the loan?") from the newest report that has all its words', () => {
    for (const q of ['How big is the loan?', 'How much is the fine?', 'How many troops are there?']) assert.ok(analyzeQuestion(q).current, q);
    for (const q of ['How big was the loan?', 'How much is the fine expected to be?', 'How high is the volcano?', 'How much is the loan in 2024?']) assert.ok(!analyzeQuestion(q).current, q);
    const brief = makeBrief('loan', 'A loan to Varnia', {
      first: 'Finance Minister Lea Gharb said she would travel to Washington to open talks with the IMF on a loan of about $3 billion.\n',
      last: 'The IMF board approved a $2.8 billion loan for Varnia on Friday, releasing an immediate payment of $470 million to the government.\n',
      other: 'The prize that the three scientists share is now worth $938,000.\n',
    });
    const dates: Record<string, string> = { first: '2024-03-04', last: '2024-03-20', other: '2024-03-25' };
    for (const x of brief.sources) x.meta.published = dates[x.meta.id] ?? null;
    const engine = new QaEngine(new MutableBriefCatalog([brief]));
    const a = engine.ask('How big is the IMF loan?', { topic: 'loan' });
    assert.match(a.citations[0]?.quote ?? '', /\$2\.8 billion/, `the loan agreed, not the one sought: ${a.citations[0]?.quote}`);
  });
});

describe('the month a story had reached', () => {
  function report() {
    const brief = makeBrief('prices', 'Prices in Varnia', {
      a: 'The bank\'s board will meet on Dec. 1 and Dec. 22 to gauge the outlook.\n\nInflation is at its lowest level in decades, just 1 percent.\n',
      b: 'Prices rose sharply in September, the statistics office said.\n\nInflation is now 3 percent.\n',
    });
    for (const s of brief.sources) s.meta.published = '1998-11-27';
    const engine = new QaEngine(new MutableBriefCatalog([brief]));
    return { engine, index: engine.indexFor(brief) };
  }

  it('reads a month just after the report\'s own as planned, not as the story\'s month', () => {
    const { index } = report();
    const unitOf = (d: number, s: number) => index.unit(index.unitOf[d]?.[s] ?? -1);
    assert.equal(narrativeMonth(index, unitOf(0, 1)!), null, 'December is ahead of a November report');
    assert.equal(narrativeMonth(index, unitOf(1, 1)!), 'september', 'a past month is the story\'s');
  });

  it('does not answer "What was the inflation rate in December?" from a November report', () => {
    const { engine } = report();
    assert.ok(engine.ask('What was the inflation rate in December?', { topic: 'prices' }).abstained);
  });
  it('places an undated report by the latest month and day it writes, in the topic\'s newest year', () => {
    assert.equal(writtenAsOf('On June 18, Marek met Berg. On Feb. 24, the ministry said no.', '2023'), '2023-06-18');
    assert.equal(writtenAsOf("Marek, the first envoy since the king's coronation in 2021, met Berg on 19th June.", '2023'), '2023-06-19', "a year it names may be another event's");
    assert.equal(writtenAsOf('Published February 19, 2023 | 06:20 AM', null), '2023-02-19', 'with no dated report, the year it writes');
    assert.equal(writtenAsOf('Marek met Berg on Saturday.', '2023'), null, 'no month with a day');
  });

  it('so "the latest" on a topic of undated scraped pages is the newest report, not the only dated one', () => {
    const brief = makeBrief('aid', 'Aid to Varnia', {
      dated: 'The council was considering sending aid to Varnia, officials said on Monday.\n',
      'undated-new': 'On March 20, the council assured its neighbours that it would not be sending aid to Varnia.\n',
      'undated-old': 'On March 1, officials said the council was considering aid to Varnia.\n',
    });
    for (const src of brief.sources) src.meta.published = src.meta.id === 'dated' ? '2024-03-04' : null;
    const a = new QaEngine(new MutableBriefCatalog([brief])).ask("What's the latest on aid to Varnia?", { topic: 'aid' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]!.quote, /March 20/, a.citations[0]!.quote);
  });
});

describe('"What will X do next?"', () => {
  it('asks for the newest report, not an order ("Whom did she see next?" still asks one)', () => {
    const q = analyzeQuestion('What will Okoro do next?');
    assert.equal(q.latest, true);
    assert.equal(q.order, false);
    assert.equal(analyzeQuestion('Whom did Okoro see next?').order, true);
  });
  it('answers from the newest report of two that both say what Okoro would do', () => {
    const brief = makeBrief('final', 'A tennis final', {
      early: 'Okoro said she would rest for two days before the final.\n',
      late: 'Okoro said she would take a long break from the tour after losing the final.\n',
    });
    const dates: Record<string, string> = { early: '2024-03-01', late: '2024-03-04' };
    for (const x of brief.sources) x.meta.published = dates[x.meta.id] ?? null;
    const a = new QaEngine(new MutableBriefCatalog([brief])).ask('What will Okoro do next?', { topic: 'final' });
    assert.match(a.citations[0]?.quote ?? '', /long break/);
  });
});
