/** Finds a topic by slug, alias, title or a close typo. */
import type { Brief } from '../domain/brief-types.ts';
import { editDistance } from '../domain/edit-distance.ts';
import type { TopicResolution } from './brief-catalog.ts';

export function normalizeTopic(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function names(b: Brief): string[] {
  return [b.slug, b.title, ...b.aliases].map(normalizeTopic).filter((n) => n !== '');
}

export function resolveTopic(query: string, briefs: readonly Brief[]): TopicResolution {
  const q = normalizeTopic(query);
  const sorted = [...briefs].sort((a, b) => a.slug.localeCompare(b.slug));
  if (q === '') return { kind: 'unknown', query, topics: sorted };
  const exact = sorted.find((b) => names(b).includes(q));
  if (exact) return { kind: 'found', brief: exact };
  let best: { brief: Brief; distance: number } | null = null;
  for (const b of sorted) {
    for (const n of names(b)) {
      const d = damerauLevenshtein(q, n);
      if (!best || d < best.distance) best = { brief: b, distance: d };
    }
  }
  // Allow roughly one typo per five characters, at least one and at most three.
  if (best && best.distance <= Math.min(3, Math.max(1, Math.floor(q.length / 5)))) {
    return { kind: 'suggest', query, suggestion: best.brief };
  }
  return { kind: 'unknown', query, topics: sorted };
}

/** Ranked suggestions for autocomplete: prefix and substring matches first, then close typos. */
export function suggestTopics(query: string, briefs: readonly Brief[], limit = 25): Brief[] {
  const q = normalizeTopic(query);
  const scored = briefs.map((b) => {
    const ns = names(b);
    let score = 100;
    if (q === '') score = 0;
    else if (ns.some((n) => n.startsWith(q))) score = 0;
    else if (ns.some((n) => n.includes(q))) score = 1;
    else score = 2 + Math.min(...ns.flatMap((n) => [-1, 0, 1].map((d) => damerauLevenshtein(q, n.slice(0, q.length + d)))));
    return { b, score };
  });
  return scored
    .filter((s) => s.score < 2 + Math.max(2, Math.floor(q.length / 3)))
    .sort((x, y) => x.score - y.score || x.b.slug.localeCompare(y.b.slug))
    .slice(0, limit)
    .map((s) => s.b);
}

/** Optimal string alignment distance (adjacent transpositions count as one edit); far longer or shorter names only by their length difference. */
export function damerauLevenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Math.abs(a.length - b.length);
  return editDistance(a, b);
}
