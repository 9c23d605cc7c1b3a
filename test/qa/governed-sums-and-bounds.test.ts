/**
 * A sum the asked verb governs ("the strike cost the airline 40 million euros in lost
 * fares"), an event said to have waited ("did not reopen until Thursday"), and an upper
 * bound ("up to 10 years") for "maximum": general English, in made-up copy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sumsOfOthers } from '../../src/qa/sums-of-others.ts';
import { upperBoundMeets } from '../../src/qa/upper-bounds.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { assertAnswers, madeEngine, withFiller } from './qa-helpers.ts';

describe('a sum the asked verb governs', () => {
  const asks = (w: string): boolean => ['cost', 'strike'].includes(w.toLowerCase());
  it('is the asked sum, whatever it was in', () => {
    assert.equal(sumsOfOthers('Analysts said the strike cost the airline about 40 million euros in lost fares.', asks), false);
  });
  it('but a sum only said to be of another thing is not', () => {
    assert.equal(sumsOfOthers('The union paid out 2 million euros in bonuses.', asks), true);
    assert.equal(sumsOfOthers('The Strike Fund holds 2 million euros in bonds.', asks), true, 'a capitalised name before the sum governs nothing');
  });
  it('so the engine answers what the strike cost', () => {
    const engine = madeEngine('strike', 'An airline strike', withFiller({
      a: 'Pilots at Aerolinea Verde walked out on Monday.\n\nAnalysts said the strike cost the airline about 40 million euros in lost fares.\n',
      b: 'The union said talks would resume next week.\n',
    }, (i) => `Passengers at terminal ${i + 1} were rebooked.`));
    assertAnswers(engine, 'strike', 'How much did analysts say the strike cost?', /40 million euros/);
  });
});

describe('an event that waited until a time', () => {
  it('is dated by "did not reopen until"', () => {
    const engine = madeEngine('bridge', 'A bridge closure', withFiller({
      a: 'The Kestrel Bridge was closed at dawn after a barge struck a pier.\n\nEngineers inspected the pier and the bridge did not reopen until 4:20 p.m.\n',
      b: 'The barge company said its captain was unhurt.\n',
    }, (i) => `Traffic on route ${i + 2} was slow.`));
    assertAnswers(engine, 'bridge', 'What time did the bridge reopen?', /did not reopen until 4:20 p\.m\./);
  });
});

describe('an upper bound', () => {
  it('meets "maximum" by "up to", "as much as" or "no more than" before a figure', () => {
    const maximum = termOf('maximum') as string;
    assert.equal(upperBoundMeets(maximum, 'The court can fine a company up to 4 percent of its turnover.'), true);
    assert.equal(upperBoundMeets(maximum, 'He faces no more than six years in prison.'), true);
    assert.equal(upperBoundMeets(maximum, 'The fine was 4 percent of its turnover.'), false, 'a figure, no bound');
    assert.equal(upperBoundMeets(maximum, 'Prices went up to record highs.'), false, 'no figure');
    assert.equal(upperBoundMeets(termOf('fine') as string, 'can fine a company up to 4 percent'), false, 'only a word asking for the most');
  });
  it('so the engine answers what the maximum fine is', () => {
    const engine = madeEngine('fines', 'A data law', withFiller({
      a: 'Parliament passed the data protection law on Tuesday.\n\nUnder the law, the data agency can fine a company up to 4 percent of its global turnover.\n',
      b: 'The law takes effect in January.\n',
    }, (i) => `Company ${i + 1} said it was ready.`));
    assertAnswers(engine, 'fines', 'What is the maximum fine the agency can impose?', /up to 4 percent/);
  });
});

describe('a sum in any currency the gazetteer knows', () => {
  it('is an amount: "400,000 kroner per student"', async () => {
    const { givesAmount } = await import('../../src/qa/quantities.ts');
    assert.equal(givesAmount('accepted payments of up to 400,000 kroner per student'), true);
    assert.equal(givesAmount('accepted payments from 400 students'), false);
  });
});

describe('a question for a year', () => {
  it('is not answered by a sentence dated only by day', () => {
    const engine = madeEngine('fraud', 'A grant fraud', withFiller({
      a: 'The grant fraud went on undetected, police said on Monday.\n\nAuditors traced the payments to between 2016 and 2020.\n',
      b: 'The ministry said it had tightened its checks.\n',
    }, (i) => `Grant office ${i + 1} was audited.`));
    const a = engine.ask('During which years did the fraud go on?', { topic: 'fraud' });
    assert.equal(a.abstained === false && /on Monday/.test(a.citations[0]?.quote ?? ''), false, `not "on Monday" (${a.confidence})`);
    const b = engine.ask('When did the fraud go on?', { topic: 'fraud' });
    assert.match(b.citations[0]?.quote ?? '', /on Monday/, 'a plain "when" takes the day');
  });
});

describe('a supply measured by how long it lasts', () => {
  it('is an amount of it: "food for two days", "fuel and water to last a week"', async () => {
    const { measuredAmountOf } = await import('../../src/qa/quantities.ts');
    const { termOf: t } = await import('../../src/qa/text-analysis.ts');
    assert.equal(measuredAmountOf('The climbers carried food for two days.', [t('food') as string]), true);
    assert.equal(measuredAmountOf('The ship had fuel and water to last a week.', [t('water') as string]), true);
    assert.equal(measuredAmountOf('The climbers waited for two days.', [t('food') as string]), false, 'no supply named');
    assert.equal(measuredAmountOf('The climbers carried food for the team.', [t('food') as string]), false, 'no span');
  });
});

describe('a verb form that is no speech', () => {
  it('"students admitted through the scheme" after "could" asks no one to speak', async () => {
    const { speakerPhraseOf } = await import('../../src/qa/question-analysis.ts');
    assert.equal(speakerPhraseOf('What could happen to students admitted through the scheme?'), null);
    assert.equal(speakerPhraseOf('What did the students admit?'), 'the students', 'a bare verb after "did" is the question\'s own');
  });
});

describe('how long something stays closed', () => {
  it('is answered by "stay closed to visitors until ..." with words between', () => {
    const engine = madeEngine('museum', 'A museum flood', withFiller({
      a: 'A burst pipe flooded the basement of the Orlov Museum on Sunday.\n\nThe director said the museum would stay closed to visitors and to researchers until the repairs were finished.\n',
      b: 'Insurers were assessing the damage.\n',
    }, (i) => `Gallery ${i + 1} was inspected.`));
    assertAnswers(engine, 'museum', 'How long will the museum stay closed?', /until the repairs were finished/);
  });
});

describe('a rank where a role would stand', () => {
  it('"Who was the last to emerge?" asks for no office', async () => {
    const { askedOffice } = await import('../../src/qa/office-holders.ts');
    assert.equal(askedOffice('Who was the last to emerge?'), null);
    assert.equal(askedOffice('Who was the first to arrive?'), null);
    assert.equal(askedOffice('Who was the mediator in the talks?')?.title, 'mediator', 'a role still is one');
  });
  it('so the engine names who it was', () => {
    const engine = madeEngine('mine', 'A mine rescue', withFiller({
      a: 'Nine miners were brought to the surface on Thursday.\n\nThe last to emerge, shortly after noon, was Pavel Novak, the shift foreman.\n',
      b: 'The mining company said an inquiry would begin.\n',
    }, (i) => `Shaft ${i + 1} was sealed.`));
    assertAnswers(engine, 'mine', 'Who was the last to emerge?', /Pavel Novak/);
  });
});

describe('a body that says "it" will act', () => {
  it('answers "Who will pay ...?": "The city council said it would pay for the repairs"', () => {
    const engine = madeEngine('roof', 'A school roof collapse', withFiller({
      a: 'Part of the roof of the Linden Street school collapsed on Sunday night.\n\nThe city council said it would pay for the repairs, which engineers estimated at 2 million euros.\n',
      b: 'No one was in the building at the time.\n',
    }, (i) => `Classroom ${i + 1} was closed.`));
    assertAnswers(engine, 'roof', 'Who will pay for the repairs?', /The city council said it would pay/);
  });
});

describe('a distance from a capital', () => {
  it('is from the city, not from anywhere in its country', async () => {
    const { capitalPlaces } = await import('../../src/qa/capital-places.ts');
    const { analyzeQuestion } = await import('../../src/qa/question-analysis.ts');
    assert.deepEqual([...capitalPlaces(analyzeQuestion('How far is the dam from Lisbon?')).values()].map(String), ['/\\bLisbon\\b/i']);
    assert.equal(capitalPlaces(analyzeQuestion('What aid came from Lisbon?')).size, 0, 'not a distance: the government may be meant');
  });
});

describe('members of a body named for what they are', () => {
  it('counts them: "the Farmers\' Union said 40 of its members" for "How many farmers ...?"', () => {
    const engine = madeEngine('farm', 'A farm protest', withFiller({
      a: 'Tractors blocked the ring road on Monday.\n\nThe Valley Farmers\' Union said about 40 of its members would join the blockade.\n',
      b: 'Police diverted traffic.\n',
    }, (i) => `Road ${i + 1} was closed.`));
    assertAnswers(engine, 'farm', 'How many farmers will join the blockade?', /40 of its members/);
  });
  it('but not members of a body named otherwise', () => {
    const engine = madeEngine('farm2', 'A farm protest', withFiller({
      a: 'Tractors blocked the ring road on Monday.\n\nThe Valley Transport Union said about 40 of its members would join the blockade.\n',
      b: 'Police diverted traffic.\n',
    }, (i) => `Road ${i + 1} was closed.`));
    const a = engine.ask('How many farmers will join the blockade?', { topic: 'farm2' });
    assert.equal(a.abstained, true, `declined (${a.confidence}: ${a.citations[0]?.quote})`);
  });
});

describe('people of a kind before the asked verb, past a relative clause', () => {
  it('answer "Who raised the alarm?": "A member of the crew, who stayed on the quay, raised the alarm"', () => {
    const engine = madeEngine('fire', 'A warehouse fire', withFiller({
      a: 'Fire destroyed a warehouse at the port on Friday.\n\nA member of the crew, who stayed on the quay, raised the alarm shortly after midnight.\n',
      b: 'Firefighters worked until dawn.\n',
    }, (i) => `Pier ${i + 1} was closed.`));
    assertAnswers(engine, 'fire', 'Who raised the alarm?', /A member of the crew, who stayed on the quay, raised the alarm/);
  });
});

describe('"involved in"', () => {
  it('is any part in the thing, said by another verb: "Which school was involved in the scheme?"', () => {
    const engine = madeEngine('bribes', 'A bribery scheme', withFiller({
      a: 'Prosecutors charged four people on Monday with running a scheme that took bribes to admit students to the law school of Orlen University, in what they called a large fraud.\n\nThe university said it was shocked.\n',
      b: 'A court will hear the case in June.\n',
    }, (i) => `Contract ${i + 1} was reviewed.`));
    assertAnswers(engine, 'bribes', 'Which school was involved in the scheme?', /law school of Orlen University/);
  });
});
