/**
 * The Q&A on stories nobody tuned it for: the question sets in test/fixtures/qa-topics/
 * (one per DUC 2004 cluster, written from the articles before the engine was run on them)
 * against sources-only topics built from a local copy of the NIST-licensed articles
 * (../shared/tools/rouge/setup.sh puts it in the git-ignored .cache/duc2004). Each topic is
 * reported on its own beside the plain BM25 top-sentence baseline; the tuning topics are
 * also pooled (the threshold sweep is over all of them at once, never one), and the
 * held-out topic is reported apart. Run by `npm run eval`; never by `npm test` or CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBriefs } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { Bm25Baseline } from './bm25-baseline.ts';
import { writeDucTopics } from './duc-topics.ts';
import { engineAsker, pct, reportOf, ROOT, runEval, shortLine, summaryLine, type EvalReport, type EvalSet } from './eval-lib.ts';

export interface TopicSet extends EvalSet {
  cluster: string;
  role: 'tuning' | 'held-out';
  description: string;
}

export const TOPIC_SETS_DIR = path.join(ROOT, 'test', 'fixtures', 'qa-topics');

export function loadTopicSets(dir = TOPIC_SETS_DIR): TopicSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as TopicSet);
}

export interface TopicResult {
  set: TopicSet;
  engine: EvalReport;
  baseline: EvalReport;
  sweep: EvalReport;
}

/** Builds the topics from the DUC copy in `cacheDir` and runs every set; null when there is no copy. */
export async function evaluateTopics(cacheDir: string, threshold?: number): Promise<TopicResult[] | null> {
  if (!existsSync(path.join(cacheDir, 'docs'))) return null;
  const sets = loadTopicSets();
  const topicsDir = path.join(cacheDir, 'qa-topics');
  writeDucTopics(cacheDir, sets.map((s) => s.cluster), topicsDir);
  const { catalog, issues } = await loadBriefs(topicsDir, topicsDir);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new Error(`DUC topics did not load: ${errors.map((i) => i.message).join('; ')}`);
  const engine = new QaEngine(catalog, threshold === undefined ? {} : { threshold });
  const sweepEngine = new QaEngine(catalog, { threshold: 0 });
  return sets.map((set) => {
    const brief = catalog.get(set.topic);
    if (!brief) throw new Error(`topic ${set.topic} did not load`);
    const baseline = new Bm25Baseline(brief);
    return {
      set,
      engine: runEval(set, engineAsker(engine, set.topic), catalog),
      baseline: runEval(set, (item) => baseline.ask(item.question), catalog),
      sweep: runEval(set, engineAsker(sweepEngine, set.topic), catalog),
    };
  });
}

/** Pools several reports into one. */
export function pool(reports: EvalReport[]): EvalReport {
  return reportOf(reports.flatMap((r) => r.results), reports.reduce((a, r) => a + r.citations, 0), reports.reduce((a, r) => a + r.verbatimCitations, 0));
}

/** Answerable right at or above `t`, and unanswerable below it, over pooled sweep results. */
export function sweepLine(r: EvalReport, thresholds = [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]): string {
  const rows = r.results.map((x) => ({ conf: x.answer.confidence, correct: x.correct, unanswerable: x.item.unanswerable === true }));
  const answerable = Math.max(1, rows.filter((x) => !x.unanswerable).length);
  const unanswerable = Math.max(1, rows.filter((x) => x.unanswerable).length);
  return thresholds
    .map((t) => {
      const acc = rows.filter((x) => !x.unanswerable && x.correct && x.conf >= t).length / answerable;
      const rec = rows.filter((x) => x.unanswerable && x.conf < t).length / unanswerable;
      return `${t.toFixed(2)}: ${pct(acc)}/${pct(rec)}`;
    })
    .join('  ');
}

export function printTopicResults(results: TopicResult[], detail: (r: EvalReport) => void): void {
  console.log('\nOther stories (DUC 2004 clusters, sources only, no brief; questions in test/fixtures/qa-topics)');
  for (const r of results) {
    console.log(`\n${r.set.topic} [${r.set.role}] ${r.set.description.split('(')[0]!.replace(/^HELD OUT:[^.]*\.\s*(?:Added[^.]*\.\s*)?/, '').trim()} (${r.set.questions.length} questions, ${r.engine.answerable} answerable, ${r.engine.unanswerable} unanswerable)`);
    console.log(summaryLine('  qa engine', r.engine));
    console.log(summaryLine('  bm25 baseline', r.baseline));
    console.log(shortLine('  qa engine', r.engine));
    detail(r.engine);
  }
  const tuning = results.filter((r) => r.set.role === 'tuning');
  const held = results.filter((r) => r.set.role === 'held-out');
  for (const [name, group] of [['tuning topics pooled', tuning], ['held-out topics pooled', held]] as const) {
    if (group.length === 0) continue;
    console.log(`\n${name} (${group.map((r) => r.set.topic).join(', ')})`);
    console.log(summaryLine('  qa engine', pool(group.map((r) => r.engine))));
    console.log(summaryLine('  bm25 baseline', pool(group.map((r) => r.baseline))));
    console.log(`  threshold sweep (answerable correct / unanswerable abstained):\n    ${sweepLine(pool(group.map((r) => r.sweep)))}`);
  }
}

/**
 * Calibration across topics, never one: for each threshold, the mean over the named topics
 * of (answerable right + unanswerable abstained) / 2, each topic weighing the same, from
 * results taken with the threshold at 0. The engine's default should sit at (or next to) the best row.
 */
export function calibrationTable(reports: ReadonlyArray<readonly [string, EvalReport]>, thresholds = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]): string[] {
  return thresholds.map((t) => {
    const per = reports.map(([name, r]) => {
      const a = r.results.filter((x) => !x.item.unanswerable);
      const u = r.results.filter((x) => x.item.unanswerable);
      const acc = a.filter((x) => x.correct && x.answer.confidence >= t).length / Math.max(1, a.length);
      const rec = u.filter((x) => x.answer.confidence < t).length / Math.max(1, u.length);
      return { name, acc, rec };
    });
    const balanced = per.reduce((s, p) => s + (p.acc + p.rec) / 2, 0) / Math.max(1, per.length);
    return `${t.toFixed(2)}  balanced ${pct(balanced).padStart(6)}   ${per.map((p) => `${p.name} ${pct(p.acc)}/${pct(p.rec)}`).join('  ')}`;
  });
}
