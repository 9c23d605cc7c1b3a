/**
 * "Where did the grapes come from?" asks where something is from: "a blend of grapes from Spain"
 * says it without the verb, so "come" is no event that must have happened and weighs little. Not
 * "Where did the fire come to a stop?" (no "from" at the end). Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventVerbOf } from '../../src/qa/event-verb.ts';
import { asksOriginOf, originAfterNoun } from '../../src/qa/place-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

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

describe('"Where is the driver from?"', () => {
  it('reads "The driver, Ibrahim Maiga, 29, is from Gao" as his origin', () => {
    const q = analyzeQuestion('Where is the driver from?');
    assert.equal(asksOriginOf(q), true);
    assert.equal(originAfterNoun(q, 'The driver, Ibrahim Maiga, 29, is from Gao.', new Set(['gao'])), true);
    assert.equal(originAfterNoun(q, 'The driver, Ibrahim Maiga, 29, is from Gao.'), false, 'Gao must be a place the sentence names');
    assert.equal(originAfterNoun(q, 'The driver was identified as Ibrahim Maiga, 29, from Gao.', new Set(['gao'])), true);
    assert.equal(originAfterNoun(q, 'Police said the driver had come from Israeli-controlled areas.', new Set(['gao'])), false);
    assert.equal(originAfterNoun(q, 'Gunmen abducted the driver near the town of Menaka.'), false);
    assert.equal(asksOriginOf(analyzeQuestion('Where is Maiga from?')), false, 'a name is asked by its own rule');
  });

  it('answers with his origin, not where something happened to him', () => {
    const engine = madeEngine('kidnap', 'A kidnapping', {
      a: 'The driver, Ibrahim Maiga, 29, is from Gao.\n',
      b: 'The driver was released on Friday near the town of Menaka in northeastern Mali, where he had been seized with the aid workers.\n',
    });
    const a = engine.ask('Where is the driver from?', { topic: 'kidnap' });
    assert.match(a.citations[0]?.quote ?? '', /from Gao/);
    const docs = { a: 'The driver was released on Friday near the town of Menaka in northeastern Mali.\n' };
    const s = scoredSentence(makeBrief('kidnap', 'A kidnapping', docs), 'Where is the driver from?', /Menaka/);
    assert.ok((s?.factors?.['type'] ?? 1) < 1, 'a place not said to be his origin');
  });
});
