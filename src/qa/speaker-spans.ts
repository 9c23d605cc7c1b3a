/**
 * The words of a sentence as the speaker finder (speakers.ts) reads them, and the spans it
 * looks for among them: an appositive the wire left unclosed, the subject a "they" in a clause
 * stands for, the person a dated list is about, a description standing for a person or set off
 * after a name, the phrase a relative clause follows. General English, no topic's words.
 */
import { wordNet } from './wordnet.ts';
import { DEMONYMS } from './gazetteer.ts';
import { isPlaceWord, isTitleWord } from './entities.ts';
import { isPastForm } from './question-type.ts';

/**
 * Opening and closing quotation marks, as wires and typesetters write them (global: for
 * counting), and the straight double quote of web copy: opening at the start or after a space or
 * bracket before a word, closing after a word or mark before a space, punctuation or the end.
 */
export const OPENING_MARK_RE = /``|“|(?<=^|[\s([])"(?=[^\s"])/g;
export const CLOSING_MARK_RE = /''|”|(?<=[^\s"])"(?=[\s,.;:!?)\]]|$)/g;

export const BOUNDARY = /^(?:that|which|who|whom|where|when|while|after|before|as|if|because|but|and|or|than|though|although|until|so|whether|to|of|for|with|about|on|in|at|by|from|during|since|per)$/;
export const PRONOUN = /^(?:he|she|him|her|they|them)$/;

export interface Word {
  w: string;
  lower: string;
  punct: boolean;
}

const WORD_OR_MARK = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?|[,;:“”"()—–]/gu;
const MARKS = new Set([',', ';', ':', '“', '”', '"', '(', ')', '—', '–']);

export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD_OR_MARK.lastIndex = 0;
  for (let m = WORD_OR_MARK.exec(text); m !== null; m = WORD_OR_MARK.exec(text)) {
    const w = m[0];
    const lower = w.toLowerCase();
    out.push({ w, lower: lower.endsWith('.') ? lower.slice(0, -1) : lower, punct: w.length === 1 && MARKS.has(w) });
  }
  return out;
}

/** Where the phrase ending at `end` starts: up to six words back, to a mark or a lower-case joining word ("of", "and", "that"). */
export function phraseStart(ws: readonly Word[], end: number): number {
  let e = end;
  while (e > 0 && end - e < 6 && !(ws[e - 1] as Word).punct && !(BOUNDARY.test((ws[e - 1] as Word).lower) && (ws[e - 1] as Word).w === (ws[e - 1] as Word).lower)) e--;
  return e;
}

/**
 * "Chris Shays, a moderate from Connecticut called ...": the person's name (capitalised words,
 * one a word the documents name people by, after a stop or the sentence's start) and the comma before an "a / an" description that runs, with no
 * other mark, up to the verb at `b`; null when the words before the verb are not so.
 */
export function unclosedAppositive(ws: readonly Word[], b: number, isPerson: (w: string) => boolean): { from: number; comma: number } | null {
  let c = b - 1;
  while (c >= 0 && b - c <= 8 && !(ws[c] as Word).punct) c--;
  if (c < 1 || (ws[c] as Word).w !== ',' || !/^(?:a|an)$/i.test(ws[c + 1]?.w ?? '') || c + 2 >= b) return null;
  let e = c;
  while (e > 0 && c - e < 4 && !(ws[e - 1] as Word).punct && /^\p{Lu}/u.test((ws[e - 1] as Word).w) && !BOUNDARY.test((ws[e - 1] as Word).lower)) e--;
  // A person's name ("In Washington, a spokesman said" names a place).
  const named = ws.slice(e, c).some((y) => isPerson(y.lower));
  return named && e < c && (e === 0 || (ws[e - 1] as Word).punct) ? { from: e, comma: c } : null;
}

/** Auxiliaries and copulas that end a sentence's subject: "Mahathir's allies are ...". */
const SUBJECT_END = /^(?:are|were|is|was|have|has|had|will|would|can|could)$/;

