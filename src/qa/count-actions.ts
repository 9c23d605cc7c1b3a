/**
 * What a count in a sentence says was done to what it counts, for a count question about an
 * event ("How many children died at the shelter?"): "... has treated at least 300 children at the
 * shelter" counts the children treated, not those who died. A count is read with the verb that
 * acts on it: a past verb right before it ("treated 300 children") or a passive or past verb
 * right after its noun ("300 children were evacuated", "12 soldiers died"). General English: the
 * counted noun and the asked verb come from the question.
 */
import { eventVerbIds } from './event-verb.ts';
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze, termOf } from './text-analysis.ts';
import { matchesPerText } from './per-text.ts';
import { isPastForm } from './question-type.ts';
import { wordNet, type WordNet } from './wordnet.ts';

const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens)`;
/** Words between a verb and the count it acts on: "treated at least 300", "killed some 40". */
const QUALIFIER = String.raw`(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over|up\s+to|an\s+estimated|another|roughly|around|only|just)\s+)?`;
const COUNT_RE = new RegExp(String.raw`\b(\p{Ll}{3,})\s+${QUALIFIER}(${NUMBER})\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:(?:have|has|had)\s+been|were|was|are|is|had|have)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,})|\s+(\p{Ll}{3,}ed))?`, 'giu');
const countPhrases = matchesPerText(COUNT_RE);

/**
 * Verbs that give a count without acting on what it counts: "said 300 children", "numbered
 * 40 members", "estimated 2,000 people", "included 12 soldiers".
 */
const NEUTRAL_VERB = /^(?:said|says|reported|estimated|counted|numbered|totaled|totalled|included|including|listed|reached|topped|exceeded|surpassed|put|left|leaving|had|have|has|were|was|are|with|among|saw|seen|involved|involving|affected)$/;

/** One count of the asked noun and the verbs around it (lower case; null where there is none). */
interface CountAction {
  before: string | null;
  after: string | null;
}

/** The counts of `counted` (question terms of the counted noun) in `text`, with the past verbs acting on each. */
function countActions(text: string, counted: ReadonlySet<string>): CountAction[] {
  const out: CountAction[] = [];
  for (const m of countPhrases(text)) {
    const words = (m[3] as string).toLowerCase().split(/\s+/);
    const at = words.findIndex((w) => counted.has(termOf(w) ?? ''));
    if (at < 0) continue;
    const verb = (w: string | undefined): string | null => (w !== undefined && isPastForm(w) && !NEUTRAL_VERB.test(w.toLowerCase()) ? w.toLowerCase() : null);
    // The verb after the noun only when the noun ends the phrase ("300 children were evacuated").
    const after = at === words.length - 1 ? verb(m[4] ?? m[5]) : null;
    out.push({ before: verb(m[1]), after });
  }
  return out;
}

/**
 * Whether every count of the asked thing in `text` has another verb acting on it than the
 * asked one, and `text` never uses the asked verb: the sentence counts something else done to
 * them. False when a count has no verb to tell by, or the asked verb (by `isAsked`, its forms and
 * synonyms) is there (`usesAsked`, a test run only when there are counts to judge).
 */
export function countedByOtherAction(text: string, counted: readonly string[], isAsked: (word: string) => boolean, usesAsked: () => boolean): boolean {
  if (counted.length === 0) return false;
  const actions = countActions(text, new Set(counted));
  if (actions.length === 0 || usesAsked()) return false;
  return actions.every((a) => (a.before !== null || a.after !== null) && ![a.before, a.after].some((v) => v !== null && isAsked(v)));
}

/**
 * The asked verb, its forms and synonyms (`isAsked`), or a verb WordNet says causes it or it
 * causes: "killed 6,076 people" counts those who died, "12 soldiers died" those killed.
 */
export function askedOrCausal(asked: string, isAsked: (word: string) => boolean, wn: WordNet | null = wordNet()): (word: string) => boolean {
  const lemmas = (w: string): string[] => [w, ...(wn?.lemmas(w, 'verb') ?? [])];
  const askedLemmas = new Set(lemmas(asked));
  const causesAsked = new Set(wn?.causers(asked) ?? []);
  return (w) => isAsked(w) || lemmas(w).some((l) => causesAsked.has(l)) || (wn?.causers(w) ?? []).some((c) => askedLemmas.has(c));
}

/** "How many children died ...", "how many soldiers were killed ...": the words after "how many". */
const HOW_MANY_RE = /^\s*(?:and\s+)?how\s+many\s+(.*)$/i;

/**
 * The past verb a count question asks was done to what it counts ("died", "killed", "arrested"),
 * or null: not for a plan, a condition or a negation (`countedEventVerb` decides those), nor for
 * "How many ... did X kill?" (the verb after "did" is not past).
 */
export function askedCountAction(question: string, countedEventVerb: string | null): string | null {
  // "How many sailors did helicopters rescue?": a doer the question names may be told of with
  // another verb for the same act ("helicopters plucked 46 sailors"); only a count of what
  // happened to the counted ("died", "were arrested") is read this way.
  if (DID_Q_RE.test(question)) return null;
  if (countedEventVerb !== null) return countedEventVerb;
  if (/\b(?:will|would|could|might|may|not|never|to)\b|n['’]t\b/i.test(question)) return null;
  // The first past verb among the five words after "how many", past the counted phrase and an auxiliary.
  const words = (HOW_MANY_RE.exec(question)?.[1] ?? '').split(/\s+/).slice(0, 6).map((w) => w.replace(/[?.!,]+$/, ''));
  const w = words.slice(1).find((x) => /^\p{Ll}{3,}$/u.test(x) && !AUXILIARY.test(x) && isPastForm(x));
  return w !== undefined && !NEUTRAL_VERB.test(w) ? w : null;
}

/** "How many sailors did helicopters rescue?", "How many rebels did the army say it killed?": a count of what someone did. */
const DID_Q_RE = /\bhow\s+(?:many|much)\b.*\b(?:did|does|do)\b/i;
/** "How many rebels did the army say ...": an auxiliary is no verb of the count. */
const AUXILIARY = /^(?:did|does|do|is|are|was|were|has|have|had|been|be|being)$/i;

/**
 * For a count question about what happened to the counted, a test of a sentence: whether it
 * counts them with another verb acting on them (countedByOtherAction); null for other questions.
 * `countVerb` and `countVerbIds` are the event stage's count verb and its kin's term ids.
 */
export function otherActionCheck(q: QuestionAnalysis, countVerb: string | null, countVerbIds: ReadonlySet<number>, index: TopicIndex): ((text: string) => boolean) | null {
  const verb = q.type === 'quantity' ? askedCountAction(q.text, countVerb) : null;
  if (verb === null) return null;
  const term = termOf(verb) ?? verb;
  const ids = verb === countVerb ? countVerbIds : eventVerbIds(verb, index);
  const isTerm = (t: string): boolean => t === term || ids.has(index.termId(t) ?? -1);
  const isWord = askedOrCausal(verb, (w) => isTerm(termOf(w) ?? w));
  return (text) => countedByOtherAction(text, q.counted, isWord, () => analyze(text).some((t) => isTerm(t.term)));
}
