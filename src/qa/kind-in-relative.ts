/**
 * Part of the type-fit stage, for "which <kind>" questions: "Which firms did the ministry
 * sanction?" against "... imagery from the corporation that the ministry has sanctioned". The
 * sentence has one of the asked kind (said in the question's word or another word of the same
 * concept) and the question's act in a relative clause about it, and names none: it says that
 * there is such a firm, not which. A name right after the noun ("the firm Tarno Optics, which
 * ...") or right before it ("the Tarno Optics company that ...") names it.
 */
import { kindNoun } from './answer-kind.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { termOf } from './text-analysis.ts';

/** A common noun after "a/an/the" and up to two modifiers, then a relative word and its clause (to the next comma or stop). */
const UNNAMED_RELATIVE_RE = /(?<![\p{Lu}][\p{L}'’-]*\s)\b(?:[Aa]n?|[Tt]he)\s+((?:\p{L}[\p{L}-]*\s+){0,2}?)(\p{Ll}{3,})\s+(?:that|which|whom|who|(?:for|against|on|to|with|by|from)\s+which)\s+([^,.;:!?]{1,100})/gu;

/** Whether `text` has the asked kind only unnamed, with the question's act told of it in a relative clause. */
export function relativeLeavesKindUnnamed(q: QuestionAnalysis, text: string): boolean {
  const kind = kindNoun(q);
  const kindTerm = kind === undefined ? null : termOf(kind);
  if (kindTerm === null) return false;
  // The question's own words that carry its act: not the kind, not light words, not names.
  const acts = new Set(q.terms.filter((t) => t !== kindTerm && !q.light.has(t) && !q.entityTerms.has(t)));
  for (const m of text.matchAll(UNNAMED_RELATIVE_RE)) {
    const modifiers = (m[1] ?? '').trim();
    // "the Tarno company that": a capitalised modifier may be its name.
    if (/\p{Lu}/u.test(modifiers.replace(/^\S+\s*/, '')) && modifiers.split(/\s+/).length > 1) continue;
    if (termOf(m[2] as string) !== kindTerm) continue;
    const clause = (m[3] as string).split(/\s+/).map((w) => termOf(w.replace(/[^\p{L}'’-]/gu, '')));
    if (clause.some((t) => t !== null && acts.has(t))) return true;
  }
  return false;
}
