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

  it('reads a definite noun after its modifiers, in any of its first senses ("the Liberian-flagged vessel" for the ship)', () => {
    const ship = termOf('ship') as string;
    const shipBefore = (): string[] => ['A container ship lost power and struck a pier of the bridge.'];
    const text = 'The Liberian-flagged vessel, the Oriana Star, had left Quay 9 bound for Antwerp.';
    assert.equal(refersByHypernym('ship', ship, text, shipBefore), true);
    assert.equal(refersByHypernym('ship', ship, 'A Liberian-flagged vessel had left Quay 9 bound for Antwerp.', shipBefore), false, 'no "the"');
    assert.equal(refersByHypernym('ship', ship, 'The Liberian-flagged lorry had left Quay 9.', shipBefore), false, 'not a kind above it');
  });

  it('does not take a noun the question asks with as a reference to its other noun', () => {
    const mortality = termOf('mortality') as string;
    const text = 'That is based on the population growth rate of the early 1990s.';
    const before = (): string[] => ['Officials do not release mortality figures.'];
    assert.equal(refersByHypernym('mortality', mortality, text, before), true, 'a mortality is a rate in WordNet');
    assert.equal(refersByHypernym('mortality', mortality, text, before, (n) => n === 'rate'), false, '"rate" is asked itself');
  });

  it('leaves out a name and the kind the question asks for', () => {
    const brief = makeBrief('floods', 'Floods', {
      a: 'DEVA, Varnia (AP) _ The swollen river burst its banks on Tuesday, flooding the town.\n\nThe mayor said the water came up faster than ever in the flood.\n\nThe Mures River began to fall slowly overnight after the flood.',
    });
    const scored = scoredSentence(brief, 'What river flooded?', /the water came up/);
    assert.ok((scored?.factors?.match ?? 0) < 0.8, JSON.stringify(scored?.factors));
    const lifted = scoredSentence(brief, 'Why did the river flood?', /the water came up/);
    assert.ok((lifted?.factors?.match ?? 0) >= 0.8, JSON.stringify(lifted?.factors));
  });
});
