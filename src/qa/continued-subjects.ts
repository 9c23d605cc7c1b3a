/**
 * Whether a sentence that opens with a definite description ("The decision to cancel ...", "The
 * half-island territory lies ...") goes on about the sentence before: its words say something
 * that sentence said. "The inquiry ordered by the minister is due to report by June" after a
 * sentence about a new treatment plant is about another thing, and does not inherit the plant;
 * "The government has said ..." after a sentence about Denmark is about Denmark's.
 * A pronoun or a linking word ("It", "But") continues whatever it follows. General English.
 */
import { analyze, STOP_WORDS } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** "The" and the next four words at most: the opening description ("The two NATO allies are"). */
const DEFINITE_OPENING_RE = /^["“'‘(]*The ((?:[\p{L}\d][\p{L}\d'’.-]*\s+){1,4})/u;
/** An adjective standing for the previous noun: "The oldest was 58", "The wounded were taken to ...". */
const ELLIPSIS_OPENING_RE = /^["“'‘(]*The (?:\p{Ll}+est|\p{Ll}+)\s+(?:was|were|is|are|had|has|have|will|would)\b/u;
/** An ordinal standing for the previous noun ("The next, on Tuesday, will ..."): a continuation. */
const ORDINAL_OPENING_RE = /^["“'‘(]*The (?:next|second|third|fourth|last|other|latter|former|first)\b/u;

/** Whether `text`, opening with a definite description, says again something of `previous` (a word of it, or a kind of one: "the territory" for an island). */
export function definiteOpeningContinues(previous: string, text: string): boolean {
  const m = DEFINITE_OPENING_RE.exec(text);
  if (!m || ORDINAL_OPENING_RE.test(text) || ELLIPSIS_OPENING_RE.test(text)) return true;
  // The noun phrase only: it ends at a function word or a participle ("The inquiry ordered by ...").
  const words: string[] = [];
  for (const w of (m[1] as string).trim().split(/\s+/)) {
    if (STOP_WORDS.has(w.toLowerCase()) || (words.length > 0 && /^\p{Ll}+(?:ed|ing)$/u.test(w))) break;
    words.push(w);
  }
  const opening = analyze(words.join(' '));
  if (opening.length === 0) return true;
  const before = analyze(previous);
  const terms = new Set(before.map((t) => t.term));
  if (opening.some((t) => terms.has(t.term))) return true;
  const wn = wordNet();
  if (wn === null) return false;
  // "The two NATO allies ..." after "Relations between Greece and Turkey ...", "The government
  // has said ..." after a sentence about Denmark: people, a body or a place, for a name before.
  const named = /(?:^|[^.!?"“]\s)\p{Lu}/u.test(previous.replace(/^\W*\p{Lu}/u, ''));
  if (named && opening.some((t) => wn.isPersonNoun(t.word, true, 2) || wn.isPlaceInSenses(t.word, 2))) return true;
  // "The territory" after "East Timor ... the island": a word for a kind the previous sentence's noun is of.
  const heads = opening.map((t) => t.word).filter((w) => wn.lemmas(w, 'noun').length > 0);
  return heads.some((h) => before.some((t) => /^\p{Ll}/u.test(t.word) && t.word !== h && wn.isKindOf(wn.lemmas(t.word, 'noun')[0] ?? t.word, wn.lemmas(h, 'noun')[0] ?? h)));
}
