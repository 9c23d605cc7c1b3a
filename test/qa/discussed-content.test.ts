/** "What did X and Y discuss / agree on?" asks what they talked over, which a sentence saying only that they met does not tell. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discussedContentPattern, leavesContentUnsaid } from '../../src/qa/discussed-content.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('what was discussed or agreed', () => {
  it('reads questions about what was talked over, not other "what did" questions', () => {
    assert.notEqual(discussedContentPattern(analyzeQuestion('What did Varga and Osei discuss?')), null);
    assert.notEqual(discussedContentPattern(analyzeQuestion('What did the two mayors agree on at their summit?')), null);
    assert.notEqual(discussedContentPattern(analyzeQuestion('what will the unions negotiate?')), null);
    assert.equal(discussedContentPattern(analyzeQuestion('What did Varga say about the bridge?')), null);
    assert.equal(discussedContentPattern(analyzeQuestion('What did Osei angrily oppose discussing?')), null, 'the asked verb is "oppose"');
    assert.equal(discussedContentPattern(analyzeQuestion('When did Varga and Osei discuss the bridge?')), null, 'a "when" question');
  });

  it('tells a sentence that says what from one that says only that they met', () => {
    const q = analyzeQuestion('What did the two mayors agree on at their summit?');
    assert.equal(leavesContentUnsaid(q, 'Mayor Varga travelled to Tarno on Monday for a summit meeting with Mayor Osei.'), true);
    assert.equal(leavesContentUnsaid(q, 'At the summit the mayors reached an agreement on sharing the ferry.'), false, 'a noun made from the verb');
    assert.equal(leavesContentUnsaid(q, 'At the summit Varga warned Osei that the bridge would close.'), false, 'what was said there');
    assert.equal(leavesContentUnsaid(q, 'Varga met Osei at the town hall in Tarno, officials said.'), true, 'a closing attribution reports the sentence');
    const d = analyzeQuestion('What did Varga and Osei discuss?');
    assert.equal(leavesContentUnsaid(d, 'The discussion between Varga and Osei turned to the ferry fares.'), false);
  });

  it('so the engine declines when the documents only say that they met', () => {
    const engine = madeEngine('summit', 'The mayors’ summit', {
      a: 'Mayor Lena Varga travelled to Tarno on Monday for a summit meeting with Mayor Kofi Osei.\n\nThe ferry between the two towns stopped running in May.\n',
      b: 'Mayor Lena Varga met Mayor Kofi Osei at the town hall in Tarno, officials said.\n',
    });
    const a = engine.ask('What did Varga and Osei agree on at their summit?', { topic: 'summit' });
    assert.equal(a.abstained, true, `abstained (${a.confidence}): ${a.answer}`);
  });
});

describe('what a thing is about', () => {
  it('"What was the referendum about?" wants the noun with what it is on, not any sentence naming a referendum', () => {
    const q = analyzeQuestion('What was the referendum about?');
    assert.equal(leavesContentUnsaid(q, 'Voters in Tarno decide Sunday in a referendum on whether to build a dam on the Varn.'), false);
    assert.equal(leavesContentUnsaid(q, 'Turnout was 46 percent, higher than in any referendum since 2012, the commission said.'), true);
    assert.equal(leavesContentUnsaid(analyzeQuestion('What is the dispute over?'), 'The dispute, which is over fishing rights, began in May.'), false);
    assert.equal(leavesContentUnsaid(analyzeQuestion('What did Varga say about the bridge?'), 'Varga said the bridge was safe.'), false, 'not a question of what a thing is about');
  });

  it('so the engine answers with what the vote is on', () => {
    const engine = madeEngine('vote', 'The dam vote', {
      a: 'LUBNO (AP) _ Voters in Tarno decide Sunday in a referendum on whether to build a dam on the Varn river.\n\nThe latest poll put the Yes side at 48 percent.\n',
      b: 'Turnout was 46.2 percent, higher than in any referendum since 2012, the commission said.\n',
      c: 'The referendum was the first in Tarno since 1991.\n',
    });
    const a = engine.ask('What was the referendum about?', { topic: 'vote' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /on whether to build a dam/);
  });
});
