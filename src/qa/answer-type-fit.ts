/**
 * How well a sentence offers the kind of answer a question asks for: a date (or a time of
 * day), a duration, a quantity of the asked measure or thing, a person, a name, a place, a
 * reason. A factor in (0, 1]: 1 when the sentence has an answer of that kind. What names a
 * person is in person-answers.ts, what says where in place-answers.ts, what names a thing of
 * the asked kind in answer-kind.ts, which kind is asked and which names may be of it in
 * kind-of-name.ts.
 */
import { askedUnitUnsaid } from './asked-units.ts';
import { askedRole, roleOfAnotherOwner } from './role-owner.ts';
import { placeActedOn, placeActs, PLACE_ACTS } from './place-actors.ts';
import { namesInLowerCase } from './lower-case-names.ts';
import { askedNameNoun } from './answer-shape.ts';
import { givesReasonFor, isCalendarName, namesCauseOf, isPlaceWord, isTitlePart, isTitleWord } from './entities.ts';
import { wordNet } from './wordnet.ts';
import { givesPurposeOfAskedVerb } from './purpose-clauses.ts';
import { escapeRegExp, termOf } from './text-analysis.ts';
import { asksAboutSaying, onlyAttributionSpeaker } from './attribution-speakers.ts';
import { asksTally, givesTally } from './vote-tallies.ts';
import { asksJob, definesSubject } from './person-definitions.ts';
import { countryTermOf } from './gazetteer.ts';
import { onlyCountriesForKind, subnationalKindAsked } from './place-kinds.ts';
import { withoutDateline } from '../content/dateline.ts';
import type { TopicIndex } from './qa-index.ts';
import { asksAbout, perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { HEAD_NOUN_Q_RE } from './question-type.ts';
import { MADE_OF_Q_RE, materialOf } from './materials.ts';
import { NATIONALITY_Q_RE, NATIONALITY_UNSAID, saysNationality, saysNationalityAsked, WHERE_FROM_Q_RE } from './nationality.ts';
import { durationFit } from './span-fit.ts';
import { asksWord, quantityFit } from './quantity-fit.ts';
import { venueNotAsked, type UnitFeatures } from './sentence-features.ts';
import { wordAndKinIds } from './derivations.ts';
import { CONTENT_UNSAID, leavesContentUnsaid } from './discussed-content.ts';
import { relativeLeavesKindUnnamed } from './kind-in-relative.ts';
import { countsPatientsUnnamed } from './counted-patients.ts';
import { onlyAskedTimes, onlyPossessiveTimes, onlySaidTimes, onlySinceBoundTimes, onlyTimesRelativeTo, onlyYearsOfOtherThings } from './time-expressions.ts';
import { eventNounLeavesDoerUnnamed, leavesDoerUnnamed, namesOnlySource, namesDoerBeforeVerb, passiveLeavesDoerUnnamed, namesOwnerAfterNoun, namesPeopleAfterVerb, objectLeftUnnamed, namesPeopleBeforeVerb, namesPeopleAsAgent, PASSIVE_AGENT_RE, roleActs } from './person-answers.ts';
import { objectActsOnItsOwn } from './self-acting-objects.ts';
import { destinationAfterVerb, inCommonPlace, asksOriginOf, originAfterNoun, seatBeforeName, positionAfterVerb, placeJoinedToVerb, travelDestination, namesBeforeAskedNoun, onlyResidences, residenceOf, RESIDENCE_Q_RE, WORKPLACE_Q_RE } from './place-answers.ts';
import { artifactKind, asksForBody, asksForMadeThing, asksForPerson, asksForPlace, asksForRelative, asksForWork, kindsByModifiers, listsThings, namesOther, namesPerson, namesPlace, personWords, quotedTitles, writtenAsAcronym } from './kind-of-name.ts';
import { leavesRoleHolderUnnamed } from './role-holders.ts';
import { countsTheKindUnnamed, givesKindWithAmount, givesPenaltyAsked, kindNoun, kindOfAnotherOwner, leavesTheKindUnnamed, mentionsTheKind, namedAsOtherKind, namedAsRelative, namesMemberOfKind, namesTheKind, onlyAnUnnamedOfKind, onlyTheKind, ownsTheKind, tellsOtherOfKindByOwner, WHICH_Q_RE } from './answer-kind.ts';

/**
 * A sentence where one of the asked kind says something, unnamed ("an official Syrian
 * newspaper said"): it does not say which. (0.75 did the same on the tuning topics.)
 */
const KIND_UNNAMED = 0.5;
/** A sentence without the unit of measure the question asks its answer in (asked-units.ts). */
const UNIT_UNSAID = 0.5;
/** A sentence that names only the source it is attributed to, for who did an act it does not tell of. */
const SOURCE_ONLY = 0.6;

/** Who did it, named by what it is after a passive verb ("found by a fishing trawler"). */
const PASSIVE_AGENT = 0.75;

/** A "which <kind>" sentence that names nothing that could be the one asked for. */
const WHICH_UNNAMED = 0.75;
/** Whether `text` places one of the asked kind by a named place: "its consulate in the Estonian city of Narva", "the plant at Kanpur". */
function kindPlacedIn(q: QuestionAnalysis, text: string): boolean {
  const kind = kindNoun(q);
  if (kind === undefined || kind.length < 3) return false;
  return new RegExp(`\\b(?:its|the|an?|their|his|her)\\s+(?:[\\p{Ll}-]+\\s+)?${escapeRegExp(kind.toLowerCase().replace(/s$/, ''))}\\s+(?:in|at|near|outside)\\s+(?:the\\s+(?:[\\p{L}-]+\\s+){0,2}of\\s+)?\\p{Lu}[\\p{L}'’-]+`, 'u').test(text);
}

/** "named in court papers as Aleksei Voronov", "identified the victim as Maria Lopez": a name given as someone's. */
const NAMED_AS_RE = /\b(?:named|identified|listed|registered)\b[^.;:]{0,40}?\bas\s+(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’-]+|\b(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?:named|called)\s+\p{Lu}[\p{L}'’-]+/u;

/** ... and that never says the kind either ("Which Wall Street bank ...?": "Wall Street's biggest players"). */
const WHICH_KIND_UNSAID = 0.6;
/** A name of the asked kind that the sentence gives another owner ("the Microsoft browser" for Netscape's). */
const ANOTHER_OWNER = 0.5;
/** A "when" question answered by a sentence whose only times are years naming other things ("the 2002 Games"). */
const YEAR_OF_OTHER_THING = 0.6;
/** A question for a year: "In what year ...?", "During which years ...?". */
const YEAR_Q_RE = /\b(?:what|which)\s+years?\b/i;
/** A year in a sentence, in figures or by its place from now ("last year"). */
const YEAR_RE = /\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:last|this|next|previous|following)\s+year\b|\b\d{4}s\b/i;
/** A sentence that dates by day or month, not by year, for a question that asks the year. */
const NO_YEAR = 0.5;
/** Type factor of a sentence that dates nothing the "when" question asks about. */
const NO_DATE = 0.45;
/** A sentence whose only time is when it was told: it may be the day of the event too, or not. */
const SAID_TIME_ONLY = 0.75;
/** "Since when has he lived in hiding?" asks for a start, which a "since" phrase may give. */
const SINCE_Q_RE = /\bsince\b/i;

/** A bare "Where ...?", which a building or structure answers ("at an outdoor restaurant"); "Which province ...?" wants a place of its kind. */
const WHERE_Q_RE = /^\s*(?:and\s+)?where\b/i;

/** A sentence with a name, but none of the kind asked the name of, nor that kind's noun. */
const NAME_OF_OTHER_KIND = 0.6;

/** "What is the theme of ...", "what was its margin": the noun the question asks the value of. */
const ATTRIBUTE_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hat\s+(?:is|was|are|were|will\s+be|would\s+be)\s+(?:the|its|his|her|their|\p{Lu}[\p{L}.'’-]*['’]s?)\s+(\p{Ll}{3,})\s+(?:of|for|at|in|on|behind)\b/u;
/**
 * A sentence without the noun a "what is the <noun> of X" question asks the value of (nor a
 * WordNet synonym or derived form of it) may give something else of X.
 */
const ATTRIBUTE_UNSAID = 0.75;

/** A tally question ("What was the vote?") answered by a sentence with no tally in it (vote-tallies.ts). */
const TALLY_UNSAID = 0.5;
/** The term ids that say an asked noun, per topic index and noun (the scorer asks for every candidate). */
const nounIds = new WeakMap<TopicIndex, Map<string, Set<number>>>();

/** Whether `text` has the noun `kind` only in the plural ("controllers", not "controller"); false when it has it not at all. */
function onlyPluralOf(kind: string, text: string): boolean {
  const lower = text.toLowerCase();
  const plural = /(?:s|x|z|ch|sh)$/.test(kind) ? `${kind}es` : /[^aeiou]y$/.test(kind) ? `${kind.slice(0, -1)}ies` : `${kind}s`;
  return new RegExp(`\\b${escapeRegExp(plural)}\\b`).test(lower) && !new RegExp(`\\b${escapeRegExp(kind)}\\b`).test(lower);
}

/** Whether the sentence's terms (`unitTerms`) hold `noun`, a synonym of its two commonest senses, or a form derived from it. */
function saysNoun(noun: string, unitTerms: ReadonlySet<number>, index: TopicIndex): boolean {
  let byNoun = nounIds.get(index);
  if (!byNoun) nounIds.set(index, (byNoun = new Map()));
  let ids = byNoun.get(noun);
  if (!ids) byNoun.set(noun, (ids = wordAndKinIds(noun, 'noun', 2, index)));
  for (const id of ids) if (unitTerms.has(id)) return true;
  return false;
}

/** "A 24-year-old man from Bergen ... was arrested": someone the wire describes by age, not by name. */
const DESCRIBED_PERSON = 0.75;
const AGED_PERSON_RE = /\b(?:[Aa]n?|[Tt]he)\s+\d{1,3}-year-old\s+(\p{Ll}+)\b/gu;
function describesPerson(text: string): boolean {
  for (const m of text.matchAll(AGED_PERSON_RE)) if (wordNet()?.isPersonNoun(m[1] as string, false, 2) === true) return true;
  return false;
}

/** A sentence that writes the asked kind's noun ("a crime that ..."). */
const KIND_MENTIONED = 0.9;

/**
 * "In which prison was he held?", "At which hotel did they meet?": a made thing asked as where
 * something happened, which a sentence that never says the kind ("who holds British citizenship,
 * were flown from Tehran") seldom names, as for a body.
 */
const IN_WHICH_Q_RE = /^\s*(?:and\s+)?(?:in|at|from|into|inside)\s+(?:which|what)\s/i;
/** A name after a title and "of": "chief of Corvo Shipping", "the head of the Harbour Board" (a body someone heads, whatever its kind's word). */
const HEADED_BODY_RE = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?\p{Lu}/gu;
function headedBody(text: string): boolean {
  for (const m of text.matchAll(HEADED_BODY_RE)) if (isTitleWord(m[1] as string) || m[1] === 'head') return true;
  return false;
}
/** A name answering "Which party ...?" in a sentence that never says "party" (nor a word for it). */
const BODY_KIND_UNSAID = 0.7;


/**
 * Whether the capitalised run `name` (lower case) of `text` may name who did something: not
 * a title in quotation marks ("``Blindness''"), not a country ("United States"), and two words
 * or more, or an acronym ("IOC"). One capitalised word the documents do not know as a name
 * ("Medicine" in "The Nobel Prize in Medicine winner", "English") rarely is.
 */
export function mayNameAgent(name: string, text: string, quoted: string): boolean {
  const bare = name.replace(/['’]+$/, '');
  if (quoted.includes(bare) || countryTermOf(bare)) return false;
  if (bare.includes(' ')) return true;
  const at = text.toLowerCase().indexOf(bare);
  if (at >= 0 && /^[A-Z]{2,}/.test(text.slice(at, at + bare.length))) return true;
  const wn = wordNet();
  // "the Lublin-based company Agro-Jaj": a lone name right after a noun for an organisation (WordNet) names one.
  const kind = at > 0 ? /(\p{Ll}{3,})\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] : undefined;
  if (kind !== undefined && wn !== null && wn.isKindOf(kind, 'organization')) return true;
  // "in prison with Dahayneh": a lone name after "with" or "by" that WordNet does not know as any word is someone's.
  return at > 0 && /\b(?:with|by)\s+$/i.test(text.slice(Math.max(0, at - 6), at)) && wn !== null && !isPlaceWord(bare) && (['noun', 'verb', 'adj', 'adv'] as const).every((pos) => wn.lemmas(bare, pos).length === 0);
}

/** "Which countries pledged aid?", "What nation ...?": a country asked for (not "Which country's ban ...?", its owner). */
const COUNTRY_KIND_Q_RE = /^\s*(?:and\s+)?(?:which|what)\s+(?:other\s+)?(?:countries|country|nations?)\b(?!['’])/i;

/** Whether `text` names a country, its capital or its people, by a word or two of capitals ("Japan", "United States", "Chinese"). */
function namesCountry(text: string): boolean {
  // Two words first ("United States"), then each word alone ("Japan" in "Japan Airlines", "China's").
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\.\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]*)?/gu)) if (countryTermOf(m[0]) !== null) return true;
  return (text.match(/\p{Lu}[\p{L}.'’-]*/gu) ?? []).some((w) => countryTermOf(w.replace(/[.'’]+$/, '').replace(/['’]s$/, '')) !== null);
}

export const CLOCK_Q_RE = /\b(?:what|which) time\b|\bat what hour\b/i;
export const CLOCK_RE = /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|GMT\b)|(?<=\bat\s)\d{1,2}:\d{2}\b(?!:)|\b\d{4}\s*(?:GMT|gmt|UTC|local time)\b|\b(?:noon|midnight|dawn|dusk)\b|\bo'clock\b/;

export function typeFactor(
  q: QuestionAnalysis,
  f: UnitFeatures,
  index: TopicIndex,
  qWords: Set<string>,
  unitTerms: ReadonlySet<number> = new Set(),
  /** People a pronoun or description in the sentence stands for ("he", "the professor"), lower case. */
  resolved: ReadonlySet<string> = new Set(),
): number {
  // "What region is the group focused on?": "the Central Asia-focused group", a place whatever kind is asked.
  if (placeJoinedToVerb(q, f.text, qWords)) return 1;
  // "What was the Senate vote?": "The vote was 33-11", not "The Senate voted on Friday to remove ...".
  if (asksTally(q.text)) return givesTally(f.text) ? 1 : TALLY_UNSAID;
  let fit = fitOfType(q, f, index, qWords, unitTerms, resolved);
  // "What is the capacity of the reservoir in cubic metres?": not "14 percent of its capacity".
  if (fit > UNIT_UNSAID && askedUnitUnsaid(q.text, f.text)) fit = UNIT_UNSAID;
  // "What is the bank's inflation target?": "inflation ... reached 11.4 percent" gives no target.
  const head = askedHeadNoun(q);
  // (Not "What is Lind's job?": who she is by trade, in no word for a job.)
  // (Nor "What was the new world record time?": the time is the span the duration type asks, not a word to find.)
  if (head !== null && q.type !== 'definition' && !(q.type === 'duration' && /^times?$/.test(head)) && fit > ATTRIBUTE_UNSAID && !saysNoun(head, unitTerms, index)) fit = ATTRIBUTE_UNSAID;
  // "Which province did Hall visit?": "in the North Korean capital, Pyongyang" names no province.
  const subnational = fit > PLACE_OF_OTHER_KIND && (q.type === 'place' || q.type === 'open') ? subnationalKindAsked(q.text) : null;
  return subnational && onlyCountriesForKind(subnational, withoutDateline(f.text), f.places, qWords) ? PLACE_OF_OTHER_KIND : fit;
}

/** Whether `kind` is a body or above one ("company", "group"). */
function bodyKind(kind: string): boolean {
  const wn = wordNet();
  return wn === null || wn.isKindOf(kind, 'organization') || wn.isKindOf('organization', kind);
}

/** "What militia did ...?", "What party does ...?": "what" and a noun before the auxiliary ask which one of a kind. */
const WHAT_KIND_Q_RE = /^\s*(?:and\s+)?what\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b/iu;
/** "Which <kind> ...?", or "What <kind> did ...?" for a kind of people or body (WordNet): which one is asked. */
const asksWhichOne = perQuestion((q): boolean => {
  if (WHICH_Q_RE.test(q.text)) return true;
  const kind = kindNoun(q) ?? '';
  const wn = wordNet();
  return WHAT_KIND_Q_RE.test(q.text) && wn !== null && (wn.isPersonNoun(kind, true, 2) || wn.isArtifactNoun(kind));
});

/** "What is the bank's inflation target?": the noun the question ends on (question-type.ts), if WordNet knows it as one. */
const askedHeadNoun = perQuestion((q): string | null => {
  const noun = HEAD_NOUN_Q_RE.exec(q.text)?.[2];
  return noun !== undefined && (wordNet()?.lemmas(noun, 'noun').length ?? 0) > 0 ? noun : null;
});

/** "On what condition(s) ...?", "Under what conditions ...?". */
const CONDITION_Q_RE = /\b(?:on|under)\s+what\s+conditions?\b|\bwhat\s+(?:are|were|is|was)\s+the\s+conditions?\b/i;
/** A condition stated: "as long as", "provided (that)", "on condition that", "only if", "unless". */
const CONDITION_RE = /\b(?:as long as|so long as|provided(?: that)?|providing|on (?:the )?conditions? that|only if|if|unless)\b/i;
/** A sentence with no condition for a condition question. */
const CONDITION_UNSAID = 0.6;

/** A place asked for below a country, in a sentence whose only places are countries and capitals (see place-kinds.ts). */
const PLACE_OF_OTHER_KIND = 0.6;
/** A sentence that names no place for a "where" question, or no country for "Which countries ...?". */
const NO_PLACE = 0.45;

/** "Against which team ...?", "versus which club ...": an opponent asked, which "against" and a name gives. */
const AGAINST_WHICH_Q_RE = /^\s*(?:and\s+)?(?:against|versus)\s+(?:which|what)\s/i;
const AGAINST_NAME_RE = /\b(?:against|versus|vs\.?)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]+/u;

/** A sentence with no material beside the thing, for "What is X made of?". */
const MATERIAL_UNSAID = 0.6;

function fitOfType(q: QuestionAnalysis, f: UnitFeatures, index: TopicIndex, qWords: Set<string>, unitTerms: ReadonlySet<number>, resolved: ReadonlySet<string>): number {
  switch (q.type) {
    case 'date':
      // "At what time did it land?": a time of day ("at 8:30 a.m."), not a day.
      if (CLOCK_Q_RE.test(q.text)) return CLOCK_RE.test(f.text) ? 1 : f.hasDate ? 0.5 : 0.45;
      // "During which years did the scheme run?": a year ("between 2019 and 2023"), not "on Monday".
      if (YEAR_Q_RE.test(q.text) && !YEAR_RE.test(f.text)) return f.hasDate ? NO_YEAR : NO_DATE;
      // "When will the IOC vote ...?": "the voting for the 2002 Salt Lake Games" dates the Games.
      if (f.hasDate && onlyYearsOfOtherThings(f.text, (w) => qWords.has(w) || asksAbout(q, w))) return YEAR_OF_OTHER_THING;
      // "When will the summit begin?": "... whether he plans to attend this year's APEC summit" says which summit, not when.
      if (f.hasDate && onlyPossessiveTimes(f.text)) return YEAR_OF_OTHER_THING;
      // "When did Blinken visit Beijing?": "the first to visit Beijing since Biden's inauguration in 2021" dates the inauguration.
      // It gives no date of anything asked, as a sentence with no date does not (YEAR_OF_OTHER_THING kept that answer at 0.60).
      if (f.hasDate && !SINCE_Q_RE.test(q.text) && onlySinceBoundTimes(f.text, (w) => qWords.has(w) || asksAbout(q, w))) return NO_DATE;
      // "When was the last session before Thursday's?": "Thursday's bargaining session ..." gives only the question's own day.
      if (f.hasDate && onlyAskedTimes(f.text, q.text)) return YEAR_OF_OTHER_THING;
      // "When was the draw?": "on the Friday before the draw" is reckoned from the draw, the date of something else.
      if (f.hasDate && onlyTimesRelativeTo(f.text, q.text, (w) => qWords.has(w) || asksAbout(q, w))) return NO_DATE;
      // "When did the tunnel collapse?": "..., the mine's operator said Tuesday" dates the telling.
      if (f.hasDate && onlySaidTimes(f.text, (w) => qWords.has(w) || asksAbout(q, w))) return SAID_TIME_ONLY;
      return f.hasDate ? 1 : NO_DATE;
    case 'duration':
      return durationFit(q, f, index, unitTerms);
    case 'quantity':
      return quantityFit(q, f, resolved, (t) => f.prevTerms.has(index.termId(t) ?? -1));
    case 'person': {
      // "Who was the FBI agent who attended the raid?" asks who holds the role: "... attended by
      // an FBI agent", naming no one, says only that there was one.
      if (IDENTITY_Q_RE.test(q.text) && !namesSomeoneElse(f, index, qWords)) return KIND_UNNAMED;
      // ... nor "charged with assaulting a police officer" for "Who is the police officer ...?", whoever else it names.
      if (leavesRoleHolderUnnamed(q, f.text)) return KIND_UNNAMED;
      // "Who was Gingrich's chief of staff?": "the White House chief of staff" is another's.
      const role = askedRoleOf(q);
      if (role !== null && roleOfAnotherOwner(role, f.text)) return ANOTHER_OWNER;
      // "Who drove the truck ...?": "... Fazil drove a pickup truck" names the doer right before the verb.
      if (namesDoerBeforeVerb(q, f.text, qWords)) return 1;
      // "Whom did Gingrich blame ...?": "Gingrich blamed House conservatives" names people of a kind right after the verb.
      if (namesPeopleAfterVerb(q, f.text, qWords)) return 1;
      // "Who will the government appoint as commissioner?": "will appoint a commissioner to run the city" names no one.
      if (objectLeftUnnamed(q, f.text, qWords)) return KIND_UNNAMED;
      // "Whose hearts and minds ...?": "the hearts and minds of corporate executives".
      if (namesOwnerAfterNoun(q, f.text, qWords)) return 1;
      // "Who marched to Kindu?": "... and Rwandan soldiers marched" names people of a kind right before the verb.
      if (namesPeopleBeforeVerb(q, f.text, qWords)) return 1;
      // "Who has put the EU to use?": "... has been put to use by white-collar business executives".
      if (namesPeopleAsAgent(q, f.text, qWords)) return 1;
      // "Who was killed by the eruption?": "a mudflow killed 31 people" counts them and names none.
      if (countsPatientsUnnamed(q, f.text)) return KIND_UNNAMED;
      // "Who owns the factory?": "the owner of a Sudanese factory" with no name beside it leaves the doer unnamed.
      if (leavesDoerUnnamed(q, f.text)) return KIND_UNNAMED;
      // "Who designed the airport?": "... was designed in an Oriental style", by no one named.
      if (passiveLeavesDoerUnnamed(q, f.text)) return KIND_UNNAMED;
      // "Who tipped off the police?": "... after a tip-off" tells of the act and names no one doing it.
      if (eventNounLeavesDoerUnnamed(q, f.text)) return KIND_UNNAMED;
      // "Who flew the drones?": "drones flying over airports" has them fly on their own.
      if (objectActsOnItsOwn(q, f.text)) return KIND_UNNAMED;
      // "Who organized the letter?": "... signed a letter ..., said the Information Center" names only its source.
      // ... though "A 24-year-old man ... was arrested on Monday, police said" describes the one asked about.
      if (namesOnlySource(q, f.text, qWords)) return describesPerson(f.text) ? DESCRIBED_PERSON : SOURCE_ONLY;
      // "Who" in the news is a person or an organisation acting like one ("the US Air Force").
      // A title alone ("the minister said") half answers, unless it is the question's own
      // ("Who was elected governor?" is not answered by "a Democrat was elected governor").
      // Not a word of the question's own person's name: "Jimmy" in "Jimmy Carter" for "Who nominated Carter?".
      const { other, named } = othersNamed(f, index, qWords);
      // "A 24-year-old man from Bergen ... was arrested": someone described, not named, is more of an answer than the place he is from.
      return other || f.agent !== null ? 1 : named ? 0.85 : describesPerson(f.text) ? DESCRIBED_PERSON : placeActs(f.text, qWords) || placeActedOn(q, f.text, qWords) ? PLACE_ACTS : [...f.words].some((w) => isTitleWord(w) && !qWords.has(w)) || roleActs(f.text, qWords, q) ? 0.75 : PASSIVE_AGENT_RE.test(f.text) ? PASSIVE_AGENT : 0.5;
    }
    case 'definition':
      // "Ernst Feldmann, a textile manufacturer": a person's noun defines him, though it is no title.
      // For a job asked of someone, only what defines them: not "a new president of World Rowing ... to replace Rivaz".
      if (asksJob(q.text)) return definesSubject(q.text, q.subject, f.text, index.persons.tokens) === true ? 1 : 0.75;
      return f.hasTitle || definesSubject(q.text, q.subject, f.text, index.persons.tokens) === true ? 1 : 0.75;
    case 'name': {
      const kind = kindNoun(q);
      // "Netscape's browser" is not "the Microsoft browser, Internet Explorer".
      if (kind && kindOfAnotherOwner(q, f.text, (w) => index.persons.tokens.has(w))) return ANOTHER_OWNER;
      // "Barraza's wife, Lucia, flew ...": a name of the kind asked the name of, whatever else it may be.
      // ... or "The toxin, microcystin, ...": a name in lower case beside the noun (lower-case-names.ts).
      if (kind && namesTheKind(q, f.text)) return 1;
      const asked = kind ?? askedNameNoun(q.text);
      if (asked && namesInLowerCase(asked, f.text)) return 1;
      // "The engineer, now named in court papers as Aleksei Voronov": named as, beside the kind.
      if (kind && NAMED_AS_RE.test(f.text) && mentionsTheKind(q, index, unitTerms, f.text)) return 1;
      // "What is the title of Ali's book?": a work is named by its title in quotation marks ("In a book about his detention" gives none).
      // ... and one in quotation marks names it ("Besides the Hals portrait, ``Portrait of a Young Man with a Glove'' painted around 1650").
      if (kind && asksForWork(q)) return quotedTitles(f.text).length === 0 ? KIND_UNNAMED : 1;
      // "What is the name of the man charged?": a person's name, not a place's or a fire's
      // (the kind's commonest sense: a satellite is a thing, though WordNet's second one is a follower).
      const person = asksForPerson(q, 1);
      // "What is the name of the hospital ...?": "died in a Naples hospital" places one and names none.
      if (!person && kind && onlyTheKind(q, f.text)) return KIND_UNNAMED;
      // "What was the name of the air traffic controller?": "... the crew's conversations with air
      // traffic controllers" tells of several of the kind and names none ("Pruitt said" is another).
      if (person && kind && onlyPluralOf(kind, f.text)) return KIND_UNNAMED;
      // ... and "found that a former postdoctoral researcher fabricated data in four papers from
      // Professor Martin Keller's laboratory" tells of one, unnamed, beside another person's name.
      if (person && kind && onlyAnUnnamedOfKind(q, f.text)) return KIND_UNNAMED;
      // ... and "stay at her mother's home in Batumi" tells of a relative, unnamed, beside the daughter's name: a relative is named beside the noun.
      if (person && kind && asksForRelative(q) && mentionsTheKind(q, index, unitTerms, f.text)) return KIND_UNNAMED;
      // ... and for a thing's name ("the name of the 10-bed hospital"), not a person's ("..., said Heiberg").
      // ... nor, for a thing's name, a place's ("runs a sports marketing firm in Sydney" names no firm).
      // ... nor, for a person of a kind, the one who said it (", Kanga said": attribution-speakers.ts).
      if (!namesOther(f, qWords, (n) => (person ? namesPerson(n, index) && !(kind && !asksAboutSaying(q.text) && onlyAttributionSpeaker(n, f.text)) : !kind || (!namesPerson(n, index) && (asksForPlace(q) || !namesPlace(n, f)))))) return 0.4;
      // "What was the name of the yacht ...?": a name beside the kind's noun ("a new capital
      // inland at Belmopan"); another name alone ("said skipper Tom Hargreave") may not be one.
      return !kind || mentionsTheKind(q, index, unitTerms, f.text) ? 1 : NAME_OF_OTHER_KIND;
    }
    case 'place': {
      // "Which country is Kiprono from?", "Where is Belay from?": "Kenya's Daniel Kiprono", "the Chinese sportswear company Huaxin Sports".
      if (saysNationalityAsked(q, f.text)) return 1;
      // ... and a place elsewhere in a sentence about X ("will face Rotich again in London") says no more than that X was there.
      if (WHERE_FROM_Q_RE.test(q.text) && q.entityTerms.size > 0 && !residenceOf(q, f.text)) return [...f.places].some((p) => !qWords.has(p)) ? 0.85 : NO_PLACE;
      // "Which countries pledged aid?": a sentence naming no country ("flew over the worst-hit areas") names none of the kind.
      // It fits as a sentence naming no place does.
      if (COUNTRY_KIND_Q_RE.test(q.text) && !namesCountry(withoutDateline(f.text))) return NO_PLACE;
      // "Where did they meet?": a venue ("on the sidelines of a conference in Munich") beats a bare place name.
      const place = [...f.places].some((p) => !qWords.has(p));
      // "In which city did the riot take place?": "the Kupang riot" names where it was.
      if (namesBeforeAskedNoun(q, withoutDateline(f.text), qWords).length > 0) return 1;
      // "Which town are the rebels using?": "Kalima, a town with one main street" names one of the kind, known as a place or not.
      if (kindNoun(q) !== undefined && namesTheKind(q, f.text)) return 1;
      // "Where did the volunteers come from?": "volunteers from local salmon farms".
      if (originAfterNoun(q, f.text, f.places)) return 1;
      // ... and a place that is not said to be its origin ("abducted ... their driver near the town of Menaka") is somewhere else it was.
      if (asksOriginOf(q)) return place || f.venue ? 0.85 : NO_PLACE;
      // "Where is Tasman Orbital based?": "the Auckland company Tasman Orbital".
      if (seatBeforeName(q, f.text, f.places)) return 1;
      // "Where is Xu Wenli being held?": "Xu Wenli, 55, of Beijing" says where he lives, nothing more.
      if (place && !f.venue && !RESIDENCE_Q_RE.test(q.text) && !WORKPLACE_Q_RE.test(q.text) && onlyResidences(f, qWords)) return 0.45;
      // "living in the hills and forests": a place named by a common noun for one (WordNet) is where, though it names no place.
      // "Where does the gas spread to?": "spreads through the membranes to the muscle cells" says where it goes.
      // "Where was Wang planning to travel?": "... Wang's planned trip to Moscow" says where to.
      if (travelDestination(q, f.text, qWords)) return 1;
      const venue = f.venue && venueNotAsked(f.text, qWords);
      // "Where were the amulets placed?": "placed inside the linen wrappings".
      return place && venue ? 1 : place || venue || inCommonPlace(f.text, qWords, WHERE_Q_RE.test(q.text)) || destinationAfterVerb(q, f.text) || positionAfterVerb(q, f.text) ? 0.85 : NO_PLACE;
    }
    case 'reason':
      // "What caused the storm?": not "... after a violent storm struck" (the storm as a reason).
      // "A software error ... caused the explosion": what brought it about.
      // ... or "a campfire ... had started the blaze": what started a kind of the asked thing.
      // ... or "opened the gates of the dam to ease pressure on its walls": the act asked about, done for a purpose.
      return (f.hasReason && givesReasonFor(f.text, (w) => asksWord(q, w))) || namesCauseOf(f.text, (w) => asksWord(q, w) || asksKindOf(q, w)) || givesPurposeOfAskedVerb(q, f.text) ? 1 : 0.75;
    case 'open': {
      // "What is the sarcophagus made of?": "a sealed limestone sarcophagus", a material beside the thing.
      if (MADE_OF_Q_RE.test(q.text)) return materialOf(q.text, f.text) !== null ? 1 : MATERIAL_UNSAID;
      if (NATIONALITY_Q_RE.test(q.text)) return saysNationality(q, withoutDateline(f.text)) ? 1 : NATIONALITY_UNSAID;
      // "On what condition will Nicaragua accept ...?": "... as long as the communist nation flies them in".
      if (CONDITION_Q_RE.test(q.text)) return CONDITION_RE.test(f.text) ? 1 : CONDITION_UNSAID;
      // "What did Hrawi and Assad agree on?": a sentence saying only that they met does not say what.
      if (leavesContentUnsaid(q, f.text)) return CONTENT_UNSAID;
      // "Which airline ...?": a kind that is no place is not named by a place's name ("Lake Kivu").
      const place = asksForPlace(q);
      // "Which TV network ...": the answer names one; "which plane": "an Egypt Air plane".
      // (Only a question that asks for a kind: "How serious did he say the situation remained?"
      // has a light word, "remained", and asks for no kind.)
      if (q.light.size > 0 && kindNoun(q) !== undefined) {
        if (namesTheKind(q, f.text)) return 1;
        // "Against which team could Moura make his debut?": "against Sevilla", whatever else the name names (a city, too).
        if (AGAINST_WHICH_Q_RE.test(q.text) && AGAINST_NAME_RE.test(f.text)) return 1;
        // "... an official Syrian newspaper said": the sentence says one of the kind did it and leaves it unnamed.
        if (leavesTheKindUnnamed(q, f.text)) return KIND_UNNAMED;
        // "... from the Chinese corporation that the US has sanctioned": one of the kind the act was done to, unnamed.
        if (WHICH_Q_RE.test(q.text) && relativeLeavesKindUnnamed(q, f.text)) return KIND_UNNAMED;
        // Any other name may be the one asked for, but not the owner of an unnamed one ("the
        // European Union's statistics agency reported").
        // For a person ("Which judge ...?"), a name of someone the documents name as a person ("the High Court" is none).
        const person = asksForPerson(q);
        // For a body ("Which party does Falk lead?"), not a person's name ("opposition leader Jonas Amundsen").
        const body = !person && asksForBody(q);
        // For a made thing ("Which prison ...?"), not a person the documents name ("Qin Yongmin, 45, ... are being held").
        const madeThing = !person && !body && asksForMadeThing(q);
        // ... and for either, not a date ("by Friday", "between Nov. 3 and Nov. 16" name no hotel).
        // ... and for "which" any other kind, no person's name either ("Which newspaper did Anwar write for?": "Munawar Ahmad Aness, a friend and speech writer of Anwar").
        const personsName = (n: string): boolean => ((body || madeThing) && isCalendarName(n)) || (body ? personWords(n, index) === n.split(' ').length : (madeThing || (!person && WHICH_Q_RE.test(q.text))) && namesPerson(n, index));
        // For a body, a name in a sentence that never says the kind ("party", "newspaper") may be any body's.
        // ... nor one it gives as of another kind ("the newspaper The Nation" for "Which hospital ...?"),
        // ... and not someone the sentence gives as another's relative ("Azizah Ismail, the wife of ..."), unless relatives are asked for.
        if (namesOther(f, qWords, (n) => !ownsTheKind(q, f.text, n) && !namedAsOtherKind(q, f.text, n) && (person ? namesPerson(n, index) && (asksForRelative(q) || !namedAsRelative(n, f.text)) : !personsName(n)) && (place || !namesPlace(n, f)))) return (body || (madeThing && IN_WHICH_Q_RE.test(q.text))) && !mentionsTheKind(q, index, unitTerms, f.text) && !headedBody(f.text) ? BODY_KIND_UNSAID : 1;
        // "Which Russian commodities ...?": "Russian oil, gas, and coal" lists things of a kind.
        if (listsThings(f.text, (w) => asksWord(q, w))) return 1;
        // "Which exams were cancelled?": "its mathematics and biology examinations" says which by the words before the noun.
        const kindTerm = termOf(kindNoun(q) ?? '');
        if (kindTerm !== null && kindsByModifiers(f.text, kindTerm, (w) => asksWord(q, w)) !== null) return 1;
        // "What crime was Qin arrested for?": "... for plotting to overthrow the government, a
        // crime that ...": the sentence says what of that kind it was, naming the kind.
        // ... but "Which judge ...?" wants a person named: "the judge had assured ..." names none.
        // "What fruit ...?": "... piles of bananas" has one of the kind (WordNet's hypernyms).
        if (!person && namesMemberOfKind(q, f.text, qWords)) return 1;
        // "What penalty could they face?": "up to life in prison" is one, though no word of it is a penalty.
        if (givesPenaltyAsked(q, f.text)) return 1;
        // "What duties did Mexico impose?": "duties of up to 42.6%" says what they were.
        if (!person && givesKindWithAmount(q, f.text)) return 1;
        // "Which consulate did Belarus close?": "its consulate in the Estonian city of Narva" says which, by where it is.
        if (!person && kindPlacedIn(q, f.text)) return 1;
        // "Which magazine does he edit?": "editor of several Portuguese magazines" counts them and names none.
        if (countsTheKindUnnamed(q, f.text)) return KIND_UNNAMED;
        // "Which university did he want to enroll in?": "he wanted to enroll in the university" says one of the kind and not which.
        // "What militia did Velcic command?" asks which one as "Which militia ...?" does, for a
        // kind of people or body (WordNet), not "What assurances has ...?" (their content).
        if (asksWhichOne(q) && onlyTheKind(q, f.text)) return KIND_UNNAMED;
        return mentionsTheKind(q, index, unitTerms, f.text) && !person ? KIND_MENTIONED : 0.6;
      }
      // "Which other satellite moved?": "A Japanese weather satellite also moved" says which by whose it is.
      if (tellsOtherOfKindByOwner(q, f.text)) return 1;
      // "Which animal's feeding grounds are near ...?": "the endangered African penguin" is one (WordNet's hypernyms), unnamed as it is.
      // (Not for a body or a group, "Which groups ...?": a word for a body or people names none of them.)
      if (WHICH_Q_RE.test(q.text) && !asksForPerson(q) && !bodyKind(kindNoun(q) ?? '') && namesMemberOfKind(q, f.text, qWords)) return 1;
      // "Which Syrian newspaper criticised ...?" the same, for a kind that does the verb.
      if (WHICH_Q_RE.test(q.text) && leavesTheKindUnnamed(q, f.text) && !namesTheKind(q, f.text)) return KIND_UNNAMED;
      // "Which agency reports EU statistics?": "the European Union's statistics agency reported"
      // says whose agency, not which; a sentence with no other name does not say which.
      // "Which play won Dario Fo the prize?": a work is named by its title in quotation marks, not by other names.
      const work = WHICH_Q_RE.test(q.text) && asksForWork(q);
      // "Which prison holds Wang?": "Wang, who spent two years in prison after ... Tiananmen
      // Square" has a prison and names none; its other names are other things'. Only for a
      // man-made thing, written in lower case (a person or a place is named apart from the noun:
      // "the minister, Ivo Marek", "the city ... Tarno").
      const artifact = artifactKind(q);
      if (artifact && !work && !place && !namesTheKind(q, f.text) && artifact.test(f.text)) return KIND_UNNAMED;
      // For a kind of person ("Which lawyer represented her?"), an acronym ("told the BBC") names a body, not the one asked for.
      const personKind = !work && !artifact && asksForPerson(q);
      // "Which company claims half of the treasure?": "a claim by a U.S. salvage company that ..." names none, whatever else it names.
      if (WHICH_Q_RE.test(q.text) && kindNoun(q) && !work && !namesTheKind(q, f.text) && onlyAnUnnamedOfKind(q, f.text)) return KIND_UNNAMED;
      if (WHICH_Q_RE.test(q.text) && kindNoun(q) && !namesTheKind(q, f.text) && (work ? quotedTitles(f.text).length === 0 : !namesOther(f, qWords, (n) => !ownsTheKind(q, f.text, n) && !namedAsOtherKind(q, f.text, n) && (place || !namesPlace(n, f)) && (!artifact || !namesPerson(n, index)) && !(personKind && writtenAsAcronym(n, f.text))))) return countsTheKindUnnamed(q, f.text) || onlyTheKind(q, f.text) ? KIND_UNNAMED : mentionsTheKind(q, index, unitTerms, f.text) ? WHICH_UNNAMED : WHICH_KIND_UNSAID;
      // "What is the theme of this year's summit?": a sentence that never says "theme", nor a word for it, gives none.
      const attribute = ATTRIBUTE_Q_RE.exec(q.text)?.[1]?.toLowerCase();
      if (attribute && !saysNoun(attribute, unitTerms, index) && !givesPenaltyAsked(q, f.text)) return ATTRIBUTE_UNSAID;
      return 1;
    }
  }
}

/** "Who is the ...?", "Who were the ...?", "Who is Anwar's ...?": the holder of a role, by name. */
const IDENTITY_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]ho\s+(?:is|was|are|were)\s+(?:the\b|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s)/u;

