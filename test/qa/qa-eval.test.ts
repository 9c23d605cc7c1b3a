/**
 * The Q&A headline figures as a regression test: the evaluation set must keep meeting the
 * targets (>= 90% answerable correct, 100% verbatim citations, >= 85% unanswerable abstained),
 * and the held-out sets must stay above looser ones (>= 60% correct, >= 75% abstained).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { engineAsker, loadCatalog, loadEvalSet, runEval } from '../eval/eval-lib.ts';

describe('Q&A evaluation set', () => {
  it('meets the accuracy, verbatim and abstention targets', async () => {
    const catalog = await loadCatalog();
    const set = loadEvalSet('test/fixtures/qa-eval.json');
    assert.ok(set.questions.length >= 40);
    assert.ok(set.questions.filter((q) => q.unanswerable).length >= 10);
    const r = runEval(set, engineAsker(new QaEngine(catalog), set.topic), catalog);
    const wrong = r.results.filter((x) => (x.item.unanswerable ? !x.answer.abstained : !x.correct)).map((x) => x.item.id);
    assert.ok(r.accuracy >= 0.9, `answerable correct ${r.accuracy} (wrong: ${wrong.join(', ')})`);
    assert.equal(r.verbatimShare, 1);
    assert.ok(r.citations > 0);
    assert.ok(r.abstentionRecall >= 0.85, `abstention recall ${r.abstentionRecall}`);
    for (const x of r.results) assert.ok(x.answer.answer.length <= 500, `${x.item.id} answer too long`);
  });

  it('generalises to the held-out sets it was never tuned on (looser targets)', async () => {
    const catalog = await loadCatalog();
    let answerable = 0;
    let correct = 0;
    let unanswerable = 0;
    let abstained = 0;
    const holdouts = ['qa-eval-holdout.json', 'qa-eval-holdout2.json', 'qa-eval-holdout3.json', 'qa-eval-holdout4.json', 'qa-eval-holdout5.json'].map((f) => `test/fixtures/${f}`);
    for (const file of holdouts) {
      const set = loadEvalSet(file);
      const r = runEval(set, engineAsker(new QaEngine(catalog), set.topic), catalog);
      assert.equal(r.verbatimShare, 1, `${file}: every quote verbatim`);
      answerable += r.answerable;
      correct += r.correct;
      unanswerable += r.unanswerable;
      abstained += r.abstainedUnanswerable;
    }
    assert.ok(unanswerable >= 40);
    assert.ok(correct / answerable >= 0.65, `held-out answerable correct ${correct}/${answerable}`);
    assert.ok(abstained / unanswerable >= 0.85, `held-out unanswerable abstained ${abstained}/${unanswerable}`);
  });
});
