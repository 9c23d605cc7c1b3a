/**
 * What says where, for the answer-type stage (answer-type-fit.ts) and the scorer: a place
 * right after the question's own verb ("born in Kfar Mallal"), the wire's ways of saying where
 * someone lives or works ("Qin Yongmin, 45, of Wuhan", "a strategist at Morgan Stanley",
 * "headquarters in Dulles"), events named by their place ("the Kupang riot") and places named
 * by a common noun ("in the hills and forests", by WordNet). General English, no topic's words.
 */
import { countryNameTerm, isCountryTerm } from './gazetteer.ts';
import { perQuestion, SEAT_Q_RE, type QuestionAnalysis } from './question-analysis.ts';
import type { UnitFeatures } from './sentence-features.ts';
import { escapeRegExp, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms, wordNet, type WordNet } from './wordnet.ts';

/**
 * "Where was Sharon born?" answered by "Born in Kfar Mallal": the question's own verb, then a
 * preposition of place and a name, so the place is what the verb is about (not a place
 * named elsewhere in the sentence, as in "native-born Israelis").
 */
export function placeAfterVerb(q: QuestionAnalysis, text: string): boolean {
  if (q.type !== 'place') return false;
  // The verb of a "where" question stands last ("Where was Sharon born?", "Where is the prize
  // announced?"); a noun before it ("prize in Oslo") is not what the place answers.
  const last = q.tokens.at(-1)?.term;
  if (!last || q.entityTerms.has(last)) return false;
  const asked = new Set([last]);
  for (const m of text.matchAll(/\b([\p{L}-]+)\s+(?:in|at|near|from|outside|inside)\s+(?:the\s+)?\p{Lu}/gu)) {
    const t = termOf((m[1] as string).toLowerCase());
    if (t !== null && asked.has(t)) return true;
  }
  return false;
}

/**
 * "What region is the Shanghai Cooperation Organisation focused on?" answered by "the Central
 * Asia-focused Shanghai Cooperation Organisation": a name joined to the question's own closing
 * participle ("focused", "based", "centred") says where.
 */
