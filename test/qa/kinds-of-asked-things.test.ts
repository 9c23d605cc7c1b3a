/**
 * A made thing the question names may be written as a kind of it: "the tanker" for "the ship",
 * "a landscape" for "the painting" (WordNet's hypernyms). People are not matched so. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { thingNamedByKind } from '../../src/qa/kinds-of-asked-things.ts';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('grounding', 'A grounding', {
  a: [
    'GDANSK, Poland (AP) _ A tanker carrying 80,000 tons of crude oil ran aground off the Polish coast on Sunday, the maritime office said.',
    'The vessel\'s owner, Baltic Crude Lines, said the tanker was built in 2009 in South Korea.',
    'Salvage crews hoped to refloat her at high tide on Monday.',
  ].join('\n\n'),
});

describe('a kind of the asked thing', () => {
  it('stands for it: "the tanker" for "the ship"', () => {
    const a = engine.ask('When was the ship built?', { topic: 'grounding', conversation: null });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /built in 2009/);
  });
  it('is asked of made things, not of people', () => {
    assert.equal(thingNamedByKind(analyzeQuestion('How much did the painting sell for?'), 'paint', ['landscape', 'sold']), true);
    assert.equal(thingNamedByKind(analyzeQuestion('How much did the painting sell for?'), 'paint', ['estate', 'sold']), false);
    assert.equal(thingNamedByKind(analyzeQuestion('When did the official resign?'), 'offici', ['minister']), false);
  });

  it('is asked of anything whose kind the question asks: "What kind of animal escaped?"', () => {
    const q = analyzeQuestion('What kind of animal escaped?');
    const animal = q.terms.find((t) => t.startsWith('anim')) as string;
    assert.equal(thingNamedByKind(q, animal, ['sumatran', 'tiger', 'escaped']), true);
    assert.equal(thingNamedByKind(analyzeQuestion('Where did the animal go?'), animal, ['tiger']), false, 'not asked for its kind');
  });
});
