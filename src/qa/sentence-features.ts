/**
 * What the scorer reads from one candidate sentence: its text, words, places, names and the
 * cues of TextFeatures (dates, quantities, reasons), plus the sentences around it. Computed on
 * first use and cached per index.
 */
import { analyze, STOP_WORDS, termOf } from './text-analysis.ts';
import { withoutDateline } from '../content/dateline.ts';
import { capitalisedRuns, isPlaceWord, isTitleWord, textFeatures, type TextFeatures } from './entities.ts';
import type { TopicIndex, Unit } from './qa-index.ts';
import { wordNet } from './wordnet.ts';

/**
 * Per-sentence features, computed on first use and cached per index. A question looks at a
 * few dozen candidates; the cache keeps the last FEATURE_CACHE_MAX of them, so a topic of
 * 10,000 articles asked about for weeks does not end up holding features for every sentence.
 */
const featureCache = new WeakMap<TopicIndex, Map<number, UnitFeatures>>();
const FEATURE_CACHE_MAX = 4096;

export interface UnitFeatures extends TextFeatures {
  text: string;
  words: Set<string>;
  /** The sentence refers to someone by pronoun ("He said", "he argued"). */
  hasPronoun: boolean;
  /**
   * ... and no person the sentence names before that pronoun can be the one it stands for:
   * "He said ..." may be anyone named earlier; in "Qin's family was told that he was charged"
   * the pronoun is Qin, not whoever the question asks about.
   */
  openPronoun: boolean;
  hasTitle: boolean;
  places: Set<string>;
  /** Lower-cased capitalised names (people, organisations, places) after the first word. */
  names: string[];
  /** A venue or location phrase: "on the margins of the Munich Security Conference", "in Beijing". */
  venue: boolean;
  /** Agent of a passive ("shot down by the US Air Force"). */
  agent: string | null;
  /**
   * The sentence continues the previous one ("That is a concern, and ...", "He added ...",
   * "Such a choice ..."): it inherits the previous sentence's subject for matching.
   */
  continuation: boolean;
  /** The sentence states an order of events ("met Qin before meeting Wang", "then", "after"). */
  ordered: boolean;
  /** Term ids of the sentence. */
  terms: ReadonlySet<number>;
  /** Term ids of the brief claims that cite it. */
  claimTerms: ReadonlySet<number>;
  /** Term ids of the sentences either side of it in its document ... */
  nearTerms: ReadonlySet<number>;
  /** ... and of the one before it alone. */
  prevTerms: ReadonlySet<number>;
}

/** A capitalised word after a capitalised name and "of": "Lott of Mississippi", "University of Maryland". */
const NAME_OF_PLACE_RE = /\p{Lu}[\p{L}.'’-]+\s+of\s+(\p{Lu}\p{Ll}[\p{L}-]+)/gu;
const PLACE_OF_RE = /\b(?:village|town|city|province|state|region|district|department|county|island|port|neighbou?rhood|municipality|suburb|capital)\s+of\s+(\p{Lu}[\p{L}-]+)/gu;
/**
 * A named natural feature or building: "the Rwenzori Mountains", "the Elila River", "Lake Kivu",
 * "Mount Elgon", "the Cyberview Lodge", "Hadassah Hospital", "Independence Square".
 */
const NAMED_PLACE_AFTER_RE = /\b(\p{Lu}[\p{L}-]+)\s+(?:Mountains?|Hills|Range|River|Valley|Lake|Islands?|Sea|Ocean|Bay|Gulf|Desert|Peninsula|Strait|Plateau|Forest|Basin|Coast|Delta|Canal|Falls|Lodge|Hotel|Inn|Resort|Hall|Center|Centre|Stadium|Arena|Palace|Mosque|Church|Cathedral|Temple|Square|Plaza|Hospital|Airport|Tower|Building|Bridge|Park|Prison|Camp)\b/gu;
/** A name said to be where something happened: "Gornje Obrinje was the site of a massacre", "Kupang, the scene of riots". */
const SITE_OF_RE = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}),?\s+(?:(?:was|is|has\s+been|had\s+been|became|will\s+be)\s+)?the\s+(?:site|scene)\s+of\b/gu;
const NAMED_PLACE_BEFORE_RE = /\b(?:Lake|Mount|Mt\.|River|Gulf of|Bay of|Isle of|Strait of|Sea of)\s+(\p{Lu}[\p{L}-]+)/gu;
/** A named natural feature whose kind is written in lower case: "the Pfeiler valley", "the Lerma valley", "the Kessel massif". */
const NAMED_FEATURE_LOWER_RE = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(?:valley|river|mountains|hills|range|massif|plateau|basin|delta|desert|coast|peninsula|lowlands|highlands|plain|plains|watershed|gorge)\b/gu;
/**
 * A sentence that goes on about the previous one's subject: a pronoun, a linking word, a
 * definite description ("The half-island territory lies ...", "The decision to cancel ...") or
 * an ordinal standing for the previous noun ("The next, on Tuesday, will ...").
 */
