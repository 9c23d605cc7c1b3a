/**
 * A thing named again by a broader word ("The insects bred in Yemen" after "Swarms of desert
 * locusts ..."): WordNet's hypernyms, only when the document named the thing shortly before,
 * never a word as broad as "thing" or a noun of people. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refersByHypernym } from '../../src/qa/hypernym-references.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { scoredSentence, makeBrief } from './qa-helpers.ts';

const locust = termOf('locusts') as string;
const before = (): string[] => ['Swarms of desert locusts have invaded the north of Varnia.'];

describe('a thing named again by a broader word', () => {
  it('reads "the insects" as the locusts the document named before', () => {
    assert.equal(refersByHypernym('locusts', locust, 'The insects bred after heavy rains.', before), true);
    assert.equal(refersByHypernym('locusts', locust, 'These insects bred after heavy rains.', before), true);
  });

  it('needs the thing named shortly before, a definite noun, and a word above it', () => {
    assert.equal(refersByHypernym('locusts', locust, 'The insects bred after heavy rains.', () => ['Farmers planted sorghum.']), false, 'not named before');
    assert.equal(refersByHypernym('locusts', locust, 'Insects bred after heavy rains.', before), false, 'no "the"');
    assert.equal(refersByHypernym('locusts', locust, 'The farmers fled after heavy rains.', before), false, 'not a kind above it');
    assert.equal(refersByHypernym('locusts', locust, 'The animals bred after heavy rains.', before), false, 'too broad');
  });

  it('lifts a sentence that says it only by the broader word', () => {
    const brief = makeBrief('swarms', 'Crisis in the north', {
      a: 'NAIROBI (AP) _ Swarms of desert locusts have invaded the north of Varnia, the agency said Monday.\n\nFarmers said the damage was the worst in decades.\n\nThe insects bred in the desert after unusually heavy rains last year.',
    });
    const scored = scoredSentence(brief, 'Why did the locusts breed?', /The insects bred/);
    assert.ok((scored?.confidence ?? 0) > 0.8, JSON.stringify(scored?.factors));
  });
});
