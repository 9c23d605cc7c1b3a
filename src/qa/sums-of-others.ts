/**
 * Part of the quantity stage (quantity-fit.ts): whether the sums of money or percentages in a
 * sentence are of something else than the question asks about. "dlrs 400,000 in scholarships" is
 * not what the Games cost, "$41 a share" not what the company cost, "5 percent of global sales" no
 * share of Internet users, and "$900 million ... for salvage costs, lost transit fees and damage"
 * not what the salvage cost. General English, no topic's words.
 */
import { MONEY_RE, sumsIn } from './quantities.ts';
import { STOP_WORDS } from './text-analysis.ts';

/**
 * What a sum is of, after it: "dlrs 400,000 in scholarships", "200 million crowns in emergency
 * aid", "dlrs 145 billion worth of foreign exchange reserves". Not a noun right after it ("the dlrs 500,000 project"): that may be the asked thing
 * under another name.
 */
const SUM_OF_RE = /^\s+(?:in|worth\s+of)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/**
 * Whether every sum of money in `text` says it is a sum of something the question does not
 * ask about: "dlrs 400,000 in scholarships" is not what the Games cost, nor "200 million crowns
 * in aid to rebuild" what rebuilding costs. A sum of the asked thing ("$5 billion in repairs"
 * for "How much will the repairs cost?"), or one that says of nothing ("$41 a share"), keeps the sentence.
 */
export function sumsOfOthers(text: string, asks: (word: string) => boolean): boolean {
  // "the halt cost the market about 120 million crowns in lost commissions": a sum that an asked
  // word in lower case governs, a few words before it, is the asked one, whatever form it took.
  if (sumsIn(text).some((m) => wordsBefore(text, m.index).some((w) => /^\p{Ll}/u.test(w) && asks(w)))) return false;
  return everyOfOthers(text, MONEY_RE, SUM_OF_RE, asks);
}

