/**
 * Stage 3 of answering, beside the word match: a name in the sentence that is another one of
 * the same kind as a name asked about. "Who won the 1998 Nobel Peace Prize?" is not answered
 * by "... named the winner of the 1998 Nobel Literature Prize", nor a question on the Kosovo
 * Liberation Army by one on the Sudan People's Liberation Army, nor one on Bill Clinton by one
 * on Hillary Clinton: the two names end in the same word (the kind, or the family name) and
 * each has a word the other does not. Word matching alone sees most of the asked name there.
 */

import { isPlaceWord, isTitleWord } from './entities.ts';
import { escapeRegExp } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** How much a sentence that names another of the asked name's kind, and not the asked one, can answer. */
export const NAME_CONFLICT = 0.5;

const nameWords = new Map<string, string[]>();

/** Words of a name, lower case, without a possessive ("People's" → people); looked up once per name. */
function wordsOfName(name: string): string[] {
  const hit = nameWords.get(name);
  if (hit) return hit;
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s?$/, '').replace(/\.$/, ''))
    .filter((w) => w.length > 0);
  if (nameWords.size > 20000) nameWords.clear();
  nameWords.set(name, words);
  return words;
}

/** Whether `run` is another name of `asked`'s kind: same last word, a word of its own, and missing one of `asked`'s. */
export function isOtherOfKind(asked: string, run: string): boolean {
  const a = wordsOfName(asked);
  const r = wordsOfName(run);
  if (a.length < 2 || r.length < 2 || a[a.length - 1] !== r[r.length - 1]) return false;
  // "AI Act" / "Artificial Intelligence Act": an acronym the other spells out is the same name.
  const own = asked.split(/\s+/).filter((w) => !r.includes(wordsOfName(w)[0] ?? ''));
  if (own.some((w) => /^(?:\p{Lu}\.?){2,}$/u.test(w))) return false;
  return r.some((w) => !a.includes(w)) && own.length > 0;
}

/**
 * Whether `text` names another of the kind of one of the question's names (`askedNames`) and
 * never the asked one itself (`runs`: the sentence's capitalised names).
 */
export function namesOtherOfKind(askedNames: readonly string[], runs: readonly string[], text: string): boolean {
  if (runs.length === 0 || !askedNames.some((a) => a.includes(' '))) return false;
  return askedNames.some((asked) => runs.some((run) => isOtherOfKind(asked, run) && !namesOwnWordsToo(asked, run, text)) && !text.toLowerCase().includes(asked.toLowerCase()) && !withMiddleNames(asked, text));
}

/**
 * Whether `text` also writes, as a name of its own, the words of `asked` that the other name
 * `run` lacks: "Esther Banda, whose 34-year-old son Moses is among the trapped men" names
 * Moses Banda by his first name beside his mother.
 */
