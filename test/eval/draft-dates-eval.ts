/**
 * Timeline date accuracy on hand-judged DUC 2004 sentences (test/fixtures/draft-dates-gold.json):
 * `npm run eval:draft -- --dates` runs it after the ROUGE score, or run this file alone with
 * the cache folder. Reports tuning and held-out items separately.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTopic } from '../../src/content/brief-loader.ts';
import { dateOf } from '../../src/drafting/timeline.ts';
import { repoRoot } from '../helpers/make-core.ts';

interface Item {
  split: 'tuning' | 'holdout';
  cluster: string;
  doc: string;
  phrase: string;
  expected: string | null;
}

export async function dateAccuracy(topicsDir: string): Promise<void> {
  const gold = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'draft-dates-gold.json'), 'utf8')) as { items: Item[] };
  const results = new Map<string, { right: number; total: number; wrong: string[] }>();
  const loaded = new Map<string, Awaited<ReturnType<typeof loadTopic>>>();
  for (const item of gold.items) {
    let load = loaded.get(item.cluster);
    if (!load) loaded.set(item.cluster, (load = await loadTopic(path.join(topicsDir, item.cluster), topicsDir)));
    const doc = (load.brief ?? load.sourcesOnly)?.sources.find((d) => d.meta.id === item.doc);
    const sentence = doc?.sentences.map((s) => s.text.replace(/\s+/g, ' ')).find((t) => t.includes(item.phrase));
    const r = results.get(item.split) ?? { right: 0, total: 0, wrong: [] };
    results.set(item.split, r);
    r.total++;
    const got = sentence && doc?.meta.published ? (dateOf(sentence, doc.meta.published)?.date ?? null) : 'sentence not found';
    if (got === item.expected) r.right++;
    else r.wrong.push(`${item.cluster}/${item.doc} "${item.phrase}": expected ${item.expected ?? 'no date'}, got ${got ?? 'no date'}`);
  }
  for (const [split, r] of results) {
    console.log(`timeline dates (${split}): ${r.right}/${r.total} right (${((100 * r.right) / r.total).toFixed(1)}%)`);
    for (const w of r.wrong) console.log(`  ${w}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await dateAccuracy(path.resolve(process.argv[2] ?? path.join(repoRoot, '.cache', 'duc2004', 'topics')));
