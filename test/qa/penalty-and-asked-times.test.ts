/** "What penalty could they face?" is answered by a term of punishment; "When was the session before Thursday's?" not by Thursday's. Made-up story. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givesKindWithAmount, givesPenaltyAsked } from '../../src/qa/answer-kind.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { onlyAskedTimes } from '../../src/qa/time-expressions.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"what penalty": a term of punishment', () => {
  const q = analyzeQuestion('What penalty could the three men face if convicted?');

  it('reads prison terms, the death penalty and fines as penalties', () => {
    for (const text of ['All three men could face up to life in prison if convicted.', 'They face 10 years in jail.', 'He could face the death penalty.', 'She was fined $5,000.']) assert.equal(givesPenaltyAsked(q, text), true, text);
    assert.equal(givesPenaltyAsked(q, 'All three men were arrested on Monday night.'), false);
    assert.equal(givesPenaltyAsked(analyzeQuestion('What charge could the three men face?'), 'They face 10 years in jail.'), false, 'a charge is no penalty');
  });

  it('takes "up to life in prison" for the kind asked, though it never says "penalty"', () => {
    const docs = {
      a: "All three men could face up to life in prison if convicted under the vague state security law.\n",
      b: 'The trial opened in Tarno on Monday.\n',
    };
    const s = scoredSentence(makeBrief('trial', 'Trial', docs), 'What penalty could the three men face if convicted?', /life in prison/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
  });

  it('takes "What is the penalty for ...?" as asking for one, met by a term of punishment', () => {
    const docs = {
      a: 'Flying a drone within five kilometres of an airport without permission is a crime that can bring up to two years in prison.\n',
      b: 'A man arrested near the airport fence was released without charge after police found that his drone had not been flown.\n',
    };
    const s = scoredSentence(makeBrief('drones', 'Drones', docs), 'What is the penalty for flying a drone near an airport?', /two years in prison/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
    assert.ok((s.factors?.['match'] ?? 0) >= 0.7, `match ${s.factors?.['match']}`);
  });
});

describe('"what duties": the kind with its amount', () => {
  it('reads "duties of up to 42.6%" and "a loan of $25 million" as saying what they were', () => {
    const q = analyzeQuestion('What duties did Varnia impose?');
    assert.equal(givesKindWithAmount(q, 'Varnia on Thursday imposed provisional duties of up to 42.6% on steel pipes.'), true);
    assert.equal(givesKindWithAmount(q, 'Varnia has lowered the duties it imposed in April.'), false);
    assert.equal(givesKindWithAmount(analyzeQuestion('What loan did the bank offer?'), 'The bank offered a loan of $25 million.'), true);
  });

  it('so the sentence that gives the amount is as good an answer as one that names the kind again', () => {
    const docs = {
      a: 'TARNO, April 2 (Reuters) - Varnia on Thursday imposed provisional anti-dumping duties of up to 42.6% on steel pipes imported from Osterland.\n',
      b: 'TARNO, May 20 - Varnia has lowered the anti-dumping duties it imposed on Osterland steel pipes in April.\n',
    };
    const s = scoredSentence(makeBrief('duties', 'Duties', docs), 'What duties did Varnia impose?', /up to 42\.6%/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
  });
});

describe('a date question is not answered by its own date', () => {
  it('finds sentences whose only time expressions are the question\'s', () => {
    const question = "When was the last bargaining session before Thursday's?";
    assert.equal(onlyAskedTimes("Thursday's bargaining session has become the last hope.", question), true);
    assert.equal(onlyAskedTimes('The two sides will meet on Thursday, their first session since Aug. 6.', question), false);
    assert.equal(onlyAskedTimes('The two sides will meet soon.', question), false, 'no time expression at all');
  });

  it('marks down "Thursday\'s session ..." for the session before Thursday\'s', () => {
    const docs = {
      a: "Thursday's bargaining session has suddenly become the last hope at starting the season on time.\n",
      b: 'The two sides will meet on Thursday, their first official bargaining session since Aug. 6.\n',
    };
    const own = scoredSentence(makeBrief('talks', 'Talks', docs), "When was the last bargaining session before Thursday's?", /last hope/);
    assert.ok(own);
    assert.ok((own.factors?.['type'] ?? 1) < 1, `type ${own.factors?.['type']}`);
  });
});