/**
 * The subject of the sentence `ws`, when "they" at `at` stands in a clause after it: the words
 * before the first auxiliary, after any opening phrase ("Now, though, Mahathir's allies are");
 * null when there is none, it is a pronoun, or it is long.
 */
export function subjectBefore(ws: readonly Word[], at: number, endsSubject: (y: Word) => boolean = (y) => SUBJECT_END.test(y.lower)): string[] | null {
  const end = ws.findIndex((y, i) => i < at && endsSubject(y));
  if (end <= 0) return null;
  let start = end;
  while (start > 0 && !(ws[start - 1] as Word).punct) start--;
  const words = ws.slice(start, end).map((y) => y.w);
  return words.length > 0 && words.length <= 6 && !PRONOUN.test(words[0]?.toLowerCase() ?? '') && !/^(?:it|we|i|you|there|this|that)$/i.test(words[0] ?? '') ? words : null;
}

/**
 * The subject of the sentence `ws` for a participle of saying after a comma at `at` ("Both
 * sides declined to comment after the talks, saying ..."): the words before its first auxiliary
 * or verb in the past, as subjectBefore reads them.
 */
export function subjectOfParticiple(ws: readonly Word[], at: number): string[] | null {
  return subjectBefore(ws, at, (y) => SUBJECT_END.test(y.lower) || (y.w === y.lower && /^\p{Ll}{3,}$/u.test(y.w) && isPastForm(y.w)));
}

/** An entry of a dated list: "1928: Born in ...", "1984-90: Serves as ...", "1967 Mideast war: Commands ...", "Oct. 9, 1998: ...". */
export const CHRONOLOGY_ENTRY = /^[\s_]*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+)?\d{4}(?:\s*[-–]\s*\d{2,4})?(?:\s+[\p{L}-]+){0,3}:\s+\p{Lu}/u;

/**
 * The person a document is a list about: its first sentence is a heading that ends in a
 * colon and names them ("Brief biography of Ariel Sharon, named Israel's foreign minister:"),
 * and dated entries follow. Null for any other document.
 */
