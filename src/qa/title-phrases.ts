/**
 * The words around a title in a sentence or question, read for the office stage
 * (office-holders.ts): its rank ("Vice President"), its portfolio ("defense minister", "a
 * spokesman for the rescue center"), the country it is tied to ("Honduran President", "the
 * president of Honduras", "Thai Cabinet members, including Prime Minister Chuan"), and who holds
 * it when the name stands apart from it ("The managing director of the IMF, Michel Camdessus";
 * "Byron Wien, U.S. equity strategist"). Countries come from the gazetteer.
 */
import { isTitleWord } from './entities.ts';
import { countryTermOf, countryTermsOf, isCountryTerm } from './gazetteer.ts';
import { POSSESSIVE_DETERMINER, termOf } from './text-analysis.ts';
import { perText } from './per-text.ts';
import { MONTHS } from '../domain/calendar.ts';
import { withoutDateline } from '../content/dateline.ts';

export const NO_TERMS: ReadonlySet<string> = new Set();

/** Words that make a title a different office: "vice president", "former president". */
export const RANK = /^(?:vice|deputy|former|ex|acting|interim|assistant|associate|under)$/;

export interface Word {
  readonly text: string;
  readonly lower: string;
  /** A clause mark (comma, colon, bracket, dash) comes right before this word. */
  readonly afterMark: boolean;
  /** Where it starts in the text. */
  readonly start: number;
}

export function wordsOf(text: string): readonly Word[] {
  return wordsByText(text);
}

/** Texts already split (per-text.ts). */
const wordsByText = perText((text: string): readonly Word[] => {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’]*/gu)) {
    const w = m[0];
    out.push({ text: w, lower: w.toLowerCase().replace(/['’]s?$/, '').replace(/\.$/, ''), afterMark: /[,;:()—–_]/.test(text.slice(last, m.index)), start: m.index });
    last = m.index + w.length;
  }
  return out;
});

/** The country concept of the words at `i` (one or two words: "El Salvador", "U.S."), with how many words it spans. */
export function countryAt(words: readonly Word[], i: number): { country: string; span: number } | null {
  const one = words[i];
  if (!one) return null;
  const two = words[i + 1];
  if (two && /^\p{Lu}/u.test(one.text)) {
    const c = countryTermOf(`${one.lower} ${two.lower}`);
    if (c) return { country: c, span: 2 };
  }
  if (!/^\p{Lu}/u.test(one.text)) return null;
  const c = countryTermOf(one.lower);
  return c ? { country: c, span: 1 } : null;
}

/**
 * The rank in the title phrase before the title at `i`: "Vice President", "First Deputy Prime
 * Minister" ("prime" and "first" may stand between), "former defense minister", "deputy
 * foreign minister" (a portfolio or a country may too). `at` is where the phrase starts.
 */
export function rankBefore(words: readonly Word[], i: number): { rank: string | null; at: number } {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]?.lower ?? '';
    if (RANK.test(w)) return { rank: w, at: k };
    if (endsTitlePhrase(words, k)) break;
  }
  return { rank: null, at: i };
}

/** Whether the word at `k`, looking back from a title, is outside the title's phrase: a clause mark after it, a clause word, an article or another title. */
function endsTitlePhrase(words: readonly Word[], k: number): boolean {
  const w = words[k]?.lower ?? '';
  return words[k + 1]?.afterMark === true || CLAUSE_WORD.test(w) || /^(?:the|an?)$/.test(w) || isTitleWord(w);
}

/** The country a title at `i` (its phrase starting at `at`) is tied to: before the phrase, inside it ("former Israeli defense minister"), or after it ("of Honduras"). */
export function countryOfTitle(words: readonly Word[], i: number, at: number): string | null {
  return countryBefore(words, at) ?? (at < i ? countryBefore(words, i) : null) ?? countryAfter(words, i) ?? countryOfGroup(words, at);
}

/**
 * The country of the group a title is listed from: "Thai Cabinet members, including Prime
 * Minister Chuan Leekpai" → Thailand (a country named in the three words before the comma).
 */
