/**
 * The thing the question's act is done to, when the question names it by a common noun: "What
 * share of voters named crime as their top concern?" asks about naming crime. A sentence whose
 * same verb takes another noun ("... named education as their most pressing concern") and that
 * never says the asked one tells of another act. The names' counterpart is asked-object.ts.
 * General English: the verb and the noun come from the question, WordNet says which is which.
 */
import { analyze, escapeRegExp, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

export interface AskedThing {
  /** The noun's term ("crime"). */
  term: string;
  /** Whether the noun names people ("fighters"): then another word for people may be a word for them ("their comrades"). */
  people: boolean;
  /** The verb's forms, then up to one determiner and the noun it takes there. */
  taking: RegExp;
}

/** A verb, then an optional determiner and a lower-case noun, then a preposition or the end: "named crime as", "bought weapons?". */
const VERB_NOUN_RE = /\b(\p{Ll}{3,})\s+(?:(?:the|a|an)\s+)?(\p{Ll}{3,})(?=\s+(?:as|in|for|to|from|at|on|by|during|with|after|before|last|this|next)\b|\s*[?.!]*\s*$)/gu;
/** Verbs whose noun after them is no object: auxiliaries and verbs of being or becoming. */
const NO_OBJECT_VERB = /^(?:are|was|were|been|being|have|has|had|did|does|become|became|seem|seemed|remain|remained|feel|felt)$/;

/** The verb and common-noun object the question names, or null. */
export function askedThing(question: string): AskedThing | null {
  const wn = wordNet();
  if (!wn) return null;
  for (const m of question.matchAll(VERB_NOUN_RE)) {
    const [verb, noun] = [m[1] as string, m[2] as string];
    if (NO_OBJECT_VERB.test(verb) || STOP_WORDS.has(verb) || STOP_WORDS.has(noun)) continue;
    // A verb in the past or its base form ("named", "buy"), and a noun that is no verb's form ("crime", "weapons").
    const lemma = wn.lemmas(verb, 'verb')[0];
    if (lemma === undefined || wn.lemmas(verb, 'noun').includes(verb) || wn.lemmas(noun, 'noun').length === 0 || wn.lemmas(noun, 'verb').length > 0) continue;
    const term = termOf(noun);
    if (term === null) continue;
    const forms = verbForms(lemma).map(escapeRegExp).join('|');
    return { term, people: wn.isPersonNoun(noun), taking: new RegExp(`\\b(?:${forms})\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?(\\p{Ll}{3,})\\b`, 'giu') };
  }
  return null;
}

/** Whether `text` has the asked verb take another noun than the asked one, and never says the asked one. */
export function takesOtherThing(thing: AskedThing, text: string, wn = wordNet()): boolean {
  let other = false;
  for (const m of text.matchAll(thing.taking)) {
    const word = m[1] as string;
    const t = termOf(word);
    if (t === thing.term || (thing.people && wn?.isPersonNoun(word) === true)) return false;
    if (t !== null && !STOP_WORDS.has(word)) other = true;
  }
  return other && !analyze(text).some((t) => t.term === thing.term);
}