export function listSubject(sentences: readonly string[], isPerson: (w: string) => boolean): string[] | null {
  const head = sentences[0];
  if (!head || !/:\s*$/.test(head) || !sentences.slice(1, 4).some((t) => CHRONOLOGY_ENTRY.test(t))) return null;
  const people = words(head).map((x) => x.lower.replace(/['’]s$/, '')).filter((w) => isPerson(w));
  return people.length > 0 ? [...new Set(people)] : null;
}

/**
 * The description set off by a comma after an inverted speaker's name, to the sentence's end or
 * its next mark: "..., said Safari Ngezayo, a farmer and hotel owner." says who speaks; nothing
 * when the words after the comma are no such phrase (an article first) or run on past eight words.
 */
export function appositiveAfter(ws: readonly Word[], end: number): string[] {
  if (ws[end]?.w !== ',' || !/^(?:a|an|the)$/i.test(ws[end + 1]?.w ?? '')) return [];
  const out: string[] = [];
  for (let i = end + 1; i < ws.length; i++) {
    const y = ws[i] as Word;
    if (y.punct) return out;
    if (out.length === 8) return [];
    out.push(y.w);
  }
  return out;
}

/** Words that end the head of a description: "the history professor at the University ...". */
const AFTER_HEAD = /^(?:at|of|in|from|for|with|who|whose|and|,)$/;

/**
 * The words of a speaker phrase that is a definite description of one person, with no name: "The
 * 56-year-old history professor at the University of Dar es Salaam", "the retired general".
 * Like "he", it stands for the person last named. Its head noun must be a person's in WordNet
 * ("professor"), so "the ministry" or "the report" is not one.
 */
export function personDescription(span: readonly string[]): string[] | null {
  if (span[0]?.toLowerCase() !== 'the' || span.length < 2) return null;
  let end = 1;
  while (end < span.length && !AFTER_HEAD.test(span[end] as string)) end++;
  const head = span[end - 1] as string;
  // "The US envoy", "the Chilean general": a country or its people may stand among the modifiers, no other capitalised word.
  if (end < 2 || !/^[a-z]+$/.test(head) || span.slice(1, end).some((w) => /^\p{Lu}/u.test(w) && !isPlaceWord(w) && !DEMONYMS.has(w.toLowerCase()))) return null;
  return wordNet()?.isPersonNoun(head, false) === true ? span.slice(0, end) : null;
}

/** The noun phrase ending at `end`, with a place after it ("the government in Kinshasa"): what a relative clause there is about. */
export function phraseBefore(ws: readonly Word[], end: number): string[] {
  // "Annelies Vos, 52, who has promised ...": an age set off by commas stands for the name before it.
  if (end >= 3 && /^\d{1,3}$/.test(ws[end - 1]?.w ?? '') && ws[end - 2]?.w === ',') end -= 2;
  let e = phraseStart(ws, end);
  const capitalised = ws.slice(e, end).every((y) => /^\p{Lu}/u.test(y.w));
  if (e >= 2 && e < end && capitalised && /^(?:in|at|from)$/.test((ws[e - 1] as Word).w) && !(ws[e - 2] as Word).punct) e = phraseStart(ws, e - 1);
  return ws.slice(e, end).filter((x) => !x.punct).map((x) => x.w);
}

/** A lower-case word of a role before a name ("transport director", "police spokesman"), no word of grammar. */
/** The lower-case particles of names: "Maria do Ceu Alves", "Jan van der Berg", "Osama bin Laden". */
export const NAME_PARTICLES = 'de|del|della|der|den|van|von|da|das|do|dos|di|du|la|le|los|bin|ibn|al|el';
const NAME_PARTICLE_RE = new RegExp(`^(?:${NAME_PARTICLES})$`);

const ROLE_WORD_RE = /^(?!(?:the|a|an|that|this|it|he|she|they|we|on|in|at|to|of|for|with|by|from|and|or|but|as|when|while|after|before|then|also|not|his|her|its|their|our|today|yesterday|tonight)$)\p{Ll}[\p{Ll}-]+$/u;

/**
 * Where the name after an inverted verb of saying starts: past up to three lower-case words of
 * a role ("said transport director Lena Varga"), and a capitalised word or two before them of what
 * the role is of ("said Horizon project scientist Amara Nwosu"), when a capitalised word follows
 * them; else `at`.
 */
export function nameAfterRoleWords(ws: readonly Word[], at: number): number {
  // "said Horizon project scientist Amara Nwosu", "said NASA flight director Priya Raman": a
  // capitalised word or two of what the role is of, then the role's words, then the name.
  let owner = at;
  while (owner < at + 2 && /^\p{Lu}/u.test(ws[owner]?.w ?? '') && !ws[owner]?.punct) owner++;
  // (Not a name's particle: "said Maria do Ceu Alves".)
  const roleWord = (i: number): boolean => ROLE_WORD_RE.test(ws[i]?.w ?? '') && !NAME_PARTICLE_RE.test(ws[i]?.w ?? '');
  if (owner > at && roleWord(owner)) {
    let role = owner;
    while (role < owner + 3 && roleWord(role)) role++;
    if (/^\p{Lu}/u.test(ws[role]?.w ?? '')) return role;
  }
  let first = at;
  while (first < at + 3 && ROLE_WORD_RE.test(ws[first]?.w ?? '')) first++;
  return /^\p{Lu}/u.test(ws[first]?.w ?? '') ? first : at;
}

/** The capitalised words around `at` ("President Arno Vesk" around "Arno"), as written. */
export function nameRunAt(ws: readonly Word[], at: number): string[] {
  const capital = (i: number): boolean => !(ws[i] as Word).punct && /^\p{Lu}/u.test((ws[i] as Word).w);
  let from = at;
  while (from > 0 && capital(from - 1)) from--;
  let to = at + 1;
  while (to < ws.length && capital(to)) to++;
  return ws.slice(from, to).map((y) => y.w);
}

/** After a name: a passive of choosing someone for an office, and the title (group 1): "was elected president", "has been named chairman". */
export const CHOSEN_AS_RE = /^(?:was|were|has been|had been|is)\s+(?:elected|named|appointed|chosen|sworn in as|installed as)\s+(?:as\s+)?(?:the\s+|new\s+)?([a-z]+)\b/;

/** Whether a lower-case word is a common noun for a place ("provinces", "cities"), by WordNet. */
export function placeNoun(word: string): boolean {
  const wn = wordNet();
  return wn !== null && /^\p{Ll}+$/u.test(word) && wn.isWhereNoun(wn.lemmas(word, 'noun')[0] ?? word);
}

/**
 * Of the speakers found in a sentence that closes a quotation (`sets`, one per `found` at its word
 * position), those after the closing mark ("..., spokesman Ivo Brandt said"), not in the quotation's
 * own words ("We did not tell anyone"); all of them when none is after it.
 */
export function setsAfterClosingMark<T>(text: string, sets: T[], found: readonly { pos: number }[]): T[] {
  const close = text.search(/''|”/);
  const from = close < 0 ? 0 : words(text.slice(0, close)).length;
  const outside = sets.length === found.length ? sets.filter((_, k) => (found[k]?.pos ?? 0) >= from) : [];
  return outside.length > 0 ? outside : sets;
}

/** The person words of the name a sentence opens with ("Annelies Vos was elected ..." → annelies, vos); none when it opens otherwise. */
export function subjectName(text: string, isPerson: (w: string) => boolean): string[] {
  const ws = words(text);
  let n = 0;
  // The capitalised run it opens with, one of its words a person's ("Ivo Vos": a first name the documents may not know).
  while (n < ws.length && n < 4 && /^\p{Lu}\p{Ll}/u.test((ws[n] as Word).w)) n++;
  return ws.slice(0, n).map((x) => x.lower).filter(isPerson);
}

/**
 * Where a subject that names a role of a body starts ("The head of the Mineworkers Union of
 * Zambia", "A spokesman for the ministry"), reading back from `end` to the punctuation before
 * it; null when the words there do not open with a title (or "head") and "of" or "for".
 */
export function rolePhraseStart(ws: readonly Word[], end: number): number | null {
  let start = end;
  while (start > 0 && !(ws[start - 1] as Word).punct) start--;
  const words = ws.slice(start, end).map((y) => y.lower);
  const k = /^(?:the|a|an)$/.test(words[0] ?? '') ? 1 : 0;
  const role = words[k] ?? '';
  return (role === 'head' || isTitleWord(role)) && /^(?:of|for)$/.test(words[k + 1] ?? '') ? start : null;
}

/** "The commission, led by ...": a sentence's opening "the / a" phrase of up to four words when a comma follows it, or null. */
export function openingSubjectBeforeComma(ws: readonly Word[]): string[] | null {
  if (!/^(?:the|a|an)$/.test(ws[0]?.lower ?? '')) return null;
  const comma = ws.findIndex((y) => y.punct);
  return comma >= 2 && comma <= 5 && ws[comma]?.w === ',' ? ws.slice(0, comma).map((y) => y.w) : null;
}

/** Writings that say things as their authors do: "a lawsuit arguing that ...", "a report saying ...". */
const WRITING_RE = /^(?:lawsuit|suit|complaint|petition|appeal|motion|filing|report|letter|statement|study|survey|ruling|judgment|resolution|memo|memorandum)$/;

/** The writing ("lawsuit") a sentence introduces in the eight words before a participle of speech at `k` ("filed a lawsuit at the court arguing"), or null. */
export function documentBefore(ws: readonly Word[], k: number): string | null {
  for (let j = k - 1; j >= Math.max(1, k - 8); j--) {
    const y = ws[j] as Word;
    if (y.punct) return null;
    if (WRITING_RE.test(y.lower) && /^(?:a|an|the|its|his|her|their)$/.test((ws[j - 1] as Word).lower)) return y.lower;
  }
  return null;
}
