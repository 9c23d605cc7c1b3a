/**
 * Checks that a sentence has the shape of answer a question asks for, beyond sharing its
 * words: "Who is Wang Yi?" wants a sentence that defines him (a title next to his name or an
 * appositive: "China's Central Foreign Affairs Office Director Wang Yi", "Wang Yi, China's top
 * diplomat"), not one that mentions him in passing; "What type of fighter jet ...?" wants a
 * sentence that names a type of jet ("an F-22 fighter jet", "jets such as ..."), not one that
 * only says "an advanced fighter jet" (type-of-answers.ts).
 */
import { datelineOf } from '../content/dateline.ts';
import { DURATION_NEGATED, durationVerbNegated } from './negated-durations.ts';
import { tellsOfNoNewHolder } from './new-holders.ts';
import { givesAskedOrdinal, givesAskedPlace } from './asked-ranks.ts';
import { MAKE_OF_Q_RE, namesTypeOf } from './type-of-answers.ts';
import { namesInLowerCase } from './lower-case-names.ts';
import { closingVerb, onlyHopedFor } from './hoped-events.ts';
import { kindNoun, WHICH_Q_RE } from './answer-kind.ts';
import { actedOnOnly, askedDoer, askedPatient, askedSubject, doneByOtherName, doneByOtherThing, doneToOther } from './asked-doer.ts';
import { askedObject, doneToOtherObject } from './asked-object.ts';
import { askedThing, takesOtherThing } from './asked-thing.ts';
import { actsAnotherCountry, namesAnotherOffice, tiesAnotherCountry } from './country-ties.ts';
import { countAtAnotherPlace, countOfLeadCountry, figureSetElsewhere, setInAnotherCountry } from './figure-places.ts';
import { isPlaceWord, isTitleWord } from './entities.ts';
import { DEMONYMS } from './gazetteer.ts';
import { happenedToOf, undergoes } from './happened-to.ts';
import { mannerVerb, negatedVerb, saysOnlyDone, saysOnlyNotDone } from './negated-asks.ts';
import { currencyOf } from './currency-sums.ts';
import { asksAbout, isPastForm, perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { analyze, escapeRegExp, termOf } from './text-analysis.ts';
import { namesOtherRelativePeriod, timeDistance, timeSpans, yearOfOtherThing } from './time-expressions.ts';
import { wordNet } from './wordnet.ts';
import { definesSubject } from './person-definitions.ts';
import { onlyManyOfAsked } from './many-of-kind.ts';
import { saysAnswerUnknown, UNKNOWN_SAID } from './unknown-answers.ts';
import { yearsOutsideAskedBound } from './time-bounds.ts';
import { mentionsOwnedKind, ownedKindOf } from './owned-kinds.ts';
import { OTHER_OWNER, ownedByOtherName } from './other-owners.ts';

/** "What is the name of the airport / Microsoft's browser?": the thing whose name is asked for. */
const NAME_OF_RE = /\bwhat (?:is|was|are|were) the names? of (?:the |an? |its |their |his |her |(?:[\p{L}.-]+ ){0,2}[\p{L}.-]+['’]s )?(?:[\p{L}-]+ )?([\p{L}-]+)\s*\??\s*$/iu;

/** "What is Malaysia's currency called?", "what was the plan called?": the thing whose name is asked for. */
const CALLED_RE = /\bwhat (?:is|was|are|were) (?:the |an? |its |their |his |her |(?:[\p{L}.-]+ ){0,2}[\p{L}.-]+['’]s )?(?:[\p{L}-]+ )?([\p{L}-]+) called\s*\??\s*$/iu;

/** The noun whose name "What is the name of the X?" / "What is the X called?" asks for, lower case. */
export function askedNameNoun(question: string): string | undefined {
  return (NAME_OF_RE.exec(question) ?? CALLED_RE.exec(question))?.[1]?.toLowerCase();
}

/**
 * For "what is the name of the X": 1 when the sentence gives a name for an X ("Gaza
 * International Airport", "the Microsoft browser, Internet Explorer", "a browser called
 * Navigator"), NAME_MISSING when it mentions an X without naming one.
 */
export function namesTheThing(question: string, text: string): number {
  const noun = askedNameNoun(question);
  if (!noun) return 1;
  const n = escapeRegExp(noun);
  const N = `${noun[0]?.toUpperCase() ?? ''}${escapeRegExp(noun.slice(1))}`;
  // A name ending in the noun ("Gaza International Airport"), the noun with a name in
  // apposition ("browser, Internet Explorer", "the ferry Solveig"), or a name it is called by.
  // A common noun may be named in lower case by apposition ("its currency, the ringgit,").
  const named = new RegExp(`(?:\\p{Lu}[\\p{L}.'’-]*\\s+)+${N}s?\\b(?!\\s+\\p{Lu})|\\b${n}s?,?\\s+["“‘'\`]*(?:\\p{Lu}|(?:al|el|ad|ash|at|as)-\\p{L})|\\b${n}s?,\\s+the\\s+[\\p{L}-]+\\s*[,;]|\\b${n}s?,?\\s+(?:called|named|known as|dubbed)\\s+\\p{Lu}`, 'u');
  // ... or by a word in lower case ("The toxin, microcystin, ...", lower-case-names.ts).
  if (named.test(text) || namesInLowerCase(noun, text)) return 1;
  // A name with the noun in apposition after it: "``Jago Mujahid,'' a monthly magazine", "Kivu Air, the airline".
  if (new RegExp(`(?:\\p{Lu}[\\p{L}.'’-]*|''|”)\\s*,\\s*(?:''|”)?\\s*(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${n}s?\\b`, 'u').test(text)) return 1;
  // "The two bombers were identified as Youssef Zughayer, 21, ... and ... Suleiman Tahayneh".
  if (new RegExp(`\\b${n}s?\\b(?:\\s+\\p{Ll}+){0,3}?\\s+(?:were|was|are|is|have been|has been|had been)\\s+(?:identified|named)\\s+(?:as\\s+)?\\p{Lu}`, 'u').test(text)) return 1;
  // A name before the noun in lower case: "the Russian-built Zarya module" (not "Netscape's
  // browser", "a Danish newspaper" or a sentence's first word). It may be a place's ("the Gaza
  // airport"): a name that ends in the noun ("Gaza International Airport") comes first.
  // The name may be of several words, some of them a place's ("the Chambeshi North mine").
  for (const m of text.matchAll(new RegExp(`(?<=\\S\\s+)((?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*)\\s+${n}s?\\b`, 'gu'))) {
    const ws = (m[1] as string).toLowerCase().split(/\s+/);
    if (ws.some((w) => !isPlaceWord(w) && !DEMONYMS.has(w) && !isTitleWord(w))) return NAMED_BEFORE;
  }
  // A place is named by where it is: "built a new capital inland at Belmopan", "a port in Kupang".
  const where = wordNet()?.isLocationNoun(noun) === true ? 'at|in' : 'at';
  if (new RegExp(`\\b${n}s?\\s+(?:\\p{Ll}+\\s+)?(?:${where})\\s+\\p{Lu}`, 'u').test(text)) return 1;
  return new RegExp(`\\b${n}`, 'i').test(text) ? NAME_MISSING : 1;
}

/**
 * Whether the sentence has the shape of the answer: for "when", a time expression near the
 * words naming the event ("guarantees had been made ... in recent weeks", not a date that
 * belongs to another clause); for "who is X", X defined by title or apposition; for "what
 * type of X", a type of X named.
 */
export function shapeFactor(
  q: QuestionAnalysis,
  text: string,
  focal: ReadonlySet<string>,
  persons: ReadonlySet<string>,
  published: string | null = null,
  /** The country the sentence's article names first in its lead, asked only when needed. */
  lead: () => string | null = () => null,
  /** The countries the documents introduce a person (a lower-case name word) with: "Russian President Vladimir Putin". */
  countriesOf: (person: string) => readonly string[] = () => [],
  /** The sentence before in the document, asked only when needed. */
  previous: () => string = () => '',
): number {
  let factor = 1;
  // "How long were flights halted?" is not answered by "... for about ten minutes, but flights were not stopped".
  if (durationVerbNegated(q, text)) factor *= DURATION_NEGATED;
  // "Where is Xu being held?" is not answered by "his wife does not know where he is being held".
  if (saysAnswerUnknown(q, text)) factor *= UNKNOWN_SAID;
  // "When will Israel withdraw from the Golan?" is not answered by "... which Israel captured
  // in 1967": every time the sentence gives is already past when it was written.
  // A year naming another thing ("who would host the 1998 games") is no time to come either.
  if (q.type === 'date' && q.future && onlyPastTimes(text, published, (w) => asksAbout(q, w))) factor *= FUTURE_PAST;
  // "How much was the prize worth last year?" is not answered by "worth $967,500 this year".
  if (namesOtherRelativePeriod(q.text, text)) factor *= OTHER_PERIOD;
  // "Where are the Asian Games being held?" is not answered by "the last Asian Games, in Hiroshima".
  else if (namesOnlyPastInstance(q, text)) factor *= OTHER_PERIOD;
  // "How many sailings were canceled on the first day?" is not answered by "... as the strike went into a third day".
  else if (q.earliest === true && LATER_PERIOD_RE.test(text) && !FIRST_PERIOD_RE.test(text)) factor *= OTHER_PERIOD;
  // "When did Etna last erupt before 2021?" is not answered by "Its last major eruption was in 2021".
  if (q.type === 'date' && yearsOutsideAskedBound(q.text, text)) factor *= OTHER_PERIOD;
  // "What is the prime minister's party?" is not answered by a sentence that names him and no party.
  const owned = q.type === 'open' ? ownedKindOfQ(q) : null;
  if (owned && !mentionsOwnedKind(owned, text)) factor *= OWNED_KIND_UNSAID;
  // "Who led Istanbul's bid?" is not answered by "Ahmedabad's bid, led by ...".
  if (ownedByOtherName(q.text, text)) factor *= OTHER_OWNER;
  // "By when must parliament consider the decree?": a deadline ("by Oct. 10", "no later than").
  if (q.type === 'date' && BY_WHEN_RE.test(q.text) && !DEADLINE_RE.test(text)) factor *= NO_DEADLINE;
  if (q.type === 'date' && focal.size > 0) {
    const anchors = analyze(text).filter((t) => focal.has(t.term));
    if (anchors.length > 0 && timeDistance(text, anchors, true) > DATE_NEAR_CHARS) factor *= DATE_FAR;
    // "When did Xi deliver the speech?" is not answered by "Xi is due to give a speech on ...".
    // ... unless the question asks for the plan itself ("When did negotiators say the airport would open?").
    if (PAST_WHEN_RE.test(q.text) && !ASKS_PLAN_RE.test(q.text) && anchors.some((a) => PLANNED_BEFORE_RE.test(text.slice(Math.max(0, a.start - 30), a.start)))) factor *= PLANNED_NOT_DONE;
    // "When will Mahathir name a deputy?" is not answered by "This week, Mahathir declined to
    // name a replacement": the sentence says the event has not happened; its time is another's.
    // ... though "did not resume until 1:37 p.m." says when it did.
    else if (anchors.some((a) => NOT_DONE_BEFORE_RE.test(text.slice(Math.max(0, a.start - 25), a.start)) && !UNTIL_AFTER_RE.test(text.slice(a.start, a.start + 50)))) factor *= PLANNED_NOT_DONE;
    // "... will put off a vote indefinitely": the sentence says no time is set for it.
    else if (anchors.length > 0 && INDEFINITE_RE.test(text)) factor *= PLANNED_NOT_DONE;
  }
  // "How long was Thursday's meeting?" is not answered by "The two sides will meet on
  // Thursday": every mention of the asked past event follows a plan, wish or wait for it.
  if (q.type !== 'date' && focal.size > 0 && PENDING_ANY_RE.test(text) && asksAboutPast(q.text) && !HYPOTHETICAL_Q_RE.test(q.text)) {
    // Not the kind asked for ("his country" for "Which country won ...?"): the event's words.
    const kind = WHICH_Q_RE.test(q.text) ? termOf(kindNoun(q) ?? '') : null;
    const anchors = analyze(text).filter((t) => focal.has(t.term) && t.term !== kind);
    if (anchors.length > 0 && anchors.every((a) => PENDING_BEFORE_RE.test(text.slice(Math.max(0, a.start - PENDING_CHARS), a.start)))) factor *= PLANNED_NOT_DONE;
  }
  // Only for a person the documents name ("Who is Wang Yi?"), not "Who is Italy's foreign minister?".
  if (q.type === 'definition' && definesSubject(q.text, q.subject, text, persons) === false) factor *= UNDEFINED_PERSON;
  if (q.typeOf.length > 0) factor *= namesTypeOf(text, q.typeOf, MAKE_OF_Q_RE.test(q.text));
  factor *= namesTheThing(q.text, text);
  // "When was the viaduct built?" is not answered by "... inspections of 300 viaducts built before 1980".
  if (onlyManyOfAsked(q.text, text)) factor *= OTHERS_OF_KIND;
  // "Which yacht finished second?" is not answered by "... crossed the finish line first": the place must be there.
  // ... and "the fourth outbreak" must be the fourth, here or in the sentence before ("... said a fourth outbreak had been found. The new case ...").
  if (!givesAskedPlace(q.text, text)) factor *= PLACE_UNSAID;
  else if (!givesAskedOrdinal(q.text, text, previous)) factor *= PLACE_UNSAID;
  // "Who is Syria's defence minister?" is not answered by "Israeli defence minister ...".
  if (tiesAnotherCountry(q.text, text)) factor *= OTHER_COUNTRY;
  // "When will Denmark join the euro?" is not answered by "Greece hopes to join the euro-zone in 2001".
  else if (q.actor !== undefined && actsAnotherCountry(q.actor, text)) factor *= OTHER_COUNTRY;
  // "Who will be the new finance minister?" is not answered by "Finance Minister Rachel Kaipara ... said": the holder now, not a new one.
  if (tellsOfNoNewHolder(q.text, text)) factor *= NO_NEW_HOLDER;
  // "Who is the agriculture minister?" is not answered by "Unification Minister Kang In-duk".
  if (namesAnotherOffice(q.text, text)) factor *= OTHER_COUNTRY;
  // "How many people died in Jamaica?" is not answered by "... ravaged Honduras' coast, killing 2,000".
  if (setInAnotherCountry(q.text, text)) factor *= SET_ELSEWHERE;
  // "What is unemployment in Germany?" is not answered by "... unemployment, 10.9 percent in the 11 nations".
  // The figure itself is another's, as a role tied to another country is.
  else if (q.type === 'quantity' && figureSetElsewhere(q.text, text, q.counted)) factor *= OTHER_COUNTRY;
  // "How many people were killed in the Kupang riot?" is not answered by "... in Kupang ... in the capital, Jakarta, ..., when 14 people were killed".
  else if (q.type === 'quantity' && countAtAnotherPlace(text, askedPlaceWords(q, persons), q.counted)) factor *= OTHER_COUNTRY;
  // "How many Syrian troops ...?" is not answered by "... around 10,000 troops were being deployed" in a story on Turkey's.
  else if (q.type === 'quantity' && countOfLeadCountry(q.text, text, lead)) factor *= OTHER_COUNTRY;
  // "Where will the next congress be held?" is not answered by "The congress is being held at a hotel ..." (this one).
  const next = nextAsked(q);
  if (next !== null && next.test(text) && !NEXT_OR_FUTURE_RE.test(text)) factor *= NEXT_UNSAID;
  // "Which country sent the most rescue workers?" is not answered by "France said it was sending 250 rescue workers".
  // ... nor "Which is Canada's largest carrier?" by "the country's second-largest carrier".
  const superlative = askedSuperlative(q);
  if (superlative !== null && (!SUPERLATIVE_RE.test(text) || superlativeAtOtherRank(superlative, text))) factor *= SUPERLATIVE_MISS;
  // "What was Anwar charged with?" is not answered by "One of the major charges against Anwar hinges on ...": it must say with what.
  const complement = complementOf(q);
  if (complement && !saysComplement(complement, text, !MODAL_Q_RE.test(q.text))) factor *= COMPLEMENT_UNSAID;
  // "What is the euro worth in dollars?" is not answered by "worth 6.56 to 6.57 French francs".
  const currency = currencyOf(q);
  if (currency && !currency.test(text)) factor *= OTHER_CURRENCY;
  // "What sentence did the source receive?" is not answered by "... in hopes of receiving a lesser sentence".
  const closing = closingVerbOf(q);
  if (closing && onlyHopedFor(closing, text)) factor *= ONLY_HOPED;
  // "Where did Gingrich speak?" is not answered by "Livingston spoke to Gingrich ...".
  const doer = doerOf(q);
  if (doer && actedOnOnly(doer, text)) factor *= ACTED_ON;
  // "When did Kindu fall?" is not answered by "... Kalima, which fell to the rebels Saturday".
  // "How many troops did Syria send?" is not answered by "Turkey has sent 10,000 troops to its border with Syria".
  else if (doer && (q.type === 'date' || q.type === 'quantity') && doneByOtherName(doer, text)) factor *= ACTED_ON;
  // "When was Microsoft founded?" is not answered by "Netscape, founded in 1994, ... from Microsoft".
  const patient = patientOf(q);
  if (patient && doneToOther(patient, text)) factor *= ACTED_ON;
  // "What happened to the balloon?" is not answered by "... it was a well-kitted-out spy balloon", nor by "... the row over the balloon".
  const happenedTo = happenedToOf(q);
  if (happenedTo && !undergoes(happenedTo, text)) factor *= NOTHING_DONE_TO_IT;
  // "What did he say the US had not seen China do?" is not answered by "We have seen some ... support".
  const negated = negatedVerb(q);
  // (Not for "why": an explanation may name the act in another sense, "could have won ... had it not been".)
  if (negated && q.type !== 'reason' && saysOnlyDone(negated, text)) factor *= NEGATION_UNSAID;
  // "How will the aid be paid?" is not answered by "None of the aid has been paid so far".
  const manner = negated ? null : mannerVerb(q);
  if (manner && saysOnlyNotDone(manner, text)) factor *= NEGATION_UNSAID;
  // "What did Greece accuse Syria of?" is not answered by "Greece accused Turkey of ... its stand-off with Syria".
  const object = objectOf(q);
  if (object && doneToOtherObject(object, text, countriesOf)) factor *= ACTED_ON;
  // "What share of voters named crime ...?" is not answered by "... named education as their most pressing concern".
  const thing = object ? null : thingOf(q);
  if (thing && takesOtherThing(thing, text)) factor *= ACTED_ON;
  // "When did the rebellion begin?" is not answered by "... ground attacks, which began Monday, ...".
  const subject = subjectOf(q);
  if (subject && doneByOtherThing(subject, text)) factor *= ACTED_ON;
  return factor;
}

const placeWords = new WeakMap<QuestionAnalysis, string[]>();

/** The words of the question's names that are not people's, lower case ("kupang"): where it asks about (worked out once per question). */
function askedPlaceWords(q: QuestionAnalysis, persons: ReadonlySet<string>): string[] {
  let out = placeWords.get(q);
  if (!out) placeWords.set(q, (out = q.names.flatMap((n) => n.toLowerCase().split(/\s+/)).filter((w) => !persons.has(w))));
  return out;
}

/** A sentence that tells of no change of holder, for a question about a new one. */
const NO_NEW_HOLDER = 0.6;

/** A sentence that does not say the asked place in a ranking, or the asked ordinal. */
const PLACE_UNSAID = 0.6;

/** "Which country sent the most ...?", "what city has the largest ...": a question for the one of a kind that outdoes the others. */
const SUPERLATIVE_Q_RE = /^\s*(?:[Aa]nd\s+)?(?:[Ww]hich|[Ww]hat)\s+[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,4}?(?:the|its|their|\p{Lu}[\p{L}.-]*['’]s?) (most|largest|biggest|highest|lowest|fewest|least|greatest|smallest|best|worst|strongest|heaviest|deadliest|richest|poorest)\b/u;
/** An ordinal or a count right before a superlative: "second-largest", "the three largest", "10th biggest". */
const RANK_BEFORE_RE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two|three|four|five|six|seven|eight|nine|ten|\d+(?:st|nd|rd|th)?)[\s-]+$/i;

/**
 * Whether `text` has the asked superlative ("largest") only at another rank or for several: "the
 * country's second-largest carrier", "Canada's three largest carriers" do not say which is the
 * largest.
 */
function superlativeAtOtherRank(word: RegExp, text: string): boolean {
  const uses = [...text.matchAll(word)];
  // "its second-largest market after India": the one "after" names is the first.
  return uses.length > 0 && uses.every((m) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    return RANK_BEFORE_RE.test(before) && !(/\bsecond[\s-]+$/i.test(before) && FIRST_AFTER_RE.test(text.slice(m.index, m.index + 40)));
  });
}
/** A second rank's "after" and a name: "second-largest market after India" says which is first. */
const FIRST_AFTER_RE = /^\p{L}+(?:\s+\p{Ll}+){0,2}\s+(?:after|behind)\s+(?:the\s+)?\p{Lu}/u;
/** A sentence that ranks: a superlative, "more than any", "a record", "the top". */
const SUPERLATIVE_RE = /\b(?:most|largest|biggest|highest|lowest|fewest|least|greatest|smallest|best|worst|strongest|heaviest|deadliest|richest|poorest|more than any(?:one| other)?|record|top|leading|led|topped|outnumber(?:s|ed)?)\b/i;
/** A sentence that does not say which outdoes the others, for a question that asks which does (0.6 left "Which country sent the most weapons to Ukraine?" answered at 0.60 on china-russia-aid; 0.5 changes nothing on tuning). */
const SUPERLATIVE_MISS = 0.5;
/** "What was X charged with?", "what is X accused of?", "what did Greece accuse Syria of?": the charge asked for, after the verb (and its object) and its preposition. */
const COMPLEMENT_Q_RE = /^\s*(?:and\s+)?[Ww]hat\s+(?:was|were|is|are|has|have|had|will|would|may|might|could|can|did|does|do)\s+.+?\s+(?:be\s+|been\s+)?((?:charg|accus|convict|suspect|arrest|indict|jail|detain|sentenc|found\s+guilty)\p{Ll}*)\s+(?:(?:the\s+)?\p{Lu}\S*\s+){0,3}(with|of|for)\s*\??\s*$/u;
/** A sentence that names no charge, for a question that asks for one. */
const COMPLEMENT_UNSAID = 0.5;

/**
 * What says the charge a question asks for ("charged with corruption", "charges of sodomy",
 * "accused of masterminding", "charged by federal prosecutors with", "accused last year by two
 * former assistants of harassment", "charges that the company
 * has ..."), or null when it asks for none.
 */
const complementOf = perQuestion((q): RegExp | null => {
  const m = COMPLEMENT_Q_RE.exec(q.text);
  if (!m) return null;
  const verb = (m[1] as string).toLowerCase().replace(/\s+.*$/, '');
  const stem = verb.replace(/(?:ed|e|es|ing)$/, '').slice(0, 5);
  // ... or its noun: "on suspicion of fraud" for "What are they suspected of?", "on charges of" for "charged with".
  const wn = wordNet();
  const lemma = wn?.lemmas(verb, 'verb')[0];
  const nouns = lemma && wn ? wn.derived(lemma).map((d) => d.word.slice(0, 5)).filter((w) => /^[a-z]{5}$/.test(w) && w !== stem) : [];
  const stems = [...new Set([stem, ...nouns])].join('|');
  // To be convicted is to be found guilty ("found former mayor Dario Feld guilty of taking
  // bribes"), and the crime may stand before the noun ("his bribery conviction"). (Not for
  // charges: "sodomy charges" beside others cost a tuning answer.)
  const convicted = /^(?:convi|found)/.test(stem);
  const guilty = convicted ? String.raw`|\bguilty\s+of\s+(?:the\s+|an?\s+)?\p{L}{3,}` : '';
  const before = convicted ? String.raw`|\b(?!(?:his|her|their|its|the|a|an|new|former|earlier|first|two|three)\s)\p{Ll}{4,}\s+convictions?\b` : '';
  // ... with where and when between: "convicted at Southwark Crown Court in 2022 of exporting".
  return new RegExp(`\\b(?:${stems})\\p{L}*\\s+(?:(?:(?:\\p{L}+\\s+){0,2}?|(?:(?:at|in|on|last|this)\\s+(?:the\\s+)?(?:[\\p{L}\\d'’.-]+\\s+){1,3}?){1,2})(?:with|of|for|on|that)|(?:\\p{L}+\\s+){0,2}?by\\s+(?:\\p{L}+\\s+){1,3}?(?:with|of|for))\\s+(?:the\\s+|an?\\s+)?\\p{L}{3,}${guilty}${before}`, 'giu');
});

/**
 * Whether `text` says the charge (`complement`: "charged with ..."), and, for what was `done`,
 * not only as a possibility: "may use his contacts ... to charge him with harming national
 * security" does not say what he was charged with.
 */
function saysComplement(complement: RegExp, text: string, done: boolean): boolean {
  for (const m of text.matchAll(complement)) if (!done || !MAY_DO_BEFORE_RE.test(text.slice(Math.max(0, m.index - 80), m.index))) return true;
  return false;
}
/** A question about what may be ("What might Xu be charged with?"): a possibility answers it. */
const MODAL_Q_RE = /^\s*(?:and\s+)?what\s+(?:may|might|could|can|will|would)\b/i;
/** A modal, or a plan, a few words before a verb: "may use his contacts with exiled dissidents to", "could", "plans to". */
const MAY_DO_BEFORE_RE = /\b(?:may|might|could|plans?|planned|intends?|threatened|threatens)\b(?:\s+(?!and\b|but\b)[^\s,;:.]+){0,8}?\s+(?:to\s+)?$/i;

/** An amount in another currency than the asked one. */
const OTHER_CURRENCY = 0.5;

/** "the next congress", "the next round": the noun of the one to come a question asks about, as a pattern; null when it asks of none. */
const nextAsked = perQuestion((q): RegExp | null => {
  const noun = /\b(?:the|its|his|her|their)\s+next\s+(\p{Ll}[\p{Ll}-]+)/u.exec(q.text)?.[1];
  return noun === undefined ? null : new RegExp(`\\b${noun.replace(/s$/, '')}s?\\b`, 'i');
});
/** A word of what is to come: "the next congress", "will be held", "scheduled for". */
const NEXT_OR_FUTURE_RE = /\b(?:next|upcoming|coming|following|future|will|would|shall|to be|is to|are to|scheduled|due|planned|expected)\b/i;
/** A sentence on the asked thing that says nothing of one to come, for a question about "the next" one. */
const NEXT_UNSAID = 0.5;

/** The superlative of a question that asks which of a kind outdoes the others (a pattern of "largest"), or null; not one at another rank ("the second-largest"). */
const askedSuperlative = perQuestion((q): RegExp | null => {
  const m = SUPERLATIVE_Q_RE.exec(q.text);
  return m && !RANK_BEFORE_RE.test(q.text.slice(0, (m.index ?? 0) + m[0].length - (m[1] as string).length)) ? new RegExp(`\\b${(m[1] as string).toLowerCase()}\\b`, 'gi') : null;
});

const doerOf = perQuestion((q) => askedDoer(q.text));
const subjectOf = perQuestion((q) => askedSubject(q.text));
const patientOf = perQuestion((q) => askedPatient(q.text));
const objectOf = perQuestion((q) => askedObject(q.text));
const thingOf = perQuestion((q) => askedThing(q.text));

/**
 * A "by when" sentence that sets no deadline. 0.8 (and 0.65) turned two wrong tuning answers
 * into abstentions and cost no right one.
 */
const NO_DEADLINE = 0.8;
/** A question for a deadline: "By when must ...", "by what date". */
const BY_WHEN_RE = /\bby (?:when|what (?:date|day|time|month|year))\b/i;
/** A deadline in a sentence: "by Oct. 10", "by Thanksgiving", "before the end of the year", "no later than", "deadline". */
const DEADLINE_RE = /\b(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end|start|middle|beginning|\p{Lu}|\d|next|this|early|late|mid)|\bdeadline\b/u;

/** A time expression that can only be in the past: "last week", "two days ago", "yesterday", "earlier". */
const PAST_TIME_RE = /\b(?:last|ago|earlier|yesterday|previous|past|recent|before)\b/i;
/** A past verb the time dates: "a loan that was approved in July", "he resigned on Monday", "stated in a Sunday interview" (not "is expected in July"). */
const PAST_VERB_BEFORE_RE = /(?:\b(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?|(?<!\b(?:is|are|be|been|being|will|would|to)\s+))\b(?!(?:expected|scheduled|planned|slated|set|due|needed|required|intended)\b)[a-z]{3,}ed\s+(?:(?:in|on|during)\s+(?:an?\s+|the\s+)?)?$/i;

/** A past verb right after the time: "EU leaders Saturday backed calls for a referendum" (not "Monday expected"). */
const PAST_VERB_AFTER_RE = /^\s+(?!(?:expected|scheduled|planned|slated|set|due|needed|required|intended)\b)[a-z]{3,}ed\b/;

/** Whether `text` gives times and every one is before the year it was published (or plainly past). */
export function onlyPastTimes(text: string, published: string | null, asked?: (word: string) => boolean): boolean {
  const spans = timeSpans(text);
  if (spans.length === 0) return false;
  // "BOLOGNA, Nov 20 (Reuters) -": the day the report was filed is no time to come.
  const dateline = datelineOf(text).length;
  return spans.every((s) => {
    if (s.end <= dateline) return true;
    if (asked && yearOfOtherThing(text, s, asked)) return true;
    // "before Christmas", "after the summer": a deadline or a start, as the time's own preposition; not "the day before".
    if (PAST_TIME_RE.test(s.text.replace(/^(?:before|after)\s+/i, '')) || PAST_VERB_BEFORE_RE.test(text.slice(Math.max(0, s.start - 40), s.start)) || PAST_VERB_AFTER_RE.test(text.slice(s.end, s.end + 30))) return true;
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(s.text)?.[1];
    return year !== undefined && published !== null && year < published;
  });
}

/** A sentence that names only another period of the kind the question names relative to now ("this year" for "last year"). */
const OTHER_PERIOD = 0.6;

/** A word before a recurring event's name that makes it an earlier one: "the last Asian Games", "the 1994 Games". */
const EARLIER_INSTANCE_RE = /\b(?:last|previous|past|former|(?:1[89]|20)\d\d)\s+$/i;
/** A question that itself asks about an earlier one, or a year of one. */
const EARLIER_Q_RE = /\b(?:last|previous|past|former|was|were|did|(?:1[89]|20)\d\d)\b/i;

/**
 * Whether every mention in `text` of a name the question asks about (a recurring event of
 * two or more words, "Asian Games") is of an earlier one ("the last Asian Games"), for a
 * question about the present or to come.
 */
function namesOnlyPastInstance(q: QuestionAnalysis, text: string): boolean {
  return recurringNamePatterns(q).some((re) => {
    const mentions = [...text.matchAll(re)];
    return mentions.length > 0 && mentions.every((m) => EARLIER_INSTANCE_RE.test(text.slice(Math.max(0, m.index - 12), m.index)));
  });
}

/** The patterns of the question's names of two or more words, once per question; none for a question about an earlier one. */
const recurringNamePatterns = perQuestion((q): RegExp[] =>
  EARLIER_Q_RE.test(q.text) ? [] : q.names.filter((name) => /\s/.test(name)).map((name) => new RegExp(`\\b${name.split(/\s+/).map(escapeRegExp).join('\\s+')}\\b`, 'g')),
);
/** A "when will" question answered by a sentence whose times are all past. */
const FUTURE_PAST = 0.5;
/** "What is the name of the X?" answered by a sentence that mentions an X but names none. */
const NAME_MISSING = 0.5;
/** ... and when a capitalised word before the noun in lower case may name it ("the Zarya module"). */
const NAMED_BEFORE = 0.9;
/** A time expression this many characters from the event words still dates the event. */
const DATE_NEAR_CHARS = 60;
/** A later day, night or week of a story by its ordinal: "a third day", "the fifth day of the strike". */
const LATER_PERIOD_RE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?(?:day|night|week)\b/i;
const FIRST_PERIOD_RE = /\b(?:first|opening)\s+(?:day|night|week)\b/i;
const DATE_FAR = 0.85;
/** A question about what was to happen: "would open", "was due to land", "planned to visit". */
const ASKS_PLAN_RE = /\b(?:would|will|(?:was|were)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:due|expected|set|scheduled|going)\s+to|plann?(?:ed|ing) to)\b/iu;
const PAST_WHEN_RE = /^\s*(?:and\s+)?(?:when|on what (?:date|day)|what (?:date|day))\b.*\b(?:did|was|were|had)\b/i;
const PLANNED_BEFORE_RE = /\b(?:is|are|was|were) (?:due|expected|set|scheduled|planning|going) to(?: \w+)?\s*$|\b(?:will|would|could|might|may|plans? to|planned to|intends? to|intended to|(?:threaten|want|hope|vow|refuse|fail|seek|tr)(?:s|ed|ied|ies)? to)(?: \w+)?\s*$/i;
/** A refusal or denial right before the event words: "declined to name", "has not yet decided". */
const NOT_DONE_BEFORE_RE = /\b(?:declined|refused|refuses|declines|failed|fails|did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|hadn't|never|not yet)\s+(?:to\s+|yet\s+|been\s+)?(?:\w+\s+)?$/i;
/** "until" a few words after the event's word: "did not resume until 1:37 p.m." says when it happened. */
const UNTIL_AFTER_RE = /^\S*\s+(?:\S+\s+){0,3}?until\b/i;
/** A sentence that says no time is set: "put off a vote indefinitely", "no date has been set". */
const INDEFINITE_RE = /\bindefinitely\b|\bno date (?:has been|had been|was|is) (?:set|fixed)\b|\bwithout (?:a )?(?:date|deadline)\b/i;
/** A question about something done: "What did he rule?", "How many tourists visited ...?", "Who was elected?". */
const PAST_Q_RE = /\b(?:did|was|were|had)\b|^\s*(?:how many|how much|who|which|what)\s+(?:[\p{L}-]+\s+){0,3}[a-z]+ed\b/iu;
/** "Which country won ...", "who led ...": an irregular past form right after the question word and its noun. */
const WH_WORDS_RE = /^\s*(?:who|which|what)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;

/** Whether the question asks about something that has happened. */
function asksAboutPast(question: string): boolean {
  if (PAST_Q_RE.test(question)) return true;
  // A past form: WordNet reads it as another verb's form ("won", "led"; not "leaders" or "meeting").
  return (WH_WORDS_RE.exec(question)?.[1]?.split(/\s+/) ?? []).some(isPastForm);
}
/** A question about what someone said would happen, or a hypothetical: its answer is a plan or prediction. */
const HYPOTHETICAL_Q_RE = /\b(?:would|will|could|might|may|say|said|says|tell|told|warn|warned|predict|predicted|expect|expected|plan|planned)\b/i;
/** Any plan, wish or wait in a sentence: the cheap test before the event words are looked for. */
const PENDING_ANY_RE = /\b(?:due|expected|set|scheduled|planning|going|will|would|could|might|plans?|planned|intends?|wants?|wanted|hopes?|hoped|hoping|wanting|seeking|aiming|intending|seeks?|sought|await(?:s|ed|ing)?|pending|ahead of)\b/i;
/** A plan, wish or wait before the event words, in the same clause. */
const PENDING_BEFORE_RE = /\b(?:(?:is|are|was|were) (?:due|expected|set|scheduled|planning|going) to|will|would|(?:could|might)(?! have\b)|plans? to|planned to|intends? to|(?:want|hope|seek)(?:s|ed)? to|(?:wanting|hoping|seeking|planning|aiming|intending) to|await(?:s|ed|ing)?|pending|ahead of)\b[^,.;:]*$/i;
/** How far before the event words a plan or wait still governs them (45 and 60 cost right answers on the tuning topics). */
const PENDING_CHARS = 30;
/** A past "when did" question answered only by a plan, threat, wish or prediction of the event ("threatened to close"). */
const PLANNED_NOT_DONE = 0.5;
/** "Who is X?" answered by a sentence that mentions X without saying who X is. */
const UNDEFINED_PERSON = 0.8;
/** A sentence that tells only of many of the kind the question names one of (many-of-kind.ts). */
const OTHERS_OF_KIND = 0.6;
/** The sentence ties the asked-about role or group to another country only. */
const OTHER_COUNTRY = 0.4;
/** The sentence tells of another country than the one the question asks about, and not of that one. */
const SET_ELSEWHERE = 0.6;
/** The asked act is done to the asked doer, by someone else: another act than the one asked about (as OTHER_COUNTRY, a little less sure). */
const ACTED_ON = 0.45;
/** "What happened to the balloon?": a sentence that mentions the thing without anything done to it (0.7, as a date in another clause). */
const NOTHING_DONE_TO_IT = 0.7;
/** A sentence that says the thing a question asks was not done was done (0.6, as an unnamed kind of answer). */
const NEGATION_UNSAID = 0.6;
/** A sentence that only hopes or tries for what the question asks was done. */
const ONLY_HOPED = 0.5;
const closingVerbOf = perQuestion((q): RegExp | null => closingVerb(q.text));
const ownedKindOfQ = perQuestion((q): string | null => ownedKindOf(q.text));
/** A sentence that names no member of the kind of body or place an owner's is asked for (owned-kinds.ts; 0.6, as an unnamed kind). */
const OWNED_KIND_UNSAID = 0.6;
