/**
 * "When was the Codex Varnel written?" and "How old is it?" are answered by "A 15th-century
 * illuminated manuscript, the Codex Varnel, ...": a time written onto the thing says when it was
 * made, without the verb.
 * Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedAsMade } from '../../src/qa/made-dates.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('a thing dated by a time written onto it', () => {
  it('reads a century or year before the thing, or in an appositive after it', () => {
    const q = analyzeQuestion('When was the Codex Varnel written?');
    assert.equal(datedAsMade(q, 'A 15th-century illuminated manuscript, the Codex Varnel, survived the fire.'), true);
    assert.equal(datedAsMade(q, 'The Codex Varnel, a 15th-century manuscript, survived the fire.'), true);
    assert.equal(datedAsMade(q, 'The Codex Varnel survived a fire in the 15th-century wing.'), false);
    assert.equal(datedAsMade(analyzeQuestion('When was the church built?'), 'The 12th-century church was damaged.'), true);
    assert.equal(datedAsMade(analyzeQuestion('When did the church burn?'), 'The 12th-century church was damaged.'), false, 'not a verb of making');
    assert.equal(datedAsMade(analyzeQuestion('How old is the Codex Varnel?'), 'A 15th-century illuminated manuscript, the Codex Varnel, survived the fire.'), true, 'and how old it is');
    assert.equal(datedAsMade(analyzeQuestion('When was the study published?'), 'The journal has retracted a widely cited 2021 study that claimed a drug could shrink tumours.'), true, 'a year of this century');
    assert.equal(datedAsMade(analyzeQuestion('When was the study published?'), 'The journal retracted the study in 2021.'), false, 'a time of something else done to it');
  });

  it('answers "When was it written?" with the sentence that dates it so', () => {
    const engine = madeEngine('fire', 'A library fire', {
      a: 'Restorers said on Monday that a 15th-century illuminated manuscript, the Codex Varnel, survived the fire because it had been locked in a safe. Restoring the damaged books will take about eight years.',
    });
    const a = engine.ask('When was the Codex Varnel written?', { topic: 'fire' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /15th-century/);
    const s = scoredSentence(makeBrief('fire', 'A library fire', { a: 'A 15th-century illuminated manuscript, the Codex Varnel, survived the fire.\n\nRestoring the damaged books will take about eight years.\n' }), 'When was the Codex Varnel written?', /15th-century/);
    assert.equal(s?.factors?.['event'] ?? 1, 1, 'the making is told');
    const old = scoredSentence(makeBrief('fire', 'A library fire', { a: 'A 15th-century illuminated manuscript, the Codex Varnel, survived the fire.\n\nRestoring the damaged books will take about eight years.\n' }), 'How old is the Codex Varnel?', /15th-century/);
    assert.equal(old?.factors?.['type'] ?? 1, 1, 'its age is told');
  });
});
