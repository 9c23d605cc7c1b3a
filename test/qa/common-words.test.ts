/**
 * General English the engine needs on any story: irregular verb forms fold to their verb (and
 * a noun in -sion to its verb in -de),
 * a body's name does not make its ordinary words person names, and "the village of X" names
 * a place, on a made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { TopicIndex } from '../../src/qa/qa-index.ts';
import { analyze, termOf } from '../../src/qa/text-analysis.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

const FLOOD = makeBrief('flood', 'Floods in the valley', {
  relief: [
    'The Valley Food Agency said Monday it was sending food to the north.',
    'Food prices doubled in a week, and food stocks in the capital ran low.',
    'Aid workers said food and water were the first needs of the families.',
    'A two-year-old girl died in the village of Marrow after four days without water.',
    'Visiting astronauts gave the governor a flag that had flown in orbit.',
    'The first relief plane landed on Tuesday.',
    'A relief plane from the coast was the first to land, at 8:30 a.m.',
  ].join(' '),
});

describe('common words', () => {
  it('folds irregular verb forms to their verb, but not forms that are mostly other words', () => {
    for (const [form, verb] of [['gave', 'give'], ['given', 'give'], ['sent', 'send'], ['shot', 'shoot'], ['fled', 'flee'], ['sworn', 'swear']] as const) {
      assert.equal(termOf(form), termOf(verb), form);
    }
    for (const [noun, verb] of [['decision', 'decide'], ['invasion', 'invade'], ['conclusions', 'conclude']] as const) assert.equal(termOf(noun), termOf(verb), noun);
    assert.notEqual(termOf('mission'), termOf('mide'));
    assert.notEqual(termOf('wound'), termOf('wind'));
    assert.notEqual(termOf('fed'), termOf('feed'));
  });

  it('folds "nation" and "member states" into "country", but not a bare "member" (of a club, a crew, a committee)', () => {
    assert.equal(termOf('nations'), termOf('countries'));
    assert.equal(analyze('member states')[0]?.term, termOf('country'));
    for (const w of ['member', 'members']) assert.notEqual(termOf(w), termOf('country'), w);
  });

  it('keeps words apart that share only one sense with a synonym group (a street address is no speech, supplies no gear)', () => {
    for (const [a, b] of [['address', 'speech'], ['penalties', 'sanctions'], ['supplies', 'equipment'], ['commercial', 'trade']] as const) assert.notEqual(termOf(a), termOf(b), `${a} / ${b}`);
    for (const [a, b] of [['fierce', 'bloody'], ['arms', 'weapons'], ['commerce', 'trade']] as const) assert.equal(termOf(a), termOf(b), `${a} / ${b}`);
  });

  it('reads "quite" as a degree word, not as the verb "quit" its stem would make it', () => {
    assert.equal(termOf('quite'), null);
    assert.notEqual(termOf('quit'), null);
  });

  it('does not take the ordinary words of a body\'s name for a person\'s name', () => {
    const index = TopicIndex.build(FLOOD);
    assert.ok(!index.persons.tokens.has('food'), [...index.persons.tokens].join(', '));
  });

  it('answers "where" with the village a sentence names', () => {
    const engine = new QaEngine(new MutableBriefCatalog([FLOOD]), { now: () => FIXED_NOW });
    const a = engine.ask('Where did a girl die after four days without water?', { topic: 'flood' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /village of Marrow/);
  });

  it('answers "how old is X?" from a sentence that gives the age without the word "old"', () => {
    const story = makeBrief('harbour', 'The harbour master', {
      a: [
        'Jane Roe was named harbour master on Friday.',
        'Roe inspected the quay on Monday.',
        'Roe, 58, spent a decade at sea before she joined the harbour board.',
        'Roe said the old warehouses would be repaired first.',
        'Roe met the union on Tuesday.',
        // Many sentences with "old" that BM25 ranks above the one with her age.
        ...Array.from({ length: 40 }, (_, i) => `Roe walked past the old crane number ${i + 1} on the old quay.`),
      ].join(' '),
    });
    const engine = new QaEngine(new MutableBriefCatalog([story]), { now: () => FIXED_NOW });
    const a = engine.ask('How old is Jane Roe?', { topic: 'harbour' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Roe, 58,/);
  });

  it('answers "which ferry ..." with a sentence naming a ferry, not any name', () => {
    const story = makeBrief('port', 'The new port', {
      a: [
        'Last week the city opened the port of Corvo under the Blue River accord, which lets ferries dock there.',
        'A Turkey Lines ferry was the first to dock at Corvo, at dawn on Tuesday.',
      ].join(' '),
    });
    const engine = new QaEngine(new MutableBriefCatalog([story]), { now: () => FIXED_NOW });
    const a = engine.ask('Which ferry was the first to dock at Corvo?', { topic: 'port' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Turkey Lines ferry/);
  });

  it('answers "how far" with a distance, not any measure', () => {
    const story = makeBrief('ports', 'Coastal trade', {
      a: [
        'The two ports have been rivals for two years and are far apart in everything.',
        'The two ports lie in cities 500 kilometers apart on the same coast.',
      ].join(' '),
    });
    const engine = new QaEngine(new MutableBriefCatalog([story]), { now: () => FIXED_NOW });
    const a = engine.ask('How far apart are the two ports?', { topic: 'ports' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /500 kilometers/);
  });

  it('answers "at what time" with a time of day, not a day', () => {
    const engine = new QaEngine(new MutableBriefCatalog([FLOOD]), { now: () => FIXED_NOW });
    const a = engine.ask('At what time did the first relief plane land?', { topic: 'flood' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations.map((c) => c.quote).join(' '), /8:30 a\.m\./);
  });

  it('matches "give" in a question with "gave" in the sentence', () => {
    const engine = new QaEngine(new MutableBriefCatalog([FLOOD]), { now: () => FIXED_NOW });
    const a = engine.ask('What did the astronauts give the governor?', { topic: 'flood' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /gave the governor a flag/);
  });
});

describe('stems of words in -nce', () => {
  it('stems "experienced", "influencing" and "announced" as "experience", "influence" and "announce"', () => {
    assert.equal(termOf('experienced'), termOf('experience'));
    assert.equal(termOf('influencing'), termOf('influence'));
    assert.equal(termOf('announced'), termOf('announce'));
    assert.notEqual(termOf('experienced'), termOf('expert'));
  });
});
