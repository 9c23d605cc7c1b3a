/**
 * A person's name is a person's in the stemmed form the question's terms take ("Vedrine" is
 * the term "vedrin"), so a sentence that does not name them is no answer about them; and a
 * pronoun a few sentences on that no name in its own sentence binds may stand for them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPersonNames } from '../../src/qa/entities.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('people whose names stem to another form', () => {
  it('does not answer about one person with a sentence about another', () => {
    const engine = madeEngine('court', 'The court', {
      a: 'Karl Vedrine said the court would rule soon on both cases.\n\nJudges sentenced Ivo Marek to 12 years in prison on Monday.\n',
      b: 'Karl Vedrine said he would appeal against any ruling.\n',
      c: 'Ivo Marek said he would appeal.\n',
    });
    const a = engine.ask('How many years was Vedrine sentenced to?', { topic: 'court' });
    assert.equal(a.abstained, true, a.answer);
  });

  it('takes a pronoun no one in its sentence binds for a person named a few sentences before', () => {
    const engine = madeEngine('bombing', 'The bombing', {
      a: 'Relatives said the bomber, Omar Haddad, was freed seven months ago, and Omar Haddad said little.\n\nThe family lives in a two-storey house near the market.\n\nJailed for a year at age 15 for throwing stones, he was imprisoned again at 17, that time for three-and-a-half years.\n',
      b: 'Police said Ivo Marek drove the car, and Ivo Marek was imprisoned for two years at 19.\n',
      c: 'The market reopened on Sunday, Lin Bao said.\n',
    });
    const a = engine.ask('For how long was Omar Haddad imprisoned at 17?', { topic: 'bombing' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /three-and-a-half years/);
  });

  it('follows a run of sentences that only say "he" back to the one that names him, and no further', () => {
    const story = (between: string): string =>
      `Police said the bomber, Omar Haddad, was freed seven months ago.\n\n${between}\n\n\`\`He seemed normal,'' said his brother.\n\n\`\`He went to work at the bakery.\n\nHe was supposed to take a driving test.\n\nIf he was planning something, we didn't see it.''\n\nHe would stay up late at night after work, studying the Koran and praying.\n`;
    const docs = (between: string): Record<string, string> => ({
      a: story(between),
      b: 'Omar Haddad said nothing to his family on Thursday night, and Omar Haddad worked late.\n',
      c: 'The market reopened on Sunday, Lin Bao said.\n',
      d: 'Ivo Marek drove the car, police said.\n',
    });
    const chained = madeEngine('bombing', 'The bombing', docs('His family gathered at the house on Sunday.'));
    const a = chained.ask('What did Omar Haddad study late at night after work?', { topic: 'bombing' });
    assert.match(a.citations[0]?.quote ?? '', /Koran/, a.answer);
    // A sentence without "he" between breaks the run: the one naming him is no longer its head.
    // (The Koran sentence's own confidence: another sentence may come first either way.)
    const koran = (between: string): number => scoredSentence(makeBrief('bombing', 'The bombing', docs(between)), 'What did Omar Haddad study late at night after work?', /Koran/)?.confidence ?? 0;
    const b = koran('The market was busy on Sunday.');
    assert.ok(b < koran('His family gathered at the house on Sunday.'), `${b} < ${a.confidence}`);
  });
});

describe('a one-word name after a noun for a person and a comma', () => {
  it('takes "his predecessor and mentor, Suharto," and "his sister, Basma." for people, not "the capital, Kampala,"', () => {
    const { names } = findPersonNames([
      'Halden took office May 21, hours after his predecessor and mentor, Suharto, was forced from power.',
      'He had been married for three months to his sister, Basma.',
      'The rebels marched on the capital, Kampala, on Monday.',
    ]);
    assert.ok(names.has('Suharto'), [...names].join(', '));
    assert.ok(names.has('Basma'), [...names].join(', '));
    assert.ok(!names.has('Kampala'), [...names].join(', '));
  });
});

describe('a role of another owner', () => {
  it('declines "What is the name of Foley\'s solicitor?" when only the syndicate\'s solicitor is named', () => {
    const engine = madeEngine('lotto', 'A lottery', {
      a: 'Brendan Foley said in papers filed at the High Court that he had paid into the syndicate.\n',
      b: "The syndicate's solicitor, Orla Gannon, said Foley had left the group in August.\n",
      c: 'The prize will be held in escrow.\n',
    });
    assert.equal(engine.ask("What is the name of Foley's solicitor?", { topic: 'lotto' }).abstained, true);
  });
});

describe('a possessive right after a sentence naming the asked person in full', () => {
  it('reads "His Socialist Party" after "Mayor Edi Basha said ..." as Basha\'s, though "Edi" is a person word too', () => {
    const engine = madeEngine('runoff', 'Runoff', {
      a: 'Former central banker Mira Kastrati won the presidential runoff on Sunday with 54 percent of the vote.\n\nTurnout was 61 percent.\n',
      b: 'Mayor Edi Basha said he would return to his job.\n\nHis Socialist Party has held the city hall since 2007.\n',
    });
    const a = engine.ask('Which party does Basha belong to?', { topic: 'runoff' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Socialist Party/);
  });
});
