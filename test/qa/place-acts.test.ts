/**
 * "Who told Marker about troop rotations?" answered by "Jakarta had advised him of troop
 * rotations": a country or capital that acts stands for its government, so it answers "who"
 * better than a sentence naming no one; a place only as the scene ("arrived in Oslo") does not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

const Q = 'Who told the envoy about troop movements?';

function typeOf(first: string, sentence: RegExp): number | undefined {
  const brief = makeBrief('border', 'The border', { a: `${first}\nThe envoy arrived on Monday.\n`, b: 'The border was quiet on Tuesday.\nMonitors counted 40 trucks.\n' });
  return scoredSentence(brief, Q, sentence)?.factors?.type;
}

describe('a place that acts answers "who"', () => {
  it('gives a capital acting ("Oslo had advised him") the fit of a name of who did it, nearly', () => {
    const fit = typeOf('The envoy said Oslo had advised him of troop movements and that monitors were watching the border.', /Oslo had advised/);
    assert.ok(fit !== undefined && fit >= 0.8, `type ${fit}`);
  });

  it('not a place that is only where something happened, nor a country the question names', () => {
    const scene = typeOf('The envoy said monitors in Oslo were watching troop movements.', /monitors in Oslo/);
    assert.ok(scene !== undefined && scene < 0.8, `type ${scene}`);
    const brief = makeBrief('border', 'The border', { a: 'The envoy said Norway had warned Norway about troop movements.\n' });
    const own = scoredSentence(brief, 'Who told Norway about troop movements?', /Norway had warned/)?.factors?.type;
    assert.ok(own !== undefined && own < 0.8, `type ${own}`);
  });

  it('gives a country the asked verb of a "whom" question acts on the same fit: "it will harm Norway and Sweden"', () => {
    const brief = makeBrief('build', 'The build-up', {
      a: '"The build-up does not serve anybody as much as it will harm Norway and Sweden and other parties in the region."\nThe minister spoke on Monday.\n',
      b: 'Troops gathered near the border on Tuesday.\n',
    });
    const fit = scoredSentence(brief, 'Whom will the build-up harm, according to the minister?', /will harm Norway/)?.factors?.type;
    assert.ok(fit !== undefined && fit >= 0.8, `type ${fit}`);
  });
});
