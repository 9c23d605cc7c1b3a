/**
 * A person the question asks about, named in a sentence only as the owner of another person:
 * "Where was Almada arrested?" is not answered by "... had been arrested, among them Col. Mateo
 * Gauto, Almada's deputy, who surrendered at a barracks in Concepcion", nor "Why was Almada
 * dismissed?" by "Almada's lawyer said his client denied ...": the sentence tells of the deputy or
 * the lawyer. Which nouns are people is WordNet's; no topic's words are here.
 */
import { escapeRegExp } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** Confidence factor of a sentence that names every asked person only as another's owner. */
export const OWNER_ONLY = 0.7;

/** After a name: more words of it, a possessive, then up to three words of lower case (group 1). */
const POSSESSED_AFTER_RE = /^(?:\s+\p{Lu}[\p{L}'’-]*)*['’]s?\s+((?:[\p{Ll}-]+\s*){1,3})/u;

/** An object pronoun for a person ("worked with him"): the owner may be in the sentence's event after all. */
const OBJECT_PRONOUN_RE = /\b(?:him|her|himself|herself)\b/i;

/**
 * Whether `text` names `word` (a word of a person's name, any case) and every time as the owner
 * of a person ("Almada's deputy", "Almada's former lawyer said"); not "Anwar's motley fellow
 * constituencies" (the head noun is not a person), nor when a pronoun after it may be the owner
 * ("Sughayer's brother, Ali, who worked with him").
 */
export function namedOnlyAsOwner(text: string, word: string): boolean {
  const wn = wordNet();
  if (wn === null || word.length < 2) return false;
  const re = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(word)}(?![\\p{L}-])`, 'giu');
  let named = false;
  for (const m of text.matchAll(re)) {
    if (!/^\p{Lu}/u.test(m[0])) return false;
    named = true;
    const after = text.slice(m.index + m[0].length);
    const owned = POSSESSED_AFTER_RE.exec(after);
    if (!owned || OBJECT_PRONOUN_RE.test(after)) return false;
    // The head noun: the last of the words that may be nouns or modifiers, up to one that is neither ("said").
    let head: string | undefined;
    for (const w of (owned[1] as string).trim().split(/\s+/)) {
      const noun = wn.lemmas(w, 'noun').length > 0;
      if (!noun && wn.lemmas(w, 'adj').length === 0) break;
      if (noun) head = w;
      if (!noun && head !== undefined) break;
    }
    if (head === undefined || !wn.isPersonNoun(head, false)) return false;
  }
  return named;
}

/** Whether the question (`question`) itself writes `word` as an owner ("Who is Almada's deputy?"): then such a sentence is what it asks. */
export function askedAsOwner(question: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(word)}(?:\\s+\\p{Lu}[\\p{L}'’-]*)*['’]s?(?![\\p{L}])`, 'iu').test(question);
}

/** Whether `word` (lower case) is a word of a person's name of two words or more among `names` ("Rodrigo Almada"), not a one-word name that may be a company's ("Microsoft said"). */
export function isPersonNameWord(names: ReadonlySet<string>, word: string): boolean {
  for (const n of names) {
    const parts = n.toLowerCase().split(/\s+/);
    if (parts.length >= 2 && parts.includes(word)) return true;
  }
  return false;
}

/** Whether the question writes `word` before a noun of lower case, naming a thing by it ("the Almada trial"), not the person. */
export function modifiesNoun(question: string, word: string): boolean {
  const m = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(word)}\\s+(\\p{Ll}[\\p{Ll}-]*)`, 'iu').exec(question);
  return m !== null && (wordNet()?.lemmas(m[1] as string, 'noun').length ?? 0) > 0 && (wordNet()?.lemmas(m[1] as string, 'verb').length ?? 0) === 0;
}
