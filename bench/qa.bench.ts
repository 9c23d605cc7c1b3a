/**
 * Q&A speed: `ask` latency on china-russia-aid, and on a synthetic topic of 10,000 documents
 * made from shuffled real sentences (index build time, ask latency, peak memory).
 * Run: node --expose-gc --import tsx bench/qa.bench.ts (`npm run bench` runs it so, and again
 * bundled as the bot ships: bench/shipped-bundle.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBriefs, MutableBriefCatalog } from '../src/content/brief-loader.ts';
import type { Brief } from '../src/domain/brief-types.ts';
import { buildSourceDocument } from '../src/content/source-loader.ts';
import type { SourceDocument } from '../src/domain/document-types.ts';
import { QaEngine } from '../src/qa/qa-engine.ts';
import { prng } from '../test/helpers/prng.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TOPIC = 'china-russia-aid';
const SYNTHETIC_DOCS = 10_000;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

function timeAsks(engine: QaEngine, topic: string, questions: string[], rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      engine.ask(q, { topic });
      times.push(performance.now() - t0);
    }
    sample();
  }
  return times.sort((a, b) => a - b);
}

const { catalog } = await loadBriefs(path.join(ROOT, 'briefs'), ROOT);
const brief = catalog.get(TOPIC);
if (!brief) throw new Error(`${TOPIC} did not load`);
const evalSet = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/qa-eval.json'), 'utf8')) as { questions: { question: string }[] };
const questions = evalSet.questions.map((q) => q.question);

// 1. The real topic.
let t0 = performance.now();
const engine = new QaEngine(catalog, { eager: true });
const buildSmall = performance.now() - t0;
timeAsks(engine, TOPIC, questions, 3); // warm-up
const small = timeAsks(engine, TOPIC, questions, 30);

// 2. A synthetic topic of 10,000 documents of 5-20 shuffled real sentences each.
const pool = brief.sources.flatMap((d) => d.sentences.map((s) => s.text));
const rand = prng(42);
globalThis.gc?.();
// What the process held before the synthetic topic (the real topic, tsx, the modules): the
// 10,000 documents and their index are what the peak adds to it.
const rssBefore = process.memoryUsage().rss;
sample();
t0 = performance.now();
const docs: SourceDocument[] = [];
for (let i = 0; i < SYNTHETIC_DOCS; i++) {
  const n = 5 + Math.floor(rand() * 16);
  const paras: string[] = [];
  for (let k = 0; k < n; k++) paras.push(pool[Math.floor(rand() * pool.length)] as string);
  const id = `synthetic-${i}`;
  docs.push(buildSourceDocument({ id, file: `${id}.txt`, title: null, outlet: 'Synthetic Wire', published: '2023-02-20', url: null }, paras.join('\n\n'), 'synthetic', `briefs/synthetic/sources/${id}.txt`));
  if (i % 1000 === 0) sample();
}
// Sentences are split on first use; counting them here keeps the split in the document model's time.
const sentences = docs.reduce((a, d) => a + d.sentences.length, 0);
const docBuild = performance.now() - t0;
const synthetic: Brief = { ...brief, slug: 'synthetic', title: 'Synthetic topic', sources: docs, version: 'synthetic-1' };
sample();
t0 = performance.now();
const bigEngine = new QaEngine(new MutableBriefCatalog([synthetic]), { eager: true });
const indexBuild = performance.now() - t0;
sample();
timeAsks(bigEngine, 'synthetic', questions.slice(0, 20), 1); // warm-up
const big = timeAsks(bigEngine, 'synthetic', questions, 5);

// Set by bench/run.ts when this file runs bundled as the bot ships (bench/shipped-bundle.ts).
const build = process.env['BRIEFBOT_BENCH_BUILD'] === 'shipped' ? 'as shipped: one esbuild bundle, as `npm start` runs it' : 'from the sources, through tsx';
console.log(`qa.bench — QaEngine.ask (${build})`);
console.log(`  ${TOPIC}: ${brief.sources.length} documents, index build ${fmt(buildSmall)}; ${small.length} asks`);
console.log(`    ask p50 ${fmt(pct(small, 50))}  p95 ${fmt(pct(small, 95))}  p99 ${fmt(pct(small, 99))}  max ${fmt(small[small.length - 1] ?? NaN)}  (target p95 < 5 ms)`);
console.log(`  synthetic: ${SYNTHETIC_DOCS.toLocaleString('en-US')} documents, ${sentences.toLocaleString('en-US')} sentences (shuffled real sentences)`);
console.log(`    document model build ${fmt(docBuild)}; index build ${fmt(indexBuild)}`);
console.log(`    ask p50 ${fmt(pct(big, 50))}  p95 ${fmt(pct(big, 95))}  p99 ${fmt(pct(big, 99))}  max ${fmt(big[big.length - 1] ?? NaN)}  (target p95 < 50 ms; ${big.length} asks)`);
console.log(`    peak RSS ${mb(peakRss)} (${mb(rssBefore)} before the synthetic topic, so +${mb(peakRss - rssBefore)} for its documents and index), peak heap used ${mb(peakHeap)}`);
console.log(`  ratio synthetic/real ask p95: ${(pct(big, 95) / pct(small, 95)).toFixed(1)}x`);
