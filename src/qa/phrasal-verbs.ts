/**
 * Stage 3 of answering, beside the word match: a verb that a particle makes another verb.
 * "Where does Papadopoulos work?" is not answered by "works out at the gym", nor "Who will
 * carry the bill?" by "carried out the attack": WordNet lists "work out" and "carry out" as
 * verbs of their own. A sentence that uses the question's verb only with such a particle (and
 * the question without it) has another verb, which covers the question's word only in part.
 */
import { LIGHT_VERBS, STOP_WORDS, termOf } from './text-analysis.ts';
import { wordsOf } from './title-phrases.ts';
import { wordNet, type WordNet } from './wordnet.ts';

/** Particles that make phrasal verbs ("work out", "give up", "take over"); not prepositions that mostly start a phrase ("in", "on"). */
const PARTICLE = /^(?:out|up|off|down|over|away|back)$/;

/** How much a sentence covers a question's verb it uses only as another, phrasal verb. */
export const PHRASAL_MATCH = 0.5;

/** The lemma under which `word` followed by `particle` is a verb of its own in WordNet ("works" + "out" → work, as work_out), or undefined. */
function phrasalLemma(word: string, particle: string, wn: WordNet): string | undefined {
  return wn.lemmas(word, 'verb').find((lemma) => wn.lemmas(`${lemma}_${particle}`, 'verb').length > 0);
}

/** Whether `word` followed by `particle` is a verb of its own in WordNet ("works" + "out" → work_out). */
function isPhrasal(word: string, particle: string, wn: WordNet): boolean {
  return phrasalLemma(word, particle, wn) !== undefined;
}

/**
 * The question's terms that a sentence may use as another, phrasal verb: those of words the
 * question does not follow with a particle itself ("When did the talks break down?" asks about
 * "break down").
 */
export function phrasalCandidates(question: string): ReadonlySet<string> {
  const out = new Set<string>();
  const words = wordsOf(question);
  words.forEach((w, i) => {
    const t = termOf(w.lower);
    const next = words[i + 1]?.lower ?? '';
    // "What was the insulation made of?" asks about "made of" itself.
    if (t === null || STOP_WORDS.has(w.lower) || !/^[a-z]{3,}$/.test(w.lower) || PARTICLE.test(next) || (MADE.test(w.lower) && (next === 'of' || next === 'from'))) return;
    out.add(t);
  });
  return out;
}

/** A particle anywhere in a sentence: most have none, and are passed over at once. */
const ANY_PARTICLE = /\b(?:out|up|off|down|over|away|back)\b/i;

/** "made of", "made from": what a thing is made of (WordNet has no such verb, but it is no making by anyone). */
const MADE = /^(?:make|makes|made|making)$/;
const MADE_OF_RE = /\bmade\s+(?:of|from)\b/i;

/** Of `terms`, those that `text` has only as part of a phrasal verb ("works out") or as "made of". */
export function phrasalOnly(text: string, terms: ReadonlySet<string>, wn: WordNet | null = wordNet()): ReadonlySet<string> {
  if (!wn || terms.size === 0 || (!ANY_PARTICLE.test(text) && !MADE_OF_RE.test(text))) return NONE;
  const words = wordsOf(text);
  // "blankets made of a material called Mylar": what a thing is made of, not who made it.
  // "faces up to 15 years", "won over 60 percent": a hedge on a number, no particle.
  const hedge = (i: number): boolean => NUMBER_WORD.test(words[i + 2]?.lower ?? '') || (words[i + 2]?.lower === 'to' && NUMBER_WORD.test(words[i + 3]?.lower ?? ''));
  const other = (w: string, next: string, i: number): boolean => (PARTICLE.test(next) && !hedge(i) && isPhrasal(w, next, wn)) || (MADE.test(w) && (next === 'of' || next === 'from'));
  let out: Set<string> | null = null;
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (!next || next.afterMark) return;
    const t = termOf(w.lower);
    if (t !== null && terms.has(t) && other(w.lower, next.lower, i)) (out ??= new Set()).add(t);
  });
  if (out === null) return NONE;
  // A term the sentence also has on its own is there as itself.
  const found: Set<string> = out;
  words.forEach((w, i) => {
    const t = termOf(w.lower);
    if (t !== null && found.has(t) && !other(w.lower, words[i + 1]?.lower ?? '', i)) found.delete(t);
  });
  return found;
}

const NONE: ReadonlySet<string> = new Set();
/** A number, in digits or words, as a hedge before it ("up to", "over") counts it. */
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousands|dozens|life)$/;

/**
 * The verbs of `text` that the particle after them makes verbs of their own in WordNet ("put
 * off" → put_off), with the lemma WordNet lists that verb under; `particles` says which words count.
 */
