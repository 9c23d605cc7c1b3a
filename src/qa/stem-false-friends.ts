/**
 * Words the stemmer folds together that are not forms of one another: "Protestants" and
 * "protest", "generate" and "general". A sentence that has a question word's stem only in such
 * a word does not have the word: "Christians, mostly Protestants, dominate Kupang" says nothing
 * of what Christians protested against. WordNet decides: two words are forms of one another when
 * they share a lemma, or one is derived from the other ("elected" / "election"). A word WordNet
 * does not know is given the benefit of the doubt. General English, no topic's words.
 */
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze, escapeRegExp } from './text-analysis.ts';
import { wordNet, type WordNet } from './wordnet.ts';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;

/** `word`'s lemmas in every part of speech and the words WordNet derives from them; empty when WordNet does not know it. */
function family(word: string, wn: WordNet): Set<string> {
  const out = new Set<string>();
  for (const pos of POS) for (const l of wn.lemmas(word, pos)) out.add(l);
  if (out.size === 0) return out;
  out.add(word);
  for (const l of [...out]) for (const d of wn.derived(l)) out.add(d.word);
  return out;
}

/**
 * A test of a sentence word for the question word `asked`: whether it may be a form of it (true
 * too when WordNet knows either word not at all, or `asked` is not a plain lower-case word).
 */
export function formOf(asked: string, wn: WordNet | null = wordNet()): (word: string) => boolean {
  const lower = asked.toLowerCase();
  if (!wn || !/^[a-z]{3,}$/.test(asked)) return () => true;
  const own = family(lower, wn);
  if (own.size === 0) return () => true;
  const seen = new Map<string, boolean>();
  return (word) => {
    const w = word.toLowerCase();
    if (w === lower || own.has(w)) return true;
    let ok = seen.get(w);
    if (ok === undefined) {
      const theirs = family(w, wn);
      ok = theirs.size === 0 || [...theirs].some((x) => own.has(x));
      seen.set(w, ok);
    }
    return ok;
  };
}

/** Whether every word of `text` whose term is `term` is no form of the asked word (`isForm`); false when there is none. */
export function onlyFalseFriends(text: string, term: string, isForm: (word: string) => boolean, cue: RegExp | null = capitalisedCue(term)): boolean {
  // Cheap test first: a capitalised word that starts with the stem, past the sentence's first character.
  if (cue === null || !cue.test(text)) return false;
  const uses = analyze(text).filter((t) => t.term === term);
  // Only a capitalised word inside the sentence (a name or a people's word) is judged: WordNet
  // links too few of a common word's derived forms ("announce" / "announcement") to judge those.
  return uses.length > 0 && uses.every((t) => t.start > 0 && /^\p{Lu}/u.test(text.slice(t.start, t.end)) && !isForm(t.word));
}

/** A test for a capitalised word starting with the stem `term` after a sentence's first character; null for a term that is no plain word. */
function capitalisedCue(term: string): RegExp | null {
  return /^[a-z]/.test(term) ? new RegExp(`(?<=.)\\b${(term[0] as string).toUpperCase()}${escapeRegExp(term.slice(1))}`, 'su') : null;
}

/**
 * For a question, a test of a sentence: whether the question's `i`th term (`term`) is there only
 * in words of another family. Not for names, concept terms ("~die") or people's words.
 */
export function falseFriendTest(q: QuestionAnalysis, personTokens: ReadonlySet<string>, wn: WordNet | null = wordNet()): (i: number, term: string, text: string) => boolean {
  const tests = new Map<number, { isForm: (word: string) => boolean; cue: RegExp | null; adjective: string | null } | null>();
  return (i, term, text) => {
    let test = tests.get(i);
    if (test === undefined) {
      const token = q.tokens.find((t) => t.term === term);
      const word = token?.word;
      const plain = word !== undefined && !term.startsWith('~') && !q.entityTerms.has(term) && !personTokens.has(word) && !q.names.some((n) => n.toLowerCase().split(/\s+/).includes(word));
      // "the last strike": an adjective after a determiner, which a verb's "-ed" or "-ing" form ("lasted") is not.
      const adjective = plain && token !== undefined && DETERMINER_BEFORE_RE.test(q.text.slice(0, token.start)) && (wn?.lemmas(word, 'adj').includes(word) ?? false) && !/(?:ed|ing)$/.test(word) ? word : null;
      test = plain ? { isForm: formOf(word, wn), cue: capitalisedCue(term), adjective } : null;
      tests.set(i, test);
    }
    return test !== null && (onlyFalseFriends(text, term, test.isForm, test.cue) || (test.adjective !== null && onlyVerbForms(text, term, test.adjective)));
  };
}

/** A determiner right before a question word: "the last", "its first", "a final". */
const DETERMINER_BEFORE_RE = /\b(?:the|a|an|its|his|her|their|this|that)\s+$/i;

/** Whether every word of `text` whose term is `term` is a verb's "-ed" or "-ing" form other than `adjective` ("lasted" for "last"). */
function onlyVerbForms(text: string, term: string, adjective: string): boolean {
  const uses = analyze(text).filter((t) => t.term === term);
  return uses.length > 0 && uses.every((t) => t.word !== adjective && /(?:ed|ing)$/.test(t.word));
}
