/**
 * A purpose the sentence gives for the act a "why" question asks about: "Authorities opened the
 * gates of the Bretea dam upstream to ease pressure on its walls" says why the dam was opened. The
 * asked verb, its object (one to eight words, no comma), then "to" and a verb in its base form
 * (WordNet). General English, no topic's words.
 */
import { eventVerbOf, verbFormsPattern } from './event-verb.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { wordNet } from './wordnet.ts';

/** "Why was the dam opened?", "why were the flights canceled": the participle of a passive question. */
const PASSIVE_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hy\s+(?:was|were|is|are|has been|have been|had been)\s+(?:[\p{L}'’-]+\s+){1,5}?(\p{Ll}+(?:ed|en|wn|un))\s*[?.!]*\s*$/u;

/** "Why did the authorities open the dam?": the verb after the subject, before its object. */
const ACTIVE_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hy\s+(?:did|does|do|will|would|could|should|might|has|have|had)\s+(?:[\p{L}'’-]+\s+){1,4}?(\p{Ll}+)\s+(?:the|an?|its|his|her|their|\p{Lu})/u;

/** The asked verb's forms, an object of one to eight words, then "to" and a word (captured); null when the question has no verb WordNet knows. */
const purposePattern = perQuestion((q: QuestionAnalysis): RegExp | null => {
  // "Why did they open the dam?", or the participle of "Why was the dam opened?".
  const verb = eventVerbOf(q) ?? PASSIVE_Q_RE.exec(q.text)?.[1] ?? ACTIVE_Q_RE.exec(q.text)?.[1] ?? null;
  const lemma = verb === null ? undefined : wordNet()?.lemmas(verb, 'verb')[0];
  if (!lemma) return null;
  return new RegExp(String.raw`${verbFormsPattern(lemma)}(?:\s+[\p{L}'’-]+){1,8}?\s+to\s+(\p{Ll}+)\b`, 'gu');
});

/** Whether `text` gives a purpose for the question's act: its verb and object, then "to <verb>" ("opened the gates ... to ease pressure"). */
export function givesPurposeOfAskedVerb(q: QuestionAnalysis, text: string): boolean {
  if (q.type !== 'reason') return false;
  const re = purposePattern(q);
  const wn = wordNet();
  if (!re || !wn) return false;
  for (const m of text.matchAll(re)) {
    const next = m[1] as string;
    if (wn.lemmas(next, 'verb').includes(next)) return true;
  }
  return false;
}
