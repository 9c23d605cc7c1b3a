/**
 * "Where did the grapes come from?" asks where something is from: "a blend of grapes from Spain"
 * says it without the verb, so "come" is no event that must have happened and weighs little. Not
 * "Where did the fire come to a stop?" (no "from" at the end). Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventVerbOf } from '../../src/qa/event-verb.ts';
import { originAfterNoun } from '../../src/qa/place-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"Where did X come from?"', () => {
  it('reads no event and a light verb', () => {
    const q = analyzeQuestion('Where did the grapes come from?');
    assert.equal(eventVerbOf(q), null);
    assert.ok(q.light.has(termOf('come') as string));
    assert.ok(!analyzeQuestion('Where did the fire come to a stop?').light.has(termOf('come') as string));
  });

  it('ranks "grapes from <place>" first, with no event missing', () => {
    const brief = makeBrief('wine', 'Fake wine', {
      a: [
        'TARNO (AP) _ Police arrested 12 people suspected of selling cheap wine as fine vintages, prosecutors said Monday.',
        'Laboratory tests showed the wine was a blend of grapes from Spain and southern France.',
        'The ring sold at least 2 million bottles over four years.',
      ].join('\n\n'),
    });
    const s = scoredSentence(brief, 'Where did the grapes come from?', /grapes from Spain/);
    assert.ok(s);
    assert.equal(s.factors?.['event'] ?? 1, 1);
    assert.ok(s.confidence > 0.5, String(s.confidence));
    const a = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW, threshold: 0 }).ask('Where did the grapes come from?', { topic: 'wine' });
    assert.match(a.citations[0]?.quote ?? '', /grapes from Spain/);
  });
});

describe('"Where did X come from?" answered by "X from ..." with no place name', () => {
  it('reads "volunteers from local salmon farms" as saying where the volunteers came from', () => {
    const q = analyzeQuestion('Where did the volunteers come from?');
    assert.equal(originAfterNoun(q, 'About 50 people, including volunteers from local salmon farms, were helping.'), true);
    assert.equal(originAfterNoun(q, 'Clark thanked the volunteers who had worked in freezing water for four days.'), false);
    assert.equal(originAfterNoun(analyzeQuestion('Where did the fire come to a stop?'), 'The fire from the farms came to a stop.'), false);
  });

  it('answers with that sentence', () => {
    const docs = {
      a: 'About 230 whales were stranded on a beach near Tarno.\n\nAbout 50 people, including volunteers from local salmon farms, were helping.\n',
      b: 'Clark thanked the volunteers who had worked in freezing water for four days.\n',
    };
    const s = scoredSentence(makeBrief('pod', 'Whales', docs), 'Where did the volunteers come from?', /salmon farms/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
  });
});
