/**
 * Stage 6b of drafting: where sources differ on when something happened, or on the words
 * someone is quoted as using. Two sentences from different sources tell the same thing when
 * most of their other words are shared; then
 * - dates: each resolves to a different day (timeline.ts reads both against their own
 *   article's date), e.g. "on February 4" against "on February 5";
 * - quoted wording: the words inside the quote marks differ ("serious consequences"
 *   against "severe ramifications"), a paraphrase or a different translation.
 * Each side is the verbatim sentence, cited.
 */
import { MONTH_START_SOURCE } from '../domain/calendar.ts';
import type { Candidate } from './candidates.ts';
import { termsOf } from './candidates.ts';
import type { DraftDifference } from './draft-types.ts';
import { dateOf } from './timeline.ts';

const MAX_COMPARED = 400;
const WRITTEN_DATE = new RegExp(String.raw`\b(${MONTH_START_SOURCE})[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(${MONTH_START_SOURCE})[a-z]*\b`, 'i');
const QUOTED = /(?:``|["“])([^"“”`]{3,160}?)(?:''|["”])/gu;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared === 0 ? 0 : shared / Math.min(a.size, b.size);
}

const side = (c: Candidate) => ({ text: c.text, citations: [{ source: c.source, quote: c.text }] });

/** The words a sentence quotes, and the rest of it, as stem sets. */
function split(c: Candidate): { quoted: Set<string>; rest: Set<string>; spans: string[] } {
  const spans = [...c.text.matchAll(QUOTED)].map((m) => m[1]!.trim());
  const quoted = new Set(spans.flatMap((q) => termsOf(q).stems));
  const rest = new Set(termsOf(c.text.replace(QUOTED, ' ')).stems);
  return { quoted, rest, spans };
}

export function findWordingDifferences(cands: readonly Candidate[], maxEntries = 3): DraftDifference[] {
  const out: Array<{ diff: DraftDifference; strength: number; ids: [number, number] }> = [];
  // Dates.
  const estimate = cands.reduce<string | null>((m, c) => (c.published && (m === null || c.published > m) ? c.published : m), null);
  const dated = cands
    .map((c) => ({ c, d: c.published || estimate ? dateOf(c.text, c.published ?? estimate!, c.published === null) : null }))
    .filter((x): x is { c: Candidate; d: { date: string; expression: string } } => x.d !== null && x.d.date.length === 10)
    .slice(0, MAX_COMPARED)
    .map((x) => ({ ...x, rest: new Set(termsOf(x.c.text.replace(x.d.expression, ' ')).stems) }));
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i]!;
      const b = dated[j]!;
      if (a.c.source === b.c.source || a.d.date === b.d.date) continue;
      // Only dates written out ("February 4"): follow-up stories say "Friday" of another week.
      if (!WRITTEN_DATE.test(a.d.expression) || !WRITTEN_DATE.test(b.d.expression)) continue;
      const strength = jaccard(a.rest, b.rest);
      if (strength >= 0.5 && overlap(a.rest, b.rest) >= 0.6) out.push({ diff: { about: `When - ${a.d.date} or ${b.d.date}`, sides: [side(a.c), side(b.c)] }, strength, ids: [a.c.id, b.c.id] });
    }
  }
  // Quoted wording.
  const quoting = cands
    .filter((c) => /``|["“]/.test(c.text))
    .slice(0, MAX_COMPARED)
    .map((c) => ({ c, ...split(c) }))
    // Short quoted phrases (a few words): what a paraphrase or another translation changes.
    .filter((x) => x.quoted.size > 0 && x.rest.size >= 3 && x.spans.every((q) => q.split(/\s+/).length <= 6));
  for (let i = 0; i < quoting.length; i++) {
    for (let j = i + 1; j < quoting.length; j++) {
      const a = quoting[i]!;
      const b = quoting[j]!;
      if (a.c.source === b.c.source) continue;
      const context = jaccard(a.rest, b.rest);
      const words = overlap(a.quoted, b.quoted);
      // Near-identical sentences around the quote, and different words inside it.
      if (context >= 0.6 && words < 0.34) out.push({ diff: { about: `Quoted as "${a.spans[0]}" or "${b.spans[0]}"`, sides: [side(a.c), side(b.c)] }, strength: context, ids: [a.c.id, b.c.id] });
    }
  }
  const used = new Set<number>();
  const kept: DraftDifference[] = [];
  for (const o of out.sort((x, y) => y.strength - x.strength)) {
    if (kept.length >= maxEntries) break;
    if (used.has(o.ids[0]) || used.has(o.ids[1])) continue;
    used.add(o.ids[0]);
    used.add(o.ids[1]);
    kept.push(o.diff);
  }
  return kept;
}
