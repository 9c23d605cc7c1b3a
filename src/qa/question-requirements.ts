/**
 * The first stage of scoring: what a question asks of every candidate sentence, worked out
 * once per question (term weights, aliases, paraphrases and derivations, the event verb, the
 * office asked about, the speaker asked for, the countries named), and the candidates BM25
 * retrieves for it. `rerank` (qa-scoring.ts) then tests each candidate against these.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { countriesOfPersons, ownerCountries } from './country-persons.ts';
import { speakerQuery, speakerTopic } from './speaker-questions.ts';
import { askedOffice } from './office-holders.ts';
import { addUnwrittenAcronyms, questionAliases, speakerWithAliases } from './acronyms.ts';
import { KindReferences, kindNamesOf, NamesOfKind, thingNames } from './references.ts';
import { announcedThings, clauseReportingTerms, pressTalkTerms, speakingTerms } from './speech-verbs.ts';
import { paraphrasesOf } from './paraphrases.ts';
import { otherActionCheck } from './count-actions.ts';
import { termWeights } from './term-weights.ts';
import { falseFriendTest } from './stem-false-friends.ts';
import { askedFullNames, fullNameByTitle, namedThings as thingsNamed } from './name-conflicts.ts';
import { baseVerbCandidates, phrasalAsked, phrasalCandidates } from './phrasal-verbs.ts';
import { derivationsOf, doerNounsOf } from './derivations.ts';
import { DEMONYMS, isCountryTerm } from './gazetteer.ts';
import { isTitleWord } from './entities.ts';
import { sentenceText } from './sentence-features.ts';
import { retrieveCandidates } from './qa-retrieval.ts';
import { analyze, termOf } from './text-analysis.ts';
import { lightVerbTie } from './light-verb-ties.ts';
import { asksWhatCameAbout } from './planned-events.ts';
import { countedEventVerb, eventVerbCheck, eventVerbIds } from './event-verb.ts';

export interface RerankOptions {
  /** Terms inherited from an earlier question in an elliptical follow-up: half weight, no hard constraint. */
  soft?: ReadonlySet<string>;
  /**
   * Terms of the person a pronoun stood for ("he" → Patrick Ryder). They are who the
   * question is about, not what it asks: no weight, but the sentence should be about them.
   */
  referents?: ReadonlySet<string>;
  /** Keep each candidate's factors (for `test/eval/explain.ts`). */
  explain?: boolean;
  /**
   * Only the best candidate is wanted (`QaEngine` takes the first): a candidate whose bound
   * (`rankBound`) cannot reach the best rank so far is left out unscored. The first of the
   * result is the same as without it; the rest is not every candidate.
   */
  bestOnly?: boolean;
}

export const NO_IDS: ReadonlySet<number> = new Set();

/** A word of a thing's name: capitalised, not a people's word ("Palestinian") nor a title ("President"). */
export function nameWordOfThing(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !DEMONYMS.has(word.toLowerCase()) && !isTitleWord(word.toLowerCase());
}

/** Everything `rerank` needs from the question before it looks at a candidate. */
export type QuestionRequirements = ReturnType<typeof requirementsOf>;

/** How many of the topic's sentences holding a name are read for the kind another report gives it. */
const TOPIC_KIND_SENTENCES = 200;

/** Each topic index's kinds of names (KindReferences), kept with it: they read the topic's sentences only, not the question. */
const KIND_REFERENCES = new WeakMap<TopicIndex, KindReferences>();

export function kindReferencesOf(index: TopicIndex): KindReferences {
  let kept = KIND_REFERENCES.get(index);
  if (kept) return kept;
  kept = new KindReferences((name) => {
    const ids = analyze(name).map((t) => index.termId(t.term)).filter((x): x is number => x !== undefined);
    if (ids.length === 0) return [];
    const rarest = ids.reduce((a, b) => (index.docFreq(a) <= index.docFreq(b) ? a : b));
    const units = index.unitsWithTerm(rarest).subarray(0, TOPIC_KIND_SENTENCES);
    return [{ sentences: Array.from(units, (u) => ({ text: sentenceText(index, index.unit(u)) })) }];
  });
  KIND_REFERENCES.set(index, kept);
  return kept;
}