function namesOwnWordsToo(asked: string, run: string, text: string): boolean {
  const others = new Set(run.toLowerCase().split(/\s+/));
  const own = asked.split(/\s+/).filter((w) => !others.has(w.toLowerCase()));
  return own.length > 0 && own.every((w) => new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(w)}(?![\p{L}'’-])`, 'u').test(text));
}

/** Whether `text` writes `asked` with middle names between its first and last words: "Yusef Ali Mohammed Zughayar" for "Yusef Zughayar". */
function withMiddleNames(asked: string, text: string): boolean {
  const words = asked.split(/\s+/);
  if (words.length !== 2) return false;
  return new RegExp(String.raw`\b${escapeRegExp(words[0] as string)}(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+${escapeRegExp(words[1] as string)}\b`, 'u').test(text);
}

/** A capitalised name, then a noun in lower case right after it: "the Egypt Air plane", "the Kupang riot". */
const NAMED_THING_RE = /\b((?:\p{Lu}[\p{L}\d-]*\s+){0,2}\p{Lu}[\p{L}\d-]*)\s+(\p{Ll}{3,})\b/gu;
/** Words that open a sentence or a phrase in capitals and name nothing. */
const NOT_A_NAME_WORD = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|in|on|at|for|from|with|by|and|but|of|to|what|which|who|how|when|where|why|did|does|do|is|was|were|are|has|have|had|will)$/i;

/** A thing the question names, with its noun ("the Egypt Air plane"), and a pattern for a name before that noun. */
export interface NamedThing {
  name: string;
  noun: string;
  /** Up to three capitalised words, up to two lower-case ones, then the noun: "The Falcon F-50 short-haul plane". */
  namedNoun: RegExp;
}

/** The made things the question names with their noun: "the Egypt Air plane" → Egypt Air, plane. */
export function namedThings(question: string, isNameWord: (word: string) => boolean): NamedThing[] {
  const out: NamedThing[] = [];
  for (const m of question.matchAll(NAMED_THING_RE)) {
    const words = runWords(m[1] as string);
    const noun = m[2] as string;
    // A made thing ("plane", "yacht", "browser"), WordNet's commonest sense: not an event named by its place or its body ("the APEC summit").
    if (words.length === 0 || !words.every(isNameWord) || words.every((w) => isPlaceWord(w)) || wordNet()?.isArtifactNoun(noun) !== true) continue;
    out.push({ name: words.join(' '), noun, namedNoun: new RegExp(String.raw`\b((?:\p{Lu}[\p{L}\d-]*\s+){0,2}\p{Lu}[\p{L}\d-]*)\s+(?:[\p{Ll}-]+\s+){0,2}?${escapeRegExp(noun)}\b`, 'gu') });
  }
  return out;
}

/** The words of a capitalised run, past those that open a sentence or phrase ("The", "In"). */
function runWords(run: string): string[] {
  const words = run.split(/\s+/);
  while (words.length > 0 && NOT_A_NAME_WORD.test(words[0] as string)) words.shift();
  return words;
}

/**
 * Whether `text` gives the noun of a thing the question names ("the Egypt Air plane") another
 * name ("The Falcon F-50 short-haul plane") and never writes the asked name: another one of the
 * kind. `isNameWord` tells a name's word from a people's ("the Palestinian plane" may be the
 * same plane); a name of places only may be another name of the same thing, and a possessive
 * ("Arafat's plane") says whose, not which.
 */
export function namesOtherOfNamedKind(things: readonly NamedThing[], text: string, isNameWord: (word: string) => boolean): boolean {
  if (things.length === 0) return false;
  const lower = text.toLowerCase();
  return things.some((thing) => {
    if (lower.includes(thing.name.toLowerCase()) || !lower.includes(thing.noun)) return false;
    for (const m of text.matchAll(thing.namedNoun)) {
      const words = runWords(m[1] as string);
      if (words.length > 0 && words.every(isNameWord) && !words.every((w) => isPlaceWord(w)) && !/['’]s?$/.test(words.at(-1) as string)) return true;
    }
    return false;
  });
}

/** How much a sentence with only the outer words of a longer asked name ("the Nobel Prize" for the Nobel Peace Prize) can answer: as much as one naming another of the kind. */
export const PART_OF_NAME = 0.5;

/**
 * Whether a sentence has only part of an asked name of three or more words, its first and last
 * but not a word between ("Nobel Prize" for "Nobel Peace Prize"): a name of a broader kind, or
 * another one. Not for people, whom a sentence names in part as a rule ("Clinton").
 */
export function partOfName(group: readonly string[], inSentence: (term: string) => boolean, persons: ReadonlySet<string>): boolean {
  // A person's name ends in the family name ("Nobel" alone may be one: "Alfred Nobel").
  if (group.length < 3 || persons.has(group[group.length - 1] as string)) return false;
  return inSentence(group[0] as string) && inSentence(group[group.length - 1] as string) && group.slice(1, -1).some((t) => !inSentence(t));
}

const byTitle = new WeakMap<object, Map<string, string | null>>();

/**
 * The full name the documents write after the title the question puts before a family name
 * alone ("President Clinton" → "Bill Clinton", from "President Bill Clinton"), when they write
 * exactly one; else null. So "When will President Clinton visit?" can tell Bill Clinton from
 * Hillary Rodham Clinton. Looked up once per topic (`key`), title and name.
 */
export function fullNameByTitle(key: object, texts: () => Iterable<string>, title: string, surname: string): string | null {
  let cache = byTitle.get(key);
  if (!cache) byTitle.set(key, (cache = new Map()));
  const k = `${title.toLowerCase()} ${surname}`;
  const hit = cache.get(k);
  if (hit !== undefined) return hit;
  const re = new RegExp(`\\b${escapeRegExp(title)}\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,2})${escapeRegExp(surname)}\\b`, 'gu');
  const found = new Set<string>();
  for (const text of texts()) for (const m of text.matchAll(re)) found.add(`${(m[1] as string).trim()} ${surname}`);
  const name = found.size === 1 ? ([...found][0] as string) : null;
  cache.set(k, name);
  return name;
}

/** The question's names, a family name after a title ("President Clinton") made whole where the documents say whose it is. */
export function askedFullNames(question: string, names: readonly string[], fullName: (title: string, surname: string) => string | null): string[] {
  return names.map((n) => {
    if (n.includes(' ')) return n;
    const title = new RegExp(`(\\p{Lu}[\\p{L}]*\\.?)\\s+${escapeRegExp(n)}\\b`, 'u').exec(question)?.[1];
    return title && isTitleWord(title) ? (fullName(title, n) ?? n) : n;
  });
}