function countryOfGroup(words: readonly Word[], at: number): string | null {
  // "including" up to two words before (the title's own words: "including Prime Minister").
  let k = -1;
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    if (words[j]?.lower === 'including') k = j;
    if (k >= 0 || words[j]?.afterMark) break;
  }
  if (k < 1 || !words[k]?.afterMark) return null;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const c = countryAt(words, j);
    if (c) return c.country;
    if (words[j]?.afterMark) break;
  }
  return null;
}

/** Words before a title that only describe its holder's standing, not which office it is. */
const STANDING = /^(?:first|second|senior|top|new|current|then|incoming|outgoing|longtime|powerful|hawkish|veteran)$/;

/**
 * The portfolio of the title at `i`: the words between its rank or country and the title
 * ("former defense minister" → defense; "the Honduran agriculture minister" → agriculture;
 * "Prime Minister" → prime), as terms. A different portfolio is a different office.
 */
export function portfolioBefore(words: readonly Word[], i: number, asked = false): string[] {
  const out: string[] = [];
  // In a question, before a title in lower case, a capitalised word is whose office it is, not
  // which: "the White House press secretary", "the Taliban information minister". (In a
  // sentence it may only open it: "Government spokesman ...".)
  const lowerTitle = asked && /^\p{Ll}/u.test(words[i]?.text ?? '');
  for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const w = words[k] as Word;
    // "the trade and industry minister": one portfolio of two words joined by "and".
    if (w.lower === 'and' && n > 0 && !w.afterMark && !(words[k + 1] as Word).afterMark && /^\p{Ll}{3,}$/u.test(words[k - 1]?.text ?? '') && !endsTitlePhrase(words, k - 1)) {
      n--;
      continue;
    }
    // "his chief negotiator": a possessive determiner opens the title phrase.
    if (endsTitlePhrase(words, k) || RANK.test(w.lower) || countryAt(words, k) || /['’]/.test(w.text) || (lowerTitle && /^\p{Lu}/u.test(w.text)) || POSSESSIVE_DETERMINER.test(w.lower)) break;
    if (STANDING.test(w.lower)) continue;
    out.push(termOf(w.lower) ?? w.lower);
  }
  return out;
}

/**
 * The country named just before position `i`, in the same clause: "Honduran President",
 * "U.S. President", "El Salvador's", "the Honduran agriculture minister".
 */
function countryBefore(words: readonly Word[], i: number): string | null {
  if (words[i]?.afterMark) return null;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const c = countryAt(words, k);
    // "the Damascus-based leader": where the holder is based, not whose office it is.
    if (c && words[k + c.span]?.lower === 'based') continue;
    if (c && k + c.span <= i) return c.country;
    // "... ties with Indonesia despite Defence Minister John Moore": not Indonesia's minister.
    if (words[k]?.afterMark || CLAUSE_WORD.test(words[k]?.lower ?? '')) break;
  }
  return null;
}

/** Words between a country and a title that show the country belongs to another phrase. */
export const CLAUSE_WORD = /^(?:despite|after|before|with|without|for|from|to|by|of|in|on|at|and|or|but|as|than|that|which|who|whom|said|says|told|against|between|among|under|over|about|while|when|where|because|since|until|unlike|like|is|are|was|were|has|have|had)$/;

/**
 * The portfolio after the title at `i`: "the leader of the Congolese rebels" → rebel (the
 * rebels' leader, not Congo's president), "minister of agriculture" → agriculture. A word
 * in lower case after "of", "the" and a country or other capitalised words, as a term.
 */
