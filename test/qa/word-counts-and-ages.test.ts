/**
 * Counts and ages the wire writes in words: "the three-party coalition" counts its parties, as
 * "a 115-boat fleet" counts boats; "Kiprono, who is now 25," gives his age; "might have been
 * copied" counts what may have been copied. Made-up stories.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engineOver, madeEngine, makeBrief } from './qa-helpers.ts';

describe('a count written as a number word joined to its noun', () => {
  it('counts the noun: "the three-party coalition"', () => {
    const engine = madeEngine('vote', 'A budget vote', {
      a: 'The budget was rejected after the Greens, a junior partner in the four-party coalition, voted against it.\n\nThe coalition has led the country since 2021.\n',
    });
    const a = engine.ask('How many parties are in the coalition?', { topic: 'vote', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /four-party coalition/);
  });
});

describe('an age in a relative clause', () => {
  it('"who is now 25" is the age, and the newer one', () => {
    const engine = engineOver(makeBrief('run', 'A record', {
      a: 'The 24-year-old Peter Wambua broke the record in Berlin on Sunday.\n',
      b: 'Wambua, who is now 25, said he was relieved that the record had been ratified.\n',
    }, 'v1', { a: '2023-12-01', b: '2024-03-18' }));
    const a = engine.ask('How old is Wambua now?', { topic: 'run', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /who is now 25/);
    assert.equal(a.short, '25');
  });
});

describe('a count of what may have happened', () => {
  it('is given by "might have been": the question asks about a possibility too', () => {
    const engine = madeEngine('hack', 'A hack', {
      a: 'Hackers stole data from a clinic chain, police said on Monday.\n\nThe chain said the records of up to 30,000 patients might have been copied, including home addresses.\n',
    });
    const a = engine.ask("How many patients' records may have been copied?", { topic: 'hack', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /up to 30,000 patients/);
  });
});

describe('a count of those hurt badly', () => {
  it('is a part of those hurt: "How many passengers were injured?" wants the whole count', () => {
    const engine = engineOver(makeBrief('metro', 'A metro crash', {
      a: 'Two metro trains collided in a tunnel on Monday, injuring 64 passengers, five of them seriously, officials said.\n',
      b: 'Two of the five seriously injured passengers remained in hospital Wednesday, the ministry said.\n',
    }, 'v1', { a: '2024-09-02', b: '2024-09-04' }));
    const a = engine.ask('How many passengers were injured?', { topic: 'metro', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /injuring 64 passengers/);
    const serious = engine.ask('How many passengers were seriously injured?', { topic: 'metro', conversation: null });
    assert.equal(serious.abstained, false, `${serious.confidence}: ${serious.answer}`);
    assert.match(serious.short ?? '', /^five\b/);
  });
});
