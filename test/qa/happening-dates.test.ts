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

  it('reads "take place" as "happen": "When did the killings take place?" by "ordering the killing of 43 civilians ... in 1993"', () => {
    const engine = madeEngine('verdict', 'Verdict', {
      a: 'A court on Friday sentenced a former commander to 25 years in prison for ordering the killing of 43 civilians in the village of Brezno in 1993.\n\nThe judges heard 118 witnesses.\n',
      b: 'Relatives wept as the sentence was read.\n',
    });
    const a = engine.ask('When did the killings take place?', { topic: 'verdict' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /in 1993/);
  });

  it('takes the subject for the event of "Where did the X happen?" as well', () => {
    const brief = makeBrief('verdict', 'Verdict', {
      a: 'A court on Friday sentenced a former commander to 25 years in prison for ordering the killing of 43 civilians in the village of Brezno.\n',
    });
    const s = scoredSentence(brief, 'Where did the killings happen?', /Brezno/);
    assert.ok(s, 'the sentence is scored');
    assert.equal(s.factors?.event, 1);
  });

  it('asks nothing of a verb no sentence writes after "In which city ...?"', () => {
    const brief = makeBrief('unrest', 'Unrest', {
      a: 'The Lorca riot broke out after thousands of farmers staged a march against the water tax.\n\nShops stayed shut on Tuesday.\n',
    });
    const s = scoredSentence(brief, 'In which city did the riot take place?', /Lorca riot/);
    assert.ok(s, 'the sentence is scored');
    assert.ok((s.factors?.event ?? 1) === 1 && (s.factors?.match ?? 0) >= 0.6, JSON.stringify(s.factors));
  });
});
