/**
 * "When was the bridge built?" is not answered by "inspections of 200 bridges built before 1975"
 * (many of the kind, not the one named with "the"); "the largest of them" after "three fronts"
 * still answers for "the largest front". "When did the bridge collapse?" goes to "on Monday"
 * before "over last week's collapse", which still answers when nothing else does. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyManyOfAsked } from '../../src/qa/many-of-kind.ts';
import { onlyVagueTimes } from '../../src/qa/time-expressions.ts';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('bridge', 'A bridge collapse', {
  a: [
    'PORTO, Portugal (AP) _ A road bridge over the Douro river collapsed on Monday evening, sending two buses into the water and killing at least 12 people, officials said.',
    'The bridge, a steel arch, was built in 1961 and carried about 30,000 vehicles a day.',
  ].join('\n\n'),
  b: [
    'PORTO, Portugal (AP) _ Prosecutors have opened a manslaughter inquiry into last week\'s collapse of a bridge over the Douro river in Porto.',
    'The government ordered urgent checks of 200 bridges built before 1975.',
    'The minister said inspectors would report within a month.',
  ].join('\n\n'),
}, { now: () => new Date('2024-03-10T00:00:00Z') });
const ask = (question: string) => engine.ask(question, { topic: 'bridge', conversation: null });

describe('many of the kind the question names one of', () => {
  it('does not date the one asked about', () => {
    const a = ask('When was the bridge built?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /built in 1961/);
  });
  it('is told from one picked out of many, and from the one named', () => {
    assert.equal(onlyManyOfAsked('When was the bridge built?', 'checks of 200 bridges built before 1975'), true);
    assert.equal(onlyManyOfAsked('What was the vote on the law?', 'Parliament passed the law by 56 votes to 4.'), false, 'the ballots of the asked vote');
    assert.equal(onlyManyOfAsked("What was the union's share of the vote?", 'The budget was rejected by 52 votes to 45.'), true, 'a share of the vote is not a tally');
    assert.equal(onlyManyOfAsked('Which town was the largest front moving toward?', 'the fire had three active fronts, the largest of them moving toward Leiria'), false);
    assert.equal(onlyManyOfAsked('When was the city founded?', 'Three cities were founded by the river.'), true, 'a plural in -ies');
    assert.equal(onlyManyOfAsked('Which city will host the 2040 Games?', 'BRASK (AP) - Three cities made their final pitches on Monday to host the 2040 Games.'), true, 'a count of the asked kind for subject');
    assert.equal(onlyManyOfAsked('Which city will host the 2040 Games?', 'Velmar was chosen to host the 2040 Games, beating two other cities.'), false, 'the count is not the subject');
    assert.equal(onlyManyOfAsked('Which country offered to mediate?', 'Tirana has offered to mediate and will send envoys to the two countries.'), false);
    assert.equal(onlyManyOfAsked('When was the bridge built?', 'checks of 200 bridges, and of the bridge itself, built in 1961'), false);
  });
});

describe('a rough time for a "when" question', () => {
  it('goes behind the sentence that gives the day', () => {
    const a = ask('When did the bridge collapse?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /on Monday evening/);
  });
  it('is known from a day or a date', () => {
    assert.equal(onlyVagueTimes("after last week's collapse of a bridge"), true);
    assert.equal(onlyVagueTimes('guarantees made in recent weeks'), true);
    assert.equal(onlyVagueTimes('collapsed on Monday, a week after last week\'s storm'), false);
  });
});
