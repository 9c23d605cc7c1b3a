/**
 * Stage 2b of answering, between analysing the question and retrieving: paraphrases of a
 * question word the topic's documents never use. "When did the minister quit?" over articles
 * that say "resigned": WordNet (wordnet.ts) gives the word's senses, and those of their words
 * that the documents do use stand in for it, at a lower strength than the word itself would
 * (a paraphrase is likelier to shift the meaning). Only words absent from the documents are
 * expanded by their senses, so a question in the documents' own words is scored as before,
 * except that a verb which entails the asked one ("buy" for "pay"), or another word of the asked
 * verb's commonest sense ("purchase" for "buy", weaker), stands in for it wherever the sentence
 * lacks the asked verb. Light verbs ("get", "hold", "make") and stop words never
 * stand in: they match almost any sentence.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp, POSSESSIVE_DETERMINER, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms, wordNet, type WordNet } from './wordnet.ts';
import { BROADER, isVerbSlot, SAME_SENSE, verbParaphraseOf, type Paraphrase, type Paraphrases } from './paraphrase-kit.ts';
import { phrasalParaphrases } from './phrasal-paraphrases.ts';
import { eventNounVerbs } from './event-noun-verbs.ts';
import { negatedAntonyms } from './negated-antonyms.ts';

export { BROADER, isVerbSlot, SAME_SENSE, type Paraphrase, type Paraphrases } from './paraphrase-kit.ts';

/** A word that may be a past participle by its ending ("-ed", "-en", "-t": "injured", "broken", "hurt"); WordNet's satellites decide the rest. */
const PARTICIPLE_RE = /(?:ed|en|t)$/;

/** Senses of a word looked at (WordNet lists the commonest first). */
const SENSES = 2;

/** The strength a sentence gives the paraphrased question word: the strongest paraphrase it writes. */
export function paraphraseMatch(alternatives: readonly Paraphrase[], text: string): number {
  let best = 0;
  for (const p of alternatives) if (p.strength > best && p.forms.test(text)) best = p.strength;
  return best;
}

export function paraphrasesOf(q: QuestionAnalysis, qIds: readonly (number | undefined)[], index: TopicIndex, wn: WordNet | null = wordNet()): Paraphrases {
  const out = new Map<number, Paraphrase[]>();
  if (!wn) return out;
  const verbParaphrase = (w: string, strength: number): Paraphrase | null => verbParaphraseOf(w, strength, index);
  q.terms.forEach((term, i) => {
    if (q.entityTerms.has(term) || term.startsWith('~')) return;
    const found = new Map<string, Paraphrase>();
    for (const token of q.tokens) {
      if (token.term !== term || !/^[a-z]{3,}$/.test(token.word) || !isVerbSlot(q.text, token.start, token.word)) continue;
      // The verb's senses, for a verb the documents never use.
      if (qIds[i] === undefined) {
        const r = wn.related(token.word, 'verb', SENSES);
        for (const [words, strength] of [[r.synonyms, SAME_SENSE], [r.broader, BROADER]] as const) {
          for (const w of words) {
            const p = (found.get(w)?.strength ?? 0) < strength ? verbParaphrase(w, strength) : null;
            if (p) found.set(w, p);
          }
        }
        // "Was anyone hurt?": a participle is an adjective too, whose head says it ("hurt" → "injured").
        for (const h of PARTICIPLE_RE.test(token.word) ? wn.similarHeads(token.word, 1) : []) {
          const p = found.has(h) ? null : verbParaphrase(wn.lemmas(h, 'verb')[0] ?? h, SAME_SENSE);
          if (p) found.set(h, p);
        }
      } else {
        // A verb the documents use: its commonest sense's other words, where a sentence lacks it.
        for (const w of wn.related(token.word, 'verb', 1).synonyms) {
          const p = found.has(w) ? null : verbParaphrase(w, USED_VERB_SYNONYM);
          if (p && p.id !== qIds[i]) found.set(w, p);
        }
      }
      // A verb that entails the asked one, whether or not the documents use the asked verb: "How
      // much did AOL pay for Netscape?" answered by "... agreed to buy Netscape for $4.2 billion"
      // (to buy is to pay). Its commonest sense only, and not a light verb.
      for (const w of wn.entailers(token.word, 1)) {
        const p = found.has(w) ? null : verbParaphrase(w, ENTAILING);
        if (p && p.id !== qIds[i]) found.set(w, p);
      }
      // Doing it in one of its ways is doing it: "When did the astronauts launch?" is met by "blasted
      // off" (WordNet files "blast off" under "launch"). Verbs of several words only, and not led by
      // a light verb ("put down" for "kill"): single-word ones are loose ("carry" for "win").
      for (const [head, ...rest] of wn.phrasalTroponyms(token.word, SENSES)) {
        const key = [head, ...rest].join(' ');
        const p = head === undefined || rest.length === 0 || found.has(key) ? null : verbParaphraseOf(head, TROPONYM, index, rest);
        if (p && p.id !== qIds[i]) found.set(key, p);
      }
    }
    if (found.size > 0) out.set(i, [...found.values()]);
  });
  // A noun's other words for its commonest sense ("earthquake" / "quake", "car" / "automobile"),
  // whether or not the documents use the noun itself: a sentence without the noun may use them.
  // Not the noun of the kind a "which" question asks for ("Which newspaper ...?" is not answered by "the paper").
  const kind = /^\s*(?:and\s+)?(?:which|what)\s+(\p{Ll}+)/iu.exec(q.text)?.[1]?.toLowerCase();
  q.terms.forEach((term, i) => {
    if (out.has(i) || q.entityTerms.has(term) || term.startsWith('~') || q.light.has(term) || (kind !== undefined && termOf(kind) === term)) return;
    const found = new Map<string, Paraphrase>();
    for (const token of q.tokens) {
      if (token.term !== term || !/^[a-z]{3,}$/.test(token.word) || isVerbSlot(q.text, token.start, token.word)) continue;
      // Its synonyms, then a kind of the thing asked about, which is that thing: "heard the
      // explosion" is met by "heard a blast".
      const add = (words: readonly string[], strength: number): void => {
        for (const w of words) {
          if (found.has(w) || !/^[a-z]{3,}$/.test(w) || STOP_WORDS.has(w)) continue;
          const t = termOf(w);
          const id = t === null ? undefined : index.termId(t);
          if (id !== undefined && id !== qIds[i]) found.set(w, { id, strength, forms: nounForms(w, wn) });
        }
      };
      add(wn.related(token.word, 'noun', 1).synonyms, NOUN_SYNONYM);
      // A closed compound naming a kind of it, however many kinds the noun has, is nearly the
      // noun itself: "What caused the fire?" is met by "starting the wildfire", "the grassfire".
      add(wn.compoundKindsOf(token.word), COMPOUND_KIND);
      add(wn.kindsOf(token.word, MAX_KINDS), NOUN_KIND);
    }
    if (found.size > 0) out.set(i, [...found.values()]);
  });
  idiomParaphrases(q, index, wn, out);
  phrasalParaphrases(q, index, wn, out);
  eventNounVerbs(q, index, wn, out);
  negatedAntonyms(q, index, wn, out);
  return out;
}


