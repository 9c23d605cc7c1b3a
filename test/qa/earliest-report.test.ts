/**
 * "How many flights were grounded on the first day?", "How many pilots went on strike at first?":
 * the story's beginning, which its oldest report tells. The phrase's words are no terms (the first
 * report need not say "first day"), of the near-best answers the oldest report's goes first, as the
 * newest does for "the latest toll", and "a third day" is another day. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { assertAnswers, FIXED_NOW, makeBrief, scoredSentence } from './qa-helpers.ts';

const brief = makeBrief('ferry-strike', 'Ferry crews strike', {
  a: 'HALDEN (AP) _ Ferry crews at Skagerline walked off the job Friday after pay talks broke down, grounding 46 sailings and stranding about 9,000 passengers.\n\nThe strike by 410 crew members began at 6 a.m.\n',
  b: 'HALDEN (AP) _ Skagerline canceled 38 sailings Sunday as the ferry strike went into a third day, stranding about 7,500 passengers.\n\nThe union said 30 more crew members would join the strike on Monday.\n',
  c: 'HALDEN (AP) _ Skagerline canceled 41 sailings on Tuesday, the fifth day of the strike, stranding about 8,000 passengers.\n',
}, 'v1', { a: '2024-03-01', b: '2024-03-03', c: '2024-03-05' });
const engine = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW });

describe('a question about the beginning of a story', () => {
  it('marks "on the first day", "at first", "initially" and leaves their words out of the terms', () => {
    const q = analyzeQuestion('How many sailings were canceled on the first day?');
    assert.equal(q.earliest, true);
    assert.ok(!q.terms.includes(termOf('first') as string) && !q.terms.includes(termOf('day') as string));
    assert.equal(analyzeQuestion('How many crew members went on strike at first?').earliest, true);
    assert.equal(analyzeQuestion('How many sailings were canceled on Sunday?').earliest, undefined);
    assert.equal(analyzeQuestion('What is the latest count of sailings canceled at first?').earliest, undefined, 'latest wins');
    // "first" before the question's verb says when, as "at first" does; "the first plane" is an ordinal.
    const first = analyzeQuestion('How many sailings did Skagerline first cancel?');
    assert.equal(first.earliest, true);
    assert.ok(!first.terms.includes(termOf('first') as string));
    assert.equal(analyzeQuestion('When did the first ferry sail?').earliest, undefined);
  });

  it('puts the oldest of the near-best reports first', () => {
    const later = makeBrief('ferry-strike-2', 'Ferry crews strike', {
      a: 'HALDEN (AP) _ Ferry crews at Skagerline walked off the job Friday after pay talks broke down, grounding 46 sailings and stranding about 9,000 passengers.\n',
      b: 'About 8,200 passengers were stranded on Wednesday.\n',
    }, 'v1', { a: '2024-03-01', b: '2024-03-06' });
    const a = new QaEngine(new MutableBriefCatalog([later]), { now: () => FIXED_NOW }).ask('How many passengers were stranded at first?', { topic: 'ferry-strike-2' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /9,000 passengers/);
  });

  it('answers "How much did X first ...?" from the oldest of the near-best reports', () => {
    const appeal = makeBrief('appeal', 'Flood appeal', {
      a: 'GENEVA (AP) _ The Red Cross appealed for $40 million on Monday to help families in the flooded valley.\n',
      b: 'GENEVA (AP) _ The Red Cross raised its appeal to $95 million on Friday as the waters kept rising.\n',
    }, 'v1', { a: '2024-03-01', b: '2024-03-05' });
    assertAnswers(new QaEngine(new MutableBriefCatalog([appeal]), { now: () => FIXED_NOW }), 'appeal', 'How much did the Red Cross first appeal for?', /\$40 million/);
  });

  it('answers from the oldest report, not one that names a later day', () => {
    assert.ok((scoredSentence(brief, 'How many passengers were stranded on the first day?', /third day/)?.factors?.shape ?? 1) < 1);
    assert.equal(scoredSentence(brief, 'How many passengers were stranded on Sunday?', /third day/)?.factors?.shape, 1);
    const a = engine.ask('How many passengers were stranded on the first day?', { topic: 'ferry-strike' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /9,000 passengers/);
  });
});

describe('"the original ban", "the initial toll"', () => {
  it('reads "original" and "initial" before a noun as the story\'s beginning, and not as terms', () => {
    const q = analyzeQuestion("How many sailings did Skagerline's original schedule cancel?");
    assert.equal(q.earliest, true);
    assert.ok(!q.terms.includes(termOf('original') as string));
    assert.equal(analyzeQuestion('What was the initial count of stranded passengers?').earliest, true);
    assert.equal(analyzeQuestion('Who painted the original?').earliest, undefined, 'a noun, not a time');
  });

  it('answers from the oldest report', () => {
    const bans = makeBrief('ban', 'A skier banned', {
      a: 'OSLO (AP) _ The federation banned Liis Kask from competition for four years on Tuesday after a positive test.\n',
      b: 'LAUSANNE (AP) _ The court on Tuesday cut Liis Kask\'s ban from four years to 18 months.\n',
    }, 'v1', { a: '2024-03-01', b: '2024-03-20' });
    const a = new QaEngine(new MutableBriefCatalog([bans]), { now: () => FIXED_NOW }).ask("How long was Kask's original ban?", { topic: 'ban' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /banned Liis Kask from competition for four years/);
  });
});
