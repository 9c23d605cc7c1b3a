/**
 * Source documents: loading 1,000 documents (read + boilerplate + sentences) and
 * validating several quotes per document. Builds a temporary topic from the five real
 * china-russia-aid articles (each copy gets a unique last paragraph) and removes it after.
 */
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripBoilerplate } from '../src/content/boilerplate.ts';
import { findQuote, QuoteIndex } from '../src/content/quote-match.ts';
import { splitSentences } from '../src/content/sentences.ts';
import { loadSources } from '../src/content/source-loader.ts';

const DOCS = 1000;
const ROUNDS = 15;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = path.join(repoRoot, 'briefs', 'china-russia-aid', 'sources');

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function measure(name: string, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = pct(times, 50);
  console.log(`${name.padEnd(44)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${pct(times, 95).toFixed(1).padStart(7)} ms  min ${(times[0] ?? 0).toFixed(1).padStart(7)} ms`);
  return p50;
}

const seeds = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
const bodies = await Promise.all(seeds.map((f) => readFile(path.join(seedDir, f), 'utf8')));
const root = await mkdtemp(path.join(os.tmpdir(), 'briefbot-bench-docs-'));
try {
  const topicDir = path.join(root, 'briefs', 'bench');
  await mkdir(path.join(topicDir, 'sources'), { recursive: true });
  let yml = '';
  const docBodies: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const body = `${bodies[i % bodies.length] ?? ''}\n\nOfficials said on Feb. ${(i % 28) + 1} that talks with Mr. Wang, No. ${i}, would continue.\n`;
    docBodies.push(body);
    await writeFile(path.join(topicDir, 'sources', `doc-${i}.txt`), body);
    yml += `- id: doc-${i}\n  file: doc-${i}.txt\n  title: null\n  outlet: null\n  published: 2023-02-19\n  url: null\n`;
  }
  await writeFile(path.join(topicDir, 'sources', 'sources.yml'), yml);
  const totalChars = docBodies.reduce((n, b) => n + b.length, 0);
  console.log(`source documents: ${DOCS} documents, ${(totalChars / 1e6).toFixed(2)} M chars, ${ROUNDS} rounds`);

  let loaded = await loadSources(topicDir, root, 'bench');
  if (loaded.documents.length !== DOCS || loaded.issues.length !== 0) throw new Error('bench topic did not load cleanly');
  const load = await measure(`loadSources (${DOCS} docs, read + parse)`, async () => {
    loaded = await loadSources(topicDir, root, 'bench');
  });
  const strip = await measure('  stripBoilerplate only', () => {
    for (const b of docBodies) stripBoilerplate(b);
  });
  const passages = loaded.documents.flatMap((d) => d.passages.map((p) => p.text));
  const split = await measure(`  splitSentences only (${passages.length} passages)`, () => {
    for (const p of passages) splitSentences(p);
  });

  // Quotes: three sentences per document, with straight quotes and squeezed spaces, as a model would write them.
  const quotes = loaded.documents.map((d) =>
    [d.sentences[1], d.sentences[4], d.sentences[8]].filter((s) => s !== undefined).map((s) => s.text.replace(/[“”]/g, '"').replace(/\s+/g, ' ')),
  );
  const quoteCount = quotes.reduce((n, q) => n + q.length, 0);
  let found = 0;
  const cold = await measure(`findQuote, ${quoteCount} quotes (cache cold)`, () => {
    found = 0;
    loaded.documents.forEach((d, i) => {
      for (const q of quotes[i] ?? []) if (findQuote(d.body, q)) found++;
    });
  });
  if (found !== quoteCount) throw new Error(`only ${found}/${quoteCount} quotes found`);
  const indexes = loaded.documents.map((d) => new QuoteIndex(d.body));
  const warm = await measure(`QuoteIndex.find, ${quoteCount} quotes (prebuilt)`, () => {
    indexes.forEach((ix, i) => {
      for (const q of quotes[i] ?? []) ix.find(q);
    });
  });
  console.log(`per document: load ${(load / DOCS * 1000).toFixed(0)} µs, per quote: cold ${(cold / quoteCount * 1000).toFixed(1)} µs, prebuilt ${(warm / quoteCount * 1000).toFixed(2)} µs (${(cold / warm).toFixed(0)}x)`);
  console.log(`share of load: boilerplate ${((strip / load) * 100).toFixed(0)}%, sentences ${((split / load) * 100).toFixed(0)}%`);
} finally {
  await rm(root, { recursive: true, force: true });
}