/**
 * Idioms of several words that WordNet lists as adverbs or adjectives, and their other words:
 * "on his way to Belgrade" is answered by "en route to Belgrade" (WordNet: on_the_way =
 * en_route). A question word inside the idiom ("way") is met by any of its other phrasings in
 * the sentence, as a noun's synonym meets the noun.
 */
function idiomParaphrases(q: QuestionAnalysis, index: TopicIndex, wn: WordNet, out: Map<number, Paraphrase[]>): void {
  // Possessives an idiom holds as "the": "on his way" is WordNet's "on the way".
  const words = [...q.text.toLowerCase().matchAll(/[a-z]+(?:['’-][a-z]+)*/g)].map((m) => ({ w: POSSESSIVE_DETERMINER.test(m[0]) ? 'the' : m[0], raw: m[0] }));
  for (let n = 3; n >= 2; n--) {
    for (let k = 0; k + n <= words.length; k++) {
      const span = words.slice(k, k + n);
      // An idiom, not a compound noun: a function word in it, said as an adverb or adjective
      // (compound nouns too answered two unanswerable tuning questions: "infant mortality rate").
      if (!span.some((x) => STOP_WORDS.has(x.w))) continue;
      const lemma = span.map((x) => x.w).join('_');
      const others = new Set<string>();
      for (const pos of ['adv', 'adj'] as const) for (const w of wn.idiomSynonyms(lemma, pos)) others.add(w);
      if (others.size === 0) continue;
      const found: Paraphrase[] = [];
      for (const other of others) {
        const parts = other.split('_');
        const content = parts.filter((x) => !STOP_WORDS.has(x) && x.length >= 3).at(-1);
        const t = content === undefined ? null : termOf(content);
        const id = t === null ? undefined : index.termId(t);
        if (id !== undefined) found.push({ id, strength: NOUN_SYNONYM, forms: new RegExp(`\\b${parts.map(escapeRegExp).join('\\s+')}\\b`, 'i') });
      }
      if (found.length === 0) continue;
      q.terms.forEach((term, i) => {
        if (span.some((x) => termOf(x.raw) === term)) out.set(i, [...(out.get(i) ?? []), ...found]);
      });
    }
  }
}

/**
 * How a noun of the question's sense is written: its plural, or, for a gerund WordNet files with
 * the noun ("stealing" in theft's sense), any form of its verb: "When did the theft happen?" is
 * answered by "Thieves stole three paintings ... early on Sunday".
 */
function nounForms(w: string, wn: WordNet): RegExp {
  const verb = /ing$/.test(w) ? wn.lemmas(w, 'verb').find((l) => verbForms(l).includes(w)) : undefined;
  const forms = verb === undefined ? [] : verbForms(verb).filter((f) => f !== w);
  return new RegExp(`\\b(?:${[`${w}(?:s|es)?`, ...forms].join('|')})\\b`, 'i');
}

/** How strongly a verb that entails the asked one stands in for it ("buy" for "pay"). */
export const ENTAILING = 0.6;
/** A verb of several words for a way of doing the asked one ("blast off" for "launch"). */
export const TROPONYM = 0.8;

/** How strongly another word of a noun's commonest sense stands in for it ("quake" for "earthquake"). */
export const NOUN_SYNONYM = 0.8;
/** A kind of the asked noun ("blast" for "explosion"), from a sense with at most MAX_KINDS kinds. */
export const NOUN_KIND = 0.6;
const MAX_KINDS = 12;
/** A closed compound naming a kind of the asked noun ("wildfire" for "fire"): the thing itself to a reader. */
export const COMPOUND_KIND = 0.8;

/**
 * How strongly another word of the commonest sense of a verb the documents do use stands in for
 * it where a sentence lacks it ("purchase" for "buy"): less than a paraphrase of a verb they never
 * use, since a sentence with the asked verb itself may well be there.
 */
export const USED_VERB_SYNONYM = 0.5;