export function portfolioAfter(words: readonly Word[], i: number): string[] {
  if (words[i + 1]?.lower !== 'of') return [];
  let k = words[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  // A country or other capitalised words may stand before it ("the Congolese rebels").
  for (let n = 0; n < 3 && /^\p{Lu}/u.test(words[k]?.text ?? '') && !words[k]?.afterMark; n++) k++;
  // The head of the lower-case phrase there: "the prize committee" → committee.
  let head: Word | undefined;
  for (let n = 0; n < 3; n++, k++) {
    const w = words[k];
    if (!w || (n > 0 && w.afterMark) || !/^\p{Ll}{3,}$/u.test(w.text) || CLAUSE_WORD.test(w.lower) || /^(?:the|an?|his|her|its|their|our|this|that|these|those)$|(?:ing|ed)$/.test(w.lower)) break;
    head = w;
  }
  return head ? [termOf(head.lower) ?? head.lower] : [];
}

/**
 * The body a possessive in lower case just before the title at `i` names: "the airport's
 * director" → airport, "the union's chief counsel" → union. Rank and portfolio words may stand
 * between ("the party's deputy leader").
 */
export function ownerBefore(words: readonly Word[], i: number): string[] {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k] as Word;
    if (/['’]s?$/.test(w.text)) {
      // A body named by a common word ("the union's"); a proper name's office is tied to it in
      // too many ways ("Afghanistan's chief justice" for the Taliban's, "presidential spokesman" for Yeltsin's).
      const t = termOf(w.lower.replace(/['’]s?$/, ''));
      return t !== null && /^\p{Ll}/u.test(w.text) && !isCountryTerm(t) ? [t] : [];
    }
    if (w.afterMark || CLAUSE_WORD.test(w.lower) || /^(?:the|an?)$/.test(w.lower)) return [];
  }
  return [];
}

/**
 * The proper name in the possessive just before the title at `i` in a question, as lower-case
 * words: "Sun Microsystems' chief executive" → sun, microsystems. None for a country (its
 * offices go by the country checks) or a common word (`ownerBefore`).
 */
export function namedOwnerBefore(words: readonly Word[], i: number): string[] {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k] as Word;
    if (/['’]s?$/.test(w.text)) {
      if (!/^\p{Lu}/u.test(w.text)) return [];
      let from = k;
      while (from > 1 && k - from < 2 && /^\p{Lu}/u.test(words[from - 1]?.text ?? '') && !(words[from] as Word).afterMark) from--;
      const named = words.slice(from, k + 1);
      return named.some((x, j) => countryAt(words, from + j) !== null) ? [] : named.map((x) => x.lower);
    }
    if (w.afterMark || !/^\p{Ll}/u.test(w.text) || CLAUSE_WORD.test(w.lower) || /^(?:the|an?)$/.test(w.lower)) return [];
  }
  return [];
}

/**
 * The words that go on the title at `i` in a question, ending in a noun for people: "chief
 * financial officer" → financi, offic; "director general" → gener. A chief financial officer
 * is not a chief executive. None when the words do not end in such a noun ("the minister
 * responsible for ...").
 */
export function titleAfter(words: readonly Word[], i: number, isPersonNoun: (word: string) => boolean): string[] {
  const run: string[] = [];
  for (let k = i + 1; k <= i + 2; k++) {
    const w = words[k];
    if (!w || w.afterMark || !/^\p{Ll}{3,}$/u.test(w.text) || CLAUSE_WORD.test(w.lower) || /(?:ing|ed)$/.test(w.lower)) break;
    run.push(w.lower);
  }
  while (run.length > 0 && !isPersonNoun(run.at(-1) as string)) run.pop();
  return run.map((w) => termOf(w) ?? w);
}

/** The terms of the body after "<title> of (the)", countries left out: "head of the German Bundesbank" → bundesbank. */
export function bodyAfter(words: readonly Word[], i: number): string[] {
  if (words[i + 1]?.lower !== 'of') return [];
  const out: string[] = [];
  for (let k = words[i + 2]?.lower === 'the' ? i + 3 : i + 2; k < words.length; k++) {
    const w = words[k] as Word;
    if ((k > i + 2 && w.afterMark) || CLAUSE_WORD.test(w.lower) || /^(?:the|an?|in|on|at|for|to|now|today)$/.test(w.lower)) break;
    const t = termOf(w.lower);
    if (t !== null && !isCountryTerm(t)) out.push(t);
  }
  return out;
}

/** The country in "<title> of (the) <Country>" after position `i`; not one that opens a body's name ("of the China Democratic Party"). */
function countryAfter(words: readonly Word[], i: number): string | null {
  if (words[i + 1]?.lower !== 'of') return null;
  const at = words[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  const c = countryAt(words, at);
  // "the leader of the Kosovo Albanians": the people's own word says whose (an Albanian leader).
  const people = c ? countryAt(words, at + c.span) : null;
  if (people) return people.country;
  return c && !opensBodyName(words, at + c.span) ? c.country : null;
}

/**
 * Whether the word at `k` goes on a capitalised name, after a country ("China Democratic
 * Party"); a people's word does not ("the Kosovo Albanians" are Kosovo's).
 */
function opensBodyName(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return w !== undefined && !w.afterMark && /^\p{Lu}/u.test(w.text) && !/^(?:and|or)$/i.test(w.text) && countryAt(words, k) === null;
}

/** The terms of the "for / of ..." phrase after the title at `i`, up to six words or a clause mark. */
export function complementTerms(words: readonly Word[], i: number): ReadonlySet<string> {
  if (!/^(?:for|of|at)$/.test(words[i + 1]?.lower ?? '')) return NO_TERMS;
  const out = new Set<string>();
  for (let k = i + 2; k < Math.min(words.length, i + 8); k++) {
    const w = words[k] as Word;
    if (w.afterMark) break;
    out.add(termOf(w.lower) ?? w.lower);
  }
  return out;
}

/**
 * Whether the title at `i` is a body's: "of (the) <Name>" after it where the name is no
 * country's, or a possessive that is no country's before it ("the group's leader").
 */
export function ofBody(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (before && /['’]s?$/.test(before.text) && countryAt(words, i - 1) === null && /^(?:the|its|their|his|her)$/.test(words[i - 2]?.lower ?? '')) return true;
  if (words[i + 1]?.lower === 'of') return bodyNamedAt(words, i + 2);
  // "the leader, Wang Youcai, a founder of the China Democracy Party": the holder's own
  // apposition says what they lead.
  if (!words[i + 1]?.afterMark || !/^\p{Lu}/u.test(words[i + 1]?.text ?? '')) return false;
  let k = i + 1;
  while (k < i + 4 && /^\p{Lu}/u.test(words[k]?.text ?? '') && !(k > i + 1 && words[k]?.afterMark)) k++;
  if (!words[k]?.afterMark || !/^(?:a|an|the)$/.test(words[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 3; j++) if (words[j]?.lower === 'of') return bodyNamedAt(words, j + 1);
  return false;
}

/** Whether a body's name (not a country's) starts at `k`, after "of" and perhaps "the". */
/**
 * The capitalised words of a body a title is "of", "at" or "for" right after it ("a managing
 * director at Halvorsen Capital" → halvorsen, capital; "director for Asia of the World Food
 * Program" → asia, world, food, program), lower case; [] when it names none.
 */
export function bodyNameAfter(words: readonly Word[], i: number): string[] {
  if (!/^(?:of|at|for)$/.test(words[i + 1]?.lower ?? '') || !bodyNamedAt(words, i + 2)) return [];
  const out: string[] = [];
  for (let k = words[i + 2]?.lower === 'the' ? i + 3 : i + 2; k < Math.min(words.length, i + 8); k++) {
    const w = words[k] as Word;
    if (out.length > 0 && w.afterMark) break;
    if (/^\p{Lu}/u.test(w.text)) out.push(w.lower);
    // "regional director for Asia of the World Food Program": the body may come after what the office covers.
    else if (!/^(?:of|and|for|&|the)$/.test(w.lower)) break;
  }
  return out;
}

function bodyNamedAt(words: readonly Word[], k: number): boolean {
  const at = words[k]?.lower === 'the' ? k + 1 : k;
  const c = countryAt(words, at);
  return /^\p{Lu}/u.test(words[at]?.text ?? '') && (c === null || opensBodyName(words, at + c.span));
}

/**
 * A name made the holder of a title, right before it: "Netanyahu has designated Sharon as his
 * chief", "named Ivo Brandt the new", "named deputy minister Olga Prazak as acting" (what the
 * person was before may come first when "as" follows the name; or an appositive after the name, "named
 * Meera Khanna, a former head of the railways, as its"; group 1: the name).
 */
export const APPOINTED_BEFORE_RE = /\b(?:designated|named|appointed|made|makes|chose|picked|nominated|installed)\s+(?:(?:(?:his|her|its|their|the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+as\s))?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,\s+(?:a|an|the)\s+[^,;]{1,60},\s+as|\s+(?:as\s+)?)\s*(?:(?:his|her|its|their|the|a|an|new)\s+){0,2}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/**
 * A title, then who holds it said by a passive of naming: "The two bombers were identified as
 * Youssef Zughayer", or as a reduced clause with who named them: "The hijacker, identified by
 * Cypriot police as Nabil Hammami," (group 1: the name).
 */
export const IDENTIFIED_AFTER_RE = /^(?:\s+(?:were|was|are|is|has\s+been|have\s+been)|,)\s+(?:identified|named)\s+(?:by\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,3})?as\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;

/**
 * A name, then a comma (and an age: "Wang Bingzhang, 50,"), then up to five words that open no
 * clause, up to the title: the title is the name's ("Byron Wien, U.S. equity strategist").
 */
export const APPOSITIVE_BEFORE_RE = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?!(?:and|or|but)\s)(?:\d{1,3},\s+)?(?:(?:the|a|an)\s+)?(?:(?!(?:who|which|that|whose|said|says|told|is|was|has|had|and\s+the)\b)[\p{L}.'’-]+\s+){0,5}$/u;

/** Words that may join what an office is of: "Minister of State for Security", "envoy in the Great Lakes region of Central Africa". */
const COMPLEMENT_JOIN = /^(?:of|for|to|in|at|on|and|the)$/;
/** Words that end the name of a body rather than a person: "Goldman Sachs Group Inc." */
const BODY_END = /^(?:inc|corp|co|ltd|plc|group|bank|fund|party|association|union|council|committee|commission|ministry|department|office|agency|company|university|institute|foundation|federation|front|movement|army|force|forces|police|service|affairs)$/;

/**
 * The holder named after the complement of the title at `i` ("of the International Monetary
 * Fund, Michel Camdessus"; "to Egypt, Yasser Yakis"): after a comma that closes the complement,
 * a capitalised name. Without the comma, only a run of three capitalised words or more that
 * is no country's and ends in no body's word ("of State for Security Muruli Mukasa"): its last
 * two words.
 */
export function holderAfterComplement(words: readonly Word[], i: number): string[] {
  if (!/^(?:of|to|for|in|at)$/.test(words[i + 1]?.lower ?? '') || words[i + 1]?.afterMark) return [];
  const name = (k: number): string[] => {
    const out: string[] = [];
    for (let j = k; j < Math.min(words.length, k + 3); j++) {
      const x = words[j] as Word;
      if (!/^\p{Lu}/u.test(x.text) || (j > k && x.afterMark) || /^(?:the|an?|he|she|it|they|but|and|in|on|which|who)$/.test(x.lower)) break;
      out.push(x.lower);
    }
    return out;
  };
  const run: Word[] = [];
  for (let k = i + 2; k < Math.min(words.length, i + 12); k++) {
    const w = words[k] as Word;
    if (w.afterMark) return k > i + 2 && countryAt(words, k) === null ? name(k) : [];
    if (/^\p{Lu}/u.test(w.text)) {
      run.push(w);
      continue;
    }
    // "State for Security": a joining word inside a capitalised run keeps it going.
    if (run.length > 0 && /^(?:for|and|of)$/.test(w.lower) && /^\p{Lu}/u.test(words[k + 1]?.text ?? '') && !words[k + 1]?.afterMark) continue;
    if (run.length >= 3 && !run.some((x, j) => countryAt(run, j) !== null) && !BODY_END.test(run[run.length - 1]?.lower ?? '') && words[i + 2]?.lower !== 'the') {
      return run.slice(-2).map((x) => x.lower);
    }
    if (!COMPLEMENT_JOIN.test(w.lower) && !/^\p{Ll}{3,}$/u.test(w.text)) return [];
    if (CLAUSE_WORD.test(w.lower) && !COMPLEMENT_JOIN.test(w.lower)) return [];
    run.length = 0;
  }
  return [];
}

/**
 * The countries the words at `i` name, and how many words they take: a two-word name first
 * ("South Korea's"), then one word; a word several countries share ("Congolese") names each of them.
 */
export function countriesAt(words: readonly Word[], i: number): { countries: readonly string[]; span: number } | null {
  const c = countryAt(words, i);
  if (c) return { countries: [c.country], span: c.span };
  const word = words[i];
  const shared = word && /^\p{Lu}/u.test(word.text) ? countryTermsOf(word.lower) : [];
  return shared.length > 1 ? { countries: shared, span: 1 } : null;
}

/**
 * The countries `text` names (concept terms). A word several countries share ("Congolese")
 * names `asked` when it is one of them, else the first of them: another country, whichever.
 */
export function countriesNamed(text: string, asked: string | null = null): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const c = countriesAt(words, i);
    if (!c) continue;
    out.add(asked !== null && c.countries.includes(asked) ? asked : (c.countries[0] as string));
    i += c.span - 1;
  }
  return out;
}

/**
 * The country an article's lead (`lead`, its first sentence, dateline left out) names first:
 * the story's own country ("Protesters on Sunday urged Australian military leaders ..." →
 * Australia), or null. With `asked`, a word several countries share counts as that one.
 */
export function leadCountry(lead: string, asked: string | null = null): string | null {
  return [...countriesNamed(withoutDateline(lead), asked)][0] ?? null;
}

/** Words for coming to a country from outside it. */
const VISIT_RE = /^(?:visit|visits|visited|visiting|trip|tour|arrived|arrival|flew|travelled|traveled)$/;

/** Words after a visit that say when or by whom, not where: "visited in the spring", "arrived on Monday", "the visit by". */
const NOT_A_DESTINATION = /^(?:in|on|last|this|next|earlier|later|recently|yesterday|today|during|when|while|since|before|after|and|but|by|with|for|amid|again|there|here)$/;

/**
 * Whether `text` tells of a visit to `country`: "visit to China", "visited Honduras", "arrived
 * in Tokyo"; or of a visit by one of `visitors` (holders' name words, lower case) that names no
 * destination, so the story's own country: "When President Clinton visited in the spring".
 */
export function visitsCountry(text: string, country: string, visitors: ReadonlySet<string> = NO_TERMS): boolean {
  const words = wordsOf(text);
  for (let k = 0; k < words.length; k++) {
    if (!VISIT_RE.test(words[k]?.lower ?? '')) continue;
    let at = k + 1;
    while (at < k + 3 && /^(?:to|in|the)$/.test(words[at]?.lower ?? '')) at++;
    if (countryAt(words, at)?.country === country) return true;
    if (visitors.has(words[k - 1]?.lower ?? '') && visitsNoPlace(words, k)) return true;
  }
  return false;
}

/** A visit at `k` with no place after it: the sentence ends, a clause mark follows, or a word of time or company, "in" then a lower-case word or a month ("visited in the spring", "arrived in June"). */
function visitsNoPlace(words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  if (!next || next.afterMark) return true;
  if (!NOT_A_DESTINATION.test(next.lower)) return false;
  if (next.lower !== 'in') return true;
  const after = words[k + 2];
  return after !== undefined && (!/^\p{Lu}/u.test(after.text) || MONTHS.includes(after.lower));
}
