/**
 * Where a figure is set, for quantity questions tied to a country: "How many people died in
 * Jamaica?" is not answered by "... ravaged Honduras' coast, killing 2,000" (setInAnotherCountry),
 * "What is unemployment in Germany?" not by "10.9 percent in the 11 nations" (figureSetElsewhere),
 * "How many were killed in the Kupang riot?" not by a count in Jakarta (countAtAnotherPlace),
 * and "How many Syrian troops ...?" not by an unowned count in a story on Turkey's
 * (countOfLeadCountry). Countries come from the gazetteer; which country owns what, from
 * country-ties.ts.
 */
import { MONTH_START_SOURCE, MONTHS } from '../domain/calendar.ts';
import { isPlaceWord } from './entities.ts';
import { countingCountry, countryTies, fold, TOKEN_RE } from './country-ties.ts';
import { termOf } from './text-analysis.ts';
import { countriesAt, countriesNamed, wordsOf, type Word } from './title-phrases.ts';

/** "in Jamaica", "in the Congo war", "in South Korea": a country the question puts what it asks about in. */
const IN_COUNTRY_RE = /\bin\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)/gu;
/** Words before a country that place an event there: "killed six civilians in western Uganda", "ravaged Honduras' coast". */
const PLACED_BEFORE_RE = /\b(?:in|across|throughout|inside|hit|hitting|struck|ravaged|battered|swept|lashed|devastated)\s+(?:(?:the\s+)?(?:northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|neighbou?ring)\s+)?$/i;

/** The countries a question asks about something in ("How many people died in Jamaica?"). */
export function askedSettings(question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(IN_COUNTRY_RE)) out.push(...(countriesAt(wordsOf(m[1] as string), 0)?.countries ?? []));
  return out;
}

/**
 * Whether `sentence` places what it tells in another country and does not name the one the
 * question asks about: "Rebels ... killed six civilians in western Uganda" does not count the
 * dead in Congo, nor "Fifi ... ravaged Honduras' Caribbean coast" those in Jamaica.
 */
export function setInAnotherCountry(question: string, sentence: string): boolean {
  const asked = askedSettings(question);
  if (asked.length === 0) return false;
  const words = wordsOf(sentence);
  let other = false;
  for (let i = 0; i < words.length; i++) {
    const c = countriesAt(words, i);
    if (!c) continue;
    if (c.countries.some((t) => asked.includes(t))) return false;
    const at = (words[i] as Word).start;
    if (PLACED_BEFORE_RE.test(sentence.slice(Math.max(0, at - 40), at))) other = true;
    i += c.span - 1;
  }
  return other;
}

/** A month's name or abbreviation, lower case ("sept", "november"): the number after it is a day. */
const MONTH_WORD_RE = new RegExp(`^(?:${MONTH_START_SOURCE}|${MONTHS.join('|')})$`);
/** Words that end the phrase a figure heads: what follows them is another clause or a comparison. */
const FIGURE_PHRASE_END = /^(?:when|while|which|who|and|but|or|compared|against|than|from|to|after|before|since|as|because|said|says)$/;
/**
 * Whether the word at `i` is a figure (a number, not a year or a day of the month: "Sept. 23")
 * of one of the `counted` terms, within four words after it ("21 athletes", not "21 events");
 * with none counted, any figure.
 */
function isFigureOf(words: readonly Word[], i: number, counted: readonly string[]): boolean {
  const w = (words[i] as Word).text;
  if (!/^\d/.test(w) || /^(?:1[89]|20)\d\d$/.test(w) || (/^\d{1,2}$/.test(w) && MONTH_WORD_RE.test(words[i - 1]?.lower ?? ''))) return false;
  return counted.length === 0 || words.slice(i + 1, i + 5).some((x) => counted.includes(termOf(x.lower) ?? x.lower));
}
/** A group of countries a figure may be given for: "in the 11 nations", "in the 15 member states", "in the euro zone", "in the European Union". */
const GROUP_RE = /^(?:nations|countries|states|members|economies|republics|zone|bloc|union)$/;

/** Where the words after a figure at `i` set it: "10.9 percent in the 11 nations" → 'group', "2,000 in Nicaragua" → ["nicaragua"], or null. */
function figureSetting(words: readonly Word[], i: number): { set: readonly string[] | 'group'; end: number } | null {
  for (let j = i + 1; j <= i + 5 && j < words.length; j++) {
    const w = words[j] as Word;
    if (w.afterMark || FIGURE_PHRASE_END.test(w.lower)) return null;
    if (w.lower !== 'in') continue;
    let at = j + 1;
    if (words[at]?.lower === 'the') at++;
    const c = countriesAt(words, at);
    if (c) return { set: c.countries, end: at + c.span };
    const group = words.slice(at, at + 3).findIndex((x) => GROUP_RE.test(x.lower));
    return group >= 0 ? { set: 'group', end: at + group + 1 } : null;
  }
  return null;
}

