/** "Which firms did the ministry sanction?" is not answered by "the corporation that the ministry sanctioned", which names none. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relativeLeavesKindUnnamed } from '../../src/qa/kind-in-relative.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('one of the asked kind, unnamed, in a relative clause', () => {
  const q = analyzeQuestion('Which firms did the ministry sanction?');

  it('finds the kind (or a word of its concept) with the question’s act told of it, and no name', () => {
    assert.equal(relativeLeavesKindUnnamed(q, 'The militia received drone parts from a Vesland corporation that the ministry has sanctioned.'), true);
    assert.equal(relativeLeavesKindUnnamed(q, 'The militia received drone parts from the firm for which the ministry imposed sanctions last year.'), true, '"for which"');
  });

  it('leaves a named one, another act, or another kind alone', () => {
    assert.equal(relativeLeavesKindUnnamed(q, 'The ministry sanctioned the firm Tarno Optics, which sold drone parts.'), false, 'named, and the clause tells another act');
    assert.equal(relativeLeavesKindUnnamed(q, 'The militia bought parts from a firm that sells cameras.'), false, 'another act');
    assert.equal(relativeLeavesKindUnnamed(q, 'The militia bought parts from a port that the ministry sanctioned.'), false, 'another kind');
    assert.equal(relativeLeavesKindUnnamed(analyzeQuestion('When did the ministry sanction the firm?'), 'a firm that the ministry sanctioned'), false, 'no kind asked for');
  });

  it('so the engine declines rather than offer the unnamed one', () => {
    const engine = madeEngine('parts', 'Drone parts', {
      a: 'The militia is said to have received drone parts from the Vesland corporation that the ministry has sanctioned.\n\nThe militia has hundreds of fighters.\n',
      b: 'The ministry said the parts came by sea through the port of Tarno.\n',
    });
    const a = engine.ask('Which Vesland firms did the ministry sanction?', { topic: 'parts' });
    assert.equal(a.abstained, true, `abstained (${a.confidence}): ${a.answer}`);
  });
});
