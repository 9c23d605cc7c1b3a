/**
 * The titles a sentence holds: for each use of a title word, its rank (a lost office is a
 * former one), portfolio, country, holder and the words around it that say whose office it is.
 * Read by `officeMatch` (office-holders.ts) against the office a question asks about; general
 * English and the gazetteer only, so it holds for any story.
 */
import { isCountryTerm, SHARED } from './gazetteer.ts';
import { APPOINTED_BEFORE_RE, APPOSITIVE_BEFORE_RE, bodyNameAfter, CLAUSE_WORD, IDENTIFIED_AFTER_RE, complementTerms, countryAt, countryOfTitle, holderAfterComplement, NO_TERMS, ofBody, portfolioBefore, RANK, rankBefore, wordsOf, type Word } from './title-phrases.ts';
import { isTitleWord } from './entities.ts';
import { termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** A title held in a sentence: its rank, the country it is tied to there, and the holder's name words. */
export interface Held {
  rank: string | null;
  portfolio: string[];
  country: string | null;
  holder: string[];
  /** The terms of the words near the title, either side (gathered only when asked for). */
  near: ReadonlySet<string>;
  /** The title is of a named body, not a country: "leader of Islamic Holy War", "president of the International Federation". */
  ofBody: boolean;
  /** The terms of what follows the title after "for" or "of", up to a clause mark ("for the Joint Rescue Coordination Center"). */
  after: ReadonlySet<string>;
  /** The title refers back to a body by a possessive: "the group's leader", "its chairman". */
  backRef: boolean;
  /** "President X ... said his spokeswoman, Y", "The committee named Y as its chief executive": a possessive pronoun before the title, and the terms of the words before it (whom it may refer to); null otherwise. */
  ownerBefore: ReadonlySet<string> | null;
  /** The terms of the three words right after the title ("Chief Executive Officer James" → execut, offic, jame). */
  next: ReadonlySet<string>;
  /** The terms of the words just after the title (gathered with `near`): "head of Indonesia's largest Muslim grouping, the Nahdlatul Ulama". */
  following: ReadonlySet<string>;
  /** The three words right after the title, lower case. */
  nextWords: readonly string[];
  /** The proper name right before the title that owns it ("Netscape Chief Executive Officer" → netscape), or null. */
  namedBy: string | null;
  /** The capitalised words of the body named right after the title by "of", "at" or "for" ("director at Halvorsen Capital"); [] when none. */
  bodyAfter: readonly string[];
}

/** Words right before a title that say its holder lost the office: "ousted President X", "(that) cost Prime Minister X his job". */
const LOST_BEFORE_RE = /\b(?:ousted|toppled|deposed|unseated|late|succeeded|replaced|(?<!\b(?:could|would|might|may|to|will|can)\s+)cost)\s+(?:the\s+)?$/i;
/** How far after a title what it is "of" may still be named: "head of Indonesia's largest Muslim grouping, the 30 million-member Nahdlatul Ulama". */
const FOLLOWING = 12;
/** A possessive before a title that refers back to a body named before: "the group's", "its". */
const BACK_REFERENCE = /^(?:its|their|\p{Ll}+['’]s?)$/u;


/** A name, then a copula and up to three lower-case words, right before a title: "Netanyahu himself has been acting foreign". */
const COPULA_HOLDER_RE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:(?:himself|herself)\s+)?(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained|(?:has\s+|had\s+|have\s+)?(?:taken|took|takes|taking)\s+over\s+as|(?:has\s+|had\s+)?(?:served|serves|stepped\s+in|steps\s+in)\s+as|will\s+(?:serve|take\s+over|step\s+in)\s+as)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/** "Stig Ramel, a Swede who was then director of ...": a name, a short description and "who was (then)" before the title. */
const RELATIVE_HOLDER_RE = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}who\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:then|now|also|currently|still)\s+)?(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** Where a hyphenated title that ends at `start` begins: "editor-in-chief" for its "chief". */
function compoundStart(text: string, start: number): number {
  const m = /(?:\p{L}+-)+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m ? start - m[0].length : start;
}

/** The titles held in `text`; `nearWindow` also gathers the words that many either side of each (for an office asked "of" something). */
export function heldIn(text: string, isTitle: (word: string) => boolean, nearWindow = 0): Held[] {
  const words = wordsOf(text);
  const out: Held[] = [];
  words.forEach((w, i) => {
    if (!isTitle(w.lower)) return;
    const ranked = rankBefore(words, i);
    const at = ranked.at;
    // "... cost Prime Minister Ryutaro Hashimoto his job", "ousted President X": no longer holds it.
    let first = ranked.rank ? at : i;
    while (first > 0 && i - first < 2 && /^\p{Lu}/u.test(words[first - 1]?.text ?? '') && !words[first]?.afterMark) first--;
    const start = words[first]?.start ?? 0;
    const rank = ranked.rank ?? (LOST_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) ? 'former' : null);
    const country = countryOfTitle(words, i, at);
    const holder: string[] = [];
    // "chief executive, Tomas Okafor": the title's own noun in lower case may come first, when
    // a comma sets the name after it apart ("the president met Arafat" is no one's title).
    let from = i + 1;
    while (from < i + 3 && /^\p{Ll}{3,}$/u.test(words[from]?.text ?? '') && !words[from]?.afterMark && !CLAUSE_WORD.test(words[from]?.lower ?? '')) from++;
    // ... or without the comma when those words go on naming the person's office, ending in a
    // noun for people ("chief executive Marta Ekberg", "chief operating officer Ivo Brandt").
    if (from > i + 1 && !words[from]?.afterMark && wordNet()?.isPersonNoun(words[from - 1]?.lower ?? '') !== true) from = i + 1;
    // "... for the position of foreign minister,'' Netanyahu said": a quote ends at the title; the name after it is its speaker.
    const gap = text.slice(w.start + w.text.length, words[from]?.start ?? text.length);
    for (let k = from; k < Math.min(words.length, from + 3) && !/['"”’]{1,2}/u.test(gap.replace(/^['’]s?\b/u, '')); k++) {
      const x = words[k] as Word;
      if (!/^\p{Lu}/u.test(x.text) || (words[k]?.afterMark && k > from)) break;
      holder.push(x.lower);
    }
    // "The managing director of the International Monetary Fund, Michel Camdessus", "Minister
    // of State for Security Muruli Mukasa": the name after what the office is of.
    if (holder.length === 0) holder.push(...holderAfterComplement(words, i));
    // Where the title's phrase starts, the whole of a hyphenated one ("editor-in-chief"): the patterns below look before it.
    const titleStart = compoundStart(text, words[rank ? i - 1 : i]?.start ?? 0);
    // "Fayez Zeidan, chairman of ...", "Bill Clinton, the U.S. president", "Wang Bingzhang, 50,
    // an adviser": the name before it.
    if (holder.length === 0) {
      const app = APPOSITIVE_BEFORE_RE.exec(text.slice(Math.max(0, titleStart - 80), titleStart));
      if (app) holder.push(...(app[1] as string).toLowerCase().split(/\s+/));
    }
    // "Stig Ramel, a Swede who was then director of ...": the name before a relative clause that gives the title.
    if (holder.length === 0) {
      const relative = RELATIVE_HOLDER_RE.exec(text.slice(Math.max(0, titleStart - 80), titleStart));
      if (relative) holder.push(...(relative[1] as string).toLowerCase().split(/\s+/));
    }
    // "Netanyahu himself has been acting foreign minister since ...": the subject of a copula.
    if (holder.length === 0) {
      const subject = COPULA_HOLDER_RE.exec(text.slice(Math.max(0, titleStart - 80), titleStart));
      if (subject) holder.push(...(subject[1] as string).toLowerCase().split(/\s+/));
    }
    // "Netanyahu has designated Sharon as his chief negotiator": the name made the holder.
    // "The two bombers were identified as Youssef Zughayer ...": the name a passive gives.
    if (holder.length === 0) {
      const named = APPOINTED_BEFORE_RE.exec(text.slice(Math.max(0, titleStart - 80), titleStart)) ?? IDENTIFIED_AFTER_RE.exec(text.slice(w.start + w.text.length).replace(/^s\b/, ''));
      if (named) holder.push(...(named[1] as string).toLowerCase().split(/\s+/));
    }
    const near = nearWindow > 0 ? new Set(words.slice(Math.max(0, i - nearWindow), i + nearWindow + 1).map((x) => termOf(x.lower) ?? x.lower)) : NO_TERMS;
    const backRef = BACK_REFERENCE.test(words[(rank ? at : i) - 1]?.text ?? '');
    const possessor = words[(rank ? at : i) - 1];
    const ownerBefore = nearWindow > 0 && possessor !== undefined && /^(?:his|her|its|their)$/i.test(possessor.text) ? new Set(words.slice(0, (rank ? at : i) - 1).map((x) => termOf(x.lower) ?? x.lower)) : null;
    const following = nearWindow > 0 ? new Set(words.slice(i + 1, i + 1 + FOLLOWING).map((x) => termOf(x.lower) ?? x.lower)) : NO_TERMS;
    const nextWords = words.slice(i + 1, i + 4).map((x) => x.lower);
    const next = new Set(nextWords.map((x) => termOf(x) ?? x));
    const namedBy = namedBodyBefore(words, rank ? at : i, isLanguageWord);
    // The body after it, by a proper name not the holder's ("at Halvorsen Capital"; not "Minister of State for Security Mara Lind").
    const body = bodyNameAfter(words, i).filter((b) => !holder.includes(b));
    const bodyAfter = body.some((b) => !isLanguageWord(b)) ? body : [];
    out.push({ backRef, ownerBefore, following, next, nextWords, namedBy, bodyAfter, rank, portfolio: portfolioBefore(words, i), after: complementTerms(words, i), country, holder, near, ofBody: country === null && ofBody(words, i) });
  });
  return out;
}

