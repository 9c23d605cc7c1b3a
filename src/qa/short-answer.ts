/**
 * The last stage of answering a fact question: the answer itself, lifted verbatim from the
 * quote that will be shown under it ("317 athletes", "June 19", "Chang Ung", "Riyadh"), so a
 * reader gets the fact first and the evidence right after. It is always a piece of the quote,
 * so it is checked by construction; when the quote holds no single clear candidate of the
 * asked-for kind, there is no short answer and the quote speaks alone.
 */
import { isAcronym, isMonth, isOrgWord, isPlaceWord, isTitlePart, isTitleWord, RACE_TIME_RE, RACE_TIME_WORDS_RE } from './entities.ts';
import { RACE_TIME_Q_RE } from './question-type.ts';
import { MADE_OF_Q_RE, materialOf } from './materials.ts';
import { countryTermOf, DEMONYMS, isCountryTerm } from './gazetteer.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze, escapeRegExp, STOP_WORDS, termOf } from './text-analysis.ts';
import { kindsByModifiers } from './kind-of-name.ts';
import { asksSize, sizeIn } from './size-questions.ts';
import { asksTally, tallyIn } from './vote-tallies.ts';
import { timeSpans } from './time-expressions.ts';
import { AGE_OPENING_RE, ageOf } from './quantities.ts';
import { unnamedAgeOf } from './ages-of-others.ts';
import { wordNet } from './wordnet.ts';
import { CLOCK_Q_RE, CLOCK_RE } from './answer-type-fit.ts';
import { nationalityAsked } from './nationality.ts';
import { currencyOf, sumInAskedCurrency } from './currency-sums.ts';
import { countriesNamedBesides, namesBeforeAskedNoun } from './place-answers.ts';
import { askedOffice, officeMatch } from './office-holders.ts';
import { asksWord, measuresAsked, YEARS_AGO_RE } from './quantity-fit.ts';
import { newTotalOf } from './elliptical-counts.ts';
import { kindNoun, namesOfTheKind, WHICH_Q_RE } from './answer-kind.ts';
import { WEEKDAYS } from '../domain/calendar.ts';
import { appositiveHolder, ROLE_Q_RE } from './appositive-names.ts';
import { inflectedVerbForms, subjectOfAskedVerb } from './asked-verb-subjects.ts';
import { peopleAgentOf } from './person-answers.ts';
import { bestBound, clearlyNearest, NEAR_CHARS, nearness, pick } from './short-answer-pick.ts';

const NUMBER = String.raw`(?:one|two|three)-(?:half|thirds?|quarters?)|(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|percent|per\s+cent|million|billion|trillion))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a thousand|thousands|a dozen|dozens)`;
/** A number with its hedge and range: "at least 100", "4.5 million to 5 million", "5 to 7 percent". */
const NUMBER_RE = new RegExp(`(?<![\\p{L}\\d.,])(?:about |around |nearly |almost |more than |less than |at least |up to |some |over |just |between )?(?:(?:${NUMBER})(?: to | and |-))?(?:${NUMBER})(?![\\p{L}\\d-]|[.,]\\d)`, 'giu');
/** Race times, in figures or words (entities.ts). */
const RACE_TIMES_RE = new RegExp(`${RACE_TIME_WORDS_RE.source}|${RACE_TIME_RE.source}`, 'gi');
const DURATION_RE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many)(?:[\s-]+(?:and a half|1-2))?[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/gi;
const AMOUNT_RE = /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion))?|\b(?:dlrs|US\$)\s?\d[\d,.]*(?:\s?(?:million|billion|trillion))?|\b\d[\d,.]*\s?(?:%|percent|per\s+cent)|\b\d[\d,.]*\s(?:million|billion|trillion)?\s?(?:dollars|euros|pounds|yen|yuan))/gi;

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
}

/** A question for the object of its verb: "Who did Blinken meet?", "Whom had Dahayneh married?". */
const OBJECT_WHO_RE = /^\s*who(?:m)?\s+(?:did|does|do|had|has|have|will|would)\s+(?!not\b)/i;

/** Characters between a person's name and the question's words (a title, a role, a verb) for the name to answer "who". */
const NAME_NEAR_CHARS = 25;