/** The last four words before offset `at` of `text` (within 40 characters). */
function wordsBefore(text: string, at: number): string[] {
  return (text.slice(Math.max(0, at - 40), at).match(/[\p{L}'’-]+/gu) ?? []).slice(-4);
}

/** After a sum, within its clause: what it is for, in or of, as a list of two or more (group 1): "for salvage costs, lost transit fees and damage to the canal", "in damages and unpaid salary". */
const SUM_FOR_LIST_RE = /^(?:(?![.;:]\s).){0,60}?\b(?:for|in|of)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+(?:,\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)*,?\s+and\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;

/**
 * Whether every sum of money in `text` is a sum of several things, one of them asked about and
 * one not: "$900 million ... for salvage costs, lost transit fees and damage to the canal" is not
 * what the salvage cost, nor "14 million euros in damages and unpaid salary" his salary. Not
 * when a word just before the sum is asked about: that sum is the one asked ("seeking 14 million
 * euros ..." for "How much is he seeking in damages?").
 */
export function sumsOfSeveral(text: string, asks: (word: string) => boolean): boolean {
  let found = false;
  for (const m of sumsIn(text)) {
    // "How much is he seeking in damages?": a sum the question asks by its own verb ("seeking 14 million euros in damages and unpaid salary") is the one asked.
    if (wordsBefore(text, m.index).some(asks)) return false;
    const list = SUM_FOR_LIST_RE.exec(text.slice(m.index + m[0].length))?.[1];
    if (!list) return false;
    const items = list.split(/,\s+(?:and\s+)?|\s+and\s+/).map((item) => item.split(/\s+/));
    if (items.length < 2 || !items.some((item) => item.some(asks)) || items.every((item) => item.some(asks))) return false;
    found = true;
  }
  return found;
}

/** What a sum was spent or given on, after it: "dlrs 400,000 on scholarships", "dlrs 38 million for equipment". */
const SUM_ON_RE = /^\s+(?:on|for|toward|towards)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/**
 * Whether every sum of money in `text` says it went on something the question does not ask
 * about: "spent nearly dlrs 400,000 on scholarships" is not what was spent on the bid. A sum
 * for a named thing ("$4.2 billion for Netscape") or for nothing named keeps the sentence.
 */
export function sumsSpentOnOthers(text: string, asks: (word: string) => boolean): boolean {
  return everyOfOthers(text, MONEY_RE, SUM_ON_RE, asks);
}

/** Heads that say only "people", left to the words after them to say which. */
const GENERIC_HEAD_RE = /^(?:people|persons|those|ones|respondents|adults)$/i;

/**
 * Whether each match of `figure` in `text` is followed by what it is of (`of`, its first group)
 * and none of those is asked about (`asks` of a word), with at least one such figure. The
 * phrase ends at a function word: "in aid to rebuild Dunmore" is aid.
 */
function everyOfOthers(text: string, figure: RegExp, of: RegExp, asks: (word: string) => boolean): boolean {
  let found = false;
  for (const m of text.matchAll(figure)) {
    const phrase = of.exec(text.slice(m.index + m[0].length));
    if (!phrase) return false;
    const words: string[] = [];
    for (const w of (phrase[1] as string).split(/\s+/)) {
      if (STOP_WORDS.has(w.toLowerCase())) break;
      words.push(w);
    }
    // "12.5 percent of the people buying Apple's iMac": people, as what follows describes them.
    if (words.length === 0 || words.some(asks) || GENERIC_HEAD_RE.test(words[0] as string)) return false;
    found = true;
  }
  return found;
}

/**
 * A sum for each of something, after it: "$41 a share", "dlrs 5 per ton", "$10 each"; not a rate
 * in time ("150 dollars a day"), which is what is paid, only paid over time.
 */
const PER_UNIT_RE = /^\s+(?:a|an|per|each|apiece)\b\s*(?!(?:hour|day|night|week|month|year)\b)([\p{Ll}-]*)/u;

/**
 * Whether every sum of money in `text` is a price for each of something the question does not
 * ask about: "$41 a share" does not say how much is paid for the company. A price per the
 * asked unit ("How much is paid per share?"), or for each of the asked things ("$200
 * each": no unit named), keeps the sentence.
 */
export function sumsPerUnit(text: string, asks: (word: string) => boolean): boolean {
  return everyOfOthers(text, MONEY_RE, PER_UNIT_RE, asks);
}

/** A percentage: "22 percent", "5%". */
const PERCENT_RE = /\b\d[\d,.]*\s*(?:%|percent|per\s+cent)/giu;
/** What a percentage is of: "of Americans who use ...", "of global sales", "of the province's 2 million-strong population". */
const SHARE_OF_RE = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?((?:[\p{L}\d'’-]+\s+){0,3}[\p{L}-]+)/u;

/**
 * Whether every percentage in `text` is a share of something the question does not ask
 * about: "5 percent of global sales" does not say what share of Internet users reach it
 * through AOL. A share of an asked thing, or one that says of nothing, keeps the sentence.
 */
export function sharesOfOthers(text: string, asks: (word: string) => boolean): boolean {
  return everyOfOthers(text, PERCENT_RE, SHARE_OF_RE, asks);
}

/** A noun right before a sum that says what the sum is: "revenue of about $7 billion", "sales were $2 billion". */
const NOUN_BEFORE_SUM_RE = /\b(\p{Ll}{3,})\s+(?:of|was|were|is|are|totaled|totalled|reached|hit|rose\s+to|fell\s+to)\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least)\s+)?$/u;

/**
 * Whether every sum of money in `text` is said to be another sum, named by a money noun the
 * question does not ask about: "had revenue of about $7 billion" is no profit ("What was
 * Hsinwei's profit last year?"). `asks` tells whether a word is (a synonym of) the asked noun,
 * `isMoney` whether a noun is one for a sum.
 */
export function sumsOfOtherMoneyNouns(text: string, asks: (word: string) => boolean, isMoney: (word: string) => boolean): boolean {
  let found = false;
  for (const m of sumsIn(text)) {
    const noun = NOUN_BEFORE_SUM_RE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    if (noun === undefined || asks(noun) || !isMoney(noun)) return false;
    found = true;
  }
  return found;
}
