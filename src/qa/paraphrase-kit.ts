/**
 * What the paraphrase stages share (paraphrases.ts, phrasal-paraphrases.ts,
 * negated-antonyms.ts): a paraphrase's shape, the strengths a verb's paraphrases stand in at,
 * a verb as a paraphrase, and where a question has its verb.
 */
import type { TopicIndex } from './qa-index.ts';
import { escapeRegExp, LIGHT_VERBS, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms } from './wordnet.ts';

/**
 * How strongly a paraphrase stands in for the question's word: a little over half, so a shared
 * rarer sense alone cannot carry an answer ("Did China quit sending aid?" is not answered by
 * "intended to stop China from taking that action"; at 0.8 it was). Eval output is the same at
 * 0.8 / 0.6 and at these values.
 */
export const SAME_SENSE = 0.6;
export const BROADER = 0.45;
/** A paraphrase the documents use: its term (for retrieval), the verb's forms (to match a sentence) and strength. */
export interface Paraphrase {
  id: number;
  forms: RegExp;
  strength: number;
}

/** Question term index → the paraphrases of that word the documents use. */
export type Paraphrases = ReadonlyMap<number, readonly Paraphrase[]>;

/**
 * A verb the documents use, as a paraphrase of `strength`: its own forms, not its stem ("govern"
 * is not "government"); with the `rest` of a verb of several words after it ("blast" + "off").
 */
export function verbParaphraseOf(w: string, strength: number, index: TopicIndex, rest: readonly string[] = []): Paraphrase | null {
  if (LIGHT_VERBS.has(w) || STOP_WORDS.has(w)) return null;
  const t = termOf(w);
  const id = t === null ? undefined : index.termId(t);
  const source = rest.length > 0 ? phrasalVerbSource([w, ...rest]) : `(?:${verbForms(w).join('|')})`;
  return id === undefined ? null : { id, strength, forms: new RegExp(`\\b${source}\\b`, 'i') };
}

/** A verb of several words in any form of its first ("blast off": "blasted off", "blasts off"), as a pattern's source without word bounds. */
export function phrasalVerbSource([head, ...rest]: readonly string[]): string {
  return `(?:${verbForms(head ?? '').map(escapeRegExp).join('|')})\\s+${rest.map(escapeRegExp).join('\\s+')}`;
}

/** A yes-no question in the passive: "Was anyone hurt?", "Were the workers paid?". */
const PASSIVE_Q_RE = /^\s*(?:was|were|is|are|has\s+been|have\s+been)\s/i;
const AUXILIARY = /\b(?:did|does|do|will|would|can|could|should|may|might|must|has|have|had)\b/i;
const DETERMINER = /^(?:the|a|an|of|this|that|these|those|his|her|its|their|my|your|our|any|some|no|every|each|first|last|new|more|most)$/i;

/**
 * Whether the word at `start` is the question's verb, the word a paraphrase most often
 * replaces ("When did Lind quit?", "Who purchased the yard?"); a noun ("the title of the
 * novel") has too many senses that mean something else.
 */
export function isVerbSlot(text: string, start: number, word: string): boolean {
  const before = text.slice(0, start).trim().split(/\s+/);
  const prev = (before.at(-1) ?? '').toLowerCase();
  if (/^(?:who|what|which)$/.test(prev)) return /(?:ed|s)$/.test(word) || IRREGULAR_PAST.test(word);
  // "Was anyone hurt?", "Were any workers injured?": a participle after a passive's subject.
  if (PASSIVE_Q_RE.test(text) && (/ed$/.test(word) || IRREGULAR_PAST.test(word)) && !DETERMINER.test(prev) && before.length >= 2) return true;
  return AUXILIARY.test(before.join(' ')) && before.length >= 2 && !DETERMINER.test(prev) && !/['’]s$/.test(prev);
}

const IRREGULAR_PAST = /^(?:bought|sold|won|lost|left|led|met|sent|paid|made|took|gave|held|kept|fled|fell|rose|built|caught|chose|drew|drove|fought|found|froze|grew|hit|hurt|knew|laid|lent|meant|quit|ran|said|saw|set|shot|shut|spent|stood|stole|struck|swore|taught|told|thought|threw|wore|wrote|withdrew|began|broke|brought|came|cut|did|ate|flew|forgot|forgave|got|went|hid)$/;
