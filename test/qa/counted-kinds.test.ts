/**
 * "Which magazine does Lund edit?" is not answered by "editor of several Portuguese magazines":
 * the kind counted, never named. Nor is the plural of the kind a member of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsTheKindUnnamed, kindNoun, namesMemberOfKind, onlyTheKind } from '../../src/qa/answer-kind.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, makeBrief, scoredSentence, withFiller } from './qa-helpers.ts';

const filler = (docs: Record<string, string>): Record<string, string> => withFiller(docs, (i) => `Delegates met in Osterholm on day ${i + 1} to discuss the budget.`);

describe('a kind counted, never named', () => {
  const magazine = analyzeQuestion('Which magazine does Per Lund edit?');
  const executives = analyzeQuestion('Which Norvik executives offered Dahl a car?');
  const law = analyzeQuestion('Under which law were the staff arrested?');
  const record = analyzeQuestion('What record did Kari Hale set?');

  it('is told by a count before the kind with no name after it', () => {
    assert.ok(countsTheKindUnnamed(magazine, 'Per Lund, 36, editor of several Veltish magazines in Tarno, went to study abroad.'));
    assert.ok(countsTheKindUnnamed(executives, 'Dahl said he had been offered cars by two Norvik executives.'));
    assert.ok(countsTheKindUnnamed(magazine, 'Two magazines closed last year.'));
  });

  it('is told by a day, "it" or a common noun said to be one of the kind, but not by a name said to be one', () => {
    const holiday = analyzeQuestion('Which Veltish holiday fell on that Monday?');
    assert.ok(countsTheKindUnnamed(holiday, 'Monday was a Veltish holiday and there was no immediate comment.'));
    assert.ok(countsTheKindUnnamed(holiday, 'Shops were shut because it was a public holiday.'));
    assert.equal(countsTheKindUnnamed(holiday, 'Midsommar is a Veltish holiday, and shops were shut.'), false);
    assert.equal(countsTheKindUnnamed(holiday, 'Monday was a holiday, Midsommar, and shops were shut.'), false);
  });

  it('is not when a name follows, when the number is a year, or when it counts something else', () => {
    assert.equal(countsTheKindUnnamed(magazine, 'Lund edits two magazines, Fjord and Kyst, from Tarno.'), false);
    assert.equal(countsTheKindUnnamed(magazine, 'Lund edits several magazines, including Fjord.'), false);
    assert.equal(countsTheKindUnnamed(law, 'They were arrested under a 1974 law that allows police to detain anyone.'), false);
    assert.equal(countsTheKindUnnamed(record, 'Hale, 39, set a record for the longest flight by a woman.'), false);
    assert.equal(countsTheKindUnnamed(magazine, 'Lund edits Fjord, a magazine read by two million people.'), false);
  });

  it('does not take the kind in the plural for one of its kind', () => {
    const words = new Set(['which', 'magazine', 'does', 'per', 'lund', 'edit']);
    assert.equal(namesMemberOfKind(magazine, 'He was editor of several magazines.', words), false);
    assert.equal(namesMemberOfKind(analyzeQuestion('What fruit did they send?'), 'They sent piles of bananas.', new Set(['what', 'fruit', 'did', 'they', 'send'])), true);
  });

  it('declines "Which magazine ...?" from a sentence that only counts magazines, and answers from one that names it', () => {
    const counted = madeEngine('editors', 'Editors', filler({ a: 'For example, Per Lund, 36, editor of several Portuguese magazines in Lisbon, went to study in Vienna 14 years ago.\n', b: 'Lund moved back to Lisbon in the spring.\n' }));
    assert.equal(counted.ask('Which magazine does Per Lund edit?', { topic: 'editors' }).abstained, true);
    const named = madeEngine('editors', 'Editors', filler({ a: 'For example, Per Lund, 36, editor of the magazine Fjord in Lisbon, went to study in Vienna 14 years ago.\n', b: 'Lund moved back to Lisbon in the spring.\n' }));
    const a = named.ask('Which magazine does Per Lund edit?', { topic: 'editors' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /magazine Fjord/);
  });
});

describe('a group of people of the kind, unnamed', () => {
  it('reads the kind past its adjectives when a past verb follows ("Which international investors jeered ...?")', () => {
    assert.equal(kindNoun(analyzeQuestion("Which international investors jeered Varga's decision?")), 'investors');
    assert.equal(kindNoun(analyzeQuestion('Which news agency reported the returns?')), 'news', 'a compound keeps its first noun');
  });

  it('is told after a preposition for people ("jeers from international investors"), not for things ("nuclear weapons")', () => {
    const investors = analyzeQuestion("Which international investors jeered Varga's decision?");
    assert.ok(countsTheKindUnnamed(investors, "Varga's decision drew jeers from international investors and policy-makers."));
    assert.equal(countsTheKindUnnamed(investors, "Varga's decision drew jeers from investors such as Hal Brandt."), false);
    assert.equal(countsTheKindUnnamed(analyzeQuestion('Which weapons did the group try to obtain?'), 'The group tried to obtain nuclear weapons.'), false);
  });
});

describe('a kind said only as "the <kind>"', () => {
  it('declines "Which university ...?" from "he wanted to enroll in the university", and answers from one that names it', () => {
    const story = (university: string): Record<string, string> => filler({
      a: `Omar Haddad was freed seven months ago.\n\n\`\`He went to work at the bakery, he finished his classes and he wanted to enroll in ${university}.\n`,
      b: 'Omar Haddad said little to his family on Thursday.\n',
    });
    const bare = madeEngine('bomber', 'Bomber', story('the university'));
    assert.equal(bare.ask('Which university did Omar Haddad want to enroll in?', { topic: 'bomber' }).abstained, true);
    const named = madeEngine('bomber', 'Bomber', story('Tarno University'));
    const a = named.ask('Which university did Omar Haddad want to enroll in?', { topic: 'bomber' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Tarno University/);
  });

  it('declines "What militia did X command?" from "former militia commander X", and answers from one that names it', () => {
    const story = (militia: string): Record<string, string> => filler({
      a: `A tribunal on Friday sentenced ${militia} Dragan Velcic to 25 years in prison.\n`,
      b: 'Relatives of the victims wept as the sentence was read.\n',
    });
    const bare = madeEngine('verdict', 'Verdict', story('former militia commander'));
    const declined = bare.ask('What militia did Velcic command?', { topic: 'verdict' });
    assert.equal(declined.abstained, true, `${declined.confidence}`);
    const named = madeEngine('verdict', 'Verdict', story('the former commander of the Black Hawks militia,'));
    const a = named.ask('What militia did Velcic command?', { topic: 'verdict' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Black Hawks/);
    // Not for what is said, which no name gives: "What assurances ...?" is not "Which one?".
    const said = scoredSentence(makeBrief('court', 'Court', { a: 'The ministry said in March that it gave its assurances to the court.\n' }), 'What assurances has the ministry given?', /its assurances/);
    assert.ok((said?.factors?.type ?? 0) > 0.5, JSON.stringify(said?.factors));
  });

  it('reads "his doctor prescribed" and "shoppers were buying produce" as the kind unnamed, and "a gas" as maybe named', () => {
    assert.ok(onlyTheKind(analyzeQuestion('Which doctor prescribed the drug for Lund?'), 'He refused to take the drug his doctor prescribed because it caused headaches.'));
    assert.ok(onlyTheKind(analyzeQuestion('Which produce were shoppers buying?'), 'Only a block away, some stalls were still open and shoppers were buying produce.'));
    assert.equal(onlyTheKind(analyzeQuestion('Which gas did they study?'), 'They studied nitric oxide, a gas that relaxes blood vessels.'), false);
    assert.equal(onlyTheKind(analyzeQuestion('Which doctor prescribed the drug?'), 'His doctor, Ana Lind, prescribed the drug.'), false);
  });
});

describe('a person is no answer to "which <thing>"', () => {
  it('declines "Which newspaper did Omar Haddad write for?" from a sentence whose only new name is a person\'s', () => {
    const engine = madeEngine('trial', 'Trial', filler({
      a: 'Lin Bao, a friend and speech writer of Omar Haddad, pleaded guilty to the charges last month.\n',
      b: 'Lin Bao said on Tuesday that he would appeal.\n',
    }));
    assert.equal(engine.ask('Which newspaper did Omar Haddad write for?', { topic: 'trial' }).abstained, true);
  });
});


describe('a count of people given as the size of a group of people', () => {
  it('answers "How many people watched the match?" with "A crowd of 37,500 watched", not a country of 10 million', () => {
    const engine = madeEngine('final', 'Cup final', {
      a: 'Porto Azul won the cup on Sunday, beating Vilamar 3-1 in the final.\n\nA crowd of 37,500 watched the match.\n',
      b: 'Portugal, a country of 10 million people, has three big clubs.\n\nThe match was stopped for six minutes in the second half.\n',
    });
    const a = engine.ask('How many people watched the match?', { topic: 'final' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /crowd of 37,500/);
    const members = madeEngine('prize', 'Literature prize', {
      a: 'Writers said they were pleased the Danish Academy had finally honoured Portugal, a small country of 10 million people.\n',
      b: 'The prize is worth 9 million crowns.\n',
    });
    assert.equal(members.ask('How many members does the Danish Academy have?', { topic: 'prize' }).abstained, true, 'a population is no count of members');
  });
});
