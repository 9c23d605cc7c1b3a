/**
 * "How big was the stone?": a size is a length, an area, a weight, a likeness or a rank, never a
 * span of time ("discovered six years ago"). Made-up names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksSize, onlyTimeFigures, sizeByLikeness, sizeMeasureIn } from '../../src/qa/size-questions.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('questions for a size', () => {
  it('are "how big / large was X", not "how large a crowd"', () => {
    assert.equal(asksSize('How big was the stone?'), true);
    assert.equal(asksSize('How large was the disputed area?'), true);
    assert.equal(asksSize('How large a crowd gathered?'), false);
    assert.equal(asksSize('How long was the delay?'), false);
  });

  it('know a sentence whose only figures are times and dates', () => {
    assert.equal(onlyTimeFigures('Oil was discovered six years ago in the area.'), true);
    assert.equal(onlyTimeFigures('The rock spent about 22 million years in space before 2024.'), true);
    assert.equal(onlyTimeFigures('The area covers 4,100 square kilometers, found in 2018.'), false);
    assert.equal(onlyTimeFigures('No figure at all.'), false);
  });

  it('read a size by likeness, rank or unit', () => {
    assert.equal(sizeByLikeness('He saw a black stone the size of a grapefruit sitting in a crater.'), 'the size of a grapefruit');
    assert.equal(sizeByLikeness("elections in Varnia's third-largest city."), 'third-largest city');
    assert.equal(sizeMeasureIn('It pays 35,000 euros for the 1.3-kilogram stone.'), '1.3-kilogram');
    assert.equal(sizeMeasureIn('about 70 percent of the disputed 4,100 square kilometers (1,580 square miles)'), '4,100 square kilometers');
  });

  const engine = madeEngine('rock', 'The rock', {
    a: 'The rock spent about 22 million years travelling through space after being knocked off a larger asteroid, the museum said.\n',
    b: 'Oil was discovered in the Kalmar field six years ago, and the field covers 4,100 square kilometers of sea.\n',
    c: 'A farmer found a black stone the size of a grapefruit in his garden on Wednesday.\n',
  });

  it('is not answered by a span of time', () => {
    const a = engine.ask('How big was the original asteroid?', { topic: 'rock' });
    assert.equal(a.abstained, true, a.citations[0]?.quote);
  });

  it('is answered by a likeness or a unit, which leads the answer', () => {
    const stone = engine.ask('How big was the stone?', { topic: 'rock' });
    assert.equal(stone.abstained, false, `${stone.confidence}`);
    assert.equal(stone.short, 'the size of a grapefruit');
    const field = engine.ask('How large is the Kalmar field?', { topic: 'rock' });
    assert.equal(field.short, '4,100 square kilometers');
  });

  it('reads "area" in a question as met by an area in its units', () => {
    const sea = madeEngine('sea', 'The sea border', {
      a: "The ruling places about 70 percent of the disputed 4,100 square kilometers of sea on Varnia's side.\n",
      b: 'Oil companies had drilled wells in the sea before the talks between the two countries failed.\n',
      c: 'The court sat in Kalmar on Monday.\n',
    });
    const a = sea.ask('How large was the disputed area?', { topic: 'sea' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /square kilometers/);
  });
});

describe('"How large a power station ...?"', () => {
  it('is answered by a made thing\'s size in any unit, not by its price', () => {
    const brief = makeBrief('plant', 'A power plant', {
      a: 'OSK (Reuters) - The minister said the government wanted a power station of at least 800 megawatts near Tarno.\n\nThe minister said the station would cost $2 billion.\n',
      b: 'OSK (Reuters) - Valdis said on Tuesday it had found gas.\n',
    });
    const type = (re: RegExp): number => scoredSentence(brief, 'How large a power station does the government want?', re)?.factors?.['type'] ?? -1;
    assert.equal(type(/800 megawatts/), 1);
    assert.ok(type(/\$2 billion/) < 1, 'a price is no size');
  });
});
