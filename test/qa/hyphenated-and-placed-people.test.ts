/**
 * A hyphenated surname is one name ("Anna Berg-Lund" is not "Olof Berg"); "Anna Berg-Lund, 64, a
 * retired nurse in Uppsala" says where she lives; "How many teams took part?" asks how many teams,
 * "take part" being only their being in it. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('quiz', 'A national quiz final', {
  a: [
    'STOCKHOLM (AP) _ A team from the town of Kiruna won Sweden\'s national quiz championship on Saturday, beating 11 other teams in a final broadcast live on public television.',
    'The winning team was founded by Olof Berg, a mining engineer who moved to Kiruna from Gothenburg in 1988.',
    '``We have waited 30 years for this,\'\' said the team captain, Anna Berg-Lund, 64, a retired nurse in Uppsala who travels north for every match.',
  ].join('\n\n'),
});
const ask = (question: string) => engine.ask(question, { topic: 'quiz', conversation: null });

describe('people and where they are', () => {
  it('does not take "Olof Berg" for "Anna Berg-Lund"', () => {
    const a = ask('Where does Anna Berg-Lund live?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /retired nurse in Uppsala/);
  });
  it('reads "take part" as being in it: the count of teams answers', () => {
    const a = ask('How many teams took part?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /11 other teams/);
  });
});

describe('a hyphenated surname', () => {
  const claim = madeEngine('claim', 'A claim', {
    a: [
      'STOCKHOLM (AP) _ The family of a Swedish miner, Olof Berg, asked a court on Monday to return a painting taken from his home in 1944.',
      'Lawyers for the family of Olof Berg, a miner who fled to Oslo in 1944, said records showed the painting was sold in Berlin.',
      "``It was stolen from my father,'' said Anna Berg-Lund, 64, who lives in Uppsala.",
    ].join('\n\n'),
  });
  it('is one name: what the documents say of "Olof Berg" is not said of "Anna Berg-Lund"', () => {
    const a = claim.ask('Where did Anna Berg-Lund flee to?', { topic: 'claim', conversation: null });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
});

describe('the question\'s names', () => {
  it('take both halves of a hyphenated name as name words', () => {
    const q = analyzeQuestion('When did Berg-Lund move to Kiruna?');
    assert.ok(q.entityTerms.has('berg') && q.entityTerms.has('lund'), [...q.entityTerms].join(' '));
  });
});
