/**
 * A question about one weekday, and a sentence with no time of its own in a report that tells
 * of another day ("closed down 0.3 percent" in Monday's report, for "... on Tuesday?").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { reportOfAnotherDay } from '../../src/qa/asked-weekday.ts';
import { engineOver, makeBrief } from './qa-helpers.ts';

const q = analyzeQuestion('How much did the index fall on Tuesday?');
const monday = '2024-03-11';
const body = (text: string) => (): string => text;

describe('reportOfAnotherDay', () => {
  it('holds for a timeless sentence of a report filed on another day that never names the asked one', () => {
    assert.equal(reportOfAnotherDay(q, 'The index closed down 0.3 percent.', monday, body('Trading was halted on Monday.')), true);
  });
  it('not when the sentence gives a time, the report names the day, or was filed on it or the day after', () => {
    assert.equal(reportOfAnotherDay(q, 'The index closed down 0.3 percent on Monday.', monday, body('')), false, 'a time of its own');
    assert.equal(reportOfAnotherDay(q, 'The index closed down 0.3 percent.', monday, body('Shares fell again on Tuesday.')), false, 'the report names Tuesday');
    assert.equal(reportOfAnotherDay(q, 'The index closed down 0.3 percent.', '2024-03-12', body('')), false, 'filed on Tuesday');
    assert.equal(reportOfAnotherDay(q, 'The index closed down 0.3 percent.', '2024-03-13', body('')), false, 'filed the day after');
    assert.equal(reportOfAnotherDay(analyzeQuestion('How far will the index fall on Tuesday?'), 'The index may fall 2 percent.', monday, body('')), false, 'a question about what is to come');
    assert.equal(reportOfAnotherDay(analyzeQuestion('How much did the index fall?'), 'The index closed down 0.3 percent.', monday, body('')), false, 'no day asked');
  });
  it('so the engine declines rather than answer with another day\'s figure', () => {
    const brief = makeBrief('market', 'A market slide', {
      a: 'Trading in Zeta shares was halted on Monday after a glitch.\n\nThe benchmark Zeta-30 index closed down 0.3 percent at 1,912 points.\n',
      b: 'Zeta Bourse Holdings said it would publish a report.\n',
      c: 'Brokers said volumes were thin.\n',
    }, 'v1', { a: monday, b: monday, c: monday });
    const a = engineOver(brief).ask('How much did the Zeta-30 index fall on Tuesday?', { topic: 'market' });
    assert.equal(a.abstained, true, `declined (${a.confidence}: ${a.citations[0]?.quote})`);
    const b = engineOver(brief).ask('How much did the Zeta-30 index fall on Monday?', { topic: 'market' });
    assert.match(b.citations[0]?.quote ?? '', /closed down 0\.3 percent/);
  });
});
