/**
 * Stage 3 of answering, retrieving passages: the sentences the scorer (qa-scoring.ts) looks
 * at for a question. BM25 over the question's terms and the words that stand in for them
 * (acronyms spelled out, paraphrases, derived forms), the sentences around the best ten, the
 * sentences a reviewed brief's claims cite when a claim covers half the question, and, for
 * "How old is X?", the sentences that give X's age ("Sharon, 70,"), and for "How many people
 * live in X?" those that give X's population, which share little else with the question.
 */
import type { ClaimUnit, TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { givesAgeOf, numbersWhole, pricedBefore } from './quantities.ts';
import { givesPopulationOf, LIVE_IN_Q_RE } from './populations.ts';
import { neighbours, sentenceText, unitFeatures } from './sentence-features.ts';
import { SUMMED_UP_LOOKBACK, sumsUpEarlier } from './references.ts';
import { termOf } from './text-analysis.ts';

/** How many sentences BM25 hands on, and how many of the best bring their neighbours in. */
const BM25_CANDIDATES = 30;
const WITH_NEIGHBOURS = 10;
/** How many sentences naming the person (or place) an age (or population) question looks through for the age. */
const NAMED_CANDIDATES = 500;
/** How many sentences a "how many" question looks through for ones that count the asked thing. */
const COUNT_CANDIDATES = 200;
/** A claim covering this share of the question brings its cited sentences in as candidates. */
const CLAIM_CANDIDATE_COVERAGE = 0.5;
/** How many of the best-covering claims do. */
const CLAIMS_USED = 6;

export interface Retrieved {
  /** BM25's best sentences with their scores, best first (the scorer reads their BM25 share). */
  top: { unit: number; score: number }[];
  /** Every candidate sentence (unit ids). */
  candidates: Set<number>;
}

/**
 * The candidate sentences for a question: `qIds` are its terms' ids, `extraIds` the ids of
 * words that stand in for them, `weights` the terms' weights (for how much of the question a
 * claim covers).
 */
export function retrieveCandidates(index: TopicIndex, q: QuestionAnalysis, qIds: readonly (number | undefined)[], extraIds: readonly (number | undefined)[], weights: readonly number[]): Retrieved {
  const top = index.bm25([...qIds, ...extraIds], BM25_CANDIDATES);
  const candidates = new Set(top.map((c) => c.unit));
  for (const c of top.slice(0, WITH_NEIGHBOURS)) {
    const unit = index.unit(c.unit);
    for (const n of neighbours(index, unit)) candidates.add(index.unitOf[n.doc]?.[n.sentence] ?? -1);
    // "It was the first of three spacewalks": the sentences before tell of that spacewalk.
    if (sumsUpEarlier(sentenceText(index, unit))) for (let k = 1; k <= SUMMED_UP_LOOKBACK; k++) candidates.add(index.unitOf[unit.doc]?.[unit.sentence - k] ?? -1);
  }
  // The brief's claims are clean paraphrases of what the sources say: a question that
  // matches a claim well brings in the sentences the claim cites.
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const idWeight = new Map<number, number>();
  qIds.forEach((id, i) => {
    if (id !== undefined) idWeight.set(id, Math.max(idWeight.get(id) ?? 0, weights[i] as number));
  });
  const claimHits = index.claims
    .map((c, i) => {
      let w = 0;
      for (const [id, wt] of idWeight) if (c.terms.has(id)) w += wt;
      return { i, cov: totalWeight > 0 ? w / totalWeight : 0 };
    })
    .filter((x) => x.cov >= CLAIM_CANDIDATE_COVERAGE)
    .sort((a, b) => b.cov - a.cov)
    .slice(0, CLAIMS_USED);
  for (const h of claimHits) for (const u of (index.claims[h.i] as ClaimUnit).units) candidates.add(u);
  // "How old is Sharon?": the sentences giving his age ("Sharon, 70,") share only his name
  // with the question, which every sentence of a story about him has: look for them by shape.
  const nameWords = q.names.flatMap((n) => n.split(/\s+/));
  if (q.age && q.names.length > 0) addNaming(index, nameWords, candidates, (text) => givesAgeOf(text, nameWords));
  // "How many people live in Kosovo?": "Kosovo, which has 2 million residents" shares only the
  // place's name with the question, as the age sentences share only the person's.
  // ... or only "population", when it is the country's the story is in ("the country's population of about 680,000").
  if (q.type === 'quantity' && q.names.length > 0 && LIVE_IN_Q_RE.test(q.text)) addNaming(index, [...nameWords, 'population'], candidates, (text) => givesPopulationOf(text, q.names));
  // "How many members does the IOC have?": the sentence that gives their number ("IOC members _
  // currently numbering 115 _") may share only those common words with the question: look
  // through more of the sentences BM25 finds for the ones that give the size of the whole, with
  // every word of the question ("Seventeen players ... attended" counts some of them).
  const ids = qIds.filter((id): id is number => id !== undefined);
  if (q.type === 'quantity' && q.counted.length > 0 && ids.length === qIds.length) {
    const counted = new Set(q.counted);
    for (const c of index.bm25([...qIds], COUNT_CANDIDATES)) {
      if (candidates.has(c.unit)) continue;
      const terms = unitFeatures(index, c.unit).terms;
      if (ids.every((id) => terms.has(id)) && numbersWhole(sentenceText(index, index.unit(c.unit)), counted)) candidates.add(c.unit);
    }
  }
  // "How much did the airport cost?": "The dlrs 75 million airport will provide a boost ..."
  // prices the airport before naming it and shares only that word, which a story about it has
  // in every sentence: look through more of the sentences BM25 finds for the ones that price it.
  // Every other word of the question but names and the words of money ("cost") must be there.
  if (q.type === 'quantity' && HOW_MUCH_RE.test(q.text)) {
    const asked = new Set(q.terms);
    const needed = qIds.filter((_, i) => !q.entityTerms.has(q.terms[i] as string) && !q.light.has(q.terms[i] as string) && !isMoneyTerm(q.terms[i] as string));
    if (needed.every((id) => id !== undefined)) {
      for (const c of index.bm25([...qIds], COUNT_CANDIDATES)) {
        if (candidates.has(c.unit)) continue;
        const terms = unitFeatures(index, c.unit).terms;
        if (needed.every((id) => terms.has(id as number)) && pricedBefore(sentenceText(index, index.unit(c.unit)), (w) => asked.has(termOf(w) ?? w))) candidates.add(c.unit);
      }
    }
  }
  candidates.delete(-1);
  return { top, candidates };
}

const HOW_MUCH_RE = /\bhow\s+much\b/i;
/** Words of money a price before a noun stands for: "How much did it cost?" is answered by "the $75 million airport" (terms made on first use, not at start-up). */
const MONEY_WORDS = ['cost', 'costs', 'pay', 'paid', 'worth', 'price', 'spend', 'spent', 'money', 'value', 'build', 'built'];
let moneyTerms: ReadonlySet<string> | null = null;
const isMoneyTerm = (t: string): boolean => (moneyTerms ??= new Set(MONEY_WORDS.map((w) => termOf(w) ?? w))).has(t);

/** Adds to `candidates` the sentences among the ones BM25 finds for `nameWords` that `fits` (an age, a population). */
function addNaming(index: TopicIndex, nameWords: readonly string[], candidates: Set<number>, fits: (text: string) => boolean): void {
  const nameIds = nameWords.map((w) => index.termId(termOf(w.toLowerCase()) ?? '')).filter((x): x is number => x !== undefined);
  for (const c of index.bm25(nameIds, NAMED_CANDIDATES)) if (fits(sentenceText(index, index.unit(c.unit)))) candidates.add(c.unit);
}