/** Whether the sentence names a person (or a body) that is not the question's own, or says who "he" is. */
function namesSomeoneElse(f: UnitFeatures, index: TopicIndex, qWords: ReadonlySet<string>): boolean {
  // The agent of a passive ("by Kenyan authorities") names someone only by a name.
  if (f.agent !== null && f.agent.split(' ').some((w) => index.persons.tokens.has(w) && !qWords.has(w))) return true;
  const { other, named } = othersNamed(f, index, qWords);
  return other || named;
}

/**
 * The people a sentence names besides the question's own: `other`, a word of a person's name
 * (not one of the question's person's: "Jimmy" in "Jimmy Carter" for "Who nominated Carter?");
 * `named`, a capitalised name that may be who did it (not a quoted title, a country or a lone word).
 */
function othersNamed(f: UnitFeatures, index: TopicIndex, qWords: ReadonlySet<string>): { other: boolean; named: boolean } {
  // (A title the question asks about is no word of a name: "Chief Executive Ingrid Solheim" for "Who is the chief executive?".)
  const asked = new Set(f.names.filter((n) => n.split(' ').some((w) => qWords.has(w) && !isTitleWord(w) && !isTitlePart(w))).flatMap((n) => n.split(' ')));
  const other = [...f.words].some((w) => index.persons.tokens.has(w) && !qWords.has(w) && !asked.has(w));
  const quoted = quotedTitles(f.text);
  const named = f.names.some((n) => mayNameAgent(n, f.text, quoted) && n.split(' ').some((w) => !qWords.has(w) && !isPlaceWord(w) && !asked.has(w)));
  return { other, named };
}

/** The owner and role of "Who is X's <role>?", worked out once per question (the scorer asks on every candidate). */
const askedRoleOf = perQuestion((q: QuestionAnalysis) => askedRole(q.text));

/** Whether `word` names a kind of a noun the question asks about ("blaze", "wildfire" for "fire"; WordNet's hypernyms). */
function asksKindOf(q: QuestionAnalysis, word: string): boolean {
  const wn = wordNet();
  const w = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!wn || w.length < 3) return false;
  return q.tokens.some((t) => q.terms.includes(t.term) && !q.light.has(t.term) && !q.entityTerms.has(t.term) && t.word !== w && /^[a-z]{3,}$/.test(t.word) && wn.isKindOf(w, t.word, 3));
}
