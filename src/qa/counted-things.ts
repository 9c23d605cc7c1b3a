/**
 * What a "how many / how much" question counts ("how many US officials" → officials) or
 * whether it asks for a sum of money ("what salary", "how large is the loan"). Used by
 * question-analysis.ts; general English, no topic's words.
 */
import { analyze, termOf } from './text-analysis.ts';
import { asksSumByNoun, isPastForm, PAID_Q_RE, WORTH_Q_RE } from './question-type.ts';
import { wordNet } from './wordnet.ts';

/** Words that end the counted phrase: auxiliaries and prepositions. */
const AUX = /^(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|might|may|in|of|on|for|at|to|from|by|does|that|this)$/;

/** "what salary", "what is the new price": a question for a sum of money (not a rate or a count). */
const MONEY_WHAT_RE = /\bwhat\s+(?:(?:is|was|are|were|will be)\s+(?:the\s+|its\s+|their\s+|[a-z.-]+['’]s\s+)?)?(?:[a-z-]+\s+){0,2}(?:salary|salaries|price|prices|cost|costs|fee|fees|wage|wages|budget|income|revenue|fine|sum|debt|deficit)\b/i;

/** "How large is the IMF loan to Russia?", "how big a bonus ...": the size of something. */
const HOW_LARGE_RE = /\b[Hh]ow (?:large|big)\s+(?:(?:is|was|are|were|will be)\s+)?(?:(?:an?|the|its|their|his|her)\s+|[\p{L}.-]+['’]s\s+)?((?:[\p{L}.-]+\s+){0,3}?)(\p{Ll}+)(?=\s+(?:for|of|to|did|does|do|in|on|that|which|over|from)\b|\s*[?.!]*\s*$)/u;

/** The noun whose size "How large is X?" asks ("How large were Malaysia's foreign reserves?" → reserves), or undefined. */
export function sizedNoun(text: string): string | undefined {
  return HOW_LARGE_RE.exec(text)?.[2];
}

/** "How big is the painting?", "how large was the ship?": the size of a made thing (WordNet), a measure (not a sum of money). */
export function sizesArtifact(text: string): boolean {
  const noun = sizedNoun(text);
  const wn = wordNet();
  if (noun === undefined || wn === null) return false;
  const lemma = wn.lemmas(noun, 'noun')[0] ?? noun;
  return wn.isArtifactNoun(lemma) && !wn.isMoneyNoun(lemma);
}

/** Whether the question asks how large a sum of money is ("the loan", "a bonus", "the reserves": money by WordNet). */
function largeSum(text: string): boolean {
  const noun = sizedNoun(text);
  const wn = wordNet();
  return noun !== undefined && wn !== null && [noun, ...wn.lemmas(noun, 'noun')].some((n) => wn.isMoneyNoun(n));
}

/** "What is the (total) number of ...", "What was the latest number of ...": a count, as "how many" asks (group 1 stands for "many"). */
const NUMBER_OF_Q_RE = /^\s*(?:and\s+)?what\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:(?:latest|total|final|new|current|official|overall|exact)\s+)*(?:(number)\s+of)\s+((?:[^?.!,]|\.(?=\S|\s+[a-z]))*)/i;

/** "how many US officials did ..." → the counted words; "how much were ..." → amount. */
export function countedOf(text: string): { counted: string[]; amount: boolean } {
  // A period inside a word or after an abbreviation ("U.S. companies") does not end the phrase.
  // "What is the number of people killed?" counts as "how many people" does.
  const m = /\bhow (many|much)\s+((?:[^?.!,]|\.(?=\S|\s+[a-z]))*)/i.exec(text) ?? NUMBER_OF_Q_RE.exec(text);
  // "Above what salary ...", "What is the average price ...", "What did X pay for ...": a sum of money.
  if (!m) return { counted: [], amount: MONEY_WHAT_RE.test(text) || WORTH_Q_RE.test(text) || PAID_Q_RE.test(text) || largeSum(text) || asksSumByNoun(text) };
  const words: string[] = [];
  // "How many of the special police units ...": what is counted comes after "of the".
  const phrase = (m[2] as string).toLowerCase();
  const all = (m[1]?.toLowerCase() !== 'much' ? phrase.replace(/^of\s+(?:(?:the|its|their|these|those)\s+)?(?:[\d,.]+\s+)?/, '') : phrase).split(/\s+/);
  for (const [i, w] of all.entries()) {
    if (!w || AUX.test(w)) break;
    // "How many people got scholarships ...": the verb ends what is counted; not a participle
    // before the plural noun it describes ("How many Yugoslav armored vehicles ..."; but "How
    // many rebels attacked villages?" counts rebels).
    const next = all[i + 1] ?? '';
    // ... a past form that is also a noun ("sent", "found") too, after a plural noun ("How many countries sent donations?").
    const afterPlural = words.some((x) => PLURAL_NOUN.test(x) && !/(?:ss|us|is)$/.test(x));
    if (words.length > 0 && isPastForm(w) && ((wordNet()?.lemmas(w, 'noun') ?? []).length === 0 || afterPlural) && !(PLURAL_NOUN.test(next) && !AUX.test(next) && !afterPlural)) break;
    words.push(w);
    if (words.length >= 3) break;
  }
  // "How much more likely ...", "how much higher ...": a comparison, no noun counted.
  if (m[1]?.toLowerCase() === 'much' && comparativeFirst(words)) return { counted: [], amount: true };
  // What is counted is the plural noun ("how many regular-season games", "how many people
  // died"): its modifiers alone do not count it ("two weeks of the regular season").
  const head = words.findLastIndex((w) => PLURAL_NOUN.test(w) && !/(?:ss|us|is)$/.test(w));
  const terms = analyze(words.slice(0, head >= 0 ? head + 1 : words.length).join(' ')).map((t) => t.term);
  const counted = head >= 0 ? terms.slice(-1) : terms;
  // "How many athletes and officials ...": either plural of the pair is what is counted ("317
  // athletes and officials").
  const pair = head >= 2 && words[head - 1] === 'and' && PLURAL_NOUN.test(words[head - 2] as string) ? termOf(words[head - 2] as string) : null;
  if (pair && !counted.includes(pair)) counted.unshift(pair);
  // "How many victims' remains were recovered?": the remains of how many victims ("the remains of 159 victims").
  const owner = head > 0 ? words.slice(0, head).find((w) => /^[a-z-]{3,}s['’]$/.test(w)) : undefined;
  const ownerTerm = owner === undefined ? null : termOf(owner.slice(0, -1));
  if (ownerTerm !== null && !counted.includes(ownerTerm)) counted.unshift(ownerTerm);
  return { counted, amount: m[1]?.toLowerCase() === 'much' && counted.length === 0 };
}

/** Whether `words` open with a comparative adjective or adverb: "more likely", "less often", "higher" (not "more money"). */
function comparativeFirst(words: readonly string[]): boolean {
  const wn = wordNet();
  if (wn === null || words.length === 0) return false;
  const notNoun = (w: string): boolean => wn.lemmas(w, 'noun').length === 0 && (wn.lemmas(w, 'adj').length > 0 || wn.lemmas(w, 'adv').length > 0);
  const [first = '', second = ''] = words;
  if (/^(?:more|less)$/.test(first)) return second !== '' && notNoun(second);
  return /er$/.test(first) && notNoun(first) && wn.lemmas(first, 'adj').some((l) => l !== first);
}

/** Plural nouns, regular and not. */
const PLURAL_NOUN = /^(?:[a-z-]{3,}s|people|men|women|children|police|cattle|staff|personnel|troops|feet|teeth|mice|geese|data)$/;
