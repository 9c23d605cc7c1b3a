/**
 * "What type / kind / model of X ...?": whether a sentence names a type of X ("F-22 fighter
 * jet", "spy balloon", "gear ... like uniforms", "Javanese culture") or only mentions X. Part
 * of the answer's shape (answer-shape.ts).
 */
import { isPlaceWord, isTitleWord } from './entities.ts';
import { DEMONYMS } from './gazetteer.ts';
import { analyze, STOP_WORDS } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

/** Modifiers that describe rather than name a type: "an advanced fighter jet", "a new missile". */
const GENERIC_MODIFIER = /^(?:new|old|latest|modern|advanced|sophisticated|powerful|small|large|big|huge|giant|single|unknown|unidentified|unnamed|alleged|allegedly|so-called|possible|other|more|such|same|any|some|this|that|these|those|its|their|his|her|our|the|a|an|another|first|second|third|several|many|few|two|three|four|five|us|u\.s\.?|foreign|military|deadly|fatal|own)$/i;
const ADJECTIVE_SUFFIX = /(?:ed|ing|ive|ous|ful|able|ible|al|ic|less|ary)$/i;
/** "What make / brand / model of X": a maker's or model's name. */
export const MAKE_OF_Q_RE = /\b(?:what|which)\s+(?:make|makes|brand|brands|model|models)\s+of\b/i;
const NAMED_APPOSITIVE = /^,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)?\s*[,.;)]/u;
const NAMING_AFTER = /^[^.;!?]{0,45}?\b(?:such as|like|including|called|named|known as|dubbed|model|type|class)\b/i;
/** What it does, in a relative clause right after it, says its kind: "a new sprinkler system that uses mist instead of water". */
const KIND_BY_WHAT_IT_DOES = /^\s+(?:that|which)\s+(?:\p{Ll}+ly\s+)?(?!(?:was|has|does|says)\b)(\p{Ll}{2,}s)\b/u;

/** Whether `after` (the text after the thing) opens a relative clause of what it does ("that uses mist"), its verb a verb (not "that officials estimate"). */
function kindByWhatItDoes(after: string): boolean {
  const verb = KIND_BY_WHAT_IT_DOES.exec(after)?.[1];
  return verb !== undefined && (wordNet()?.lemmas(verb, 'verb') ?? []).some((l) => l !== verb);
}

/**
 * For "what type/kind/model of X": 1 when the sentence names a type of X ("F-22 fighter jet",
 * "spy balloon", "gear ... like uniforms"), 0.5 when it mentions X without saying which, and
 * 0.8 when it does not mention X at all (the other words carry the match).
 */
export function namesTypeOf(text: string, typeOf: readonly string[], madeBy = false): number {
  if (typeOf.length === 0) return 1;
  const head = typeOf[typeOf.length - 1] as string;
  const phrase = new Set(typeOf);
  const toks = analyze(text);
  let seen = false;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.term !== head) continue;
    seen = true;
    let first = i;
    while (first > 0 && phrase.has((toks[first - 1] as (typeof toks)[number]).term) && (toks[first] as (typeof toks)[number]).start - (toks[first - 1] as (typeof toks)[number]).end <= 2) first--;
    const start = (toks[first] as (typeof toks)[number]).start;
    const prev = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\s*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
    const sentenceStart = text.slice(0, start).trim().length === prev.length;
    const tok = toks[i] as (typeof toks)[number];
    // A nationality names a kind of culture, language or religion, not of a made thing; a make,
    // brand or model is a name or a number ("Fiat", "F-22"), not a description ("explosives-rigged").
    if (prev && specificModifier(prev, sentenceStart, wordNet()?.isWayOfAPeople(tok.word) === true) && (!madeBy || /^\p{Lu}|\d/u.test(prev))) return 1;
    // What follows names it: "the rigged car, a red Fiat,".
    const after = text.slice(tok.end);
    if (NAMING_AFTER.test(after) || NAMED_APPOSITIVE.test(after) || kindByWhatItDoes(after)) return 1;
  }
  return seen ? 0.5 : 0.8;
}

function specificModifier(word: string, sentenceStart: boolean, ofAPeople: boolean): boolean {
  if (/\d/.test(word)) return true; // "F-22", "Su-35", "J-10"
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (GENERIC_MODIFIER.test(lower)) return false;
  if (isPlaceWord(lower) || DEMONYMS.has(lower)) return ofAPeople && !sentenceStart;
  if (/^\p{Lu}/u.test(word)) {
    if (sentenceStart || isTitleWord(lower)) return false;
    // A nationality says where it is from, not what type it is.
    return ofAPeople || !/(?:ese|ian|ish|an|i)$/.test(lower) || lower.length <= 3;
  }
  if (/-/.test(lower)) return !/^(?:non|so|well|high|low|long|short)-/.test(lower) || /^non-/.test(lower);
  // "to apply pesticides", "sprayed with pesticides": a verb or a function word before it says what is done with it, not its kind.
  if (STOP_WORDS.has(lower) || onlyAVerb(lower)) return false;
  // "a new electoral process", "chemical weapons": an adjective of what it pertains to says the kind, one of how it is ("large") does not.
  // ... and so does a noun before it ("capital controls"), though it ends like an adjective.
  return lower.length > 2 && (!ADJECTIVE_SUFFIX.test(lower) || wordNet()?.isRelationalAdjective(lower) === true || nounModifier(lower));
}

/** Whether WordNet knows `word` only as a verb ("apply"), never as a noun or an adjective. */
function onlyAVerb(word: string): boolean {
  const wn = wordNet();
  return wn !== null && wn.lemmas(word, 'verb').length > 0 && wn.lemmas(word, 'noun').length === 0 && wn.lemmas(word, 'adj').length === 0;
}

/** Whether `word`, ending like an adjective of how a thing is ("-al", "-ic", "-ary"), is a noun too ("capital"), not a participle ("sweeping"). */
function nounModifier(word: string): boolean {
  const wn = wordNet();
  return wn !== null && /(?:al|ic|ary)$/.test(word) && wn.lemmas(word, 'noun').includes(word) && wn.lemmas(word, 'verb').length === 0;
}
