/**
 * Re-ranks BM25 candidates against a question and turns the match into a confidence in
 * [0, 1]: the share of the question's (idf-weighted) meaning the sentence covers, times
 * factors for the expected answer type, named-entity constraints and time constraints.
 */
import { askedDay, publishedOnDay } from './asked-days.ts';
import { definiteOpeningContinues } from './continued-subjects.ts';
import { asksMeaningBy, glosses } from './meanings.ts';
import { thingNamedByKind } from './kinds-of-asked-things.ts';
import { hyphenatedNameParts, writtenWhole } from './hyphenated-names.ts';
import { asksTally, givesTally, TALLY_TERMS } from './vote-tallies.ts';
import { ownsAskedNoun } from './country-owners.ts';
import type { ClaimUnit, TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { resolvedPeople, speakerIndex, speakerMatch } from './speakers.ts';
import { COUNTRY_PERSON_MATCH, namesPersonOf } from './country-persons.ts';
import { speaks } from './speaker-questions.ts';
import { OFFICE_FACTOR, officeFitOf, titledHolderTest } from './office-holders.ts';
import { headNounOfName, itContinuesName, itContinuesSubject, nounContinuesName, opensWithTitle, ledeHolderTerms, ledeNamesOther, pointsToOtherYear, NAME_LOOKBACK, pointedBack, refersBackToEvent, refersByTitle, shortNamed, summedUpLater, definiteNounTerms } from './references.ts';
import { narrativeMonth, newestFirst } from './recency.ts';
import { shapeFactor } from './answer-shape.ts';
import { typeFactor } from './answer-type-fit.ts';
import { currencySignMeets } from './currency-sums.ts';
import { upperBoundMeets } from './upper-bounds.ts';
import { OTHER_DAY, reportOfAnotherDay } from './asked-weekday.ts';
import { costWordOf, pricedBeforeAsked } from './attributive-prices.ts';
import { saysNationalityAsked } from './nationality.ts';
import { closureEndedIn } from './span-fit.ts';
import { placeAfterVerb, RESIDENCE_VERB, RESIDENCE_VERB_TERMS, residenceOf } from './place-answers.ts';
import { attributes } from './speech-verbs.ts';
import { isMonthTerm, onlyVagueTimes, VAGUE_TIME_RANK, WEEKDAY_OF_ARTICLE, weekdayOfArticle, yearOnlyAsBound } from './time-expressions.ts';
import { dateClauseFactor, EARLIER_OCCURRENCE, earlierEventTold, earlierOccurrence, earlierOccurrenceOfAsked, eventWordIncidental, SLOT_BONUS, slotBonus } from './answer-slot.ts';
import { NOUN_SYNONYM, paraphraseMatch } from './paraphrases.ts';
import { rankBound } from './rank-bound.ts';
import { datedAsMade } from './made-dates.ts';
import { addsToCountBefore } from './elliptical-counts.ts';
import { refersByHypernym } from './hypernym-references.ts';
import { doerAppositive } from './agent-appositives.ts';
import { SPEECH_NOUN_MATCH, speechToldAsNoun } from './speech-nouns.ts';
import { NAME_CONFLICT, namesOtherOfKind, namesOtherOfNamedKind, PART_OF_NAME, partOfName } from './name-conflicts.ts';
import { adjectiveOnly, particleMissing, phrasalOnly, PHRASAL_MATCH } from './phrasal-verbs.ts';
import { DERIVED_MATCH, DOER_VERB_MATCH } from './derivations.ts';
import { isCountryTerm } from './gazetteer.ts';
import { MONTHS, WEEKDAYS } from '../domain/calendar.ts';
import { isTitleWord, namesCauseOfTold } from './entities.ts';
import { peopleWordMet, quantityWordMet } from './quantity-fit.ts';
import { askedAsOwner, isPersonNameWord, modifiesNoun, namedOnlyAsOwner, OWNER_ONLY } from './owner-only-names.ts';
import { proximity, pronounChainTerms, recentTerms, IT_OPENING_RE, sentenceText, unitFeatures } from './sentence-features.ts';
import { LIGHT_VERB_BONUS } from './light-verb-ties.ts';
import { eventOnlyPlanned } from './planned-events.ts';
import { leadCountry } from './title-phrases.ts';
import { belongingByPossessive } from './belonging.ts';
import { analyze, escapeRegExp, termOf } from './text-analysis.ts';
import { othersInPlaceOf } from './country-ties.ts';
import { capitalPlaces } from './capital-places.ts';
import { givesPenaltyAsked, penaltyAsked } from './answer-kind.ts';
import { datelineOf } from '../content/dateline.ts';
import { CAPITAL_MISS, CLAIM_MATCH, CONTINUATION_MATCH, CONVERSE_MATCH, COUNT_UNDONE, COUNT_OTHER_ACTION, FALSE_FRIEND_MATCH, KIND_REFERENCE_MATCH, LEDE_ROLE_MATCH, ORDER_MISS, OTHER_COUNTRIES_NAMED, PRONOUN_LOOKBACK_MATCH, PUBLISHED_YEAR_MATCH, SPEAKER_MISS, SPEAKER_OFF_TOPIC, UNFOCUSED_CLAIM_MATCH, UNREALIZED_MISS, YEAR_AS_BOUND } from './scoring-weights.ts';
import { NO_IDS, requirementsOf, nameWordOfThing, type RerankOptions } from './question-requirements.ts';
import { asksAboutDone, CONDITIONAL_Q_RE, countedEventUndone, eventUnrealized } from './event-verb.ts';

export interface Scored {
  unit: number;
  confidence: number;
  rank: number;
  /** Query term ids the sentence itself does not contain. */
  missing: Set<number>;
  /** The factors the confidence is the product of, by name: only when asked for (`RerankOptions.explain`). */
  factors?: Record<string, number>;
}

/** A pronoun for a person as a verb's object: "charges him with murder" (not "dissatisfaction with him"). */
const OBJECT_PRONOUN_RE = /\b[a-z]{3,}(?:s|ed)\s+(?:him|her)\b/;
/**
 * A start said by its date: "who have been fighting since 1984", "converted to build battery
 * packs from 2027", "starting in January" (a month or weekday, whole or cut short).
 */
const SINCE_RE = new RegExp(String.raw`\bsince\b|\b(?:from|starting|beginning)\s+(?:(?:in|on|early|late|mid-?)\s+)?(?:\d{4}\b|next\b|(?:${[...MONTHS, ...WEEKDAYS].map((w) => w.slice(0, 3)).join('|')})[a-z]*\.?(?=\s|[,;]|$))`, 'i');

const FUTURE_RE = /\b(?:will|would|predicted|predicts|expected|expects|is due to|are due to|plans? to|planned|planning|going to|set to|intends?|is to)\b/i;

/** Whether `set` holds any of `ids`. */
function hasAny(set: ReadonlySet<number>, ids: ReadonlySet<number>): boolean {
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

export type { RerankOptions } from './question-requirements.ts';

/** "the U.S. capital", "outside the capital", "met here": a capital named by its country or by where the report was filed (with the country's word in the sentence). */
const HERE_OR_CAPITAL_RE = /\b(?:capital|here)\b/i;
/** "How many files may have been copied?": a count of what possibly happened, which "might have been copied" gives. */
/** "What did X say?", "what did X tell reporters?", with nothing more: the words themselves asked for, not what X did. */
const SAY_PLAIN_Q_RE = /^\s*(?:and\s+)?what\s+(?:did|does|has|have|had)\s+[^?]{2,50}?\s+(?:say|said|tell|told)(?:\s+(?:reporters|journalists|the press))?\s*\??\s*$/i;
/** A quotation mark, opening or closing. */
const QUOTATION_RE = /["“”]|``|''/;
/** Rank bonus of a sentence quoting the asked speaker's words for "What did X say?". */
const QUOTED_SPEECH_BONUS = 0.12;
/** Rank bonus of a sentence with the question's own word of a synonym group, over one with another of the group. */
const OWN_WORD_BONUS = 0.02;
const POSSIBLE_PAST_Q_RE = /\b(?:may|might|could)\s+have\b/i;
const COUNTRY_TERM = termOf('country') ?? '~country';
/** How many sentences before may name the capital a question asks about as a place. */
const CAPITAL_LOOKBACK = 2;

/** "it" or "this", which may stand for what the sentence before named. */
const IT_RE = /\b(?:it|this)\b/i;

export function rerank(index: TopicIndex, q: QuestionAnalysis, options: RerankOptions = {}): Scored[] {
  if (q.terms.length === 0 || index.size === 0) return [];
  const {
    soft, referents, qIds, orderedIds, weights, totalWeight, qWords, speakerReq, office, aliases, lightVerb,
    cameAbout, paraphrases, derivations, doerNouns, phrasalTerms, askedPhrasal, baseVerbs, candidates, maxBm25,
    bm25Of, focal, focalSet, termIn, referentIds, coreConcepts, spokenAbout, nameOfGroup, bodyNames, namesOfAll,
    kindReferences, namesOfKind, event, headTerm, reportsClause, talksToPress, speaking, announced, eventSynonymIds,
    isEventTerm, countVerbTerm, isCountEventTerm, falseFriend, otherAction, namedThings, askedNames, qCountries,
    countryElsewhereFree, countriesOfPerson, ownedCountries,
  } = requirementsOf(index, q, options);
  // "said Mayor Florin Dobre": the asked title capitalised before a name, held where the name is not given another place.
  const titledHere = office ? titledHolderTest(office.title) : null;
  // "... by Feb. 12?": a day the question names, which a report published that day is about.
  const dayAsked = askedDay(q);
  // ... asked of each document once, not of each of its sentences.
  const onDayByDoc = new Map<number, boolean>();
  const onAskedDay = (doc: number): boolean => {
    if (dayAsked === null) return false;
    let on = onDayByDoc.get(doc);
    if (on === undefined) onDayByDoc.set(doc, (on = publishedOnDay(index.brief.sources[doc]?.meta.published, dayAsked)));
    return on;
  };
  const capitals = capitalPlaces(q);
  // "How much will the factory cost?": "a 10 billion euro factory" says its cost (attributive-prices.ts).
  const costTerm = costWordOf(q);
  const hyphenParts = hyphenatedNameParts(q);
  // The question's words of a title, and a word before one ("prime" of "prime minister"): what a person it names by title is introduced as.
  const titleWord = (w: string): boolean => isTitleWord(w.replace(/['’]s?$/, ''));
  const titleTerms = new Set(q.tokens.filter((t, i) => titleWord(t.word) || titleWord(q.tokens[i + 1]?.word ?? '')).map((t) => t.term));
  const out: Scored[] = [];
  // For bestOnly: the best rank scored so far. A newer report may go first for "the latest"
  // (newestFirst) from below the best rank, so then every candidate is scored.
  const bestOnly = options.bestOnly === true && !q.latest && q.earliest !== true;
  // "Who bought the branches?": not "interest from foreign banks in buying the branches".
  const asksDone = event !== null && asksAboutDone(q);
  // "Where was Almada arrested?": the asked people's own words, to tell "Almada's deputy" from Almada.
  const askedPeople = q.tokens.filter((t) => q.entityTerms.has(t.term) && index.persons.tokens.has(t.term) && isPersonNameWord(index.persons.names, t.word) && !askedAsOwner(q.text, t.word) && !modifiesNoun(q.text, t.word));
  // "Who built the Nairobi bomb?": a name ("Nairobi", a capital in WordNet) is not a common noun a
  // broader word refers back to; nor is the kind the question asks for ("What river flooded?" is
  // not answered by "the water").
  // (Worked out once per term: the scorer asks for every candidate sentence.)
  const commonNouns = new Map<string, string>();
  const commonNounOf = (term: string): string => {
    let noun = commonNouns.get(term);
    if (noun === undefined) {
      const word = q.tokens.find((t) => t.term === term)?.word ?? '';
      const w = escapeRegExp(word);
      noun = new RegExp(`\\b${w}\\b`).test(q.text) && !new RegExp(`^\\s*(?:and\\s+)?(?:\\p{Ll}+\\s+)?(?:what|which)\\s+${w}\\b`, 'iu').test(q.text) ? word : '';
      commonNouns.set(term, noun);
    }
    return noun;
  };
  const askedNoun = (noun: string): boolean => q.terms.includes(termOf(noun) ?? noun);
  // "Who is the president?": "President Elena Cardenas" says the question's own title, "Farmers'
  // leader Gustavo Ibarra" only another word of its group ("~leader"); the own title goes first.
  const groupWords = q.type !== 'person' ? [] : q.tokens.filter((t) => t.term.startsWith('~') && q.terms.includes(t.term) && titleWord(t.word)).map((t) => new RegExp(`\\b${escapeRegExp(t.word)}\\b`, 'i'));
  // The question's words that paraphrases may stand for: the sentence with the word itself goes first.
  const paraphrasedTerms = q.terms.filter((t, i) => (paraphrases.get(i)?.length ?? 0) > 0 && !q.entityTerms.has(t));
  const ownWordBonus = (text: string): number => (groupWords.length === 0 ? 0 : (OWN_WORD_BONUS * groupWords.filter((re) => re.test(text)).length) / groupWords.length);
  let bestRank = -Infinity;
  for (const u of candidates) {
    const unit = index.unit(u);
    const f = unitFeatures(index, u);
    const { terms: primary, claimTerms: claim, nearTerms: near, prevTerms: prevMentions } = f;
    const ctx = index.docContext[unit.doc];
    const title = ctx?.titleTerms ?? new Set<number>();
    const docTerms = ctx?.terms ?? new Set<number>();
    const present = (g: string): boolean => termIn(primary, g);
    // A name is in the sentence when one of its proper words is ("Saramago" for "Jose
    // Saramago"), not a common word it shares with other names ("hurricane" does not stand
    // for "Hurricane Georges", nor "food" for "World Food Program"), unless the sentence
    // before named it ("Guanaja Island ... 14 people had died on that small island"). A name
    // of common words only must be there whole.
    const prevText = (): string => index.brief.sources[unit.doc]?.sentences[unit.sentence - 1]?.text ?? '';
    const previousTexts = (n: number): string[] => (index.brief.sources[unit.doc]?.sentences.slice(Math.max(0, unit.sentence - n), unit.sentence).map((s) => s.text) ?? []).reverse();
    let before: Set<number> | null = null;
    let chain: ReadonlySet<number> | null = null;
    let refersBack: boolean | undefined;
    let continues: boolean | undefined;
    let causeOfTold: boolean | undefined;
    let itSubject: string | null | undefined;
    let tallyOfTold: boolean | undefined;
    let lede: Set<string> | undefined;
    let summed: ReadonlySet<string> | undefined;
    let definite: ReadonlySet<string> | undefined;
    let narrative: string | undefined;
    // "the temperature in New Delhi": the city written (here or just before: "a magazine published
    // from Dhaka ... They were arrested under a 1974 law"), not its country ("LUCKNOW, India"); or
    // "the U.S. capital"; or the city of the report's dateline ("DAMASCUS (AP) _"), which "met
    // here Sunday" points to even where the copy has lost its dateline.
    const capitalHeld = (term: string): boolean => {
      const capital = capitals.get(term);
      return capital === undefined || capital.test(f.text) || (HERE_OR_CAPITAL_RE.test(f.text) && present(term)) || capital.test(datelineOf(index.brief.sources[unit.doc]?.sentences[0]?.text ?? '')) || previousTexts(CAPITAL_LOOKBACK).some((t) => capital.test(t));
    };
    const inSentence = (term: string): boolean => {
      if (!capitalHeld(term)) return false;
      if (aliases.get(term)?.some((seq) => seq.length > 0 && seq.every(present))) return true;
      const group = q.nameGroups.get(term);
      if (!group) return present(term);
      // A place in a name ("Kosovo Liberation Army") does not stand for the name; its other proper words do.
      const proper0 = group.filter((g) => !index.isCommonWord(g));
      const nonPlace = proper0.filter((g) => !isCountryTerm(g));
      const proper = nonPlace.length > 0 ? nonPlace : proper0;
      // A body's name goes by its head noun just after a sentence that wrote it whole: "the State
      // Election Commission said ... Commission chairman Anton Golob".
      const head = group[group.length - 1] as string;
      const byHead = (): boolean => index.isCommonWord(head) && headNounOfName(f.text, group) && group.every((g) => termIn((before ??= recentTerms(index, unit, NAME_LOOKBACK)), g));
      if (proper.length === 0) return group.every(present) || byHead();
      // A name of three words or more that is not a person's ("Democratic National Committee")
      // is named whole: one of its words ("the Democratic champion") is not the organisation.
      // Or by its last two words after "the": "the Judiciary Committee" for "House Judiciary Committee".
      if (group.length >= 3 && !group.some((g) => index.persons.tokens.has(g))) return group.every(present) || shortNamed(f.text, q.names, group);
      // ... but half of a hyphenated name alone is someone else's ("Feldmann" for "Ruth Feldmann-Hale", hyphenated-names.ts).
      if (proper.some((g) => present(g) && writtenWhole(hyphenParts, g, f.text))) return true;
      // "mission chief Colonel Amara Toure" right after "The African Union mission said ...".
      if (nounContinuesName(q.text, q.names, group, f.text, previousTexts(NAME_LOOKBACK))) return true;
      if (byHead()) return true;
      // "that small island": a common word of the name, pointed back to, for a name just used.
      if (!group.some(present) || !pointedBack(f.text, group)) return false;
      const seen = (before ??= recentTerms(index, unit, NAME_LOOKBACK));
      return proper.every((g) => termIn(seen, g));
    };
    const kindRefs = new Map<string, boolean>();
    const byKind = (term: string): boolean => {
      // ... a body's too ("the sportswear company Huaxin Sports ... The company, which signed Kiprono"),
      // though the name finder took it for a person's: by a kind that is no person's.
      const thing = nameOfGroup.get(term);
      const name = thing ?? namesOfAll.get(term);
      if (!name) return false;
      let r = kindRefs.get(name);
      if (r === undefined) kindRefs.set(name, (r = kindReferences.referredByKind(index.brief.sources[unit.doc] as { sentences: { text: string }[] }, unit.doc, unit.sentence, name, thing === undefined)));
      return r;
    };
    // The whole name, in the NAME_LOOKBACK sentences before ("latched the Kestrel module ...
    // 'We've got it,' ... The capture came at 6:47 p.m."; "Democrats" is not the Democratic National Committee).
    const namedBefore = (term: string): boolean => (q.nameGroups.get(term) ?? [term]).every((g) => termIn((before ??= recentTerms(index, unit, NAME_LOOKBACK)), g) && !focalSet.has(g));
    const resolved = resolvedPeople(index, u);
    // A name's term may be its stem ("vo" for "Vos"): the people resolved, as terms.
    let resolvedTerms: Set<string> | undefined;
    const resolvedTerm = (term: string): boolean => resolved.size > 0 && (resolvedTerms ??= new Set([...resolved].map((p) => termOf(p) ?? p))).has(term);
    const heldByResolved = (term: string): boolean => {
      if (!titleTerms.has(term)) return false;
      const profiles = speakerIndex(index).profiles;
      for (const p of resolved) if (profiles.get(p)?.has(term)) return true;
      return false;
    };
    const possessorAsked = (w: string): boolean => {
      if (!/^(?:his|her|their)$/.test(w)) return q.entityTerms.has(termOf(w) ?? w);
      const words = analyze(prevText());
      // No one else named: a person word is the asked one's, or part of the asked name ("Edi" of "Edi Basha").
      const asked = (i: number): boolean => q.entityTerms.has(words[i]?.term ?? '');
      return words.some((t) => q.entityTerms.has(t.term)) && words.every((t, i) => !index.persons.tokens.has(t.word) || asked(i) || asked(i - 1) || asked(i + 1));
    };
    const missing = new Set<number>();
    // A brief claim may lend the sentences it cites words they lack, but not the question's
    // focus: a sentence with none of the question's topic words ("worried") is not made an
    // answer by a claim that has them and cites it for a date.
    const focalInSentence = focal.length === 0 || focal.some((t) => inSentence(t) || paraphraseMatch(paraphrases.get(q.terms.indexOf(t)) ?? [], f.text) > 0);
    // Worked out on first use: a candidate that cannot come first (bestOnly) never needs it.
    let typeFitValue: number | undefined;
    const typeFitOf = (): number => (typeFitValue ??= typeFactor(q, f, index, qWords, primary, resolved));
    // "The plants will be sold to Vester" says who buys them, "lost to Davis" who won: the verb is there, conversely.
    const converse = event?.converse != null && hasAny(primary, event.opposites) && event.converse.test(f.text);
    // Question terms whose derived form the sentence has ("trial" for "tried"), worked out once.
    const adjectives = adjectiveOnly(f.text, baseVerbs);
    // ... and the question's phrasal verb ("put off") that the sentence has without its particle ("put their papers").
    const bare = particleMissing(f.text, askedPhrasal);
    const phrasal = adjectives.size === 0 && bare.size === 0 ? phrasalOnly(f.text, phrasalTerms) : new Set([...phrasalOnly(f.text, phrasalTerms), ...adjectives, ...bare]);
    const derivedIn: boolean[] = [];
    for (const [i, ids] of derivations) for (const d of ids) if (primary.has(d)) derivedIn[i] = true;
    // "Where does Qin live?" answered by "Qin Yongmin, 45, of the central city of Wuhan": the
    // residence phrase says "lives".
    const resident = residenceOf(q, f.text);
    const residenceWord = (term: string): boolean => resident && (q.tokens.some((t) => t.term === term && RESIDENCE_VERB.test(t.word)) || (term === event?.term && RESIDENCE_VERB_TERMS.has(term)));
    // "Which station did Brillantes speak to?" answered by "Brillantes told radio station DZXL".
    // ... and "announce the discovery" by "said it had made a discovery": the thing, attributed.
    const spokenWord = (term: string): boolean => {
      const thing = announced.get(term);
      return (speaking.has(term) || (thing !== undefined && inSentence(thing))) && attributes(f.text);
    };
    // "How old is Sharon?" answered by "Sharon, 70,": the adjective asked for the kind of
    // quantity, which the sentence gives, so it is not missing.
    // "How much will the station cost?" answered by "the $2.4 billion station": the price says the cost (or worth).
    // "How many people live in Kosovo?" answered by "Kosovo, which has 2 million residents": the population says who lives there.
    // "How many people survived?" answered by "Only 11 survived" or "200 crew and passengers": the count says people.
    // "What was the score after nine games?": "level at 4.5 points each" gives the score, not the word.
    // ... and "What does the hashtag mean?" by a gloss set off after it (meanings.ts).
    const shapeWordMet = (term: string): boolean => (quantityWordMet(q, term, f.text) && typeFitOf() === 1) || peopleWordMet(q, term, f.text) || (TALLY_TERMS.has(term) && (tallyOfTold ??= asksTally(q.text) && givesTally(f.text))) || (asksMeaningBy(q, term) && glosses(f.text));
    // "According to Abu-Medein, what is Netanyahu praying for?": a quotation the speaker index gives to Abu-Medein has him, unnamed.
    const speakerScore = speakerReq !== null && speakerReq.groups.length > 0 ? speakerMatch(index, u, speakerReq) : null;
    const speakerHere = speakerScore !== null && speakerScore > 0;
    const articleNames = (country: string): boolean => termIn(docTerms, country);
    const { fit: officeFit, next } = office ? officeFitOf(index, unit, office, f.text, speakerIndex(index).profiles, articleNames) : { fit: 'possible' as const, next: false };
    // "Who heads Islamic Jihad?": "the group's leader Ramadan Shallah" holds the office the verb asks about.
    const officeVerbMet = office?.verb !== undefined && (officeFit === 'confirmed' || officeFit === 'possible');
    const headHeld = office?.headOf !== undefined && (officeFit === 'confirmed' || officeFit === 'possible');
    // Scores the sentence alone, or the sentence read with one claim that cites it.
    let countryOwnsNoun: boolean | undefined;
    let datelineTerms: Set<string> | undefined;
    const evaluate = (claimSet: ReadonlySet<number> | null): { covered: number; entityFactor: number; hits: Set<string> } => {
      let covered = 0;
      let entityFactor = 1;
      const hits = new Set<string>();
      q.terms.forEach((term, i) => {
        const id = qIds[i];
        const alt = paraphrases.get(i);
        let m = alt ? paraphraseMatch(alt, f.text) : 0;
        // An acronym the documents never write, spelled out in the sentence ("USAID" / "U.S. Agency for International Development").
        if (id === undefined && aliases.has(term) && inSentence(term)) m = 1;
        const derivedHere = derivedIn[i] === true;
        if (id !== undefined) {
          // "... unseen since 1967" gives no figure of 1967.
          // "Christians, mostly Protestants, ..." has the stem of "protest", not the word.
          if (inSentence(term) || shapeWordMet(term)) m = yearOnlyAsBound(term, f.text, q.text) ? YEAR_AS_BOUND : falseFriend(i, term, f.text) ? FALSE_FRIEND_MATCH : 1;
          else {
            if (claimSet === null) missing.add(id);
            if (claim.has(id)) m = Math.max(m, 0.5);
            // A claim may mention other people than its quote does ("Xi ... met Blinken" citing a
            // sentence about Xi and Putin): a person must be in the sentence itself.
            if (claimSet?.has(id) && !index.persons.tokens.has(term)) m = CLAIM_MATCH;
            if (!focalInSentence && focalSet.has(term)) m = Math.min(m, UNFOCUSED_CLAIM_MATCH);
            if (near.has(id) || title.has(id)) m = Math.max(m, 0.4);
            // "That is a concern, and ... urged that they be vigilant": the previous sentence's
            // subject ("private companies") is this one's too. People must still be named or referred to.
            // A multi-word name ("Hurricane Hugo") must be named, not continued from "Hurricane Ilse".
            // "The inquiry ordered by ..." after a sentence about a plant is about another thing (continued-subjects.ts).
            if (f.continuation && focalInSentence && prevMentions.has(id) && !index.persons.tokens.has(term) && !q.nameGroups.has(term) && (continues ??= definiteOpeningContinues(prevText(), f.text))) m = Math.max(m, CONTINUATION_MATCH);
            // "What caused the fire?": "... an electrical fault was the likely cause." right after the sentence about the fire.
            if (q.type === 'reason' && prevMentions.has(id) && !index.persons.tokens.has(term) && (causeOfTold ??= namesCauseOfTold(f.text))) m = Math.max(m, KIND_REFERENCE_MATCH);
            // "How many volumes were soaked?": "A further 40,000 were soaked" right after the sentence that counted volumes.
            if (q.counted.includes(term) && prevMentions.has(id) && addsToCountBefore(f.text)) m = Math.max(m, KIND_REFERENCE_MATCH);
            // "What was the vote in parliament?": "The bill passed 58-31." right after the sentence about the vote.
            if (prevMentions.has(id) && !index.persons.tokens.has(term) && (tallyOfTold ??= asksTally(q.text) && givesTally(f.text))) m = Math.max(m, KIND_REFERENCE_MATCH);
            // "He said ..." right after the sentence that names him; "the two-hour meeting"
            // right after the sentence about his meeting.
            // ... or "The president ..." right after "President Boris Yeltsin ...".
            // ... or "... charges him with murder" naming no one else.
            if (prevMentions.has(id) && index.persons.tokens.has(term) && (f.openPronoun || (OBJECT_PRONOUN_RE.test(f.text) && ![...f.words].some((w) => index.persons.tokens.has(w))) || opensWithTitle(f.text) || (refersBack ??= refersBackToEvent(f.text, focalSet)) || refersByTitle(prevText(), f.text, q.tokens.find((t) => t.term === term)?.word ?? term))) m = Math.max(m, 0.7);
            // ... or named a few sentences before: "Sughayer was freed ... Jailed for a year at 15, he was imprisoned again at 17".
            // ... or at the head of a run of sentences that only say "he" since.
            else if (m < PRONOUN_LOOKBACK_MATCH && f.openPronoun && index.persons.tokens.has(term) && (termIn((before ??= recentTerms(index, unit, NAME_LOOKBACK)), term) || termIn((chain ??= pronounChainTerms(index, unit)), term))) m = PRONOUN_LOOKBACK_MATCH;
            // "the yacht Sea Falcon ... The yacht lost its mast": a named thing, by its kind.
            // "... Orion Star roared into orbit ... The launch, at 4:12 a.m., ...": the event just told of.
            // "Two astronauts spent seven hours outside ..." when "It was the first of three spacewalks" follows.
            if (m < KIND_REFERENCE_MATCH && !index.persons.tokens.has(term) && (summed ??= summedUpLater(index.brief.sources[unit.doc]?.sentences ?? [], unit.sentence)).has(term)) m = KIND_REFERENCE_MATCH;
            // "Carvalho defended the decision", for "the decision to show the documentary" the document told of before.
            if (m < KIND_REFERENCE_MATCH && focalSet.has(term) && !index.persons.tokens.has(term) && (definite ??= definiteNounTerms(() => index.brief.sources[unit.doc]?.sentences.slice(0, unit.sentence).map((x) => x.text) ?? [], f.text, (t) => q.terms.includes(t) && present(t))).has(term)) m = KIND_REFERENCE_MATCH;
            if (m < KIND_REFERENCE_MATCH && ((docTerms.has(id) && namesOfKind.covers(term, index.brief.sources[unit.doc] as { sentences: { text: string }[] }, unit.doc, unit.sentence)) || namesOfKind.namesCompany(term, f.text))) m = KIND_REFERENCE_MATCH;
            // "The insects bred in Yemen ..." after "Swarms of desert locusts have invaded ...": the locusts, by a broader word.
            if (m < KIND_REFERENCE_MATCH && !index.persons.tokens.has(term) && !q.entityTerms.has(term) && refersByHypernym(commonNounOf(term), term, f.text, () => index.brief.sources[unit.doc]?.sentences.slice(0, unit.sentence).map((x) => x.text) ?? [], askedNoun)) m = KIND_REFERENCE_MATCH;
            if (m < KIND_REFERENCE_MATCH && (byKind(term) || (nameOfGroup.has(term) && namedBefore(term) && (refersBack ??= refersBackToEvent(f.text, focalSet))))) m = KIND_REFERENCE_MATCH;
            // "The U.N. World Food Program said ... It also was pulling food ...": the body named as the sentence before's subject.
            const body = m < KIND_REFERENCE_MATCH ? bodyNames.get(term) : undefined;
            if (body !== undefined && itContinuesName(prevText(), f.text, body)) m = KIND_REFERENCE_MATCH;
            // "The storm weakened ... It was over the sea by evening": the thing the sentence before was about.
            if (m < KIND_REFERENCE_MATCH && !index.persons.tokens.has(term) && (itSubject === undefined ? (itSubject = itContinuesSubject(prevText(), f.text)) : itSubject) === term) m = KIND_REFERENCE_MATCH;
            // "..., he said" where "he" was resolved to this person.
            if (resolved.has(term) || resolvedTerm(term)) m = Math.max(m, 0.9);
            // "``...,'' he told a rally in Maribor", "he" being the one the documents introduce as
            // "Prime Minister Tomaz Vrhovec": the title the question names him by.
            else if (m < KIND_REFERENCE_MATCH && resolved.size > 0 && heldByResolved(term)) m = KIND_REFERENCE_MATCH;
            // "The founder of South Korea's largest conglomerate plans ..." when the next sentence names him ("Chung Ju-yung, founder of ...").
            if (m < LEDE_ROLE_MATCH && (lede ??= ledeHolderTerms(f.text, index.brief.sources[unit.doc]?.sentences[unit.sentence + 1]?.text)).has(term)) m = LEDE_ROLE_MATCH;
            // "Putin's military intervention" for Russia's: a person the documents introduce as the asked country's.
            if (m < COUNTRY_PERSON_MATCH && ownedCountries.has(term) && namesPersonOf(f.words, index.persons.tokens, countriesOfPerson, term)) m = COUNTRY_PERSON_MATCH;
            // A place or date the document is about, though this sentence does not repeat it
            // (people must be named in the sentence, or referred to right after being named).
            if (q.entityTerms.has(term) && !index.persons.tokens.has(term) && docTerms.has(id)) m = Math.max(m, 0.3);
            if (docTerms.has(id) && weekdayOfArticle(term, f.text)) m = Math.max(m, WEEKDAY_OF_ARTICLE);
            // "Who won the 1998 prize?" in a piece published in 1998: its "this year".
            // Not "That prize was shared by ..." right after "... in 1978": it is that year's.
            if (term === index.docContext[unit.doc]?.year && !pointsToOtherYear(f.text, prevText(), term)) m = Math.max(m, PUBLISHED_YEAR_MATCH);
            // "under the AI Act" in the AI Act topic: what every document here is about.
            if (index.topicTerms.has(term) && docTerms.has(id)) m = Math.max(m, 0.6);
          }
        }
        // "How long had she been on hunger strike by Feb. 12?" in the report published on Feb. 12.
        if (m < PUBLISHED_YEAR_MATCH && dayAsked?.terms.has(term) === true && onAskedDay(unit.doc)) m = PUBLISHED_YEAR_MATCH;
        // "How many were tracked in September?" in a report whose dateline ("Sept 3") or last dated sentence is in September.
        if (m < PUBLISHED_YEAR_MATCH && isMonthTerm(term) && term === (narrative ??= termOf(narrativeMonth(index, unit) ?? '') ?? '')) m = PUBLISHED_YEAR_MATCH;
        // "How much did the painting sell for?": "A landscape by Monet ... sold for ..." names a kind of it (kinds-of-asked-things.ts).
        if (m < KIND_REFERENCE_MATCH && thingNamedByKind(q, term, f.words)) m = KIND_REFERENCE_MATCH;
        if (derivedHere) m = Math.max(m, DERIVED_MATCH);
        // "Abdi Hassan Ali, a farmer near Dire Dawa" for "Where does Abdi Hassan Ali farm?": the doer's noun as the name's appositive.
        else if (m < DERIVED_MATCH && doerAppositive(q, term, f.text)) m = DERIVED_MATCH;
        // "Who is the president of Chad?": "President Henri Baptiste" in a story whose lead is on
        // Chad holds the title there; the story's country need not be written again.
        if (m < DERIVED_MATCH && officeFit === 'possible' && term === office?.country && leadCountry(index.brief.sources[unit.doc]?.sentences[0]?.text ?? '', term) === term) m = DERIVED_MATCH;
        // "Who is the mayor of Deva?": "said Mayor Florin Dobre" in a story datelined "DEVA, Romania" holds the title there.
        if (m < DERIVED_MATCH && office !== null && (officeFit === 'possible' || officeFit === 'confirmed') && q.entityTerms.has(term) && (titledHere?.(f.text, term) ?? false) && (datelineTerms ??= new Set(analyze(datelineOf(index.brief.sources[unit.doc]?.sentences[0]?.text ?? '')).map((t) => t.term))).has(term)) m = DERIVED_MATCH;
        // "Who resigned?": "accepted the resignation" has the verb's stem but not the verb.
        if (m >= 1 && event?.asVerb && term === event.term && !event.asVerb.test(f.text)) m = DERIVED_MATCH;
        if (officeVerbMet && term === office.verb?.term) m = Math.max(m, DERIVED_MATCH);
        // "When was the Codex written?": "A 15th-century illuminated manuscript, the Codex ..." says its making by its time.
        if (m < DERIVED_MATCH && term === event?.term && datedAsMade(q, f.text)) m = DERIVED_MATCH;
        // "the head of the Bundesbank" held by "who runs the Bundesbank": the verb says the title.
        if (headHeld && term === headTerm) m = Math.max(m, DERIVED_MATCH);
        if (converse && term === event?.term) m = Math.max(m, CONVERSE_MATCH);
        // "When will the trial begin?": "is to go on trial Nov. 2" says when the trial begins.
        if (event?.happening !== undefined && (term === event.term || event.alsoSaid?.includes(term) === true) && inSentence(event.happening) && event.happeningNamed?.(f.text) !== false) m = Math.max(m, DERIVED_MATCH);
        if (residenceWord(term) || spokenWord(term) || shapeWordMet(term) || (speakerHere && q.speaker.includes(term))) m = 1;
        // "Which country's ban remains in place?": "China's ban remained in place" names the owner, without the word "country".
        if (m < 1 && term === COUNTRY_TERM && (countryOwnsNoun ??= ownsAskedNoun(q.text, f.text))) m = 1;
        // "What is the fee in dollars?": "$103 million" says dollars by its sign.
        if (m < 1 && currencySignMeets(q, term, f.text)) m = 1;
        if (m < 1 && term === costTerm && pricedBeforeAsked(q, f.text, term)) m = 1;
        // "What is the maximum fine?": "can fine an exchange up to 2 percent of its revenue" gives the most.
        if (m < 1 && upperBoundMeets(term, f.text)) m = 1;
        // "How long was Line 1 closed?": "reopened on Saturday, five days after ..." says how long, without "closed".
        if (m < 1 && q.type === 'duration' && closureEndedIn(q, f.text) === term) m = DERIVED_MATCH;
        // "Which country is Kiprono from?": "Kenya's Daniel Kiprono" names his country, without the word "country".
        if (m < 1 && term === COUNTRY_TERM && q.light.has(term) && saysNationalityAsked(q, f.text)) m = 1;
        // "What sentence does the engineer face?": "faces up to 15 years in prison" is one, in no word of the kind's.
        // ... and "What is the penalty for flying a drone near an airport?": "is a crime that can bring up to two years in prison".
        if (m < 1 && termOf(penaltyAsked(q) ?? '') === term && givesPenaltyAsked(q, f.text)) m = 1;
        // "Which party does Basha belong to?": "His Socialist Party ..." says the belonging.
        // The possessor is the asked one: by name, or a pronoun right after a sentence that names them and no one else.
        if (m < 1 && q.light.has(term) && belongingByPossessive(q, term, f.text, possessorAsked)) m = 1;
        const doer = doerNouns.get(i);
        // ... though the speaker the question names by a doer's noun ("the energy minister") may speak by a name the documents gave that title.
        if (doer && m >= 1 && !doer.test(f.text) && !(speakerHere && speakerReq?.groups.some((g) => g.includes(term)) === true)) m = DOER_VERB_MATCH;
        if (phrasal.has(term)) m = Math.min(m, PHRASAL_MATCH);
        // A word "They were arrested ..." takes from the sentence before is one it shares with
        // the question; not after an empty "It" ("It is obvious that ...").
        if (m >= CLAIM_MATCH || (m >= CONTINUATION_MATCH && !IT_OPENING_RE.test(f.text))) hits.add(q.nameGroups.get(term)?.[0] ?? term);
        covered += (weights[i] as number) * m;
        // One constraint per name: "Patrick Ryder" is one person, not two conditions.
        const group = q.nameGroups.get(term);
        const groupLead = !group || group[0] === term;
        // A country is a constraint when a number is asked for: "inflation in Japan" is not
        // the euro zone's; otherwise it is the story's setting ("~china" in "did China send ...").
        const constraint = q.entityTerms.has(term) || term === q.actor || (q.type === 'quantity' && isCountryTerm(term));
        // "When will she visit Guatemala?": "... visiting Nicaragua and Honduras on Nov. 16" names
        // other countries where the asked one would be, whether or not it is the story's setting.
        const elsewhere = m <= 0.6 && !countryElsewhereFree && isCountryTerm(term) && !soft.has(term) && !referents.has(term) && othersInPlaceOf(term, f.text, prevText(), qCountries);
        if (elsewhere) entityFactor *= OTHER_COUNTRIES_NAMED;
        else if (constraint && groupLead && !soft.has(term) && !referents.has(term) && !q.light.has(term) && !isMonthTerm(term) && !index.topicTerms.has(term)) {
          // A person only nearby (the article is about them) is absent from a sentence with no
          // pronoun that could stand for them: "Arafat met Hassan" does not say Sharon meets Arafat.
          // A count for a country neither this sentence nor the one before names is likely another's:
          // "... destroyed at least 90 bridges" between sentences on Honduras and on Nicaragua.
          entityFactor *= m >= 1 ? 1 : m >= 0.5 ? 0.85 : m > 0 && (f.openPronoun || !index.persons.tokens.has(term)) ? (q.type === 'quantity' && isCountryTerm(term) && !(id !== undefined && prevMentions.has(id)) ? 0.6 : 0.75) : 0.5;
        }
        if (m >= 1 && groupLead && group && !soft.has(term) && partOfName(group, present, index.persons.tokens)) entityFactor *= PART_OF_NAME;
      });
      return { covered, entityFactor, hits };
    };
    let monthFactor = 1;
    for (const month of q.months) {
      if (f.months.has(month) || (month === dayAsked?.month && onAskedDay(unit.doc))) continue;
      // The month the story had reached when this sentence was written (the last one dated before it).
      if (narrativeMonth(index, unit) === month) monthFactor *= 0.95;
      else monthFactor *= index.docContext[unit.doc]?.months.has(month) ? 0.75 : 0.35;
    }
    let referentFactor = 1;
    if (referents.size > 0) {
      const ids = referentIds;
      if (ids.some((x) => primary.has(x)) || (f.hasPronoun && ids.some((x) => prevMentions.has(x)))) referentFactor = 1;
      else referentFactor = ids.some((x) => docTerms.has(x)) ? 0.8 : 0.6;
    }
    let match = 0;
    let claimUsed = false;
    for (const c of [null, ...(index.claimsOfUnit.get(u) ?? [])]) {
      const e = evaluate(c === null ? null : (index.claims[c] as ClaimUnit).terms);
      const hit = [...e.hits].filter((t) => coreConcepts.has(t)).length;
      // A sentence that shares only one word with a question of several rarely answers it
      // ("What is the capital of Uzbekistan?" vs. "a meeting in Uzbekistan").
      const thin = coreConcepts.size >= 2 && hit <= 1 ? 0.7 : 1;
      const score = totalWeight > 0 ? ((thin * e.covered) / totalWeight) * e.entityFactor : 0;
      if (score > match) {
        match = score;
        claimUsed = c !== null;
      }
    }
    const spoken = q.speaker.length > 0 && speaks(f.text, q.speaker, f.hasPronoun && q.speaker.some((t) => { const id = index.termId(t); return resolved.has(t) || (id !== undefined && prevMentions.has(id)); }));
    // "What did China say ...": the sentence must have China (or its officials) speaking.
    // "Amato ... was elected on a promise to clean up the city" for "What did Amato promise?": the act told as a noun (speech-nouns.ts).
    let speakerFactor = speakerScore !== null ? (speakerScore || (speakerReq !== null && speechToldAsNoun(q, f.text, speakerReq.groups) ? SPEECH_NOUN_MATCH : SPEAKER_MISS)) : 1;
    // ... and say something about what was asked ("about the balloon"), in the sentence itself.
    // ("The European Union said it undermined ...": "it" is what the sentence before named.)
    const aboutBefore = (t: string): boolean => IT_RE.test(f.text) && prevMentions.has(index.termId(t) ?? -1);
    if (spokenAbout && spokenAbout.total > 0 && !spokenAbout.terms.some((x) => x.w > 0 && (inSentence(x.t) || aboutBefore(x.t)))) speakerFactor *= SPEAKER_OFF_TOPIC;
    // "Whom did Blinken see first?": a sentence that states the order answers it.
    const orderFactor = q.order ? (f.ordered ? 1 : ORDER_MISS) : 1;
    // "What did the energy minister say?": the minister's own words quoted ('"We were lucky," Berg told reporters'), named by the title the documents gave them.
    const quotedBonus = speakerScore === 1 && SAY_PLAIN_Q_RE.test(q.text) && QUOTATION_RE.test(f.text) ? QUOTED_SPEECH_BONUS : 0;
    const speakerBonus = (spoken ? 0.06 : 0) + quotedBonus;
    // Of several holders of the asked title, the one the sentence ties to the asked country.
    const officeBonus = officeFit === 'confirmed' && office?.country ? 0.05 : 0;
    const agentBonus = q.type === 'person' && f.agent !== null && !qWords.has(f.agent.split(' ').pop() ?? '') ? 0.05 : 0;
    const futureBonus = q.future && FUTURE_RE.test(f.text) ? 0.05 : 0;
    const placeBonus = placeAfterVerb(q, f.text) || resident ? 0.05 : 0;
    const nearness = 0.08 * proximity(orderedIds, index.seqOf(unit));
    const lightBonus = lightVerb?.test(f.text) === true ? LIGHT_VERB_BONUS : 0;
    // "When did the viaduct collapse?": "over last week's collapse" answers, but behind "on Tuesday" (time-expressions.ts).
    const vagueTime = q.type === 'date' && f.hasDate && onlyVagueTimes(f.text) ? VAGUE_TIME_RANK : 0;
    // "Which company made the gas discovery?": "made a ... gas discovery" over "the largest gas find", a word of its sense.
    const ownTermBonus = paraphrasedTerms.length === 0 ? 0 : (OWN_WORD_BONUS * paraphrasedTerms.filter((t) => present(t)).length) / paraphrasedTerms.length;
    const bonuses = ownWordBonus(f.text) + ownTermBonus + vagueTime + lightBonus + speakerBonus + officeBonus + futureBonus + placeBonus + nearness + agentBonus + (unit.claimTerms ? 0.02 : 0) + (claimUsed ? 0 : 0.01) + 0.03 * ((bm25Of.get(u) ?? 0) / maxBm25);
    if (bestOnly && rankBound(match * monthFactor * referentFactor * speakerFactor * orderFactor * OFFICE_FACTOR[officeFit], bonuses) < bestRank) continue;
    // The next sentence names the holder: the person asked for is there.
    // ... and one that has its opposite instead ("lost" for "Who won ...?") says something else.
    // "works out" is not the asked "work": a verb a particle makes another is no use of it.
    const eventIds = event && phrasal.has(event.term) ? eventSynonymIds : event?.ids;
    // "When did the theft happen?": "Thieves stole ..." writes the event in another word of its sense.
    const eventParaphrased = (term: string): boolean => paraphraseMatch(paraphrases.get(q.terms.indexOf(term)) ?? [], f.text) >= NOUN_SYNONYM;
    let eventFactor = event && !converse && !((event.since !== undefined && hasAny(primary, event.since) && SINCE_RE.test(f.text)) || (inSentence(event.term) && !phrasal.has(event.term)) || residenceWord(event.term) || ((resident || reportsClause.has(event.term) || talksToPress.has(event.term) || announced.has(event.term)) && spokenWord(event.term)) || (officeVerbMet && event.term === office.verb?.term) || derivedIn[q.terms.indexOf(event.term)] === true || hasAny(primary, eventIds ?? NO_IDS) || event.phrasal?.test(f.text) === true || eventParaphrased(event.term) || datedAsMade(q, f.text) || (event.happening !== undefined && ((inSentence(event.happening) && event.happeningNamed?.(f.text) !== false) || eventParaphrased(event.happening)))) ? (hasAny(primary, event.opposites) ? event.oppositeMiss : event.miss) : 1;
    // "... could have won the honor in 1978 had it not been ...": the verb is there, its event is not.
    if (event && eventFactor === 1 && eventUnrealized(f.text, isEventTerm, !CONDITIONAL_Q_RE.test(q.text), asksDone)) eventFactor = event.miss * UNREALIZED_MISS;
    // "... could contain ... Largent of Oklahoma to replace Dick Armey" for who replaced him: only planned.
    else if (event && eventFactor === 1 && cameAbout && eventOnlyPlanned(f.text, isEventTerm)) eventFactor = event.miss * UNREALIZED_MISS;
    // "... by the end of February" for when a conference ended, "a retired general" for when he retired: the word only, not the event.
    else if (event && eventFactor === 1 && eventWordIncidental(f.text, event.term, q.type === 'date')) eventFactor = event.miss * UNREALIZED_MISS;
    // "Mount Tavu last erupted in 1987" for when it erupted: an earlier time, not the story's.
    else if (event && eventFactor === 1 && earlierOccurrence(q, f.text, isEventTerm)) eventFactor = EARLIER_OCCURRENCE;
    // ... and "Bhutan's last major glacial flood, in 1994, killed 21 people" tells of an earlier flood as a whole.
    if (eventFactor === 1 && (earlierOccurrenceOfAsked(q, f.text) || earlierEventTold(q, f.text))) eventFactor = EARLIER_OCCURRENCE;
    // "... players ... will find out whether they are to be paid" does not count those paid.
    // ... nor "they have to pay some 200 players" those paid.
    if (countVerbTerm !== null && !POSSIBLE_PAST_Q_RE.test(q.text) && (countedEventUndone(f.text, isCountEventTerm, q.type === 'reason') || (cameAbout && eventOnlyPlanned(f.text, (t) => t === countVerbTerm)))) eventFactor *= COUNT_UNDONE;
    // "How many children died at the shelter?": "... has treated at least 300 children at the shelter" counts those treated.
    if (otherAction?.(f.text) === true) eventFactor *= COUNT_OTHER_ACTION;
    // "When will the IMF release ...": "... release the installment of a loan that was approved in July" dates the loan.
    const clauseFactor = event && q.type === 'date' && eventFactor === 1 && f.hasDate ? dateClauseFactor(f.text, isEventTerm, q.future) : 1;
    // ... and a sentence that names another of an asked name's kind ("Nobel Literature Prize" for the Peace Prize) answers little.
    const shape = shapeFactor(q, f.text, focalSet, index.persons.tokens, index.docContext[unit.doc]?.notBefore ?? null, () => leadCountry(index.brief.sources[unit.doc]?.sentences[0]?.text ?? ''), countriesOfPerson, prevText) * (namesOtherOfKind(askedNames, f.names, f.text) || namesOtherOfNamedKind(namedThings, f.text, nameWordOfThing) ? NAME_CONFLICT : 1) * (capitals.size > 0 && [...capitals.keys()].some((t) => !capitalHeld(t)) ? CAPITAL_MISS : 1)
      // "How much did the index fall on Tuesday?": not "closed down 0.3 percent" in Monday's report, with no day of its own.
      * (reportOfAnotherDay(q, f.text, index.brief.sources[unit.doc]?.meta.published ?? null, () => index.brief.sources[unit.doc]?.body ?? '') ? OTHER_DAY : 1);
    // "Barraza's son, Carlos, said ...": the role's holder is named beside it, whoever else the sentence names.
    const typeMet = next || (officeFit === 'confirmed' && office?.role === true);
    // "A jailed journalist has been on hunger strike ..." when the next sentence names her ("Nino Kvaratskhelia, 38, ..."): the quote goes on to the name (answer-quote.ts).
    const typeFit = typeMet ? 1 : typeFitOf() < 1 && q.type === 'person' && ledeNamesOther(lede ??= ledeHolderTerms(f.text, index.brief.sources[unit.doc]?.sentences[unit.sentence + 1]?.text), q) ? 1 : typeFitOf();
    // "... among them Col. Mateo Gauto, Almada's deputy, who surrendered" tells of the deputy, not of Almada.
    const named = askedPeople.filter((t) => present(t.term));
    const ownerFactor = named.length > 0 && named.every((t) => namedOnlyAsOwner(f.text, t.word)) ? OWNER_ONLY : 1;
    const confidence = Math.min(1, clauseFactor * eventFactor * orderFactor * match * typeFit * shape * monthFactor * referentFactor * speakerFactor * ownerFactor * OFFICE_FACTOR[officeFit]);
    const rank = confidence + bonuses;
    bestRank = Math.max(bestRank, rank);
    const factors = options.explain ? { match, type: typeFit, shape, month: monthFactor, referent: referentFactor, speaker: speakerFactor, office: OFFICE_FACTOR[officeFit], event: eventFactor, clause: clauseFactor, order: orderFactor, owner: ownerFactor } : undefined;
    out.push(factors ? { unit: u, confidence, rank, missing, factors } : { unit: u, confidence, rank, missing });
  }
  // "... were arrested Monday night": among the candidates it can still put first, the one whose
  // date or number sits next to the event words gains SLOT_BONUS (worked out only for those: it
  // reads the sentence's words again).
  const topRank = out.reduce((m, s) => Math.max(m, s.rank), -Infinity);
  for (const s of out) if (s.rank >= topRank - SLOT_BONUS) s.rank += slotBonus(q, sentenceText(index, index.unit(s.unit)), focalSet);
  out.sort((a, b) => b.rank - a.rank);
  // A newer count must hold the country the best one does ("in Honduras"), as the scorer asks of any count.
  const countries = (): number[] => (q.type === 'quantity' ? (qIds.filter((id, i) => id !== undefined && isCountryTerm(q.terms[i] as string)) as number[]) : []);
  // A figure asked in the present tense: only when the best sentence has all the question's words
  // (it is the thing asked about), and a newer one must too (not another prize's sum).
  if (q.current === true) return (out[0]?.missing.size ?? 1) > 0 ? out : newestFirst(index, out, qIds.filter((id) => id !== undefined) as number[]);
  return q.latest || q.earliest === true ? newestFirst(index, out, countries(), q.earliest === true) : out;
}
