/** The asked fact next to the event words: a date or number within a few characters of the question's focus words. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CALENDAR_BONUS, DATE_OTHER_CLAUSE, dateClauseFactor, dateInClauseOf, eventOnlyInTimes, eventWordIncidental, hasCalendarDate, SLOT_NEAR_CHARS, slotBonus, slotDistance } from '../../src/qa/answer-slot.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const focalOf = (question: string): Set<string> => new Set(analyze(question).map((t) => t.term));

describe('answer slot', () => {
  it('measures from the event words to the nearest date or number', () => {
    const q = analyzeQuestion('When was Varga arrested?');
    const focal = new Set(analyze('arrested').map((t) => t.term));
    assert.ok(slotDistance(q, 'Varga was arrested Monday night in Tolm.', focal) <= SLOT_NEAR_CHARS);
    assert.ok(slotDistance(q, 'The arrest of Varga, activists said as they began a hunger strike in support of the party founded on Monday, angered many.', focal) > SLOT_NEAR_CHARS);
    assert.equal(slotDistance(q, 'Nobody mentioned it.', focal), Infinity);
    const many = analyzeQuestion('How many cattle will he take?');
    assert.equal(slotBonus(many, 'He will take a gift of 501 cattle.', focalOf('cattle')) > 0, true);
    assert.equal(slotBonus(many, 'In 1998 the herd of cattle was sold.', focalOf('cattle')), 0, 'a year is no count');
    assert.equal(slotBonus(analyzeQuestion('Who took the cattle?'), 'He took 501 cattle.', focalOf('cattle')), 0, 'only dates, quantities and durations');
  });

  it('puts the sentence that dates the event itself first among equals', () => {
    const docs = {
      a: 'Varga and Brandt, who were arrested in police raids, were visited by their lawyers on Wednesday.\n',
      b: 'Varga and Brandt were arrested Monday night in police raids in two cities.\n',
    };
    const engine = madeEngine('raids', 'Raids', docs);
    const a = engine.ask('When were Varga and Brandt arrested?', { topic: 'raids' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]!.quote, /arrested Monday night/);
  });

  it('prefers a calendar date to a weekday among equals for a "when" question', () => {
    assert.equal(hasCalendarDate('He is to go on trial Dec. 17.'), true);
    assert.equal(hasCalendarDate('The floods began in 1995.'), true);
    assert.equal(hasCalendarDate('He is to go on trial on Thursday morning.'), false);
    assert.equal(hasCalendarDate('He was freed two years ago.'), false);
    const when = analyzeQuestion('When will Varga be tried?');
    const none = new Set<string>();
    assert.ok(CALENDAR_BONUS > 0);
    assert.equal(slotBonus(when, 'Varga is to go on trial Dec. 17.', none) - slotBonus(when, 'Varga is to go on trial on Thursday.', none), CALENDAR_BONUS);
    assert.equal(slotBonus(analyzeQuestion('How many were tried?'), 'Ten were tried on Dec. 17.', none), 0, 'only for "when" questions');
    const docs = {
      a: 'Varga, one of the party founders, is to go on trial on Thursday in Tolm.\n',
      b: 'Varga, one of the party founders, is to go on trial Dec. 17 in Tolm.\n',
    };
    const engine = madeEngine('trial', 'Trial', docs);
    assert.match(engine.ask('When will Varga be tried?', { topic: 'trial' }).citations[0]?.quote ?? '(abstained)', /Dec\. 17/);
  });
});

describe('a date in the event verb\'s clause', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return [{ start, end: start + word.length }];
  };

  it('costs a sentence more, for what is still to come, when its only date is the day something was said', () => {
    const charge = (t: string): boolean => t === 'charg';
    const wife = "Xu's wife said Wednesday night that she had still not been informed of the specific charge against her husband.";
    assert.ok(dateClauseFactor(wife, charge, true) < DATE_OTHER_CLAUSE);
    assert.equal(dateClauseFactor(wife, charge, false), DATE_OTHER_CLAUSE, 'for what happened, the usual cost');
    const trial = 'Prosecutors said Wednesday that the charge would be filed on Dec. 21, his wife said.';
    assert.equal(dateClauseFactor(trial, charge, true), 1);
    // ... or when its dates are of what happened in another clause, none ahead.
    const pay = (t: string): boolean => t === 'pai' || t === 'compens';
    const court = 'A court on Tuesday remanded four men, as the government announced it would pay compensation to the families.';
    assert.ok(dateClauseFactor(court, pay, true) < DATE_OTHER_CLAUSE);
    assert.equal(dateClauseFactor(court, pay, false), DATE_OTHER_CLAUSE);
    assert.equal(dateClauseFactor('A court remanded four men until Nov. 12, as the government announced it would pay compensation.', pay, true), DATE_OTHER_CLAUSE, 'a date that may be ahead');
  });

  it('takes no time counted from the event for its date ("the day after imposing")', () => {
    const after = 'The prime minister dismissed his deputy the day after imposing capital controls.';
    assert.equal(dateInClauseOf(after, at(after, 'imposing')), false);
    const on = 'The prime minister imposed capital controls on Sept. 1, the day after the vote.';
    assert.equal(dateInClauseOf(on, at(on, 'imposed')), true);
  });

  it('takes "a day after" with the event\'s subject and past verb for a clause of its own', () => {
    const after = 'The president declared an emergency on Thursday, a day after rebel soldiers stormed the palace.';
    assert.equal(dateInClauseOf(after, at(after, 'stormed')), false);
    assert.equal(dateInClauseOf(after, at(after, 'declared')), true);
    // No verb after it: "a day after the vote" is a time, and the clause keeps "on Thursday".
    const noun = 'The president declared an emergency on Thursday, a day after the vote in parliament.';
    assert.equal(dateInClauseOf(noun, at(noun, 'declared')), true);
  });

  it('tells a date of the event from a date in another clause', () => {
    const approved = 'The mayor wants the council to release the money of a grant that was approved in July.';
    assert.equal(dateInClauseOf(approved, at(approved, 'release')), false);
    const released = 'The council will release the money in July, the mayor said.';
    assert.equal(dateInClauseOf(released, at(released, 'release')), true);
    const when = 'Aid workers returned to the camps they had left when the fighting began on Monday.';
    assert.equal(dateInClauseOf(when, at(when, 'returned')), false);
  });

  it('dates a clause opened by "at which" or ", when" by the time right before it, and only by that', () => {
    const meeting = 'Lanz was asked about a meeting on June 21, 1995, at which, the government alleges, the firm offered to divide the market.';
    assert.equal(dateInClauseOf(meeting, at(meeting, 'offered')), true);
    const incident = 'The ministry on Thursday blamed negligence for an incident in which the envoy was left stranded at the airport.';
    assert.equal(dateInClauseOf(incident, at(incident, 'stranded')), false);
    const fell = 'Shares rose on Monday, when the bank cut its rate.';
    assert.equal(dateInClauseOf(fell, at(fell, 'cut')), true);
  });

  it('takes the day right after a verb of saying for the day of the saying, for what is to come, unless the saying is asked about', () => {
    const report = 'The dissident predicted that the premier would declare an emergency after the summit ends in Tarno, a report said Sunday.';
    assert.equal(dateInClauseOf(report, at(report, 'ends'), true), false);
    assert.equal(dateInClauseOf(report, at(report, 'said'), true), true, 'when did the report say so');
    const dated = 'The summit ends Sunday in Tarno, a report said.';
    assert.equal(dateInClauseOf(dated, at(dated, 'ends'), true), true);
    const told = 'The talks will resume in Tarno, the envoy told reporters on Monday.';
    assert.equal(dateInClauseOf(told, at(told, 'resume'), true), false);
    // For what happened, the wire dates it by the saying: "rebels took the town, a spokesman said Sunday".
    const took = 'Rebels took the town of Osk, a spokesman said Sunday.';
    assert.equal(dateInClauseOf(took, at(took, 'took')), true);
  });

  it('is less sure of a sentence whose only date dates another event', () => {
    const engine = madeEngine('grant', 'A city grant', {
      a: 'The mayor wants the council to release the money of a grant that was approved in July.\n\nThe council met.\n',
      b: 'Builders waited for the money.\n',
    }, { threshold: 0 });
    const other = engine.ask('When will the council release the money?', { topic: 'grant' });
    assert.match(other.citations[0]?.quote ?? '', /approved in July/);
    assert.ok(other.confidence <= 0.7, `confidence ${other.confidence}`);
    const dated = madeEngine('grant2', 'A city grant', {
      a: 'The council will release the money of the grant on Friday, the mayor said.\n\nThe council met on Tuesday.\n',
      b: 'Builders waited for the money.\n',
    }, { threshold: 0 });
    const own = dated.ask('When will the council release the money?', { topic: 'grant2' });
    assert.match(own.citations[0]?.quote ?? '', /on Friday/);
    assert.ok(own.confidence >= 0.9, `confidence ${own.confidence}`);
  });
  it('does not take an event word inside a time ("by the end of March") for the event', () => {
    const isEnd = (t: string): boolean => t === analyze('end')[0]?.term;
    assert.equal(eventOnlyInTimes('Berg said on Saturday that the council would present a plan by the end of March.', isEnd), true);
    assert.equal(eventOnlyInTimes('The forum ended on Saturday, by the end of March.', isEnd), false, 'the event told of as well');
    assert.equal(eventOnlyInTimes('The forum met on Saturday.', isEnd), false, 'no event word at all');
    const engine = madeEngine('forum', 'The forum', {
      a: 'Ana Berg said at the Tarno Security Forum on Saturday that the council would present a plan by the end of March.\n',
      b: 'Ivo Marek met Ana Berg on the margins of the Tarno Security Forum on Saturday.\n',
    });
    const a = engine.ask('When did the Tarno Security Forum end?', { topic: 'forum' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
  it('takes an event word used as an adjective ("a retired general") for no event, when asked when', () => {
    const retire = analyze('retire')[0]?.term as string;
    const text = 'On Sunday, Jack Keane, a retired four-star general, stated that the warning could help.';
    assert.equal(eventWordIncidental(text, retire, true), true);
    assert.equal(eventWordIncidental(text, retire, false), false, 'for "where" or "why" it still tells of the event');
    assert.equal(eventWordIncidental('Keane retired from the army in 2000.', retire, true), false);
    assert.equal(eventWordIncidental('The plan is due by the end of March.', analyze('end')[0]?.term as string, false), true, 'a word inside a time, whatever is asked');
    const engine = madeEngine('army', 'The army', {
      a: 'On Sunday, Ivo Marek, a retired four-star general in the army, stated that the warning could make the council pull back.\n',
      b: 'Ana Berg met the council in Tarno on Monday.\n',
    });
    const a = engine.ask('When did Ivo Marek retire?', { topic: 'army' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('a relative clause on the subject', () => {
  it('ends at the main verb: "Gunmen who seized the embassy released 12 hostages on Saturday" does not date the seizure', () => {
    const seize = (t: string): boolean => t === 'seiz';
    assert.equal(dateClauseFactor('LIMA, Peru (AP) - Gunmen who seized the embassy in Lima released 12 hostages on Saturday, police said.', seize), DATE_OTHER_CLAUSE);
    assert.equal(dateClauseFactor('Gunmen who seized the embassy on Thursday released 12 hostages.', seize), 1, 'the relative clause dated');
    assert.equal(dateClauseFactor('Gunmen seized the embassy in Lima on Saturday, police said.', seize), 1, 'no relative clause');
    assert.equal(dateClauseFactor('Police said gunmen who seized the embassy released 12 hostages on Saturday.', seize), 1, 'a verb before the pronoun: not the subject\'s clause read here');
  });
});

