/**
 * `npm run eval:draft -- [cache-dir] [--clusters d30001t,…] [--out dir]`: the drafting
 * summary on DUC 2004 Task 2, scored with the official ROUGE-1.5.5 through the harness in
 * ../shared/tools/rouge (score.py --limit l100, the setting of Hong et al. 2014).
 *
 * The DUC data is NIST-licensed and never committed: this script builds one topic folder
 * per cluster from a local copy (made by ../shared/tools/rouge/setup.sh into the git-ignored
 * .cache/duc2004), loads it with the same loader the bot uses, runs the same code as
 * `briefbot draft --summary-bytes 700`, and writes each summary one sentence per line into
 * the cache. Then it scores timeline dates on hand-judged sentences of the same clusters
 * (draft-dates-eval.ts). Not part of `npm test` or CI: the data is not there.
 *
 * Tuned on 10 clusters only: d30001t d30002t d30003t d30005t d30006t d30007t d30008t
 * d30010t d30011t d30015t (DRAFT_TUNE='{"positionWeight":4,…}' overrides the summary
 * settings for such runs); reported on all 50.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAllTopics } from '../../src/content/brief-loader.ts';
import { draftBrief } from '../../src/drafting/draft-brief.ts';
import { repoRoot } from '../helpers/make-core.ts';
import { dateAccuracy } from './draft-dates-eval.ts';
import { writeDucTopics } from './duc-topics.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { clusters: { type: 'string' }, out: { type: 'string' }, bytes: { type: 'string', default: '700' }, 'allow-missing': { type: 'boolean', default: false } } });
const cache = path.resolve(positionals[0] ?? path.join(repoRoot, '.cache', 'duc2004'));
if (!existsSync(path.join(cache, 'docs'))) {
  console.error(`no DUC 2004 cache at ${cache}: build it with ../shared/tools/rouge/setup.sh (see its README)`);
  process.exit(2);
}
const wanted = values.clusters ? new Set(values.clusters.split(',')) : null;
const clusters = readdirSync(path.join(cache, 'docs')).filter((c) => /^d3\d{4}t$/.test(c) && (!wanted || wanted.has(c))).sort();
const topicsDir = path.join(cache, 'topics');
writeDucTopics(cache, clusters, topicsDir);
const out = path.resolve(values.out ?? path.join(cache, 'runs', 'briefbot'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const t0 = performance.now();
const loads = await loadAllTopics(topicsDir, topicsDir);
let sentences = 0;
let notVerbatim = 0;
for (const load of loads) {
  const docs = load.sourcesOnly?.sources ?? [];
  if (docs.length === 0) throw new Error(`${load.slug}: no sources loaded: ${load.issues.map((i) => i.message).join('; ')}`);
  const draft = await draftBrief(load.slug, load.slug, docs, { summaryBytes: Number(values.bytes), sections: false, ...(process.env['DRAFT_TUNE'] ? { summary: JSON.parse(process.env['DRAFT_TUNE']) as object } : {}) });
  writeFileSync(path.join(out, `${load.slug}.txt`), draft.summary.map((s) => s.text).join('\n') + '\n');
  // Every summary sentence must be verbatim from its cluster (spacing aside).
  const bodies = docs.map((d) => d.body.replace(/\s+/g, ' '));
  sentences += draft.summary.length;
  notVerbatim += draft.summary.filter((s) => !bodies.some((b) => b.includes(s.text))).length;
}
console.log(`verbatim: ${sentences - notVerbatim} of ${sentences} summary sentences appear word for word in their cluster's articles`);
if (notVerbatim > 0) process.exitCode = 1;
console.log(`drafted ${loads.length} clusters in ${((performance.now() - t0) / 1000).toFixed(1)} s; summaries in ${path.relative(repoRoot, out)}`);
const scorer = path.resolve(process.env['ROUGE_TOOLS'] ?? path.join(repoRoot, '..', 'shared', 'tools', 'rouge'), 'score.py');
const args = [scorer, '--limit', 'l100', ...(values['allow-missing'] || wanted ? ['--allow-missing'] : []), `briefbot=${out}`];
const r = spawnSync('python3', args, { stdio: 'inherit', env: { ...process.env, DUC2004_CACHE: cache } });
// Timeline dates, on hand-judged sentences of the same clusters.
if (!wanted) await dateAccuracy(topicsDir);
process.exit(r.status === 0 ? (process.exitCode ?? 0) : (r.status ?? 1));
