/**
 * A stage of the quantity fit: a death toll counts the dead. "How many people has the outbreak
 * killed?" is answered by "The death toll from the cholera outbreak rose to 52", which names
 * neither the people nor the killing: "death toll" says both. General English news usage; the
 * verbs of dying come from the question, the toll from the sentence.
 */
import { countedEventVerb } from './event-verb.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** Verbs whose count of what they did a death toll gives. */
const DYING_VERBS: ReadonlySet<string> = new Set(['die', 'kill', 'perish']);
/** Counted nouns a death toll counts: people in general, deaths, the dead. */
const DEAD_COUNTED: ReadonlySet<string> = new Set(['~people', ...['deaths', 'dead', 'fatalities', 'people', 'persons'].map((w) => termOf(w) ?? w)]);
/** "How many people died ...": the verb right after a counted noun, with no auxiliary. */
const COUNT_VERB_RE = /^\s*(?:and\s+)?how\s+many\s+(?:[\p{L}-]+\s+){0,2}?(died|perished)\b/iu;
/** "the death toll", "the casualty toll", "the toll ... rose to 52": a count of the dead, with a number near it. */
const TOLL_RE = /\b(?:(?:death|casualty|fatality)\s+tolls?\b|tolls?\b(?=[^.;]{0,50}\b(?:\d|dozens?|hundreds?|thousands?)))/i;

/**
 * The question words a death toll says, for a question that counts the dead ("How many people
 * were killed / have died ...?", "How many deaths ...?"): the counted noun and the verb of dying;
 * null for any other question. Worked out once per question (the scorer asks on every candidate).
 */
const deathCountTerms = perQuestion((q: QuestionAnalysis): ReadonlySet<string> | null => {
  if (q.type !== 'quantity' || !/^\s*(?:and\s+)?how\s+many\b/i.test(q.text)) return null;
  if (q.counted.length > 0 && !q.counted.every((c) => DEAD_COUNTED.has(c))) return null;
  const wn = wordNet();
  const dying = (word: string): boolean => DYING_VERBS.has(wn?.lemmas(word, 'verb')[0] ?? '');
  const terms = new Set([...q.counted, ...q.tokens.filter((t) => dying(t.word)).map((t) => t.term)]);
  if (q.counted.some((c) => c !== '~people' && DEAD_COUNTED.has(c))) return terms;
  const verb = countedEventVerb(q) ?? COUNT_VERB_RE.exec(q.text)?.[1] ?? null;
  return verb !== null && dying(verb) ? terms : null;
});

/** Whether the question counts the dead. */
export function asksDeathCount(q: QuestionAnalysis): boolean {
  return deathCountTerms(q) !== null;
}

/** Whether `text` gives a death toll with a figure. */
export function givesDeathToll(text: string): boolean {
  return TOLL_RE.test(text);
}

/** Whether the question word `term` is one a death toll in `text` says for a death count: the counted noun or the verb of dying. */
export function saidByDeathToll(q: QuestionAnalysis, term: string, text: string): boolean {
  return deathCountTerms(q)?.has(term) === true && givesDeathToll(text);
}

/** Words of dying in general English: a sentence with none tells of no deaths. */
const DEATH_WORD_RE = /\b(?:die|dies|died|dying|dead|deaths?|deadly|kill|kills|killed|killing|perish|perished|fatal|fatalities|fatally|lives|life|bodies|body|toll|tolls|drowned|slain|murdered|massacred|executed|corpses)\b/i;

/** Whether `text` tells of deaths at all: "threatening food supplies for millions of people" does not. */
export function saysDeath(text: string): boolean {
  return DEATH_WORD_RE.test(text);
}