/**
 * Whether every figure the sentence sets somewhere is set in another country, or in a group of
 * them, than the one a quantity question asks about: "unemployment, a stubborn 10.9 percent in
 * the 11 nations" does not give Germany's, though the sentence names Germany. A figure set in
 * the asked country, or one set nowhere in a sentence that names it, keeps the sentence.
 */
export function figureSetElsewhere(question: string, sentence: string, counted: readonly string[] = []): boolean {
  // Concept terms, as askedSettings gives them ("~germany").
  const asked = [...askedSettings(question), ...countryTies(question).map((t) => `~${t.country}`)];
  if (asked.length === 0 || !/\d/.test(sentence)) return false;
  const words = wordsOf(sentence);
  let elsewhere = false;
  let unset = false;
  let named = false;
  for (let i = 0; i < words.length; i++) {
    const c = countriesAt(words, i);
    if (c?.countries.some((x) => asked.includes(x))) named = true;
    // For "how many athletes", a figure of athletes: not "21 events in Bangkok".
    if (!isFigureOf(words, i, counted)) continue;
    const setting = figureSetting(words, i);
    if (setting === null) unset = true;
    else if (setting.set !== 'group' && setting.set.some((x) => asked.includes(x))) return false;
    else {
      elsewhere = true;
      // "in the 11 nations": its number is part of the setting, no figure of its own.
      i = setting.end - 1;
    }
  }
  return elsewhere && !(named && unset);
}

/** Words that set what follows at a place: "in Jakarta", "at the capital, Jakarta", "near Dili". */
const AT_PLACE_BEFORE_RE = /\b(?:in|at|near|outside|capital|city of)[,\s]+(?:the\s+)?$/i;
/** Words that open a clause telling what happened at a place just named: "in Jakarta, on Nov. 22, when 14 people were killed". */
const PLACE_CLAUSE_RE = /^(?:when|where|killing|leaving)$/;
const PLACE_CLAUSE_WORD_RE = /\b(?:when|where|killing|leaving)\b/i;

/**
 * Whether every count of the asked thing (`counted` terms) in `sentence` tells of another place
 * than the question's (`asked`, its names' words in lower case): after "The violence in Kupang
 * was in retaliation for the burning of 22 churches ... in the capital, Jakarta, on Nov. 22,
 * when 14 people were killed", the 14 died in Jakarta. A count belongs to the nearest place
 * set before it ("in Jakarta", "the capital, Jakarta"), when a clause of its own ("when",
 * "where") follows that place: not a place that opens the sentence ("In Washington on Thursday,
 * Clinton ordered ..."), nor a country's people ("Malaysian authorities").
 */
export function countAtAnotherPlace(sentence: string, asked: readonly string[], counted: readonly string[]): boolean {
  if (asked.length === 0 || counted.length === 0 || !/\d/.test(sentence) || !PLACE_CLAUSE_WORD_RE.test(sentence)) return false;
  const words = wordsOf(sentence);
  let found = false;
  for (let i = 0; i < words.length; i++) {
    if (!isFigureOf(words, i, counted)) continue;
    let clause = false;
    let elsewhere = false;
    for (let j = i - 1; j >= 0; j--) {
      const x = words[j] as Word;
      if (asked.includes(x.lower)) return false;
      if (/^\p{Lu}/u.test(x.text) && (isPlaceWord(x.text) || countriesAt(words, j) !== null) && AT_PLACE_BEFORE_RE.test(sentence.slice(Math.max(0, x.start - 30), x.start))) {
        elsewhere = clause;
        break;
      }
      if (PLACE_CLAUSE_RE.test(x.lower)) clause = true;
    }
    if (!elsewhere) return false;
    found = true;
  }
  return found;
}

/**
 * Whether `sentence` counts what the question ties to a country ("How many Syrian troops ...",
 * "How many troops did Syria send ...")
 * without naming any country, in an article whose lead names another first (`lead`): "the daily
 * Cumhuriyet said around 10,000 troops were being deployed", in a story that opens "Turkey has
 * sent 10,000 troops ...", counts Turkey's. With no country in the lead, it stays open.
 */
export function countOfLeadCountry(question: string, sentence: string, lead: () => string | null): boolean {
  const asked = [...countryTies(question), ...countingCountry(question)];
  if (asked.length === 0 || !/\d/.test(sentence)) return false;
  const heads = new Set(asked.map((t) => t.head));
  if (!(sentence.match(TOKEN_RE) ?? []).some((w) => heads.has(fold(w))) || countriesNamed(sentence).size > 0) return false;
  const home = lead();
  return home !== null && asked.every((t) => `~${t.country}` !== home);
}