/** Works out once, for one question, what every candidate is tested against. */
export function requirementsOf(index: TopicIndex, q: QuestionAnalysis, options: RerankOptions) {
  const soft = options.soft ?? new Set<string>();
  const referents = options.referents ?? new Set<string>();
  const qIds = q.terms.map((t) => index.termId(t));
  const orderedIds = q.tokens.map((t) => index.termId(t.term));
  const { weights, totalWeight, isFocus } = termWeights(q, index, qIds, soft, referents);
  const qWords = new Set(q.tokens.map((t) => t.word));
  for (const n of q.names) for (const w of n.toLowerCase().split(/\s+/)) qWords.add(w);

  const askedSpeaker = q.speakerPhrase ? speakerQuery(q.speakerPhrase, index.persons.tokens) : null;
  // "Who is the president of Honduras?": someone in the sentence must hold that office.
  const office = askedOffice(q.text);
  // "AOL" in the question, "America Online" in the sentence (or the other way round).
  const aliases = questionAliases(q, index);
  // A light verb of the question ("How long did the deposition take?"), as a tie-break.
  const lightVerb = lightVerbTie(q.text);
  const cameAbout = asksWhatCameAbout(q.text, q.future);
  // A question word the documents never use may be a paraphrase of one they do ("quit" / "resigned").
  const paraphrases = paraphrasesOf(q, qIds, index);
  // ... or say it in another part of speech ("tried" / "trial", "die" / "death").
  const derivations = derivationsOf(q, qIds, index);
  const doerNouns = doerNounsOf(q);
  // ... and a verb the sentence uses only as another, phrasal one ("works out" for "work").
  const phrasalTerms = phrasalCandidates(q.text);
  const askedPhrasal = phrasalAsked(q.text);
  // ... or only as an adjective ("close to the border" for "close").
  const baseVerbs = baseVerbCandidates(q.text);
  const aliasIds = [...aliases.values()].flat(2).map((t) => index.termId(t));
  const { top, candidates } = retrieveCandidates(index, q, qIds, [...aliasIds, ...[...paraphrases.values()].flatMap((ps) => ps.map((p) => p.id)), ...[...derivations.values()].flatMap((ids) => [...ids])], weights);
  addUnwrittenAcronyms(q, aliases, [...candidates].map((u) => sentenceText(index, index.unit(u))));
  // "What did the EU delegation say?": "The European Union's delegation ... said" is that speaker.
  const speakerReq = askedSpeaker && aliases.size > 0 ? speakerWithAliases(askedSpeaker, aliases) : askedSpeaker;
  const maxBm25 = top[0]?.score ?? 1;
  const bm25Of = new Map(top.map((c) => [c.unit, c.score]));

  // The question's topic words: not names, places, dates or the topic's own title words.
  const focal = q.terms.filter((t, i) => (weights[i] as number) > 0 && isFocus(t));
  const focalSet = new Set(focal);
  const termIn = (set: { has(id: number): boolean }, g: string): boolean => {
    const gid = index.termId(g);
    return gid !== undefined && set.has(gid);
  };
  // Per question, not per candidate: the referents' term ids, the core concepts, and what a
  // speaker question asks the speaker to talk about.
  const referentIds = [...referents].map((t) => index.termId(t)).filter((x): x is number => x !== undefined);
  const core = q.terms.filter((t) => !q.light.has(t) && !soft.has(t) && !referents.has(t));
  const coreConcepts = new Set(core.map((t) => q.nameGroups.get(t)?.[0] ?? t));
  // "did Gingrich claim the Republicans held ...": the event is the statement, which any attribution reports.
  const reportsClause = clauseReportingTerms(q.text, q.tokens);
  // "Where did Ngongi talk to reporters?": any attribution ("Ngongi told reporters in Beijing") is the talking.
  const talksToPress = pressTalkTerms(q.text, q.tokens);
  const speaking = speakingTerms(q.text, q.tokens, reportsClause, talksToPress);
  // "When did Harwell announce the discovery?": "Harwell said ... it had made a discovery" announces it.
  const announced = announcedThings(q.text, q.tokens);
  // What the speaker is asked to speak about: not the act of speaking ("What did the mayor promise?").
  const spokenAbout = speakerReq && speakerReq.groups.length > 0 ? speakerTopic(q, weights, speakerReq.groups, referents, index, speaking) : null;

  // The question's names of things, for a name referred to by its kind ("the yacht").
  const nameOfGroup = thingNames(q, index.persons.tokens);
  // ... and of bodies, named with a common word ("World Food Program", though the name finder took it for a person's).
  const bodyNames = thingNames(q, { has: (t) => index.persons.tokens.has(t) && !q.nameGroups.get(t)?.some((g) => index.isCommonWord(g)) });
  // ... and every name, a person's too: a body the name finder took for a person is referred to by its kind all the same.
  const namesOfAll = thingNames(q, { has: () => false });
  // ... the kind learnt from any report of the topic: the sentences holding the name's rarest word (at most TOPIC_KIND_SENTENCES).
  const kindReferences = kindReferencesOf(index);
  // ... and a thing the question names by its kind ("the shuttle"), the sentence by name ("Meridian").
  const namesOfKind = new NamesOfKind(q, index.persons.tokens, kindNamesOf(index.brief.sources));
  // "Who commands the army?", "When did Uganda withdraw?": the verb the answer must be about.
  const event = eventVerbCheck(q, index);
  const headTerm = office?.headOf ? termOf(office.title) : null;
  const eventSynonymIds = new Set([...(event?.ids ?? [])].filter((x) => x !== index.termId(event?.term ?? '')));
  const isEventTerm = (t: string): boolean => event !== null && (t === event.term || t === event.happening || event.ids.has(index.termId(t) ?? -1));
  // "How many players were paid ...": the verb of what the count must have come to.
  const countVerb = countedEventVerb(q);
  const countVerbTerm = countVerb === null ? null : termOf(countVerb) ?? countVerb;
  const countVerbIds = countVerb === null ? NO_IDS : eventVerbIds(countVerb, index);
  const isCountEventTerm = (t: string): boolean => t === countVerbTerm || countVerbIds.has(index.termId(t) ?? -1);
  // Question words the stemmer may fold with others ("protest" / "Protestants"): a test of sentence words for each.
  const falseFriend = falseFriendTest(q, index.persons.tokens);
  // ... and, with "How many children died ...", whether a sentence counts them with another verb acting on them.
  const otherAction = otherActionCheck(q, countVerb, countVerbIds, index);
  // "President Clinton", made "Bill Clinton" when the documents say so: not Hillary Rodham Clinton.
  // "the Egypt Air plane": a thing the question names, which another name of its noun ("the Falcon F-50 plane") is not.
  const namedThings = thingsNamed(q.text, nameWordOfThing);
  const askedNames = askedFullNames(q.text, q.names, (title, surname) => fullNameByTitle(index, () => index.brief.sources.map((d) => d.body), title, surname));
  // The countries the question names, as concept terms: a sentence that names others in their
  // place answers little (othersInPlaceOf), unless a place is what is asked ("Which country
  // offered to mediate after Egypt?") or a "who" question's country is an office's, which
  // office-holders.ts weighs ("Foreign Minister X questioned whether Portugal ...").
  const qCountries = new Set(q.terms.filter((t) => isCountryTerm(t)));
  const countryElsewhereFree = q.type === 'place' || q.type === 'person' || q.terms.some((t) => q.light.has(t) && t === '~country') || /\b(?:which|what)\s+(?:other\s+)?(?:country|countries|nation|nations)\b/i.test(q.text);
  const countriesOfPerson = countriesOfPersons(index);
  const ownedCountries = ownerCountries(q, qCountries);
  return {
    soft, referents, qIds, orderedIds, weights, totalWeight, qWords, speakerReq, office, aliases, lightVerb,
    cameAbout, paraphrases, derivations, doerNouns, phrasalTerms, askedPhrasal, baseVerbs, candidates, maxBm25,
    bm25Of, focal, focalSet, termIn, referentIds, coreConcepts, spokenAbout, nameOfGroup, bodyNames, namesOfAll,
    kindReferences, namesOfKind, event, headTerm, reportsClause, talksToPress, speaking, announced, eventSynonymIds,
    isEventTerm, countVerbTerm, isCountEventTerm, falseFriend, otherAction, namedThings, askedNames, qCountries,
    countryElsewhereFree, countriesOfPerson, ownedCountries,
  };
}