export function placeJoinedToVerb(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  if (q.type !== 'place') return false;
  const participle = /\b(\p{Ll}{3,}ed)(?:\s+(?:on|in|at|around|upon))?\s*\??\s*$/u.exec(q.text)?.[1];
  if (!participle) return false;
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})-${escapeRegExp(participle)}\\b`, 'gu'))) {
    if ((m[1] as string).split(/\s+/).some((w) => !qWords.has(w.toLowerCase()))) return true;
  }
  return false;
}

/** Words of going somewhere (verbs, and nouns of a journey), as WordNet lemmas. */
const TRAVEL_LEMMA = /^(?:travel|go|head|fly|journey|trip|tour|visit|voyage|flight|sail|drive|return)$/;
/** A word of going somewhere, then "to" and a name: "planned trip to Moscow", "flew on to Bonn", "travelling from Medicine Hat, Alberta, to Regina". */
const TRAVEL_TO_RE = /\b(?:travel(?:s|ed|led|ing|ling)?|trips?|tours?|journeys?|voyages?|visits?|flights?|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying|own)|went|go(?:es|ing|ne)?|return(?:s|ed|ing)?|sail(?:s|ed|ing)?|dr(?:ive|ives|ove|iving|iven))\s+(?:(?:on|back|onward|straight)\s+)?(?:from\s+(?:[\p{L}.'’-]+,?\s+){1,4})?to\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu;

/**
 * "Where was Wang planning to travel after Munich?" answered by "In advance of Mr. Wang's
 * planned trip to Moscow ...": the question is about going somewhere (a verb or noun of it,
 * WordNet's lemma), and the sentence says where to, a name the question does not give.
 */
export function travelDestination(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const wn = wordNet();
  if (q.type !== 'place' || !wn) return false;
  if (!q.tokens.some((t) => [...wn.lemmas(t.word, 'verb'), ...wn.lemmas(t.word, 'noun')].some((l) => TRAVEL_LEMMA.test(l)))) return false;
  for (const m of text.matchAll(TRAVEL_TO_RE)) if (!qWords.has((m[1] as string).toLowerCase())) return true;
  return false;
}

/** "Where did the gas spread to?", "Where were they moved into?": a question about where something goes. */
const DESTINATION_Q_RE = /^\s*where\b.*\b(?:to|into|towards?|onto)\s*\??\s*$/i;

/**
 * Verbs of taking or sending something somewhere, whose "to ..." says where it went; and of
 * taking a case or a request to a body ("Where will she appeal?" → "appeal to the Swiss
 * Federal Tribunal"), whose "to ..." says where it is heard.
 */
const TRANSFER_VERB = /^(?:take|bring|send|carry|move|ship|fly|deliver|transfer|deport|extradite|export|evacuate|airlift|smuggle|ferry|transport|appeal|petition|apply|complain|refer|submit)$/;

/**
 * The verb whose "to ..." says where: before the closing preposition ("Where does it spread
 * to?", its term), or a verb of taking something somewhere wherever it stands ("Where did the
 * rebels take their campaign?", its forms); null when there is neither.
 */
const destinationVerb = perQuestion((q): { last: string | undefined; forms: ReadonlySet<string> | null } | null => {
  const wn = wordNet();
  const last = DESTINATION_Q_RE.test(q.text) ? q.tokens.at(-1)?.term : undefined;
  const moved = last === undefined && wn ? q.tokens.map((t) => wn.lemmas(t.word, 'verb')[0]).find((l) => l !== undefined && TRANSFER_VERB.test(l)) : undefined;
  const forms = moved === undefined ? null : new Set(verbForms(moved));
  return (last === undefined || q.entityTerms.has(last)) && forms === null ? null : { last, forms };
});

/**
 * "Where does nitric oxide spread to?" answered by "... spreads through cell membranes to the
 * underlying muscle cells": the question's own verb, then within a few words a preposition of
 * direction and what it leads to, which says where though it names no place.
 */
export function destinationAfterVerb(q: QuestionAnalysis, text: string): boolean {
  const verb = q.type === 'place' ? destinationVerb(q) : null;
  if (!verb) return false;
  const { last, forms } = verb;
  const wn = wordNet();
  const words = [...text.matchAll(/[\p{L}-]+/gu)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).toLowerCase();
    if (!(forms ? forms.has(w) : termOf(w) === last)) continue;
    // Up to seven words on (ten past a taken thing's infinitive: "taken their campaign to oust
    // President Kabila to the Internet"), not past "and" / "but" / "or".
    for (let j = i + 1; j < Math.min(words.length - 1, i + (forms ? 11 : 8)); j++) {
      const x = (words[j] as string).toLowerCase();
      if (/^(?:and|but|or)$/.test(x)) break;
      if (!/^(?:to|into|towards?|onto)$/.test(x)) continue;
      // "spreads ... to activate cells": an infinitive says what for, not where.
      const next = (words[j + 1] as string).toLowerCase();
      const determined = /^(?:the|an?|their|its)$/.test(next);
      if (!determined && wn && wn.lemmas(next, 'verb').length > 0 && wn.lemmas(next, 'noun').length === 0) continue;
      return true;
    }
  }
  return false;
}

/** Verbs of putting or keeping something somewhere, whose place follows as a preposition and a noun ("placed inside the linen wrappings"). */
const PLACING_VERB = /^(?:place|put|lay|set|keep|store|hide|bury|hang|mount|insert|wrap|tuck|stash|leave|position|plant|park|dump)$/;
/** A preposition of position and a determined noun after it. */
const POSITION_AFTER_RE = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:inside|in|on|under|over|beneath|behind|beside|near|between|within|among|underneath|atop|across)\s+(?:the|an?|his|her|its|their|each|every)\s+\p{L}/iu;

/**
 * "Where were the amulets placed?" answered by "28 small amulets placed inside the linen
 * wrappings": the question's verb of putting something somewhere, then where, though it names no place.
 */
export function positionAfterVerb(q: QuestionAnalysis, text: string): boolean {
  const forms = placingVerbForms(q);
  if (forms === null) return false;
  for (const m of text.matchAll(/[\p{L}-]+/gu)) if (forms.has(m[0].toLowerCase()) && POSITION_AFTER_RE.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/** The forms of a "where" question's verb of putting ("placed" → place, placed, ...), or null; once per question. */
const placingVerbForms = perQuestion((q): ReadonlySet<string> | null => {
  const wn = wordNet();
  if (q.type !== 'place' || !wn) return null;
  // (The question's words, not its terms: "placed" is dropped from them as a word for a place.)
  const lemma = [...q.text.matchAll(/\p{Ll}+(?:ed|en|t)\b/gu)].map((m) => wn.lemmas(m[0], 'verb')[0]).find((l) => l !== undefined && PLACING_VERB.test(l));
  return lemma === undefined ? null : new Set(verbForms(lemma));
});

/** "Where does Qin live?", "Where is she from?", "Where is the firm based?": a question about where someone lives or comes from. */
export const RESIDENCE_Q_RE = /^\s*where\s+(?:does|did|do|is|was|are|were)\s+.+?\s+(?:live|lives|living|reside|resides|come from|from|based)(?:\s+(?:now|today|currently))?\s*\??\s*$/i;

/** "Where does Papadopoulos work?": a question about where someone works. */
export const WORKPLACE_Q_RE = /^\s*where\s+(?:does|did|do|is|was|are|were)\s+.+?\s+(?:work|works|working|teach|teaches|teaching|taught|lecture|lectures|lecturing)(?:\s+(?:now|today|currently))?\s*\??\s*$/i;

/** The verb of a residence or workplace question ("live", "reside", "based", "work", "teach"): the residence phrase stands for it. */
export const RESIDENCE_VERB = /^(?:live|lives|living|reside|resides|come|based|work|works|working|teach|teaches|teaching|taught|lecture|lectures|lecturing)$/;
/** The terms of those verbs: "based" is met by the residence phrase even when the question's reading kept no token of it. */
export const RESIDENCE_VERB_TERMS: ReadonlySet<string> = new Set(['live', 'reside', 'based', 'work', 'teach', 'lecture'].map((w) => termOf(w) ?? w));

/**
 * "Where does Qin Yongmin live?" answered by "Qin Yongmin, 45, of the central city of Wuhan":
 * the wire's way of saying where someone lives, a name from the question then "of" or "from"
 * and a place.
 */
export function residenceOf(q: QuestionAnalysis, text: string): boolean {
  const works = WORKPLACE_Q_RE.test(q.text);
  if (q.type !== 'place' || (!works && !RESIDENCE_Q_RE.test(q.text))) return false;
  // "Where is AOL based?": "America Online's headquarters in Dulles, Va." (whose, the match decides).
  // ... or "Human Rights in China, a New York-based group".
  if (/\bbased\s*\??\s*$/i.test(q.text) && (HEADQUARTERS_RE.test(text) || PLACE_BASED_RE.test(text) || bodyOfPlaceNamed(q, text))) return true;
  // "Where does Saramago live?": "... to his home in Lanzarote" (whose, the match decides).
  if (!works && /\b(?:live|lives|living|reside|resides)\b/i.test(q.text) && HOME_IN_RE.test(text)) return true;
  const names = q.names.flatMap((n) => n.split(/\s+/)).filter((w) => /^\p{Lu}/u.test(w));
  for (const name of names) {
    const n = escapeRegExp(name);
    if (!works && new RegExp(`\\b${n},?\\s+(?:\\d{1,3},\\s+)?(?:of|from)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,3}(?:of\\s+)?\\p{Lu}`, 'u').test(text)) return true;
    // "Kleon Papadopoulos, a Greek banker based in London": where the person works (and lives).
    if (new RegExp(`\\b${n},\\s+(?:\\d{1,3},\\s+)?(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}based\\s+in\\s+\\p{Lu}`, 'u').test(text)) return true;
    // "Ruth Hale, 71, a retired teacher in Manchester": what someone is, and where (a person's noun, by WordNet).
    const placedRole = new RegExp(`\\b${n},\\s+(?:\\d{1,3},\\s+)?(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(\\p{Ll}{3,})\\s+(?:in|from)\\s+(?:the\\s+)?\\p{Lu}`, 'u').exec(text)?.[1];
    if (placedRole !== undefined && wordNet()?.isPersonNoun(placedRole, false, 2) === true) return true;
    // "Robert Litan, a former official ... who is now at the Brookings Institution": where the person works now.
    if (works && new RegExp(`\\b${n},\\s+[^.;()]{0,120}?\\b(?:who\\s+(?:is\\s+)?now|now)\\s+(?:works\\s+)?(?:at|with|for)\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(text)) return true;
    // "Ignarro is at the University of California", "Furchgott, a pharmacologist at the State University ...",
    // "Byron Wien, U.S. equity strategist at Morgan Stanley" (no article).
    if (works && new RegExp(`\\b${n}(?:\\s+(?:is|was)\\s+|,\\s+)(?:(?:an?|the)\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?(?:at|with)\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(text)) return true;
    // "Nino Kvaratskhelia, 38, an investigative reporter for the independent news site Batumelebi": a person's noun, then whom they work for.
    const employedAs = works ? new RegExp(`\\b${n},\\s+(?:\\d{1,3},\\s+)?(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(\\p{Ll}{3,})\\s+(?:for|at|with)\\s+(?:the\\s+|an?\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}\\p{Lu}`, 'u').exec(text)?.[1] : undefined;
    if (employedAs !== undefined && wordNet()?.isPersonNoun(employedAs, false, 2) === true) return true;
    // "Professor Martin Keller of the Swiss Federal Institute of Technology": the body a name is "of".
    if (works && new RegExp(`\\b${n}\\s+of\\s+the\\s+\\p{Lu}[\\p{L}-]*\\s+\\p{Lu}`, 'u').test(text)) return true;
  }
  return false;
}

/**
 * "Where is the ship's operator based?": "The ship's operator, Halvard Maritime of Singapore,
 * said ...", the asked noun then the body's name and "of" its place.
 */
function bodyOfPlaceNamed(q: QuestionAnalysis, text: string): boolean {
  const nouns = q.tokens.filter((t) => /^\p{Ll}{4,}$/u.test(t.word) && t.word !== 'based' && t.word !== 'where').map((t) => escapeRegExp(t.word));
  return nouns.length > 0 && new RegExp(`\\b(?:${nouns.join('|')}),\\s+(?:\\p{Lu}[\\p{L}&'’.-]*\\s+){1,4}of\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(text);
}

/** Where a body has its seat: "headquarters in Dulles", "headquartered in Geneva", "based in London". */
const HEADQUARTERS_RE = /\b(?:headquarters|headquartered|based)\s+(?:is\s+|are\s+|was\s+)?(?:in|at)\s+\p{Lu}/u;

/** A body's seat as an adjective: "a New York-based group", "the Hong Kong-based Information Center". */
const PLACE_BASED_RE = /\b\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}-based\b/u;

/** Where someone lives: "his home in Lanzarote", "their home on Mallorca". */
// ... or "their single-story house in the village of Simeria".
const HOME_IN_RE = /\b(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:home|house|flat|apartment|farmhouse)\s+(?:in|on|at)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}(?:village|town|city|hamlet|suburb|district|island)\s+of\s+)?\p{Lu}/u;

/** The wire's residence apposition: "Qin Yongmin, 45, of the central city of Wuhan", "Xu Wenli, 55, of Beijing". */
const RESIDENCE_APPOSITION_RE = /\b\p{Lu}[\p{L}'’-]+,\s+(?:\d{1,3},\s+)?(?:of|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:of\s+)?(\p{Lu}[\p{L}-]+)/gu;

/** Whether every place of the sentence that the question does not name is only where someone lives, by the residence apposition. */
export function onlyResidences(f: UnitFeatures, qWords: ReadonlySet<string>): boolean {
  const homes = new Set([...f.text.matchAll(RESIDENCE_APPOSITION_RE)].map((m) => (m[1] as string).toLowerCase()));
  return homes.size > 0 && [...f.places].every((p) => qWords.has(p) || homes.has(p));
}

/**
 * The names right before one of the question's own nouns ("the Kupang riot", "the Munich
 * conference"): events named by where they happened, not people ("Islamic Jihad activists").
 * Only names new to the question (`qWords`, its lower-case words).
 */
export function namesBeforeAskedNoun(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}'’-]+)\s+([a-z]{3,})\b/gu)) {
    const name = m[1] as string;
    // "Holbrooke's meeting" is whose meeting, not where it was.
    if (m.index === 0 || qWords.has(name.toLowerCase()) || /['’]s?$/.test(name)) continue;
    const t = termOf(m[2] as string);
    // "Islamic Jihad activists" names whose people they are, not where they are.
    if (t !== null && q.terms.includes(t) && !q.light.has(t) && wordNet()?.isPersonNoun(m[2] as string, false, 1) !== true) out.push(name);
  }
  return out;
}

/** "in the hills and forests", "near the border": a preposition of place before a common noun. */
const IN_COMMON_PLACE_RE = /\b(?:in|at|on|near|inside|into|to|from|outside|behind|beside|around|opposite)\s+((?:[\p{Ll}-]+['’]?s?\s+){0,3}[\p{Ll}-]+)/gu;

/** A building, a structure or a spot one can be at ("an outdoor restaurant", "the stadium", "common graves"), by WordNet's hypernyms. */
function isBuilt(wn: WordNet, word: string): boolean {
  return BUILT_KINDS.some((k) => wn.isKindOf(word, k));
}
const BUILT_KINDS = ['building', 'structure', 'facility', 'place'];

/**
 * Whether `text` says where by a common noun WordNet files under places or features of the land,
 * not one of the question's words; with `buildings`, a building or structure too ("at an outdoor
 * restaurant"), which answers "Where ...?" but not "Which province ...?".
 */
export function inCommonPlace(text: string, qWords: ReadonlySet<string>, buildings = false): boolean {
  const wn = wordNet();
  if (!wn) return false;
  // "Where did the shuttle land?": "glided to a landing" names the act asked about, not a place.
  const qTerms = new Set([...qWords].map((w) => termOf(w)));
  for (const m of text.matchAll(IN_COMMON_PLACE_RE)) {
    // A head noun: the phrase's last word or one before "and" or a small word ("the hills and forests without"), not a
    // modifier ("on state television").
    // ... an owner's word among them ("at a herders' camp") only modifies the noun after it.
    const words = (m[1] as string).split(/\s+/).map((w) => w.replace(/['’]s?$/, ''));
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1];
      if (next !== undefined && !STOP_WORDS.has(next)) continue;
      // "in the capital": after "the", a place in one of the noun's three commonest senses (the first two of "capital" are money).
      const placeSense = wn.isWhereNoun(w) || (i === 1 && words[0] === 'the' && wn.isPlaceInSenses(w, 3));
      if (w.length >= 3 && !qWords.has(w) && !STOP_WORDS.has(w) && !qTerms.has(termOf(w)) && (placeSense || (buildings && isBuilt(wn, w)))) return true;
    }
  }
  return false;
}

/** A capitalised run of words: a name as a quote writes it ("Iran", "the United States" without "the"). */
const CAPITALISED_RUN_RE = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu;

/**
 * "Which country offered to mediate between Syria and Turkey?" answered by "Iran has offered
 * to mediate between Syria and Turkey": the countries the quote names by their own names
 * (not "Iranian", not "Tehran"), leaving out those the question names. Each country once, in the
 * quote's first spelling of it.
 */
export function countriesNamedBesides(q: QuestionAnalysis, text: string): string[] {
  const asked = new Set(q.terms.filter((t) => isCountryTerm(t)));
  const out = new Map<string, string>();
  for (const m of text.matchAll(CAPITALISED_RUN_RE)) {
    // "The United States", "Prime Minister of Italy": the longest tail of the run that is a country's name.
    const parts = m[0].replace(/['’]s$/, '').split(/\s+/);
    for (let k = 0; k < parts.length; k++) {
      const name = parts.slice(k).join(' ');
      const term = countryNameTerm(name);
      if (term === null) continue;
      if (!asked.has(term) && !out.has(term)) out.set(term, name);
      break;
    }
  }
  return [...out.values()];
}

/**
 * "Where did the volunteers come from?", "Where is the driver from?": the thing whose origin is
 * asked (its last word, group 1 or 2).
 */
const ORIGIN_OF_Q_RE = /^\s*(?:and\s+)?where\s+(?:(?:do|does|did|had|has|have)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}{3,})\s+(?:come|hail|originate)|(?:is|are|was|were)\s+(?:the|these|those|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}{3,})(?:\s+originally)?)\s+from\b/iu;

/** The noun of the thing whose origin is asked, or null; read once per question. */
const originNoun = perQuestion((q): string | null => {
  const m = ORIGIN_OF_Q_RE.exec(q.text);
  const noun = m?.[1] ?? m?.[2];
  return noun === undefined || STOP_WORDS.has(noun) ? null : noun;
});

/** The pattern of the asked thing, then "from": "volunteers from local salmon farms". Made once per question. */
const originPattern = perQuestion((q): RegExp | null => {
  const noun = originNoun(q);
  return noun === null ? null : new RegExp(`\\b${escapeRegExp(noun)}\\s+(?:\\p{Ll}+\\s+)?from\\s+(?:the\\s+|a\\s+|an\\s+)?[\\p{L}-]{3,}`, 'iu');
});

/**
 * ... or the asked thing, then a place it is said to be from: "The driver, Ibrahim Maiga, 29, is
 * from Gao", "The two bombers were identified as Youssef Zughayer, 21, from Anata" (the place, group 1);
 * not a word that only describes the place ("had come from Israeli-controlled areas").
 */
const originPlacePattern = perQuestion((q): RegExp | null => {
  const noun = originNoun(q);
  return noun === null ? null : new RegExp(`\\b${escapeRegExp(noun)}\\b[^.;:]{0,60}?(?:\\b(?:is|are|was|were|comes?|came|hails?|hailed)\\s+(?:originally\\s+)?|,\\s+(?:\\d{1,3},\\s+)?)from\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’]*)(?![\\p{L}'’]|-\\p{Ll})`, 'gu');
});

/** Whether the question asks where a thing it names by a common noun comes from ("Where is the driver from?"). */
export function asksOriginOf(q: QuestionAnalysis): boolean {
  return originNoun(q) !== null;
}

/**
 * Whether `text` says where the asked thing came from right after it ("volunteers from local
 * salmon farms"), or names a place (one of the sentence's `places`, lower case) it is from.
 */
export function originAfterNoun(q: QuestionAnalysis, text: string, places: ReadonlySet<string> = new Set()): boolean {
  if (originPattern(q)?.test(text) === true) return true;
  const re = originPlacePattern(q);
  if (re === null) return false;
  for (const m of text.matchAll(re)) if (places.has((m[1] as string).toLowerCase())) return true;
  return false;
}

/** "Where is Tasman Orbital based?": the asked name after a place and its kind ("the Auckland company Tasman Orbital", "the Oslo-based firm Norvik"). */
const seatPattern = perQuestion((q): RegExp | null => {
  if (!SEAT_Q_RE.test(q.text) || q.names.length === 0) return null;
  return new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)(?:-based)?\\s+(?:[\\p{Ll}-]+\\s+){1,2}(?:${q.names.map(escapeRegExp).join('|')})\\b`, 'gu');
});

/** Whether `text` names where the asked name is based by a place (one of the sentence's `places`, lower case) before its kind noun. */
export function seatBeforeName(q: QuestionAnalysis, text: string, places: ReadonlySet<string>): boolean {
  const re = seatPattern(q);
  if (re === null) return false;
  for (const m of text.matchAll(re)) if (places.has((m[1] as string).toLowerCase())) return true;
  return false;
}
