/**
 * Whom the question's act is done to: "What did Greece accuse Syria of?" names Syria as the
 * one accused. A sentence where the verb takes someone else named ("Greece accused Turkey of
 * undermining ... its stand-off with Syria") tells of another act, however many of the
 * question's words it has. Found by the shape of the question and the verb's forms, for any
 * names and verb; verbs whose object does the act too ("met", "fought") are left alone.
 */
import { RECIPROCAL } from './asked-doer.ts';
import { countryTermOf } from './gazetteer.ts';
import { isTitleWord } from './entities.ts';
import { escapeRegExp } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** "What did Greece accuse Syria of", "why did Turkey threaten Syria": a name, a verb, then a second name (its object). */
const DID_NAME_VERB_NAME_RE = /^\s*(?:and\s+)?(?:what|why|when|where|how)\s+(?:did|does|do|will|would|has|have|had)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(\p{Ll}+)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;
/** Verbs whose object is the one told or given to, not the one the act is done to: "What did X tell Syria?" asks what was said. */
const TAKES_NO_ONE = /^(?:tell|say|ask|give|send|offer|pay|show|bring|owe|lend|sell|promise)$/;
/** A name of up to three capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;
/** Capitalised words after a verb that name no one: a pronoun or a determiner. */
const NOT_A_NAME = /^(?:the|a|an|it|its|he|him|his|she|her|they|them|their|this|that|these|those|us|we)$/i;

export interface AskedObject {
  /** The object's words, lower case, with their countries ("syria", and "syrian" folds to it). */
  words: readonly string[];
  /** The verb's forms, then the names it takes: "accused Turkey", "accusing Iran and Iraq". */
  taking: RegExp;
  /** The object's name, then the verb in the passive: "Syria, accused of ...", "Syria was accused". */
  passive: RegExp;
}

/** The object and verb of a "what did <Name> <verb> <Name> ..." question, or null. */
export function askedObject(question: string): AskedObject | null {
  const m = DID_NAME_VERB_NAME_RE.exec(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
  const wn = wordNet();
  if (!m || !wn) return null;
  const verb = m[1] as string;
  const lemma = wn.lemmas(verb, 'verb')[0];
  // Not a verb whose object does the act as well (asked-doer.ts: "met Syria" is Syria meeting too).
  if (!lemma || RECIPROCAL.test(lemma) || TAKES_NO_ONE.test(lemma)) return null;
  const words = (m[2] as string).split(/\s+/).map((w) => w.replace(/['’]s?$/, '').toLowerCase());
  const forms = verbForms(lemma).map(escapeRegExp).join('|');
  const names = words.map(escapeRegExp).join('|');
  return {
    passive: new RegExp(String.raw`\b(?:${names})\b(?:,|\s+(?:was|were|is|are|has been|had been|been|being))\s+(?:${forms})\b`, 'iu'),
    words: [...words, ...words.map((w) => countryTermOf(w)).filter((c): c is string => c !== null)],
    taking: new RegExp(String.raw`\b(?:${forms})\s+(?:the\s+)?(${NAME}(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?${NAME})*)`, 'gu'),
  };
}

/**
 * Whether `text` has the asked verb take someone else named, and never the asked object:
 * "Greece accused Turkey of ..." for what Greece accused Syria of. A title before a name
 * ("accused President Assad") is read past; a name of the object's country ("the Syrian
 * leader") is the object's own, and so is a description right before the object's name
 * ("urged Palestinian leader Yasser Arafat"), and so is a person `countriesOf` ties to the object's
 * country (the documents' "Russian President Vladimir Putin" for Russia).
 */
export function doneToOtherObject(object: AskedObject, text: string, countriesOf: (person: string) => readonly string[] = () => []): boolean {
  if (object.passive.test(text)) return false;
  let other = false;
  for (const m of text.matchAll(object.taking)) {
    const named = (m[1] as string).split(/[\s,]+/).map((w) => w.replace(/['’]s?$/, '').toLowerCase());
    if (named.some((w) => object.words.includes(w) || object.words.includes(countryTermOf(w) ?? ''))) return false;
    // "supported Putin's military intervention" for Russia's: a person the documents introduce as the object country's.
    if (named.some((w) => countriesOf(w).some((c) => object.words.includes(c)))) return false;
    // "urged Palestinian leader Yasser Arafat", "accused Syria's president, Hafez Assad": a description, then the object's name.
    const after = (/^(?:[^.;:!?]*?\s){0,6}/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '').toLowerCase().split(/[^\p{L}'’-]+/u);
    if (after.some((w) => object.words.includes(w.replace(/['’]s?$/, '')))) return false;
    const first = named.find((w) => !isTitleWord(w));
    if (first !== undefined && !NOT_A_NAME.test(first)) other = true;
  }
  return other;
}