/** Capitalised names in `text` that end in the noun a "name of the X" question asks about ("... Airport"). */
function namesEndingIn(text: string, q: QuestionAnalysis): string[] {
  const noun = /\bname of (?:the |its |his |her |their |\S+['’]s )?(?:[a-z-]+ ){0,2}?([a-z]{3,})\s*[?.]?\s*$/i.exec(q.text)?.[1];
  if (!noun) return [];
  const cap = noun[0]!.toUpperCase() + noun.slice(1);
  const re = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}${cap}s?\\b`, 'gu');
  return [...new Set([...text.matchAll(re)].map((m) => m[0].replace(/^(?:The|A|An|On|In|At)\s+/, '')))].filter((n) => n.includes(' '));
}

/** A question for a country: "Which country ...", "what nations ...". */
const COUNTRY_Q_RE = /\b(?:which|what) (?:country|countries|nations?)\b/i;
/** Every time of day in a text, and a time zone after one: "3:36 a.m. EST". */
const CLOCK_ALL_RE = new RegExp(CLOCK_RE.source, 'g');
const TIME_ZONE_AFTER_RE = /^\s+(?:[ECMP][SD]T|GMT|UTC|local time)\b/;

/** A place named after "in", "at", "near", "to" or "from", or after "the village of" and the like. */
const PLACE_AFTER_RE = /\b(?:(?:in|at|near|to|from)\s+(?:the\s+)?|(?:village|town|city|port|province|region|district|island|capital|state)\s+of\s+)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;

/** A place's common noun, a comma and its name: "in his home city, Hangzhou", "to the capital, Dili". */
const PLACE_NOUN_APPOSITION_RE = /\b(?:in|at|near|to|from)\s+(?:the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|capital|province|region|district|island|port|state|hometown),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;

/** A name without the weekdays and months after it: "Seoul Wednesday" → "Seoul"; "Friday" → "". */
function withoutTrailingTime(name: string): string {
  const parts = name.split(/\s+/);
  while (parts.length > 0 && (WEEKDAYS.includes((parts.at(-1) as string).toLowerCase()) || isMonth((parts.at(-1) as string).toLowerCase()))) parts.pop();
  return parts.join(' ');
}

/** Ranks and courtesy titles that stand between a role and a name: "press secretary Brig. Gen. Patrick Ryder". */
const RANK_OR_COURTESY = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady|gen|brig|col|lt|maj|capt|adm|sgt|rev|prof|sen|rep|gov|general|admiral|colonel|major|captain)\.?$/i;

/**
 * "Who is Wang Yi?": the role the quote gives the person, verbatim: the title before the name
 * ("Pentagon press secretary Brig. Gen. Patrick Ryder" → "Pentagon press secretary", "Chinese
 * Foreign Minister Qin Gang") or the description set after it by commas ("Wang Yi, China's top
 * diplomat"). Only a phrase with a title or office word in it; otherwise nothing.
 */
/** A lower-case word that may say what a title is of ("transport", "police"): no word of grammar, no past form. */
const ROLE_MODIFIER_RE = /^(?!(?:the|a|an|and|or|of|for|to|in|on|at|by|with|from|as|that|this|his|her|its|their|our|said|says|told|added|former|then|now|also|new)$)\p{Ll}{3,}(?<!ed|ly)$/u;

function roleOf(text: string, subject: string): string | null {
  const name = subject.replace(/[?.!]+$/, '').trim();
  // "who is wang yi", typed in lower case, finds "Wang Yi".
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (name === '' || at < 0) return null;
  // Before the name: back to the clause's start, skipping ranks, over capitalised and title words.
  const before = text.slice(0, at).split(/[,;:(“"]/).pop() ?? '';
  const ws = before.trim().split(/\s+/).filter((w) => w !== '');
  while (ws.length > 0 && RANK_OR_COURTESY.test(ws[ws.length - 1] as string)) ws.pop();
  const role: string[] = [];
  let i = ws.length - 1;
  for (; i >= 0; i--) {
    const w = ws[i] as string;
    const bare = w.toLowerCase().replace(/['’]s$/, '');
    if (/^\p{Lu}/u.test(w) || isTitleWord(bare) || isTitlePart(bare)) role.unshift(w);
    else break;
  }
  // "transport director Lena Varga": one lower-case noun of what the title is of, not a verb ("said director").
  const modifier = ws[i];
  if (modifier !== undefined && role.length > 0 && isTitleWord((role[0] as string).toLowerCase()) && ROLE_MODIFIER_RE.test(modifier) && (wordNet()?.lemmas(modifier, 'noun').includes(modifier) ?? false)) role.unshift(modifier);
  while (role.length > 0 && /^(?:the|a|an)$/i.test(role[0] as string)) role.shift();
  // "former defense minister Raimonds Liepa" asked of "Liepa": the first name is the person's, not the role's.
  const firstName = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}\p{Ll}/u.test(w) && !isTitleWord(w.toLowerCase()) && !isTitlePart(w.toLowerCase());
  while (role.length > 1 && firstName(role.at(-1))) role.pop();
  const titled = (phrase: readonly string[]): boolean => phrase.some((w) => isTitleWord(w.toLowerCase().replace(/[.,'’s]+$/, '')) || isTitleWord(w.toLowerCase()));
  if (role.length > 0 && titled(role) && !LEADING_WORD.test((role[0] as string).toLowerCase())) return role.join(' ');
  // After the name: ", China's top diplomat," / ", a spokesman for the ministry,".
  // ... past an age: "Kalnins, 51, a former central bank economist,", a person's noun (WordNet) as well as a title.
  const after = /^,\s+(?:\d{1,3},\s+)?((?:the |a |an )?[^,.;()]{3,60}?)\s*(?:[,.;)]|$)/u.exec(text.slice(at + name.length))?.[1];
  const personNoun = (phrase: string): boolean => wordNet()?.isPersonNoun(phrase.split(/\s+/).at(-1) ?? '', false, 2) === true;
  if (after && (titled(after.split(/\s+/)) || personNoun(after)) && !/\b(?:said|says|who|which|that)\b/.test(after)) return after.replace(/^(?:the|a|an)\s+/i, '');
  return null;
}

/** "... a 24-year-old man from ": what comes next is where someone is from, not who. */
const FROM_PLACE_BEFORE_RE = /\b\d{1,3}-year-old\s+\p{Ll}+\s+(?:from|of|in)\s+$/u;

/** A name the documents use for a person, or a first name and surname ("Billy Payne"). */
function looksLikePerson(name: string, persons: ReadonlySet<string>): boolean {
  const ws = name.split(/\s+/);
  if (BODY_HEAD.test(ws[ws.length - 1] ?? '')) return false;
  return ws.some((w) => persons.has(w.toLowerCase())) || (ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isOrgWord(w.toLowerCase()) && !isPlaceWord(w)));
}

/** The last word of a body's or place's name, never of a person's: "International Monetary Fund", "United States". */
const BODY_HEAD = /^(?:fund|bank|committee|commission|council|union|association|academy|institute|university|college|school|corporation|company|group|agency|authority|court|office|board|foundation|federation|league|party|ministry|department|organi[sz]ation|program|programme|service|states|nations|kingdom|republic|airport|airlines?|stadium|games|prize|award|news|times|post|church|army|forces|assembly|parliament|congress|senate|house|centre|center|hospital|club|team|delegation)$/i;

/**
 * "317 athletes": the number the question asks for, with what it counts. With several numbers
 * in the quote, only one the question's words single out (see bestBound); for "how many X",
 * it must count X.
 */
function askedNumber(quote: string, q: QuestionAnalysis): string | null {
  const lower = q.text.toLowerCase();
  // "the 21-nation forum" for "How many nations ...?": the number and what it counts in one word.
  const compounds = [...quote.matchAll(COMPOUND_COUNT_RE)].filter((m) => q.counted.includes(termOf((m[2] as string).toLowerCase()) ?? ''));
  if (compounds.length === 1 && !lower.includes((compounds[0] as RegExpMatchArray)[1] as string)) return (compounds[0] as RegExpMatchArray)[0];
  const event = new Set(q.terms.filter((t) => !q.entityTerms.has(t) && !q.counted.includes(t) && !isCountryTerm(t)));
  const numbers: Array<{ text: string; counts: boolean }> = [];
  // "How many people were left homeless?": "... and left 50,000 homeless" counts them by the asked state itself.
  const byState: string[] = [];
  // The word of the words after a number that is what the question counts ("tourists"), if any.
  const counts = (n: RegExpExecArray | null): { term: string; end: number } | undefined => (n && q.counted.length > 0 ? analyze(n[1] as string).find((t) => q.counted.includes(t.term)) : undefined);
  for (const m of quote.matchAll(NUMBER_RE)) {
    if (lower.includes(m[0].trim().toLowerCase())) continue;
    const rest = quote.slice(m.index + m[0].length);
    const near = /^\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/u.exec(rest.slice(0, 40));
    // "120 Yugoslav army armored vehicles", "19 Blackhawk and Chinook helicopters": a counted noun
    // after three modifiers, none of them a function word ("5 to 7 percent of the IOC members" counts no members).
    const far = counts(near) === undefined ? /^\s+((?:[\p{L}'’-]+\s+){3}[\p{L}'’-]+)/u.exec(rest.slice(0, 56)) : null;
    const next = far && (far[1] as string).split(/\s+/).slice(0, -1).every((w) => /^and$/i.test(w) || !(STOP_WORDS.has(w.toLowerCase()) || /^(?:percent|per|cent)$/i.test(w))) ? far : near;
    const hit = counts(next);
    numbers.push({ text: hit && next ? `${m[0].trim()} ${(next[1] as string).slice(0, hit.end)}` : m[0].trim(), counts: hit !== undefined });
    // The state word ends the phrase ("50,000 homeless, officials said"), or it only describes what follows ("250 rescue workers") ...
    const state = /^\s+([\p{L}'’-]+)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|from|after|by|when|while|as|on|at)\b)/u.exec(rest)?.[1];
    const t = state === undefined ? null : termOf(state.toLowerCase());
    // ... and is a state (an adjective: "homeless", "dead", "missing"), not a thing ("23 million people").
    if (state !== undefined && t !== null && event.has(t) && (wordNet()?.lemmas(state.toLowerCase(), 'adj').length ?? 0) > 0) byState.push(`${m[0].trim()} ${state}`);
  }
  if (q.counted.length > 0 && byState.length === 1) return byState[0] as string;
  // "How many tourists left?": of "More than 20,000 tourists ... at about 20 percent of capacity",
  // the one number that counts tourists, when it also stands by the question's event words
  // ("14 people had died"; not "6,076 people" killed for "how many people are missing").
  const counting = numbers.filter((n) => n.counts);
  // (A question with no event words of its own, "How many tourists left Cancun?" with its light verb, has nothing else to stand by.)
  const bound = counting.length === 1 && (event.size === 0 || nearness(quote, counting[0]!.text, event) <= NEAR_CHARS);
  const chosen = numbers.length === 1 ? numbers[0]!.text : bound ? counting[0]!.text : bestBound(quote, numbers.map((n) => n.text), q);
  if (chosen === null) return null;
  return q.counted.length === 0 || numbers.find((n) => n.text === chosen)?.counts ? chosen : null;
}

/** Whether `text` names `place` as one of the asked kind: "the village of Chiondo" for "In which village ...?". */
function kindBefore(q: QuestionAnalysis, text: string, place: string): boolean {
  const kind = kindNoun(q);
  return kind !== undefined && new RegExp(`\\b${escapeRegExp(kind)}s?\\s+of\\s+${escapeRegExp(place)}\\b`, 'i').test(text);
}

/** "Which hurricane killed ...": the verb right after the kind's noun (one or two words). */
const WHICH_VERB_Q_RE = /^\s*(?:and\s+)?which\s+(?:(?!(?:is|are|was|were|be|been|being)\s)[a-z-]+\s+){1,2}?([a-z]+(?:ed|s))\b/i;

/**
 * For "Which hurricane killed more than 300 people?": the one name right before the asked verb
 * in the quote ("when Gilbert killed more than 300 people"), not a name the question has.
 */
function doerOfAskedVerb(q: QuestionAnalysis, text: string): string | null {
  const verb = WHICH_VERB_Q_RE.exec(q.text)?.[1]?.toLowerCase();
  const forms = verb === undefined ? null : inflectedVerbForms(verb);
  if (forms === null) return null;
  const asked = words(q.text);
  const re = new RegExp(`(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s+(?:${forms})\\b`, 'gu');
  const found = new Set<string>();
  for (const m of text.matchAll(re)) {
    const name = (m[1] as string).split(/\s+/).filter((w) => !LEADING_WORD.test(w.toLowerCase())).join(' ');
    if (name && !name.toLowerCase().split(/\s+/).some((w) => asked.has(w))) found.add(name);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** A number joined to what it counts: "21-nation", "a 115-member committee". */
const COMPOUND_COUNT_RE = /(?<![\p{L}\d.,-])(\d[\d,]*)-(\p{L}+)\b/gu;

/** Measures without the conversions written in parentheses after them: "270 kilometers (170 miles)" → 270 kilometers. */
function withoutConversions(text: string, measures: string[]): string[] {
  return measures.filter((m) => !measures.some((other) => other !== m && new RegExp(`${escapeRegExp(other)}\\s*\\(\\s*${escapeRegExp(m)}`).test(text)));
}

/** Runs of capitalised words, with the lower-case particles of names ("Ali bin Salman"). */
const NAME_RUN_RE = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:de|van|von|al|el|bin|da|la|le|du)(?:-\p{Lu}[\p{L}'’.-]*)?(?![\p{L}'’-])))*/gu;
/** Capitalised only because they start the sentence or a clause, or name a day. */
/** Text before a word that opens the quote, a sentence or a quotation. */
const OPENING_RE = /(?:^|[.!?]\s+|``\s*|[“"‘(]\s*)$/u;
/** "a black-clad ", "an ": an indefinite article and up to two lower-case words before a capitalised run. */
const INDEFINITE_BEFORE_RE = /(?:^|\s)(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const LEADING_WORD = /^(?:on|in|at|the|a|an|but|and|or|he|she|it|they|we|this|that|these|those|his|her|their|its|after|before|when|while|if|as|for|with|from|by|to|of|mr|mrs|ms|dr|said|says|meanwhile|however|also|still|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * The names in the quote the question does not already have: each capitalised run with any
 * leading title, organisation, place or question word taken off ("State Department spokesman
 * Ned Price" → "Ned Price"); acronyms and single organisation words are not names of people.
 */
function newNames(quote: string, q: QuestionAnalysis): string[] {
  const qWords = words(q.text);
  const out: string[] = [];
  const wn = wordNet();
  for (const m of quote.matchAll(NAME_RUN_RE)) {
    const parts = m[0].replace(/[.'’]+$/, '').replace(/['’]s$/, '').split(/\s+/);
    const before = quote.slice(0, m.index);
    // "``Even the judge asked me ...'': a common word alone, capitalised because it opens the
    // sentence or a quotation ("Billy Payne" there is a name: a capitalised word follows).
    if (parts.length === 1 && OPENING_RE.test(before) && wn?.isCommonWord((parts[0] as string).toLowerCase()) === true) continue;
    // "Shlomo Meir, a black-clad Orthodox Jew": what someone is, after "a", is no person's name.
    if (q.type === 'person' && INDEFINITE_BEFORE_RE.test(before)) continue;
    while (parts.length > 0) {
      const w = (parts[0] as string).toLowerCase().replace(/['’]s$/, '');
      if (LEADING_WORD.test(w) || isTitlePart(w) || qWords.has(w) || isTitleWord(w) || isPlaceWord(w) || isOrgWord(w) || DEMONYMS.has(w) || isAcronym(parts[0] as string) || isMonth(w)) parts.shift();
      else break;
    }
    // "Korean Unification Minister Kang In-duk": a name follows the last title or question word.
    const lastTitle = parts.reduce((at, p, i) => (isTitleWord(p.toLowerCase()) || qWords.has(p.toLowerCase()) ? i : at), -1);
    if (lastTitle >= 0 && lastTitle < parts.length - 1 && isTitleWord((parts[lastTitle] as string).toLowerCase())) parts.splice(0, lastTitle + 1);
    if (parts.length === 0 || parts.some((p) => qWords.has(p.toLowerCase()))) continue;
    if (parts.length === 1 && (isOrgWord((parts[0] as string).toLowerCase()) || isAcronym(parts[0] as string))) continue;
    const name = parts.join(' ');
    if (quote.includes(name)) out.push(name);
  }
  return [...new Set(out)];
}

/** No profiles of people's countries: a holder of no country the sentence gives is then not confirmed for one. */
const NO_PROFILES: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/**
 * Of `names` (people's names the question lacks), the one of whoever holds the title a "who" question asks about
 * ("Who is the president of Serbia?": "Milan Milutinovic" of "Serbian President Milan
 * Milutinovic"), when the office stage (office-holders.ts) confirms a holder and one name has
 * the holder's last word; not for a role noun, which that stage does not tie to a name.
 */
function officeHolder(q: QuestionAnalysis, text: string, names: readonly string[], profiles: () => ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const office = askedOffice(q.text);
  if (office === null || office.role === true) return null;
  const confirmed: (readonly string[])[] = [];
  const possible: (readonly string[])[] = [];
  const match = officeMatch(office, text, profiles(), undefined, '', undefined, (h, m) => (m === 'confirmed' ? confirmed : possible).push(h));
  // A holder of no country the sentence gives ("President Carlos Flores" for Honduras's): the
  // scorer chose this sentence for the office, so its one holder is the answer.
  const holders = match === 'confirmed' ? confirmed.slice(0, 1) : match === 'possible' ? possible : [];
  // By the holder's last name word: "Igor Serg", not "Igor Ivar" beside him.
  const theirs = new Set(holders.flatMap((holder) => {
    const last = holder.filter((w) => !isTitleWord(w)).at(-1);
    return last === undefined ? [] : names.filter((n) => n.toLowerCase().split(/[\s.'’-]+/).includes(last));
  }));
  return theirs.size === 1 ? ([...theirs][0] as string) : null;
}

/**
 * The short answer to `q` in `quote`, verbatim, or null. Only for questions that ask for one
 * fact: a date, a duration, a number or amount, a person or name, a place, or the role of the
 * person a "who is X" question names. `persons` are the words the topic's documents use in
 * people's names; `profiles` gives the countries the documents tie each person to (speakers.ts), asked only for an office.
 */
export function shortAnswer(q: QuestionAnalysis, quote: string, persons: ReadonlySet<string> = new Set(), profiles: () => ReadonlyMap<string, ReadonlySet<string>> = () => NO_PROFILES): string | null {
  const text = quote.replace(/\s+/g, ' ');
  let found: string | null = null;
  switch (q.type) {
    case 'date': {
      // "June 19", "1995", "recent weeks" → "in recent weeks" keeps its preposition; "on June 19" does not need it.
      // Adjacent expressions are one date: "Monday, March 3, 2024".
      const merged: Array<{ start: number; end: number }> = [];
      for (const sp of timeSpans(text)) {
        const last = merged[merged.length - 1];
        // "at 3 a.m. (0100 GMT)": the time again in another zone, in brackets, is no other time.
        if (last && /^\s*\($/.test(text.slice(last.end, sp.start)) && text[sp.end] === ')') continue;
        if (last && /^,?\s*$/.test(text.slice(last.end, sp.start))) last.end = sp.end;
        else merged.push({ start: sp.start, end: sp.end });
      }
      const spans = merged.map((sp) => text.slice(sp.start, sp.end).replace(/^(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil)\s+(?=[\p{Lu}\d])/u, ''));
      // "At what time did it lift off?": the time of day ("3:36 a.m. EST"), not the day.
      const clock = CLOCK_Q_RE.test(q.text) ? [...text.matchAll(CLOCK_ALL_RE)].map((m) => m[0] + (TIME_ZONE_AFTER_RE.exec(text.slice(m.index + m[0].length))?.[0] ?? '')) : [];
      found = clock.length === 1 ? (clock[0] as string) : pick(text, spans, q);
      break;
    }
    case 'duration': {
      // "What was Belay's time?": the race's time, "2:01:30" or "2 hours, 0 minutes, 19 seconds".
      const raceTimes = RACE_TIME_Q_RE.test(q.text) ? [...text.matchAll(RACE_TIMES_RE)].map((m) => m[0]) : [];
      found = pick(text, raceTimes.length > 0 ? raceTimes : [...text.matchAll(DURATION_RE)].map((m) => m[0]), q);
      break;
    }
    case 'quantity':
      // "How strong were the winds?": the measure with its unit and hedge ("up to 80 knots").
      // "How old is Pinochet?": "Gen. Augusto Pinochet, 82," → 82.
      // ... or "The 56-year-old history professor ..." that the scorer took to be him (the sentence before names him).
      if (q.age && q.names.length > 0) found = ageOf(text, q.names.flatMap((n) => n.split(/\s+/))) ?? AGE_OPENING_RE.exec(text)?.[1] ?? null;
      // "How old is the tiger?": "The seven-year-old male" → seven-year-old (not "2 a.m.", nor another's age).
      // "What is the fee in dollars?": the sum in the asked currency ("$103 million"), not the first one.
      else if (currencyOf(q) !== null) found = sumInAskedCurrency(q, text);
      // "How big was the stone?": "the size of a grapefruit" first.
      else found = (asksSize(q.text) ? sizeIn(text) : null) ?? (q.age ? unnamedAgeOf(text, q.text) ?? YEARS_AGO_RE.exec(text)?.[0] ?? null : null) ?? (q.amount ? pick(text, [...text.matchAll(AMOUNT_RE)].map((m) => m[0]), q) : q.measure ? pick(text, withoutConversions(text, measuresAsked(q.text, text)), q) : (newTotalOf(text, q.counted) ?? askedNumber(text, q)));
      break;
    case 'person':
    case 'name': {
      // Of the capitalised runs ("Look at the list", "Sture Allen"), the ones the documents use
      // as people's names and that stand by the question's other words ("permanent secretary
      // Sture Allen", "Frank Joklik, president of ..."), when there are any: not someone else
      // the quote names.
      // (Not where someone is from: "A 24-year-old man from Bergen ... was arrested" names no one.)
      const names = newNames(text, q).filter((n) => q.type !== 'person' || !FROM_PLACE_BEFORE_RE.test(text.slice(0, text.indexOf(n))));
      // "Who is Syria's president?": of the names, the one of the holder the office stage
      // confirms ("Syrian President Hafez Assad"), whoever else the quote names.
      const lower = q.text.toLowerCase();
      const holder = q.type === 'person' ? officeHolder(q, text, names.filter((n) => looksLikePerson(n, persons) && !lower.includes(n.toLowerCase())), profiles) : null;
      if (holder !== null) {
        found = holder;
        break;
      }
      const role = new Set(q.terms.filter((t) => !q.entityTerms.has(t)));
      // "said Bill Fitch, Bird's first Celtics coach, who, with Bill Walton, ...": the name the role describes.
      const described = q.type === 'person' && ROLE_Q_RE.test(q.text) ? appositiveHolder(text, names.filter((n) => looksLikePerson(n, persons) && !lower.includes(n.toLowerCase())), role) : null;
      if (described !== null) {
        found = described;
        break;
      }
      const people = q.type === 'person' ? names.filter((n) => looksLikePerson(n, persons) && nearness(text, n, role) <= NAME_NEAR_CHARS) : [];
      // "What is the name of the Palestinian airport?": "Gaza International Airport", a name
      // that ends in the asked thing's noun.
      const titled = q.type === 'name' ? namesEndingIn(text, q) : [];
      // "Who did Blinken meet in Munich?": "... plain to Wang that China's ...", the one person the
      // quote names besides the question's, when the question asks for the object of its verb
      // and every word of the name is one the documents use in people's names.
      const onlyPerson = q.type === 'person' && people.length === 0 && OBJECT_WHO_RE.test(q.text) ? names.filter((n) => !lower.includes(n.toLowerCase()) && n.split(/\s+/).every((w) => persons.has(w.toLowerCase()))) : [];
      // "Who appealed for aid?": "Pope John Paul II appealed for aid ...", the doer of the asked verb.
      const doer = q.type === 'person' && people.length === 0 ? subjectOfAskedVerb(q.text, text) : null;
      // "Who saw the first drone?": "... was seen at 6:40 p.m. by an air traffic controller", people named by their kind, not a name elsewhere in the quote.
      const agent = q.type === 'person' && doer === null ? peopleAgentOf(q, text, words(q.text))?.replace(/^(?:the|a|an)\s+/i, '') : undefined;
      found = titled.length === 1 ? (titled[0] as string) : agent ?? (people.length > 0 ? pick(text, people, q) : onlyPerson.length === 1 ? (onlyPerson[0] as string) : doer ?? pick(text, names, q));
      break;
    }
    case 'definition':
      found = q.subject ? roleOf(text, q.subject) : null;
      break;
    case 'place': {
      // "Which country is Kiprono from?": "Kenya" of "Kenya's Daniel Kiprono".
      const nation = nationalityAsked(q, text);
      if (nation !== null) {
        found = nation;
        break;
      }
      // Only a place named right after "in", "at", "near" or "to", and only one such.
      // ... or after "the village of", "the port of": "died in the village of Olvido".
      const qWords = words(q.text);
      const afterPreposition = [...text.matchAll(PLACE_AFTER_RE)];
      // "from America Online's headquarters in Dulles": a possessor ("America Online's") owns
      // the place that follows; it is one only when no other place is named.
      const owned = (m: RegExpMatchArray): boolean => /['’]s$/.test(m[1] as string) && /^\s+\p{Ll}/u.test(text.slice((m.index ?? 0) + m[0].length));
      const unowned = afterPreposition.filter((m) => !owned(m));
      // "imprisoned in his home city, Hangzhou": the name a place's common noun stands beside.
      const matches = [...(unowned.length > 0 ? unowned : afterPreposition), ...text.matchAll(PLACE_NOUN_APPOSITION_RE)];
      const places = [...new Set(matches
        // "arrived in Seoul Wednesday": the place without the day the wire style writes after it.
        .map((m) => withoutTrailingTime((m[1] as string).replace(/['’]s$/, '')))
        // "in November", "on Friday": a time, not a place.
        .filter((n) => n.length > 0 && n.toLowerCase().split(/\s+/).every((p) => !qWords.has(p) && !isTitleWord(p) && !isMonth(p) && !WEEKDAYS.includes(p)) && !DEMONYMS.has(n.toLowerCase()))
        // "Which country ...?": a country ("at the Asian Games" is no answer).
        .filter((n) => !COUNTRY_Q_RE.test(q.text) || countryTermOf(n) !== null))];
      // "In which city did the riot take place?": "The Kupang riot broke out ..." names it by its noun.
      if (places.length === 0) {
        const named = new Set(namesBeforeAskedNoun(q, text, qWords).filter((n) => !DEMONYMS.has(n.toLowerCase())));
        if (named.size === 1) found = [...named][0] as string;
        else if (COUNTRY_Q_RE.test(q.text)) {
          // "Which country offered to mediate ...?": "Iran has offered to mediate between Syria and Turkey", the one other country named.
          const countries = countriesNamedBesides(q, text);
          if (countries.length === 1) found = countries[0] as string;
        }
      } else if (places.length === 1) found = places[0] as string;
      else {
        // "In which village ...?": of several, the one the quote names as a village ("the village of Chiondo").
        const ofKind = places.filter((p) => kindBefore(q, text, p));
        // Of several, the one right by the question's verb, its last word: "born in Azinhaga, a
        // small town near Lisbon".
        const last = q.tokens.at(-1)?.term;
        found = ofKind.length === 1 ? (ofKind[0] as string) : clearlyNearest(text, places, new Set(last !== undefined && !q.entityTerms.has(last) ? [last] : []));
      }
      break;
    }
    case 'open': {
      // "How did the judges vote?", "What was the Senate vote?": the tally ("12-3").
      const tally = asksTally(q.text) ? tallyIn(text) : null;
      if (tally !== null) {
        found = tally;
        break;
      }
      // "What is the sarcophagus made of?": "limestone".
      if (MADE_OF_Q_RE.test(q.text)) {
        found = materialOf(q.text, text);
        break;
      }
      // "Which judge requested the arrest?": the one name of the asked kind ("a Spanish judge, Baltasar Garzon").
      if (!WHICH_Q_RE.test(q.text)) return null;
      const named = [...new Set(namesOfTheKind(q, text))];
      // "Which exams were cancelled?": "its mathematics and biology examinations".
      const kindTerm = termOf(kindNoun(q) ?? '');
      const byModifiers = named.length === 0 && kindTerm !== null ? kindsByModifiers(text, kindTerm, (w) => asksWord(q, w)) : null;
      found = named.length === 1 ? (named[0] as string) : (byModifiers ?? doerOfAskedVerb(q, text));
      break;
    }
    default:
      return null;
  }
  // Verbatim from the quote (whitespace aside), or nothing.
  return found !== null && text.includes(found) ? found : null;
}