const CONTINUATION_RE = /^["“'‘(]*(?:(?:That|This|These|Those|It|Such|He|She|They|Its|His|Her|Their|But|And|Also|Still|Yet)\b|The (?:[a-z][\w-]*\s+){1,3}|The (?:next|second|third|fourth|last|other|latter|former|first)\b)/u;
const ORDER_S_RE = /\b(?:before|after|then|first|followed by|later|earlier|prior to|subsequently|afterwards|the next day|the day before|a day later|initially|originally|at first)\b/i;
const VENUE_RE = /\b(?:on the (?:margins|sidelines|sides|fringes) of|conference|summit|forum|headquarters|embassy|airport|palace|ministry building|hotel|(?:in|at|near) (?:the |an? )?(?:[\p{Ll}-]+ ){0,2}(?:city|town|village|port|province|capital|district|region|state) of \p{Lu}[\p{L}-]+|(?:in|at|near) (?:the |an? )?\p{Lu}[\p{L}-]+(?![\p{L}-]*['’]))\b/u;

const VENUE_ALL_RE = new RegExp(VENUE_RE.source, 'gu');

/**
 * Whether `text` has a venue other than one the question names (`asked`, its lower-case words):
 * "Where was Wang planning to travel after Munich?" is not answered by "... in Munich on Saturday".
 */
export function venueNotAsked(text: string, asked: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(VENUE_ALL_RE)) {
    const names = m[0].match(/\p{Lu}[\p{L}-]+/gu) ?? [];
    if (names.length === 0 || names.some((w) => !asked.has(w.toLowerCase()))) return true;
  }
  return false;
}

export function sentenceText(index: TopicIndex, unit: Unit): string {
  return index.brief.sources[unit.doc]?.sentences[unit.sentence]?.text ?? '';
}

export function unitFeatures(index: TopicIndex, u: number): UnitFeatures {
  let cache = featureCache.get(index);
  if (!cache) {
    cache = new Map();
    featureCache.set(index, cache);
  }
  const hit = cache.get(u);
  if (hit) return hit;
  const text = sentenceText(index, index.unit(u));
  const words = new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
  const places = new Set<string>();
  // A dateline's place ("SANTA LUCIA, Valdoria (Reuters) -") is where the story was filed, not where anything happened.
  const told = withoutDateline(text);
  // Case matters: "US" is a place, "to us" is not.
  // ... but not a place's name opening another name after "a": "in a Berlin Defense", "an Egypt Air plane".
  for (const m of told.matchAll(/\p{Lu}[\p{L}.-]*/gu)) {
    const w = m[0].replace(/\.$/, '');
    if (!isPlaceWord(w)) continue;
    const next = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(told.slice(m.index + m[0].length))?.[1];
    if (next !== undefined && !isPlaceWord(next) && /\b[Aa]n?\s+$/.test(told.slice(Math.max(0, m.index - 4), m.index))) continue;
    places.add(w.toLowerCase());
  }
  for (const m of told.matchAll(/\b(?:in|at|near|to|from)\s+(\p{Lu}[\p{L}-]+)/gu)) places.add((m[1] as string).toLowerCase());
  // "in the village of Olvido", "the port of Valmora": a named place, whatever its name.
  for (const m of told.matchAll(PLACE_OF_RE)) places.add((m[1] as string).toLowerCase());
  for (const re of [NAMED_PLACE_AFTER_RE, NAMED_PLACE_BEFORE_RE, NAMED_FEATURE_LOWER_RE, SITE_OF_RE]) for (const m of told.matchAll(re)) places.add((m[1] as string).toLowerCase());
  // "Sen. Trent Lott of Mississippi": a name of somewhere, after a name and "of", that WordNet knows as a place.
  for (const m of told.matchAll(NAME_OF_PLACE_RE)) if (wordNet()?.isPlaceInSenses(m[1] as string) === true) places.add((m[1] as string).toLowerCase());
  const names = namesIn(index, text);
  // "trial in New York", "Houston accountant Kathy Montgomery": a name WordNet knows as a place
  // in one of its two commonest senses, unless the documents name a person so.
  for (const n of names) if (!places.has(n) && !n.split(' ').some((w) => index.persons.tokens.has(w)) && wordNet()?.isPlaceInSenses(n.replace(/ /g, '_')) === true) for (const w of n.split(' ')) places.add(w);
  const f: UnitFeatures = {
    ...textFeatures(text),
    text,
    words,
    hasPronoun: /(?:^["“']?|\b)(?:He|he|She|she|His|his|Her|her)\b/.test(text),
    openPronoun: openPronoun(text, (w) => index.persons.tokens.has(w) || index.persons.tokens.has(termOf(w) ?? w)),
    hasTitle: [...words].some((w) => isTitleWord(w)),
    venue: VENUE_RE.test(text),
    places,
    names,
    continuation: CONTINUATION_RE.test(text),
    ordered: ORDER_S_RE.test(text),
    agent: /\bby (?:the )?((?:US |U\.S\. )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)/u.exec(text)?.[1]?.toLowerCase() ?? null,
    ...termSets(index, index.unit(u)),
  };
  if (cache.size >= FEATURE_CACHE_MAX) cache.clear();
  cache.set(u, f);
  return f;
}

/** The term ids of a sentence, of the claims citing it and of the sentences either side of it (read once per sentence). */
function termSets(index: TopicIndex, unit: Unit): Pick<UnitFeatures, 'terms' | 'claimTerms' | 'nearTerms' | 'prevTerms'> {
  const nearTerms = new Set<number>();
  const prevTerms = new Set<number>();
  for (const n of neighbours(index, unit)) {
    const seq = index.seqOf(n);
    for (const t of seq) nearTerms.add(t);
    if (n.sentence < unit.sentence) for (const t of seq) prevTerms.add(t);
  }
  // A sentence too short to be indexed still names who the next one is about: "Solberg did not
  // attend the screening. His producer ... said the director had stayed in Stockholm."
  if ((index.unitOf[unit.doc]?.[unit.sentence - 1] ?? 0) < 0) {
    for (const t of analyze(index.brief.sources[unit.doc]?.sentences[unit.sentence - 1]?.text ?? '')) {
      const id = index.termId(t.term);
      if (id !== undefined) {
        prevTerms.add(id);
        nearTerms.add(id);
      }
    }
  }
  return { terms: new Set(index.seqOf(unit)), claimTerms: new Set(unit.claimTerms ?? []), nearTerms, prevTerms };
}

const PRONOUN_RE = /(?:^["“'`]*|\b)(?:He|he|She|she|His|his|Her|her)\b/u;

/** A sentence that opens with "It" ("It is obvious that ..."): often no subject of the one before but an empty one. */
export const IT_OPENING_RE = /^["“'‘`(]*It\s/u;

/** Whether `text` has a pronoun before which it names no person (`isPerson`, on lower-cased words). */
export function openPronoun(text: string, isPerson: (word: string) => boolean): boolean {
  const m = PRONOUN_RE.exec(text);
  if (!m) return false;
  for (const w of text.slice(0, m.index).match(/\p{Lu}[\p{L}-]*/gu) ?? []) if (isPerson(w.toLowerCase())) return false;
  return true;
}

/** Terms of the `back` sentences before `unit` in its document. */
export function recentTerms(index: TopicIndex, unit: Unit, back: number): Set<number> {
  const out = new Set<number>();
  const map = index.unitOf[unit.doc];
  for (let s = Math.max(0, unit.sentence - back); s < unit.sentence; s++) {
    const u = map?.[s] ?? -1;
    if (u >= 0) for (const t of index.seqOf(index.unit(u))) out.add(t);
  }
  return out;
}

/** Sentences back a run of "he"/"she" sentences may go to the one naming whom they stand for. */
const PRONOUN_CHAIN_MAX = 6;

/**
 * The terms of the sentence naming whom an opening "he"/"she" stands for, when every sentence
 * between refers to someone by pronoun and names no person: "... when Sughayer was freed.
 * ``He seemed normal,'' said his brother. ``He went to work ...'' If he was planning something,
 * we didn't see it.'' He would stay up late ...". None when the run breaks or goes past six.
 */
export function pronounChainTerms(index: TopicIndex, unit: Unit): ReadonlySet<number> {
  const map = index.unitOf[unit.doc];
  const isPerson = (w: string): boolean => index.persons.tokens.has(w.toLowerCase()) || index.persons.tokens.has(termOf(w.toLowerCase()) ?? w);
  const sentences = index.brief.sources[unit.doc]?.sentences ?? [];
  for (let s = unit.sentence - 1; s >= Math.max(0, unit.sentence - PRONOUN_CHAIN_MAX); s--) {
    const text = sentences[s]?.text ?? '';
    if ((text.match(/\p{Lu}[\p{L}-]*/gu) ?? []).some(isPerson)) {
      const u = map?.[s] ?? -1;
      return u < 0 ? NO_TERMS : new Set(index.seqOf(index.unit(u)));
    }
    if (!PRONOUN_RE.test(text)) return NO_TERMS;
  }
  return NO_TERMS;
}
const NO_TERMS: ReadonlySet<number> = new Set();

/**
 * The capitalised runs of `text` that are names, lower case: not its first word alone when the
 * documents use that word in lower case ("Inflation fell ...", "Rescuers searched ...").
 */
function namesIn(index: TopicIndex, text: string): string[] {
  // A common word capitalised only because it opens the sentence or a quotation ("``Because
  // of human rights ...,'' Habibie said") is no name.
  // Nor is a dateline's place ("OSTRAVA, Varnia (Reuters) -") one of the story's names, and the word after it opens the sentence.
  const told = withoutDateline(text);
  const openers = new Set<string>();
  for (const m of told.matchAll(OPENING_WORD_RE)) {
    const w = (m[1] as string).toLowerCase();
    if ((STOP_WORDS.has(w) || index.isCommonWord(termOf(w) ?? w)) && !index.persons.tokens.has(w)) openers.add(w);
  }
  // Nor "I'm", nor a capitalised word made into a modifier ("the English-language newspaper", "Russian-built jets"), nor an initial.
  return capitalisedRuns(told).filter((n) => !NO_NAME_RE.test(n)).map((n) => n.toLowerCase()).filter((n) => !openers.has(n));
}

/** "I'm", "I've"; a single word whose part after a hyphen is in lower case ("English-language", "U.S.-made"); an initial alone ("B." of "B.J. Habibie"). */
const NO_NAME_RE = /^(?:I['’](?:m|ve|d|ll)|[\p{Lu}][\p{L}.]*-\p{Ll}+|\p{Lu}\.?)$/u;

/** A single capitalised word that opens the sentence or a quotation (DUC wires open quotes with ``). */
const OPENING_WORD_RE = /(?:^|``|["“‘(]|:\s+['‘])\s*(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;

export function neighbours(index: TopicIndex, unit: Unit): Unit[] {
  const map = index.unitOf[unit.doc];
  const out: Unit[] = [];
  for (const s of [unit.sentence - 1, unit.sentence + 1]) {
    const n = map?.[s] ?? -1;
    if (n >= 0) out.push(index.unit(n));
  }
  return out;
}

/** Closeness of consecutive question terms in the sentence, 0..1. */
export function proximity(qIds: (number | undefined)[], seq: Int32Array): number {
  let pairs = 0;
  let total = 0;
  for (let i = 0; i + 1 < qIds.length; i++) {
    const a = qIds[i];
    const b = qIds[i + 1];
    if (a === undefined || b === undefined || a === b) continue;
    pairs++;
    let best = Infinity;
    for (let x = 0; x < seq.length; x++) {
      if (seq[x] !== a) continue;
      for (let y = 0; y < seq.length; y++) if (seq[y] === b) best = Math.min(best, Math.abs(x - y));
    }
    if (best < Infinity) total += 1 / best;
  }
  return pairs === 0 ? 0 : total / pairs;
}
