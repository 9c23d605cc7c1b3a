import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"When did the X happen / occur?"', () => {
  it('takes the subject for the event, since "happen" and "occur" are written nowhere', () => {
    const brief = makeBrief('blast', 'Refinery blast', {
      a: 'An explosion tore through the Varna refinery shortly after 9 a.m. on Monday, the company said.\n\nThe refinery employs 1,400 people.\n',
    });
    const s = scoredSentence(brief, 'When did the explosion occur?', /shortly after 9/);
    assert.ok(s, 'the sentence is scored');
    assert.equal(s.factors?.event, 1);
  });

  it('meets the event in a gerund of its sense: "When did the theft happen?" by "Thieves stole ... early on Saturday"', () => {
    const engine = madeEngine('gallery', 'Gallery theft', {
      a: 'Thieves stole two bronze sculptures from the Orsini gallery in Turin early on Saturday, police said.\n\nThe gallery reopened in June after a renovation.\n',
      b: 'The sculptures are insured for 4 million euros, the owner said.\n',
    });
    const a = engine.ask('When did the theft happen?', { topic: 'gallery' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /early on Saturday/);
  });
});