let sharedByTerm: Map<string, readonly string[]> | null = null;

/** The countries a profile term stands for: a country's concept, or a shared demonym's several ("congoles"). */
function countriesOfTerm(term: string): readonly string[] {
  if (isCountryTerm(term)) return [term];
  sharedByTerm ??= new Map([...SHARED].map(([w, countries]) => [termOf(w) ?? w, countries]));
  return sharedByTerm.get(term) ?? [];
}

/** The countries the documents introduce a person with (speaker profiles): "Congolese President Laurent Kabila" → both Congos. */
export function profileCountries(holder: readonly string[], profiles: ReadonlyMap<string, ReadonlySet<string>>): readonly string[] {
  for (const name of [...holder].reverse()) {
    for (const t of profiles.get(name) ?? []) {
      const countries = countriesOfTerm(t);
      if (countries.length > 0) return countries;
    }
  }
  return [];
}

/** Whether `text` writes a word that starts with the term `term` with a capital: a name or an acronym, not a word of the language. */
export function namedCapitalised(text: string, term: string): boolean {
  return wordsOf(text).some((w) => w.lower.startsWith(term) && /^\p{Lu}/u.test(w.text));
}

/** Whether the noun `word` is a kind of what the term `term` names, or a word for it, by WordNet: "counsel" for lawyer. */
export function namesKindOf(word: string, term: string): boolean {
  const related = wordNet()?.related(word, 'noun', 2);
  if (!related) return false;
  for (const w of [...related.synonyms, ...related.broader]) if ((termOf(w) ?? w) === term) return true;
  return false;
}

