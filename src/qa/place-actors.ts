/**
 * Stage 3 of answering, for "who" and "whom": a country or capital named as the one acting or
 * acted on stands for its government or people. "Who told Marker about troop rotations?" is
 * answered by "Marker said Jakarta had advised him ...", "Whom will the build-up harm?" by
 * "... it will harm Turkey and Syria". Countries and capitals come from the gazetteer.
 */
import { countryTermOf } from './gazetteer.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** How well a country or capital acting answers "who": its government did it ("Jakarta had advised him"). */
export const PLACE_ACTS = 0.8;
/** A capitalised word, then a verb: an auxiliary, or a past or present form; not the object of a preposition ("monitors in Oslo were watching"). */
const PLACE_THEN_VERB_RE = /(?<!\b(?:in|at|from|to|of|near|for|with|by|on|into|across|outside|inside)\s+)\b(\p{Lu}[\p{L}'’-]+)\s+(?:(?:has|have|had|was|were|is|will|would|could|did|does)\s+\p{Ll}+|\p{Ll}{3,}(?:ed|s))\b/gu;

/** Whether a country or capital the question does not name acts in `text`: "Jakarta had advised him", "Syria has denied". */
export function placeActs(text: string, qWords: ReadonlySet<string>): boolean {
  return capturesCountry(PLACE_THEN_VERB_RE, text, qWords);
}

/** Whether a match of `re` in `text` captures (group 1) a country or capital the question does not name. */
function capturesCountry(re: RegExp, text: string, qWords: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(re)) {
    const w = m[1] as string;
    if (!qWords.has(w.toLowerCase()) && countryTermOf(w) !== null) return true;
  }
  return false;
}

/** "Whom will the buildup harm?": the verb after the auxiliary and the subject. */
const WHOM_VERB_Q_RE = /^\s*(?:[Aa]nd\s+)?(?:[Tt]o\s+)?[Ww]hom\s+(?:did|does|do|will|would|could|can|has|have|had)\s+.+?\s+(\p{Ll}{3,})\s*(?:[?,]|$|\s+(?:to|in|at|on|for|with|about|after|before|during|over)\b)/u;

/** The asked verb's forms followed by a capitalised word, for a "whom" question, once per question (the scorer asks on every candidate). */
const actedOnPattern = perQuestion((q: QuestionAnalysis): RegExp | null => {
  const verb = WHOM_VERB_Q_RE.exec(q.text)?.[1];
  const lemma = verb === undefined ? undefined : wordNet()?.lemmas(verb, 'verb')[0];
  return lemma === undefined ? null : new RegExp(`\\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+)`, 'gu');
});

/** Whether a country or capital the question does not name is what the asked verb of a "whom" question acts on: "it will harm Turkey and Syria". */
export function placeActedOn(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const re = actedOnPattern(q);
  return re !== null && capturesCountry(re, text, qWords);
}
