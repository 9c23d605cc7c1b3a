/**
 * A race's time: "What was the winning time?", "What was Belay's time?" want "2:01:30" or "2
 * hours, 0 minutes, 19 seconds", not another span beside the name ("71 seconds ahead of him"),
 * and the short answer is the time of the runner asked about. Made-up race.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('race', 'A marathon', {
  a: [
    'BERLIN (AP) — Kenya\'s Peter Wambua won the Berlin Marathon on Sunday in 2 hours, 3 minutes, 5 seconds.',
    'Wambua pulled away from Ethiopia\'s Girma Hailu after 30 kilometers and crossed the line 48 seconds ahead of him.',
    'Hailu finished second in 2:03:53 and Uganda\'s Moses Okello was third in 2:05:10.',
    'In the women\'s race, Ruth Chebet won in 2:17:40.',
  ].join('\n\n'),
});
const ask = (question: string) => engine.ask(question, { topic: 'race', conversation: null });

describe('a race time', () => {
  it('is a time in figures, over a gap beside the name', () => {
    const a = ask('What was Hailu\'s time?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /Hailu finished second in 2:03:53/);
    assert.equal(a.short, '2:03:53');
  });
  it('of the runner asked about, when one sentence gives two', () => {
    const a = ask('What was Okello\'s time?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.equal(a.short, '2:05:10');
  });
  it('or in words, for the winning time', () => {
    const a = ask('What was Wambua\'s winning time?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /2 hours, 3 minutes, 5 seconds/);
    assert.equal(a.short, '2 hours, 3 minutes, 5 seconds');
  });
  it('is a time though the sentence never says "time"', () => {
    const a = ask('What was the winning time in the women\'s race?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.equal(a.short, '2:17:40');
  });
});
