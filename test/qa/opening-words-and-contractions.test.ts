/**
 * A question's opening function word is no name ("By how much ...", "Where's ..."), and a
 * contraction is no content word ("can't", "don't", "we're"), while a comparative or superlative
 * is one though its positive is a question word ("the longest", not "How long"): general English,
 * no topic's words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capitalisedRuns } from '../../src/qa/entities.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze, termOf } from '../../src/qa/text-analysis.ts';
import { assertAnswers, engineOver, madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('opening words and contractions', () => {
  it('does not read a function word that opens a question as a name', () => {
    assert.deepEqual(capitalisedRuns('By how much did Ola Brun win the race?'), ['Ola Brun']);
    assert.deepEqual(capitalisedRuns("Where's the mayor?"), []);
    assert.deepEqual(capitalisedRuns('In which city did Kessler speak?'), ['Kessler']);
    assert.deepEqual(analyzeQuestion('By how much did Kessler win?').names, ['Kessler']);
  });

  it('keeps an opening word that is a name though its small letters are a function word: "US"', () => {
    assert.deepEqual(capitalisedRuns('US officials met whom?'), ['US']);
  });

  it('reads no content word in a contraction', () => {
    for (const w of ["can't", 'don’t', "won't", "we're", "they've", "I'll"]) assert.equal(termOf(w.toLowerCase()), null, w);
    assert.deepEqual(analyze("Why can't residents boil the water?").map((t) => t.term), analyze('Why residents boil the water?').map((t) => t.term));
  });

  it('answers "Why can\'t ...?" from a sentence that says it in other words', () => {
    const bodies = {
      a: [
        'Ferries are unable to sail from the harbour at night because its lighthouse has failed, the port authority said.',
        'The harbour handles about 40 sailings a day in summer.',
        "Ferry operators said bookings for the weekend had fallen by a third, and passengers can't get refunds.",
      ].join('\n\n'),
    };
    assert.equal(scoredSentence(makeBrief('ferries', 'Harbour closed at night', bodies), "Why can't ferries sail at night?", /lighthouse/)?.missing.size, 0);
    assertAnswers(madeEngine('ferries', 'Harbour closed at night', bodies), 'ferries', "Why can't ferries sail at night?", /lighthouse has failed/);
  });

  it('keeps "longest" and "longer" as a content word, though "long" (of "How long") is none', () => {
    assert.equal(termOf('long'), null);
    assert.equal(termOf('longest'), termOf('longer'));
    assert.notEqual(termOf('longest'), null);
    const bodies = {
      a: [
        'The festival screened 40 films over ten days, and the jury met every evening to discuss them.',
        'The opening film ran for two hours, and the closing film, a Brazilian documentary, ran for the longest of the festival at four hours.',
        'Ticket sales for the festival rose by a fifth on last year.',
      ].join('\n\n'),
    };
    assertAnswers(madeEngine('festival', 'A film festival', bodies), 'festival', 'What was the longest film of the festival?', /four hours/);
  });

  it('reads a numeral after the noun of a numbered thing as its ordinal: "game 11" is "the 11th game", "14 games" a count', () => {
    const terms = (t: string): string[] => analyze(t).map((x) => x.term);
    assert.deepEqual(terms('game 11'), terms('11th game').reverse());
    assert.ok(terms('stage 3').includes(termOf('3rd') as string));
    assert.ok(!terms('nine of its 14 games').includes(termOf('14th') as string));
    assert.ok(!terms('in 1999').includes(termOf('1999th') as string));
    const bodies = {
      a: [
        'The final stage of the race was cancelled because of snow, and the organisers declared the overall standings final.',
        'In the 11th stage, the Danish rider Mads Kjaer crashed on a descent and broke his collarbone.',
        'The race had 21 stages and covered 3,400 kilometres.',
      ].join('\n\n'),
    };
    assertAnswers(madeEngine('race', 'A cycling race', bodies), 'race', 'What happened in stage 11?', /Mads Kjaer crashed/);
  });
});

describe('what the opening words ask', () => {
  it('reads "What is the (latest) number of X ...?" as a count of X, as "How many X" is', () => {
    for (const [q, counted] of [['What is the latest number of people sickened?', 'people'], ['What was the total number of votes cast?', 'votes']] as const) {
      const a = analyzeQuestion(q);
      assert.equal(a.type, 'quantity', q);
      assert.deepEqual(a.counted, [termOf(counted)], q);
    }
  });

  it('does not read a relative "who" inside a "what" question as asking for a person', () => {
    assert.notEqual(analyzeQuestion('What nationality was the passenger who died?').type, 'person');
    assert.notEqual(analyzeQuestion('What did the man who found it say?').type, 'person');
    assert.equal(analyzeQuestion('Do you know who won the race?').type, 'person');
  });

  it('answers the latest count from the newest report', () => {
    const brief = makeBrief('ship', 'An outbreak on a ship', {
      a: 'LISBON (AP) _ A passenger has died, officials said, as the number of people sickened on board rose to 412.\n\nThe company cut the voyage short.\n',
      b: 'LISBON (AP) _ The ship left Lisbon empty on Monday after an outbreak that sickened 431 people and killed one.\n\nIt will be out of service for three weeks.\n',
    }, 'v1', { a: '2024-01-16', b: '2024-01-20' });
    const engine = engineOver(brief);
    assertAnswers(engine, 'ship', 'What is the latest number of people sickened?', /431 people/);
  });
});
