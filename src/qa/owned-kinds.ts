/**
 * What an owner has, asked by its kind: "What is the prime minister's party?", "What is Prince
 * Tavo's school?". A sentence that names the owner but no party or school (nor a kind of one, by
 * WordNet's hypernyms) does not answer it. Only for kinds of bodies, places and built things,
 * which a sentence names when it gives one; not for a response or a view, which a statement
 * gives without the word. General English.
 */
import { analyze, termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** "What is the prime minister's party?": an owner in the possessive, then one lower-case noun closing the question (group 1). */
const OWNED_KIND_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hat(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+['’]s?\s+(\p{Ll}[\p{Ll}-]+)\s*\?*\s*$/u;
/** Kinds whose members a sentence names when it gives one. */
const NAMED_KINDS = ['organization', 'institution', 'structure', 'location'];

/** The kind of body, place or built thing an owner's is asked for, or null. */
export function ownedKindOf(question: string): string | null {
  const noun = OWNED_KIND_Q_RE.exec(question)?.[1];
  const wn = wordNet();
  if (!noun || !wn) return null;
  return NAMED_KINDS.some((k) => wn.isKindOf(noun, k)) ? noun : null;
}

/** Whether `text` has the kind's word or a word for a kind of it ("academy" for a school). */
export function mentionsOwnedKind(kind: string, text: string): boolean {
  const term = termOf(kind);
  const wn = wordNet();
  return analyze(text).some((t) => t.term === term || (wn !== null && t.word.length > 2 && wn.isKindOf(t.word, kind)));
}
