/**
 * Ages, spans and sums the wire writes in other words: "died in his mid-40s", "who lived about
 * 4,400 years ago", "reopened on Saturday, five days after ...", "($103 million)" for dollars; and
 * "1.3 million passengers a day", which is a rate, no span. Made-up stories.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasDurationIn } from '../../src/qa/entities.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

const filler = (i: number): string => `Visitors queued at gate ${i + 1} on day ${i + 2} of the week.`;

describe('an age by decade, and a thing\'s age by how long ago', () => {
  const engine = madeEngine('tomb', 'A tomb', withFiller({
    a: 'Archaeologists have discovered the tomb of a priest who lived about 3,200 years ago near Luxor, the ministry said.\n',
    b: 'Scans show that the priest Amen-Nakht died in his early 30s and suffered from a broken arm.\n',
  }, filler));
  it('"died in his early 30s" is how old he was', () => {
    const a = engine.ask('How old was Amen-Nakht when he died?', { topic: 'tomb' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /in his early 30s/);
    assert.equal(a.short, 'in his early 30s');
  });
  it('"who lived about 3,200 years ago" is how old the tomb is', () => {
    const a = engine.ask('How old is the tomb?', { topic: 'tomb' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /3,200 years ago/);
  });
});

describe('how long something was closed', () => {
  it('is "reopened ..., five days after", which never says "closed"', () => {
    const engine = madeEngine('metro', 'A metro crash', withFiller({
      a: 'Line 4, which carries about 900,000 passengers a day, was closed after the crash.\n',
      b: 'Line 4 reopened on Saturday, six days after two trains collided in a tunnel.\n',
    }, filler));
    const a = engine.ask('How long was Line 4 closed?', { topic: 'metro' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /six days after/);
    assert.equal(a.short, 'six days');
  });
  it('"passengers a day" is a rate, not a span', () => {
    assert.equal(hasDurationIn('Line 4, which carries about 900,000 passengers a day, was closed.'), false);
    assert.equal(hasDurationIn('The line was closed for a day.'), true);
    assert.equal(hasDurationIn('The protest ended after six hours when the mayor made an offer.'), true, 'how long, said by its end');
    assert.equal(hasDurationIn('Divers returned after six hours when the currents eased.'), false, 'when, not how long');
    assert.equal(hasDurationIn('Miners joined the two halves of the tunnel, eleven years after digging began.'), true, 'counted from its start');
    assert.equal(hasDurationIn('Miners joined the two halves of the tunnel, eleven years after the floods.'), false, 'after another event');
  });
});

describe('a sum asked in dollars', () => {
  it('is the one written with the dollar sign', () => {
    const engine = madeEngine('deal', 'A transfer', withFiller({
      a: 'The club agreed to sign the striker for a fee of 80 million euros ($87 million), the clubs said.\n',
      b: 'The previous record fee was 60 million euros.\n',
    }, filler));
    const a = engine.ask('What is the fee in dollars?', { topic: 'deal' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /\$87 million/);
    assert.equal(a.short, '$87 million');
  });
});
