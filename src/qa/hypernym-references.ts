/**
 * A thing named again by a broader word: "Swarms of desert locusts have invaded ... The insects
 * bred in Yemen and Somalia" is about the locusts, a locust being an insect in WordNet's
 * hypernyms (as a tanker is a ship, a hurricane a storm). A definite noun ("the", "these")
 * above the question's noun, in a sentence whose document named that noun shortly before,
 * refers back to it. The broadest nouns (a "thing", an "object") and nouns of people, which
 * refer to too many, are left out. General English from WordNet; no topic's words.
 */
import { analyze } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';
import { perText } from './per-text.ts';

/** How many sentences before a broader noun may have named the thing it refers to. */
export const HYPERNYM_LOOKBACK = 4;

/**
 * A definite noun phrase of up to three words: "the insects", "these vessels", "the
 * Liberian-flagged vessel", "the damaged cargo vessel". Which word is its noun is left to
 * WordNet: only a word above the question's noun counts.
 */
const DEFINITE_NOUN_RE = /\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)(?=((?:\s+[\p{L}][\p{L}-]*){1,3}))/gu;
/**
 * How many senses of the broader noun may be the one above: "vessel"'s first sense in WordNet's
 * counts is the blood vessel, its second the ship.
 */
const KIND_SENSES = 3;
/** A lower-case word that may be the noun of a definite phrase. */
const NOUN_WORD_RE = /^\p{Ll}{4,}$/u;

/** Nouns too broad to say which thing they refer to, and nouns of people (persons have references of their own). */
const TOO_BROAD = new Set(
  'thing things object objects entity entities whole matter substance unit units part parts group groups item items kind kinds type types sort form forms organism organisms being beings animal animals creature creatures event events act acts action actions activity process state situation case issue issues area areas place places region person persons people individual individuals man men woman women member members body bodies structure structures system systems material materials product products'.split(' '),
);

/** The definite nouns of a sentence that may refer back by a broader word ("the insects"), read once per sentence. */
const definiteNouns = perText((text: string): readonly string[] =>
  [...text.matchAll(DEFINITE_NOUN_RE)].flatMap((m) => (m[1] as string).trim().split(/\s+/)).filter((n) => NOUN_WORD_RE.test(n) && !TOO_BROAD.has(n)),
);

/** Whether `noun` is above `word` (lemma `lemma`) in WordNet, not a form of it; kept per pair, as every candidate sentence asks again. */
const broader = new Map<string, boolean>();
function isBroaderNoun(wn: NonNullable<ReturnType<typeof wordNet>>, word: string, lemma: string, noun: string): boolean {
  const key = `${word} ${noun}`;
  let hit = broader.get(key);
  if (hit === undefined) {
    hit = !wn.lemmas(noun, 'noun').includes(lemma) && wn.isKindOf(word, noun, KIND_SENSES);
    if (broader.size > MAX_KEPT_PAIRS) broader.clear();
    broader.set(key, hit);
  }
  return hit;
}
/** How many word pairs `broader` keeps before it starts again. */
const MAX_KEPT_PAIRS = 20_000;

/**
 * Whether `text` refers to the question's noun `word` (its term `term`) by a broader noun, written
 * with "the" or "these", when one of `before` (the sentences before it in its document, nearest
 * last) names it. A noun the question asks with (`asked`: "the population growth rate" for "the
 * infant mortality rate") is its own word, not a reference back to the other.
 */
export function refersByHypernym(word: string, term: string, text: string, before: () => readonly string[], asked: (noun: string) => boolean = () => false): boolean {
  const wn = wordNet();
  const nouns = definiteNouns(text);
  if (!wn || nouns.length === 0 || !/^[a-z]{4,}$/.test(word)) return false;
  const lemma = wn.lemmas(word, 'noun')[0];
  if (lemma === undefined) return false;
  if (!nouns.some((noun) => noun !== word && !asked(noun) && isBroaderNoun(wn, word, lemma, noun))) return false;
  return before().slice(-HYPERNYM_LOOKBACK).some((s) => analyze(s).some((t) => t.term === term));
}
