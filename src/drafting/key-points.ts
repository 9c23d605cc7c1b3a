/**
 * Stage 3 of drafting: the status and the key points. The status is the newest
 * development: among the sentences of the most recent sources, the one covering the most
 * of what the story is about (concept weight), preferring leads. Key points are the next
 * most salient sentences not already in the summary, at most one per source article and
 * none repeating a chosen sentence's word pairs, so each adds something.
 */
import nlp from 'compromise';
import type { Candidate } from './candidates.ts';
import type { DraftKeyPoint } from './draft-types.ts';

/** The people and organisations a sentence names (else its places), as written. */
export function actorsOf(text: string): string[] {
  const doc = nlp(text);
  const clean = (xs: string[]): string[] => [...new Set(xs.map((x) => x.replace(/['’]s$/u, '').replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').trim()).filter((x) => x.length > 1))];
  const named = clean([...(doc.people().out('array') as string[]), ...(doc.organizations().out('array') as string[])]);
  return (named.length > 0 ? named : clean(doc.places().out('array') as string[])).slice(0, 3);
}

/** A key point: the sentence, cited, with its actors (the outlet when it names none). */
export function keyPoint(c: Candidate, outlet: string | null): DraftKeyPoint {
  const actors = actorsOf(c.text);
  return { actors: actors.length > 0 ? actors : [outlet ?? c.source], text: c.text, citations: [{ source: c.source, quote: c.text }] };
}

export function pickStatus(cands: readonly Candidate[], weightOf: (c: Candidate) => number): Candidate | null {
  // The newest articles, by their date or, when they show none, the latest day they write out.
  const dated = cands.filter((c) => c.dated !== null);
  const newest = dated.reduce<string | null>((m, c) => (m === null || c.dated! > m ? c.dated : m), null);
  const pool = newest ? dated.filter((c) => c.dated === newest) : cands;
  return [...pool].sort((a, b) => weightOf(b) / (1 + 0.2 * b.position) - weightOf(a) / (1 + 0.2 * a.position))[0] ?? null;
}

export function pickKeyPoints(cands: readonly Candidate[], taken: readonly Candidate[], weightOf: (c: Candidate) => number, max = 5): Candidate[] {
  const usedPairs = new Set(taken.flatMap((c) => c.bigrams));
  const usedSources = new Set<string>();
  const out: Candidate[] = [];
  const takenIds = new Set(taken.map((c) => c.id));
  for (const c of [...cands].sort((a, b) => weightOf(b) / (1 + 0.1 * b.position) - weightOf(a) / (1 + 0.1 * a.position))) {
    if (out.length >= max) break;
    if (takenIds.has(c.id) || usedSources.has(c.source)) continue;
    const fresh = c.bigrams.filter((b) => !usedPairs.has(b)).length / Math.max(1, c.bigrams.length);
    if (fresh < 0.6) continue;
    out.push(c);
    usedSources.add(c.source);
    for (const b of c.bigrams) usedPairs.add(b);
  }
  return out.sort((a, b) => a.docIndex - b.docIndex || a.position - b.position);
}