export function phrasalVerbsIn(text: string, particles: RegExp, wn: WordNet): { word: string; lemma: string; particle: string }[] {
  const words = wordsOf(text);
  const out: { word: string; lemma: string; particle: string }[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (!next || next.afterMark || !particles.test(next.lower) || STOP_WORDS.has(w.lower) || !/^[a-z]{3,}$/.test(w.lower)) return;
    const lemma = phrasalLemma(w.lower, next.lower, wn);
    if (lemma !== undefined) out.push({ word: w.lower, lemma, particle: next.lower });
  });
  return out;
}

/**
 * The question's verbs that a particle makes verbs of their own ("put off", "set up"), as term →
 * particle: a sentence with the bare verb ("put their papers on the table") has another verb.
 */
export function phrasalAsked(question: string, wn: WordNet | null = wordNet()): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (!wn) return out;
  for (const { word, particle } of phrasalVerbsIn(question, PARTICLE, wn)) {
    const t = termOf(word);
    if (t !== null) out.set(t, particle);
  }
  return out;
}

/** Of the asked phrasal verbs' terms, those that `text` has only without their particle. */
export function particleMissing(text: string, asked: ReadonlyMap<string, string>): ReadonlySet<string> {
  if (asked.size === 0) return NONE;
  const words = wordsOf(text);
  const bare = new Set<string>();
  const whole = new Set<string>();
  words.forEach((w, i) => {
    const t = termOf(w.lower);
    const particle = t === null ? undefined : asked.get(t);
    if (particle === undefined) return;
    if (words[i + 1]?.lower === particle || particleAfterObject(words, i, particle)) whole.add(t as string);
    else bare.add(t as string);
  });
  for (const t of whole) bare.delete(t);
  return bare.size === 0 ? NONE : bare;
}

/** How many words of a short object may stand between a verb and its particle: "took 16 seconds off", "put the vote off". */
const SPLIT_OBJECT_WORDS = 3;

/** Whether `particle` follows the verb at `i` past a short object, in the same stretch of the sentence: "took 16 seconds off the record". */
function particleAfterObject(words: ReturnType<typeof wordsOf>, i: number, particle: string): boolean {
  for (let k = i + 2; k <= i + 1 + SPLIT_OBJECT_WORDS && k < words.length; k++) {
    const w = words[k] as (typeof words)[number];
    if (w.afterMark) return false;
    if (w.lower === particle) return true;
  }
  return false;
}

/** Words before a verb in a question: "did Israel close", "will they open", "to close". */
const AUXILIARY = /^(?:did|does|do|will|would|can|could|should|shall|may|might|must|to)$/;

/** The question's terms of verbs in their base form after an auxiliary: "When did Israel close the airport?" → close. */
export function baseVerbCandidates(question: string, wn: WordNet | null = wordNet()): ReadonlySet<string> {
  if (!wn) return NONE;
  const words = wordsOf(question);
  const out = new Set<string>();
  words.forEach((w, i) => {
    const t = termOf(w.lower);
    if (t === null || !/^[a-z]{3,}$/.test(w.text) || !words.slice(Math.max(0, i - 3), i).some((x) => AUXILIARY.test(x.lower))) return;
    // "How will passengers get home?": after a verb ("get"), the word is no verb of its own.
    if (LIGHT_VERBS.has(words[i - 1]?.lower ?? '')) return;
    if (wn.lemmas(w.lower, 'verb').includes(w.lower) && wn.lemmas(w.lower, 'adj').includes(w.lower)) out.add(t);
  });
  return out;
}

/** Words after which a word is a verb in its base form, not an adjective: "will fly to", "to close to". */
const BEFORE_BASE_VERB = /^(?:will|would|can|could|should|shall|may|might|must|to|did|does|do|not)$/;

/** Of `verbs` (from baseVerbCandidates), those that `text` has only as an adjective before "to": "close to the border". */
export function adjectiveOnly(text: string, verbs: ReadonlySet<string>): ReadonlySet<string> {
  if (verbs.size === 0 || !/\bto\b/i.test(text)) return NONE;
  const words = wordsOf(text);
  const seen = new Map<string, boolean>();
  words.forEach((w, i) => {
    const t = termOf(w.lower);
    if (t === null || !verbs.has(t)) return;
    // "will fly to Paris": after a modal or "to" the word is the verb ("fly" is also an adjective in WordNet).
    const adjective = words[i + 1]?.lower === 'to' && !words[i + 1]?.afterMark && !BEFORE_BASE_VERB.test(words[i - 1]?.lower ?? '');
    seen.set(t, (seen.get(t) ?? true) && adjective);
  });
  const out = [...seen].filter(([, only]) => only).map(([t]) => t);
  return out.length === 0 ? NONE : new Set(out);
}