/** Whether two names are one, or a name and its adjective ("Varnia", "Varnian"). */
export function sameName(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 ? a.startsWith(b) || b.startsWith(a) : a === b;
}

/** Whether the word is a word of the language, not a name (all are, with no WordNet). */
function isLanguageWord(word: string): boolean {
  return wordNet()?.isCommonWord(word) ?? true;
}

/** Words that open a noun phrase: "Its chief executive" names no owner by name. */
const DETERMINER = /^(?:its|his|her|their|our|my|your|the|a|an|this|that|these|those|every|each|some|any|no)$/;

/**
 * The proper name right before the title (or its rank) at `i` in a sentence, lower case, that
 * says whose office it is: "Netscape Chief Executive Officer James Barksdale" → netscape, "AOL's
 * chairman" → aol. Null when there is none, or it is a country, a title or a word of the
 * language (`isWord`).
 */
export function namedBodyBefore(words: readonly Word[], i: number, isWord: (word: string) => boolean): string | null {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && (RANK.test(words[k]?.lower ?? '') || /^\p{Ll}/u.test(words[k]?.text ?? '')) && !(words[k + 1] as Word).afterMark && !CLAUSE_WORD.test(words[k]?.lower ?? '') && !/^(?:the|an?)$/.test(words[k]?.lower ?? '')) k--;
  const w = words[k];
  // A word of the language is part of the title ("Prime Minister", "Finance Minister"): only a name says whose it is.
  if (!w || (words[k + 1] as Word).afterMark || !/^\p{Lu}/u.test(w.text) || DETERMINER.test(w.lower) || isWord(w.lower) || isTitleWord(w.lower) || countryAt(words, k) !== null || (k > 0 && countryAt(words, k - 1)?.span === 2)) return null;
  return w.lower;
}
