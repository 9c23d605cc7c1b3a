/**
 * Drafting (issue: drafting), the whole `briefbot draft` pipeline on a loaded topic
 * (loading excluded; every stage included: candidates, summary, status and key points,
 * timeline, who's who, differences, brief.md rendering and its check):
 *  - a 10-article topic: median of 15 runs (target under 1 s);
 *  - a 1,000-article topic: one run, its time and the process's peak RSS (targets under
 *    30 s and 500 MB).
 * Articles are built from the real sentences of the seed sources, reshuffled, with names
 * and figures varied so that they are not copies of each other.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { loadTopic } from '../src/content/brief-loader.ts';
import { draftTopic } from '../src/drafting/draft-topic.ts';
import { repoRoot } from '../test/helpers/make-core.ts';
import { prng } from '../test/helpers/prng.ts';
import { fmt, mb, median } from './stats.ts';

const seedsDir = path.join(repoRoot, 'briefs', 'china-russia-aid', 'sources');
const sentences = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(seedsDir, f), 'utf8').split(/(?<=[.!?])\s+/))
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 60 && s.length < 300 && !/[[\]]/.test(s));
const rnd = prng(7);
const names = ['Ana Ortiz', 'Ben Adeyemi', 'Chen Wei', 'Dara Novak', 'Emil Sato', 'Farah Haddad', 'Goran Ilic', 'Hana Kim'];

function topic(n: number): { dir: string; root: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briefbot-draft-bench-'));
  const dir = path.join(root, 'briefs', `bench-${n}`);
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  const meta = [];
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 18 }, () => sentences[Math.floor(rnd() * sentences.length)]!.replace(/\b\d+\b/g, () => String(Math.floor(rnd() * 500))).replace(/\b(Blinken|Wang Yi|Xi Jinping)\b/g, () => names[Math.floor(rnd() * names.length)]!)).join(' ');
    const id = `a${i}`;
    writeFileSync(path.join(dir, 'sources', `${id}.txt`), `${body}\n`);
    meta.push({ id, file: `${id}.txt`, title: null, outlet: `Outlet ${i % 40}`, published: `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, url: null });
  }
  writeFileSync(path.join(dir, 'sources', 'sources.yml'), stringify(meta, { lineWidth: 0 }));
  return { dir, root };
}

const small = topic(10);
const smallLoad = await loadTopic(small.dir, small.root);
const times: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  await draftTopic(smallLoad, small.dir, '2026-12-01');
  times.push(performance.now() - t0);
}
console.log(`draft: 10-article topic: median ${fmt(median(times))} (15 runs; loading excluded)`);

const big = topic(1000);
const l0 = performance.now();
const bigLoad = await loadTopic(big.dir, big.root);
const loadMs = performance.now() - l0;
const t0 = performance.now();
const result = await draftTopic(bigLoad, big.dir, '2026-12-01');
const draftMs = performance.now() - t0;
console.log(`draft: 1,000-article topic: ${fmt(draftMs)} to draft (${fmt(loadMs)} to load), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; ${result.draft.summary.length} summary sentences, ${result.draft.timeline.length} timeline entries, ${result.draft.whosWho.length} people`);
rmSync(small.root, { recursive: true, force: true });
rmSync(big.root, { recursive: true, force: true });
