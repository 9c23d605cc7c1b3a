/**
 * Someone the wire describes and does not name: "A 24-year-old man from Bergen ... was arrested
 * on Monday, police said" answers "Who was arrested?" (the police are only its source, Bergen
 * only where he is from, so the short answer names no one). Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('a person described by age', () => {
  const engine = madeEngine('leak', 'A data leak', {
    a: [
      'A hacker group published patient records stolen from a hospital in Tromso, police said.',
      'A 31-year-old woman from Narvik who tried to sell copies of the records online was arrested on Friday, police said.',
    ].join('\n\n'),
  });
  it('answers who was arrested, with no place for a name', () => {
    const a = engine.ask('Who was arrested?', { topic: 'leak', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /A 31-year-old woman from Narvik/);
    assert.equal(a.short, undefined);
  });
});

describe('a source who holds a title', () => {
  it('is not the doer asked about when the question asks for no office: "Who was driving the second train?"', () => {
    const engine = madeEngine('metro', 'A metro crash', {
      a: 'Two metro trains collided in a tunnel on Monday, injuring 40 passengers.\n\nMetro president Ana Ruiz said the trains had been traveling at low speed and that the second train\'s driver had braked before the impact.\n',
      b: 'The driver of the second train, a 29-year-old man, was not at fault, the company said on Wednesday.\n',
    });
    const a = engine.ask('Who was driving the second train?', { topic: 'metro', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /a 29-year-old man/);
  });
});
