/**
 * A thing the question asks about by its owner's name, told of in the sentence as another
 * named owner's: "Who led Istanbul's bid?" is not answered by "Ahmedabad's bid, led by Rohan
 * Mehta, ...", nor "What did Smith's lawyer say?" by "Jones's lawyer said ...". Word matching
 * sees the bid and the leading there. Names fold by their terms (a capital and its country are
 * one), so "Beijing's ban" is still China's. General English: no topic's words.
 */
import { abbreviates } from './acronyms.ts';
import { isPlaceWord } from './entities.ts';
import { countryNameTerm } from './gazetteer.ts';
import { perText } from './per-text.ts';
import { analyze, termOf } from './text-analysis.ts';

/** Confidence factor of a sentence that gives the asked thing to another named owner only (as NAME_CONFLICT). */
export const OTHER_OWNER = 0.5;

/** A capitalised name of up to four words in the possessive (group 1), then the first possessed word (group 2, lower case). */
const NAMED_POSSESSIVE_RE = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(\p{Ll}[\p{Ll}-]{2,})\b/gu;

/** Question words and pronouns that begin a question and are no owner's name. */
const NOT_OWNER_RE = /^(?:Who|Whose|What|Which|Where|When|Why|How|It|That|There|He|She|The|A|An)$/;

interface Owned {
  /** The owner's name as written, without question words before it. */
  name: string;
  /** The terms of the name's words ("~qatar" for Doha, through the gazetteer). */
  terms: readonly string[];
  /** The possessed word's term. */
  thing: string;
}

/** The named possessives of `text`: "Istanbul's bid", "Prime Minister Arvind Rao's plan" (question words before a name dropped). */
function possessivesIn(text: string): Owned[] {
  const out: Owned[] = [];
  for (const m of text.matchAll(NAMED_POSSESSIVE_RE)) {
    const words = (m[1] as string).split(/\s+/);
    while (words.length > 0 && NOT_OWNER_RE.test(words[0] as string)) words.shift();
    if (words.length === 0) continue;
    const name = words.join(' ');
    const terms = analyze(name).map((t) => t.term);
    const thing = termOf((m[2] as string).toLowerCase());
    if (terms.length > 0 && thing) out.push({ name, terms, thing });
  }
  return out;
}

/** Whether two owners' names may be one owner: a word in common, one an acronym of the other ("AOL", "America Online"), or a country and a body that is no place ("Afghanistan", "the Taliban"). */
function mayBeOne(a: Owned, b: Owned): boolean {
  if (a.terms.some((t) => b.terms.includes(t))) return true;
  if (/^\p{Lu}{2,}$/u.test(a.name) ? abbreviates(a.name, b.name) : /^\p{Lu}{2,}$/u.test(b.name) && abbreviates(b.name, a.name)) return true;
  const countryAndBody = (x: Owned, y: Owned): boolean => countryNameTerm(x.name) !== null && !y.name.split(/\s+/).some((w) => isPlaceWord(w));
  return countryAndBody(a, b) || countryAndBody(b, a);
}

/** The question's named possessives, worked out once per question (the scorer asks on every candidate). */
const askedPossessives = perText(possessivesIn, 1000);

/**
 * Whether `text` gives a thing the question asks for by a named owner ("Istanbul's bid") to
 * another named owner only ("Ahmedabad's bid"), never naming the asked owner.
 */
export function ownedByOtherName(question: string, text: string): boolean {
  const asked = askedPossessives(question);
  if (asked.length === 0) return false;
  const found = possessivesIn(text);
  if (found.length === 0) return false;
  const terms = new Set(analyze(text).map((t) => t.term));
  return asked.some((a) => !a.terms.some((t) => terms.has(t)) && found.some((f) => f.thing === a.thing && !mayBeOne(a, f)));
}
