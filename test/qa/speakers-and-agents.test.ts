/**
 * "According to X, what ...?" asks X to be speaking; a quotation the speaker index gives to X
 * has X though it never names X; "X are doing Y that they say ..." has X speak; "Who has put
 * X to use?" is answered by "put to use by white-collar executives".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesPeopleAsAgent } from '../../src/qa/person-answers.ts';
import { analyzeQuestion, speakerPhraseOf } from '../../src/qa/question-analysis.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

const filler = (docs: Record<string, string>): Record<string, string> => withFiller(docs, (i) => `Ministers met in Osterholm on day ${i + 1} to discuss the budget.`);

describe('"According to X, ...?"', () => {
  it('reads the opening "according to" as the speaker asked for, not a figure\'s source', () => {
    assert.equal(speakerPhraseOf('According to Abu-Marten, what is the premier praying for?'), 'Abu-Marten');
    assert.equal(speakerPhraseOf('According to the latest count, how many people died?'), null);
  });

  it('answers from the quotation that goes on quoting the speaker, though it names no one', () => {
    const docs = filler({
      a: "``This attack is a gift to Mr. Halvorsen,'' Justice Minister Freih Abu-Marten said. ``All the time he is praying to God to help him escape from the agreement.''\n",
      b: 'Abu-Marten flew to Tarno on Monday for talks with the donors.\n',
    });
    const a = madeEngine('accord', 'Accord', docs).ask('According to Abu-Marten, what is Halvorsen praying to God for?', { topic: 'accord' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations.map((c) => c.quote).join(' '), /escape from the agreement/);
  });
});

describe('"have no comment": a speech noun, not a speaker asked to speak', () => {
  it('reads "no comment" and "any answer" as nouns, and "say" after a subject as speech', () => {
    assert.equal(speakerPhraseOf('Why did Vellish officials have no immediate comment?'), null);
    assert.equal(speakerPhraseOf('Why did the ministry give no answer?'), null);
    assert.equal(speakerPhraseOf('What did Vellish officials say about the strike?'), 'Vellish officials');
  });

  it('answers "why" from the sentence that says why they had none', () => {
    const docs = filler({
      a: 'Vellish officials had no immediate comment because it is the Harvest holiday and all government offices are closed.\n',
      b: 'A spokesman said later that the ministry would study the report.\n',
    });
    const a = madeEngine('comment', 'Comment', docs).ask('Why did Vellish officials have no immediate comment?', { topic: 'comment' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations.map((c) => c.quote).join(' '), /Harvest holiday/);
  });
});

describe('"they say" in a clause after the subject', () => {
  it('has the subject speak', () => {
    const docs = filler({
      a: "Now, though, Varga's allies are marshaling new economic data that they say indicate that capital controls are breathing new life into the moribund economy.\n",
      b: 'Capital controls were imposed in September, and the economy shrank again.\n',
    });
    const a = madeEngine('allies', 'Allies', docs).ask("What do Varga's allies say capital controls are doing to the economy?", { topic: 'allies' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /breathing new life/);
  });
});

describe('people of a kind as the agent of a passive', () => {
  const q = analyzeQuestion('Who has put the union to most profitable use?');
  const words = new Set(['who', 'has', 'put', 'the', 'union', 'to', 'most', 'profitable', 'use']);

  it('reads "put to use by white-collar business executives" as naming who put it', () => {
    assert.equal(namesPeopleAsAgent(q, 'So far the union has been most profitably put to use by white-collar business executives.', words), true);
    assert.equal(namesPeopleAsAgent(q, 'So far the union has been put to use by far the most in trade.', words), false);
  });

  it('reads "spotted on the beach early in the morning by a local abalone diver" as naming who spotted them', () => {
    const spotted = analyzeQuestion('Who spotted the whales?');
    const asked = new Set(['who', 'spotted', 'the', 'whales']);
    assert.equal(namesPeopleAsAgent(spotted, 'The pod was spotted on Ocean Beach near the town of Strahan early in the morning by a local abalone diver, who alerted authorities.', asked), true);
    assert.equal(namesPeopleAsAgent(spotted, 'The pod was spotted on Ocean Beach near the town of Strahan early in the morning by a passing boat.', asked), false);
  });
});

describe('"They also say ...": the group the sentence before opened with speaks', () => {
  it('gives "they say" to "The rebels" of the sentence before', () => {
    const docs = filler({
      a: 'The rebels have promised to revitalize the economy by reducing taxes.\n\nThey also say they will pay civil servants and invite investors to buy tea farms and gold-mining concessions.\n',
      b: 'Government troops held the airport on Monday.\n',
    });
    const a = madeEngine('rebels', 'Rebels', docs).ask('What do the rebels say they will invite investors to buy?', { topic: 'rebels' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /tea farms/);
  });

  it('does not give it to a group that opened an earlier sentence', () => {
    const docs = filler({
      a: 'The rebels have promised to revitalize the economy by reducing taxes.\n\nGovernment troops held the airport on Monday.\n\nThey also say they will invite investors to buy tea farms and gold-mining concessions.\n',
      b: 'Government troops held the airport on Monday.\n',
    });
    const a = madeEngine('rebels2', 'Rebels', docs).ask('What do the rebels say they will invite investors to buy?', { topic: 'rebels2' });
    assert.ok(a.abstained || a.confidence < 0.9, `${a.confidence}`);
  });
});
