/**
 * The quote stage (answer-quote.ts): the best sentence takes in a neighbour that holds what the
 * question asks and the sentence itself lacks. On made-up stories (no rule here knows them).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('the quote takes in a neighbour that holds the answer', () => {
  it('goes on to the next sentence when it names someone the person index never saw with a title', () => {
    // "Tomas Elkarr" comes with no title and no speech verb; a hyphenated asked name
    // ("Ruiz-Lind") is still the question's own, not a new one.
    const engine = madeEngine('summit', 'The Corvo summit', {
      a: 'Bowing to pressure, the city will send its deputy planner to represent Mayor Ana Ruiz-Lind at the summit in Corvo, officials said on Friday. Ruiz-Lind decided to send Tomas Elkarr to the summit after long thought.\n\nThe summit opens on Monday.\n',
      b: 'Hotels in Corvo were full.\n',
    });
    const a = engine.ask('Who will represent Ana Ruiz-Lind at the summit?', { topic: 'summit' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Tomas Elkarr/);
  });

  it('does not take capitalised common words for a name', () => {
    // "Regional Trade Cooperation" is capitalised, but the documents write its words in lower case too.
    const engine = madeEngine('summit2', 'The Corvo summit', {
      a: 'Bowing to pressure, the city will send its deputy planner to represent Mayor Ana Ruiz-Lind at the summit in Corvo, officials said on Friday. Regional Trade Cooperation talks stalled, and trade cooperation went nowhere.\n\nThe summit opens on Monday.\n',
      b: 'Hotels in Corvo were full.\n',
    });
    const a = engine.ask('Who will represent Ana Ruiz-Lind at the summit?', { topic: 'summit2' });
    assert.doesNotMatch(a.citations[0]?.quote ?? '', /talks stalled/);
  });

  it('starts from the sentence before when "The magazine said ..." points back to the magazine it names', () => {
    const engine = madeEngine('case', 'The Varga case', {
      a: 'Quoting unnamed police sources, Vortex newsmagazine reported Saturday that the evidence against Varga was not very strong. The magazine said much of it was based on the testimony of an FBI informant who made only vague claims about Varga.\n\nVarga denies the charges.\n',
      b: 'The trial opens next month.\n',
    });
    const a = engine.ask('Which magazine reported that the evidence against Varga was based on an informant?', { topic: 'case' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /^Quoting unnamed police sources, Vortex newsmagazine reported/);
    assert.match(a.citations[0]?.quote ?? '', /The magazine said much of it/);
  });

  it('starts from the paragraph before when "he", after an opening phrase, is who the question asks for', () => {
    const engine = madeEngine('party', 'The Harbour Party', {
      a: 'Ivo Marek, 33, is to go on trial on Thursday.\n\nIvo Marek was a leader of the 1989 strikes and served two years in prison.\n\nAs the founder of the banned new party, the Harbour Party, he publicly announced its charter in June during President Ola Brun\'s visit.\n',
      b: 'The trial opens next week in Tarno.\n',
    });
    const a = engine.ask('Who founded the Harbour Party?', { topic: 'party' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /^Ivo Marek was a leader[\s\S]*he publicly announced/);
  });
});

describe('a passage too long to quote whole', () => {
  const rules = [
    'Following is the text of the rules on gifts that were in force during the bidding for the 2010 Games: _ ``The finalist cities as well as third parties acting for them or on their behalf or in their favour,',
    'are forbidden to give members of the committee _ as well as their blood relations, relatives by marriage, guests or companions _ any presents, liberalities or direct or indirect benefits',
    'other than souvenirs or small presents of a total value which shall in no case exceed 150 crowns per person, nor to offer them travel, lodging or meals beyond what the rules of the committee allow.',
  ].join(' ');

  it('is quoted where it answers: the window with the number asked for, marked as starting inside', () => {
    const engine = madeEngine('bids', 'Bidding for the Games', { a: `${rules}\n`, b: 'The committee meets in Tarno.\n' });
    const a = engine.ask('What is the maximum value of a gift a bidding city may give a committee member?', { topic: 'bids' });
    assert.equal(a.abstained, false, a.answer);
    const quote = a.citations[0]?.quote ?? '';
    assert.match(quote, /150 crowns/);
    assert.ok(quote.length <= 430 && rules.includes(quote), 'a verbatim slice');
    assert.match(a.answer, /^“…/);
  });

  it('is quoted from its start when the start holds what is asked', () => {
    const engine = madeEngine('bids', 'Bidding for the Games', { a: `${rules}\n`, b: 'The committee meets in Tarno.\n' });
    const a = engine.ask('Which rules were in force during the bidding for the 2010 Games?', { topic: 'bids' });
    assert.match(a.citations[0]?.quote ?? '', /^Following is the text/);
  });

  it('leaves room after the words asked, where the answer stands', () => {
    const lost = [
      'High-profile right-wingers lost across the whole country on Tuesday, from Attorney General Ivo Marek in the Tarno governor\'s race to Sen. Ana Lind, denied re-election in the north after two terms,',
      'to Rep. Pavel Osk of the valley, who failed in a Senate race despite a huge spending advantage over Sen. Mara Quell, to Ella Sauber in the south,',
      'who proved unable on her second try to prevail over an unpopular Democratic governor, Parris Glendon, whose approval ratings had sunk all year.',
    ].join(' ');
    const engine = madeEngine('races', 'The races', { a: `${lost}\n`, b: 'Voters went to the polls on Tuesday.\n' });
    const a = engine.ask('Whom did Ella Sauber fail to defeat?', { topic: 'races' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Parris Glendon/);
  });
});

describe('a quotation over two sentences, for what someone said', () => {
  it('quotes it whole when the best sentence only closes it ("We were lucky,\'\' said ...")', () => {
    const engine = madeEngine('return', 'Villagers return', {
      a: 'Residents began returning home on Thursday.\n\n``There is nothing left of the barn, but the house is standing. We were lucky,\'\' said Maria do Ceu Alves, 63, of Vale Escuro.\n',
      b: 'The fire burned for five days.\n',
    });
    const a = engine.ask('What did Maria do Ceu Alves say?', { topic: 'return' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /^``There is nothing left of the barn.*We were lucky/);
  });

  it('quotes it whole in straight double quotes too ("We are drinking rainwater. Nobody has come ...," said ...)', () => {
    const engine = madeEngine('island', 'Island', {
      a: 'Residents said they had received only one delivery of rice since the storm. "We are drinking rainwater. Nobody has come here except one boat from the church," said fisherman Arturo Lagunday, 45.\n',
      b: 'The storm struck on Monday.\n',
    });
    const a = engine.ask('What did Arturo Lagunday say?', { topic: 'island' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /^"We are drinking rainwater\. Nobody has come/);
    const b = madeEngine('island2', 'Island', {
      a: '"The barn is gone," one farmer said. "We were lucky," said Maria Alves, 63.\n',
      b: 'The fire burned for five days.\n',
    }).ask('What did Maria Alves say?', { topic: 'island2' });
    assert.match(b.citations[0]?.quote ?? '', /^"We were lucky/, 'not back past a quotation closed in its own sentence');
  });

  it('does not reach back when the sentence before closed its own quotation', () => {
    const engine = madeEngine('return2', 'Villagers return', {
      a: '``The barn is gone,\'\' one farmer said. ``We were lucky,\'\' said Maria do Ceu Alves, 63, of Vale Escuro.\n',
      b: 'The fire burned for five days.\n',
    });
    const a = engine.ask('What did Maria do Ceu Alves say?', { topic: 'return2' });
    assert.match(a.citations[0]?.quote ?? '', /^``We were lucky/);
  });
});
