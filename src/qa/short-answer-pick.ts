/**
 * Stage 6 of answering, for short answers (short-answer.ts): of several candidate facts in a
 * quote (dates, numbers, names), the one the question singles out: by its clause, by the name
 * it gives, or by being clearly nearest the question's event words. A tie gives nothing.
 */
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze } from './text-analysis.ts';
import { nearestGap } from './time-expressions.ts';

/** Where a sentence turns to another event: "met Qin Gang before meeting Wang Yi", "...; then ...". */
const CLAUSE_BREAK = /;|\s[–—]\s|\s(?:before|after|while|whereas|but|then|and then|and later|followed by)\s/giu;

/**
 * Of several candidates, the one whose clause shares the most of the question's words (and
 * strictly more than any other's): "On June 18, Blinken met Qin Gang before meeting Wang Yi on
 * June 19" answers "When did Blinken meet Wang Yi?" with June 19, and "Who did Blinken meet on
 * June 18?" with Qin Gang. A tie means the quote does not single one out: no short answer.
 */
export function bestBound(text: string, candidates: string[], q: QuestionAnalysis): string | null {
  const asked = new Set(q.terms);
  const cuts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index), text.length];
  const clauses = cuts.slice(0, -1).map((start, k) => ({ start, end: cuts[k + 1] as number }));
  const scored = candidates.map((c) => {
    let best = 0;
    for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
      const clause = clauses.find((x) => at >= x.start && at < x.end);
      if (!clause) continue;
      const inside = analyze(text.slice(clause.start, clause.end)).filter((t) => asked.has(t.term));
      best = Math.max(best, new Set(inside.map((t) => t.word)).size);
    }
    return { c, n: best };
  }).sort((x, y) => y.n - x.n);
  const [first, second] = scored;
  if (first && first.n > 0 && (!second || first.n > second.n)) return first.c;
  // For a date or a number, a tie goes to the one nearest the question's words, when it is clearly nearer than the others
  // ("... were arrested Monday night ... after protests on Wednesday").
  // Only within one sentence: across two, each may be about something else.
  if (!first || first.n === 0 || !(q.type === 'date' || q.type === 'quantity' || q.type === 'duration') || /[.!?]["'”’]*\s+\p{Lu}/u.test(text.slice(0, -1))) return null;
  // The event's words, not the names: "Police on Wednesday said Lind was arrested Monday night".
  // What a number counts ("ships") is by every number that counts it: not the event either.
  const tied = scored.filter((x) => x.n === first.n).map((x) => x.c);
  // "Unlike his talks with Qin, which lasted many hours, his conversation with Xi lasted 35
  // minutes": for "how long did he meet Xi", the duration whose stretch between commas names
  // whom the question names (a date or number goes by the event words instead, below).
  const named = withQuestionName(text, tied, q);
  if (named) return named;
  const event = new Set(q.terms.filter((t) => !q.entityTerms.has(t) && !q.counted.includes(t)));
  const near = clearlyNearest(text, tied, event);
  // Else, when the question has no words but names ("What was Omondi's time?"), the one whose
  // nearest name before it is the question's: "Belay finished second in 2:01:30 and Kenya's
  // Brian Omondi was third in 2:02:48".
  const nameTerms = new Set(analyze(q.names.join(' ')).map((t) => t.term));
  if (near !== null || q.names.length === 0 || [...event].some((t) => !nameTerms.has(t))) return near;
  const owned = tied.filter((c) => {
    const names = [...text.slice(0, Math.max(0, text.indexOf(c))).matchAll(NAME_RUN_RE)];
    return analyze(names.at(-1)?.[0] ?? '').some((t) => nameTerms.has(t.term));
  });
  return owned.length === 1 ? (owned[0] as string) : null;
}

/** A run of capitalised words: a name. */
const NAME_RUN_RE = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** For a duration question: of `candidates`, the only one whose stretch of `text` between commas has a name the question names, or null. */
function withQuestionName(text: string, candidates: readonly string[], q: QuestionAnalysis): string | null {
  if (q.type !== 'duration' || q.entityTerms.size === 0) return null;
  const hits = candidates.filter((c) => {
    const at = text.indexOf(c);
    if (at < 0) return false;
    const start = text.lastIndexOf(',', at) + 1;
    const comma = text.indexOf(',', at + c.length);
    return analyze(text.slice(start, comma < 0 ? text.length : comma)).some((t) => q.entityTerms.has(t.term));
  });
  return hits.length === 1 ? (hits[0] as string) : null;
}

/**
 * Of several candidates, the one within NEAR_CHARS of `event` (question terms) and NEARER_BY
 * nearer than any other, or null.
 */
export function clearlyNearest(text: string, candidates: readonly string[], event: ReadonlySet<string>): string | null {
  const [near, next] = candidates.map((c) => ({ c, d: nearness(text, c, event) })).sort((x, y) => x.d - y.d);
  return near && next && near.d <= NEAR_CHARS && near.d + NEARER_BY <= next.d ? near.c : null;
}

/** Characters by which the nearest tied candidate must be nearer the question's words than the next. */
const NEARER_BY = 10;
/** ... and sit right by them: "arrested Monday night", "a gift of 501 cattle". */
export const NEAR_CHARS = 15;

/** Characters from `candidate` to the nearest of `asked` (question terms) in `text`. */
export function nearness(text: string, candidate: string, asked: ReadonlySet<string>): number {
  const hits = analyze(text).filter((t) => asked.has(t.term));
  const places: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + 1)) places.push({ start: at, end: at + candidate.length });
  return nearestGap(places, hits);
}

/** The one candidate the question does not already contain, or the one its clause singles out (bestBound). */
export function pick(text: string, candidates: string[], q: QuestionAnalysis): string | null {
  const lower = q.text.toLowerCase();
  const fresh = [...new Set(candidates.map((m) => m.trim()).filter((m) => m !== '' && !lower.includes(m.toLowerCase())))];
  if (fresh.length <= 1) return fresh[0] ?? null;
  return bestBound(text, fresh, q);
}
