/**
 * Stage 4 of answering, for the answer-type stage (answer-type-fit.ts): what kind of thing a
 * "which / what <kind>" or "who" question asks for (a person, a relative, a body, a made thing,
 * a work, a place) and which of a sentence's names may be one of that kind: not a person's name
 * for a made thing, not a place's for a body, not a people's word, a title in quotation marks
 * for a work. WordNet tells the kinds; no topic's words.
 */
import { isAcronym, isPlaceWord } from './entities.ts';
import { countryTermOf } from './gazetteer.ts';
import type { TopicIndex } from './qa-index.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import type { UnitFeatures } from './sentence-features.ts';
import { STOP_WORDS, escapeRegExp, termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';
import { kindNoun, WHICH_Q_RE } from './answer-kind.ts';

/**
 * Whether the sentence has a name none of whose words are the question's or places' (and that
 * `keep` keeps): a name that may be the one asked for.
 */
export function namesOther(f: UnitFeatures, qWords: ReadonlySet<string>, keep: (name: string) => boolean = () => true): boolean {
  // A country's name of several words ("united states") is a place, whatever its words are.
  return f.names.some((n) => n.split(' ').every((w) => !qWords.has(w) && !isPlaceWord(w)) && !peoplesWord(n) && !(n.includes(' ') && countryTermOf(n) !== null) && keep(n));
}

/** Whether the (lower-cased) name `n` is written in `text` as an acronym ("the BBC", "NATO"): a body, never a person. */
export function writtenAsAcronym(n: string, text: string): boolean {
  return !n.includes(' ') && isAcronym(n.toUpperCase()) && new RegExp(`\\b${escapeRegExp(n.toUpperCase())}\\b`).test(text);
}

/**
 * A people's word the gazetteer does not list ("Timorese rebel leader"): one word that WordNet
 * has as an adjective and as a person (a native of somewhere). No name of a thing asked for.
 */
function peoplesWord(name: string): boolean {
  if (name.includes(' ')) return false;
  const wn = wordNet();
  // ... or one WordNet has only as an adjective ("Islamic activists"): it describes, it names no one.
  return wn !== null && wn.lemmas(name, 'adj').length > 0 && (wn.isPersonNoun(name, false, 1) || wn.isAdjectiveOnly(name));
}

/** A list of three or more words in lower case: "oil, gas, and coal", "rice, beans or flour". */
const LIST_RE = /\b(\p{Ll}{3,}), (\p{Ll}{3,}),? (?:and|or) (\p{Ll}{3,})\b/gu;

/** Whether `text` lists things (none of them a question word, a stop word or a verb's form in -ing / -ed) that may be the ones asked for. */
export function listsThings(text: string, asks: (word: string) => boolean): boolean {
  for (const m of text.matchAll(LIST_RE)) {
    const items = [m[1], m[2], m[3]] as string[];
    if (items.every((w) => !asks(w) && !STOP_WORDS.has(w) && !/(?:ing|ed|ly)$/.test(w))) return true;
  }
  return false;
}

/** Lower-case words joined by "and" / "or" right before a noun: "the mathematics and biology examinations". */
const COORDINATED_MODIFIERS_RE = /\b(\p{Ll}{3,}),? (?:and|or) (\p{Ll}{3,}) (\p{Ll}{3,})\b/gu;

/**
 * Where `text` says which things of the asked kind by words joined before its noun ("cancelled
 * its mathematics and biology examinations" for "Which exams were cancelled?"), the phrase
 * ("mathematics and biology examinations"), or null: `kindTerm` is the kind's term; the words
 * are no question word, stop word or form in -ing / -ed / -ly.
 */
export function kindsByModifiers(text: string, kindTerm: string, asks: (word: string) => boolean): string | null {
  for (const m of text.matchAll(COORDINATED_MODIFIERS_RE)) {
    if (termOf(m[3] as string) !== kindTerm) continue;
    const items = [m[1], m[2]] as string[];
    if (items.every((w) => !asks(w) && !STOP_WORDS.has(w) && !/(?:ing|ed|ly)$/.test(w))) return m[0];
  }
  return null;
}

/** Whether a "which <kind>" question asks for a person ("Which judge ...", "which congressman"): WordNet's noun for people. */
export function asksForPerson(q: QuestionAnalysis, senses = 2): boolean {
  const kind = kindNoun(q);
  return kind !== undefined && wordNet()?.isPersonNoun(kind, false, senses) === true;
}

/** Whether the asked kind is a relation ("Which son ...?", "which wife ..."). */
export const asksForRelative = perQuestion((q) => {
  const kind = kindNoun(q);
  return kind !== undefined && wordNet()?.isKindOf(kind, 'relative') === true;
});

/** Whether a "which" question asks for a work or a text ("Which play ...?", "Which novel ...?"), by the kind's commonest WordNet sense. */
export const asksForWork = perQuestion(kindIsWork);

/**
 * For "Which prison holds Wang?": the kind's noun in lower case, when the commonest sense of the
 * kind is a man-made thing (WordNet), or null.
 */
export const artifactKind = perQuestion((q): RegExp | null => {
  const kind = WHICH_Q_RE.test(q.text) ? kindNoun(q) : undefined;
  return kind && asksForMadeThing(q) ? new RegExp(`\\b${escapeRegExp(kind)}s?\\b`) : null;
});

/** Whether the kind a "which / what" question asks for is a man-made thing, by its commonest WordNet sense ("prison", "station"). */
export const asksForMadeThing = perQuestion((q) => {
  const kind = kindNoun(q);
  return kind !== undefined && wordNet()?.isArtifactNoun(kind) === true;
});

function kindIsWork(q: QuestionAnalysis): boolean {
  const kind = kindNoun(q);
  // Not a medium with a body behind it ("newspaper": named by its name), nor a modifier of
  // another noun ("Which television network ...?": the word after it is no auxiliary or inflected verb).
  const wn = wordNet();
  // A work of art is one too ("the title of the Hals painting").
  if (kind === undefined || !wn || !(wn.isCommunicationNoun(kind) || wn.isKindOf(kind, 'art')) || wn.isPersonNoun(kind, true, 3)) return false;
  const next = new RegExp(`\\b${kind}\\s+([a-z]+)`, 'i').exec(q.text)?.[1]?.toLowerCase() ?? '';
  return next === '' || /^(?:is|was|are|were|does|did|do|has|have|had|will|would|can|could)$/.test(next) || wn.lemmas(next, 'verb').some((l) => l !== next);
}

/** How many words of the name `n` the documents name people by. */
export function personWords(n: string, index: TopicIndex): number {
  return n.split(' ').filter((w) => index.persons.tokens.has(w)).length;
}

/**
 * Whether the name `n` (lower case) may be a person's: a word of it the documents use for a
 * person, and not ending in a common noun whose commonest sense is a body, a place or a made
 * thing ("Information Center", which the documents have say things as a person would), unless
 * a given name comes before that noun ("David Stern").
 */
export function namesPerson(n: string, index: TopicIndex): boolean {
  if (personWords(n, index) === 0) return false;
  const words = n.split(' ');
  const last = words.at(-1) as string;
  const prev = words.at(-2);
  const wn = wordNet();
  if (!n.includes(' ') || !wn || !(wn.isGroupNoun(last) || wn.isLocationNoun(last) || wn.isArtifactNoun(last))) return true;
  // ... unless a given name stands before it: "David Stern" (a stern is part of a ship), not "Information Center".
  // (A word WordNet lists only with a capital, as it does given names; "Media" it does not list.)
  return prev !== undefined && index.persons.tokens.has(prev) && wn.lemmas(prev, 'noun').length > 0 && !wn.isCommonWord(prev);
}

/** Whether the question asks for a body of people: "Which party ...", "which agency ...". */
export function asksForBody(q: QuestionAnalysis): boolean {
  const kind = kindNoun(q);
  return kind !== undefined && wordNet()?.isGroupNoun(kind) === true;
}

/** A common word of a place's name: "Lake Kivu", "the Elila River". */
const PLACE_NAME_WORD_RE = /^(?:lake|mount|mt|river|mountains?|hills?|valley|islands?|sea|ocean|bay|gulf|desert|peninsula|strait|plateau|forest|basin|coast|delta|canal|falls|of)$/;

/**
 * Whether the name `n` (lower case) of the sentence `f` is one of the places it names: each word
 * such a place's or a common word of one, one at least a place's. (`namesOther` has already
 * left out names with a country or capital in them.)
 */
export function namesPlace(n: string, f: UnitFeatures): boolean {
  const words = n.split(' ');
  return words.some((w) => f.places.has(w)) && words.every((w) => f.places.has(w) || PLACE_NAME_WORD_RE.test(w));
}

/** Whether the kind a "which" question asks for is a place, by its commonest WordNet sense ("Which port ...?"). */
export function asksForPlace(q: QuestionAnalysis): boolean {
  const kind = kindNoun(q);
  return kind === undefined || wordNet()?.isLocationNoun(kind) !== false;
}

/** A short capitalised phrase in quotation marks: a title ("``Blindness''", "“All the Names”"). */
const QUOTED_TITLE_RE = /(?:``|“|")((?:\p{Lu}[\p{L}'’-]*|[a-z]{1,4})(?:\s+(?:\p{Lu}[\p{L}'’-]*|[a-z]{1,4})){0,9})[,.]?(?:''|”|")/gu;

/** The quoted titles of `text`, lower-cased and joined, for telling a work from a person. */
export function quotedTitles(text: string): string {
  return [...text.matchAll(QUOTED_TITLE_RE)].map((m) => (m[1] as string).toLowerCase()).join(' | ');
}

