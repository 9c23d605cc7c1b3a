import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasTimeExpression } from '../../src/qa/time-expressions.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a time counted back from now, in large numbers', () => {
  it('reads "95 million years ago", "1.5 million years ago", "two centuries earlier" as times', () => {
    assert.equal(hasTimeExpression('It lived about 95 million years ago.'), true);
    assert.equal(hasTimeExpression('Humans left 1.5 million years ago.'), true);
    assert.equal(hasTimeExpression('The town was founded two centuries earlier.'), true);
    assert.equal(hasTimeExpression('It weighed 95 million tonnes.'), false);
  });

  it('answers "When did it live?" with the count back', () => {
    const engine = madeEngine('fossil', 'Fossil find', {
      a: 'Scientists in Chile have found the skull of a giant flightless bird, researchers said on Wednesday.\n\nThe bird, named Andalgornis magnus, lived about 12 million years ago and stood two metres tall, the team said.\n',
      b: 'The skull will go on display in Santiago in May.\n',
    });
    const a = engine.ask('When did the bird live?', { topic: 'fossil' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /12 million years ago/);
  });
});

describe('a time within the event told of', () => {
  it('reads "in the 54th minute", "on the final lap", "in stoppage time" as times, not "his 54th goal"', () => {
    assert.equal(hasTimeExpression('Ramos scored a penalty in the 54th minute.'), true);
    assert.equal(hasTimeExpression('She passed him on the final lap.'), true);
    assert.equal(hasTimeExpression('Faria added the third goal in stoppage time.'), true);
    assert.equal(hasTimeExpression('Ramos scored his 54th goal for the club.'), false);
  });

  it('answers "When did Ramos score the penalty?"', () => {
    const engine = madeEngine('final', 'Cup final', {
      a: 'Porto Azul beat Vilamar 3-1 in the cup final.\n\nStriker Tiago Ramos scored twice, including a penalty in the 54th minute.\n',
      b: 'A crowd of 37,500 watched the match.\n',
    });
    const a = engine.ask('When did Ramos score the penalty?', { topic: 'final' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /54th minute/);
  });
});

describe('a season as a time', () => {
  it('reads "in the autumn", "by early summer", "winter 2025" as times, not "the fall of the government" or a spring of water', () => {
    assert.equal(hasTimeExpression('The trial is expected to begin in the autumn.'), true);
    assert.equal(hasTimeExpression('Work should be finished by early summer.'), true);
    assert.equal(hasTimeExpression('The line opens in winter 2025.'), true);
    assert.equal(hasTimeExpression('It was built in the spring of 1999.'), true);
    assert.equal(hasTimeExpression('He wrote a book on the fall of the government.'), false);
    assert.equal(hasTimeExpression('Villagers drew water from a spring.'), false);
  });

  it('answers "When is the trial expected to begin?" with the season', () => {
    const engine = madeEngine('spy', 'Spy case', {
      a: 'A court on Thursday ordered the engineer held for two more months.\n\nThe trial is expected to begin in the autumn, prosecutor Rasmus Lepp said.\n',
      b: 'The engineer was arrested at the port on Feb. 27.\n',
    });
    const a = engine.ask('When is the trial expected to begin?', { topic: 'spy' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /in the autumn/);
  });
});

describe('a time of day, and a time counted forward', () => {
  it('reads "early in the morning", "overnight", "at dawn" and "in about six weeks" as times, not "in two days of talks"', () => {
    assert.equal(hasTimeExpression('The pod was spotted on the beach early in the morning by a diver.'), true);
    assert.equal(hasTimeExpression('Some of the whales had stranded again overnight.'), true);
    assert.equal(hasTimeExpression('Troops moved in at dawn.'), true);
    assert.equal(hasTimeExpression('The results are expected in about six weeks.'), true);
    assert.equal(hasTimeExpression('They agreed in two days of talks.'), false);
    assert.equal(hasTimeExpression('The pod was spotted on the beach by a diver.'), false);
  });

  it('answers "When were the whales spotted?" and "When are the results expected?"', () => {
    const engine = madeEngine('pod', 'Whales stranded', {
      a: 'About 230 pilot whales have become stranded on a beach near Tarno, officials said on Wednesday.\n\nThe pod was spotted on the beach early in the morning by a local diver, who alerted authorities.\n',
      b: 'Scientists took tissue samples from 20 of the dead whales.\n\nThe results are expected in about six weeks.\n',
    });
    const a = engine.ask('When were the whales spotted?', { topic: 'pod' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /early in the morning/);
    const b = engine.ask('When are the results expected?', { topic: 'pod' });
    assert.equal(b.abstained, false, b.answer);
    assert.match(b.citations[0]?.quote ?? '', /six weeks/);
  });
});
