/**
 * A sentence that opens with "he" or "she" is about the one person the sentence before names,
 * or, when that one names no one, about the person the story has turned to. (After a sentence
 * that names several people, which of them it is stays open.) A sentence that goes on from
 * the one before ("They were arrested under ...") shares its words: they count as the
 * question's words it has, so it is not taken for one that shares a single word.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"He ..." / "She ..." at the start of a sentence', () => {
  it('refers past a sentence that names no one to the person the story is about', () => {
    const engine = madeEngine('trial', 'The trial', {
      a: 'Wearing a neck brace, Ana Berg was ordered to stand trial Nov. 2 on four charges of abusing her powers.\n\nThe trial is to halt on Nov. 14 and resume after the summit.\n\nShe has pleaded innocent to all charges, including another corruption count and five charges of fraud.\n',
      b: '“We will appeal,” Ana Berg told reporters in Tarno on Monday.\n',
      c: 'The summit opens in Tarno on Nov. 15.\n',
    });
    const a = engine.ask('How many charges of fraud does Ana Berg face?', { topic: 'trial' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /five charges of fraud/);
  });

  it('refers to the one person the sentence before names', () => {
    const one = madeEngine('vote', 'The vote', {
      a: 'Tuesday was a great day for Ivo Marek, for at least three reasons.\n\nHe campaigned furiously in the last ten days before the balloting, appearing on behalf of no fewer than 224 candidates, according to his office.\n',
      b: '“We won,” Ivo Marek told reporters on Wednesday.\n',
      c: 'The count ended on Wednesday.\n',
    });
    const a = one.ask('How many candidates did Ivo Marek campaign for?', { topic: 'vote' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /224 candidates/);
  });

  it('counts the words a "They ..." sentence takes from the sentence before as words it shares with the question', () => {
    const brief = makeBrief('editors', 'The editors', {
      a: 'Ivo Marek and Lena Varga, editors at a monthly magazine published from Tarno, the Varnian capital, were jailed for a month shortly after their arrest on Wednesday. They were arrested under a 1974 law that allows police to detain anyone for offenses related to security, an officer said.\n',
      b: 'The magazine had criticised the government in Tarno for months.\n',
      c: 'Police in Osk released two men on Friday.\n',
    });
    const they = scoredSentence(brief, "Under which law were the magazine's editors arrested in Tarno?", /^They were arrested/);
    // Sharing only "arrested" it would be thin (0.44); with "editors", "magazine" and "Tarno" from the sentence before it answers.
    assert.ok((they?.confidence ?? 0) >= 0.55, String(they?.confidence));
  });
});

describe('a pronoun for someone the question names by title', () => {
  it('"..., she told a rally in Tarno" answers where the prime minister held a rally, she being "Prime Minister Ana Lind"', () => {
    const engine = madeEngine('dam', 'The dam vote', {
      a: "LUBNO (AP) _ Voters decide Sunday whether to build a dam on the Varn river.\n\nPrime Minister Ana Lind has campaigned for the project, arguing that the country cannot meet its climate targets without it. ``This is a decision for our grandchildren,'' she told a rally in Tarno on Thursday.\n\nOpposition leader Ivo Brandt says the money would be better spent on solar power.\n",
      b: 'The dam would cost an estimated 2 billion euros.\n',
    });
    const a = engine.ask('Where did the prime minister hold a rally?', { topic: 'dam' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /rally in Tarno/);
  });
});

describe('a title a passive of choosing gives', () => {
  it('"Ana Lind was elected president ... She will serve a four-year term." answers how long the president\'s term is', () => {
    const engine = madeEngine('union', 'The union vote', {
      a: 'LUBNO (AP) _ Ana Lind was elected president of the Tarno Rowing Union on Saturday, the first woman to lead it.\n\nShe beat Ivo Brandt by 78 votes to 63 in a second round.\n\n``Today we start rowing in the same direction,\'\' Lind told delegates.\n\nShe will serve a four-year term.\n',
      b: 'The union has 142 member federations.\n',
    });
    const a = engine.ask("How long is the president's term?", { topic: 'union' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /four-year term/);
  });
});

describe('a sentence that opens with a description of the one just named', () => {
  it('"Ivo Vos was elected president ... The Dutch former Olympic champion beat Ana Lind by 78 votes to 63" is about Vos (whose term is a stem, "vo")', () => {
    const engine = madeEngine('union', 'The union vote', {
      a: 'LUBNO (AP) _ Ivo Vos was elected president of the Tarno Rowing Union on Saturday, the first Dutchman to lead it.\n\nThe Dutch former Olympic champion beat Ana Lind by 78 votes to 63 in a second round.\n\nLind said she was disappointed.\n',
      b: 'The Tarno Rowing Union said the vote was fair. Vos said he would cut costs.\n',
    });
    const a = engine.ask('By how many votes did Vos win the second round?', { topic: 'union' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /78 votes to 63/);
  });
});
