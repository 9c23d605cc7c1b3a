/**
 * Who holds the office a question asks about: "Who is the president of Honduras?", "Who is
 * Nicaragua's vice president?", "Who is the Honduran agriculture minister?". A sentence
 * answers only if someone in it holds that office: the same title at the same rank ("Vice
 * President Al Gore" is not a president, nor a former one the president), and not tied to
 * another country, in the sentence ("U.S. President Bill Clinton") or wherever the documents
 * introduce the holder (the speaker profiles). Countries come from the gazetteer, titles from
 * the general list of titles, so this holds for any story.
 */
import { ROLE_Q_RE, roleHeldIn, roleNoun } from './role-holders.ts';
import { isTitleWord } from './entities.ts';
import { countryTermOf, isCountryTerm } from './gazetteer.ts';
import type { TopicIndex, Unit } from './qa-index.ts';
import { termOf } from './text-analysis.ts';

/** The office a "who" question asks about. */
export interface AskedOffice {
  /** The title word, lower case ("president", "minister"), or a role noun ("mediator", "publisher"). */
  title: string;
  /** A role noun that is not a title: held by whoever the sentence names next to it. */
  role?: boolean;
  /** Whose role it is, when the question says: the owner's words ("the government's lawyer" → ["government"]). */
  owner?: string[];
  /** A rank before the title ("vice", "deputy", "former"), or null. */
  rank: string | null;
  /** The portfolio words before the title, as terms ("defense minister" → ["defens"]); [] when none. */
  portfolio?: string[];
  /**
   * What the office is of, after the title ("the leader of the Congolese rebels" → ["rebel"]):
   * the sentence must tie the title to it, before it ("rebel leader") or near it ("the
   * committee's secretary", "president of the Red Cross federation").
   */
  of?: string[];
  /** The country concept it belongs to ("~honduras"), or null when the question names none. */
  country: string | null;
}

/** Words that make a title a different office: "vice president", "former president". */
const RANK = /^(?:vice|deputy|former|ex|acting|interim|assistant|associate|under)$/;
/** Titles that address a person without naming an office. */
const COURTESY = /^(?:mr|mrs|ms|dr|miss|sir)$/;

interface Word {
  text: string;
  lower: string;
  /** A clause mark (comma, colon, bracket, dash) comes right before this word. */
  afterMark: boolean;
  /** Where it starts in the text. */
  start: number;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’]*/gu)) {
    const w = m[0];
    out.push({ text: w, lower: w.toLowerCase().replace(/['’]s?$/, '').replace(/\.$/, ''), afterMark: /[,;:()—–_]/.test(text.slice(last, m.index)), start: m.index });
    last = m.index + w.length;
  }
  return out;
}

/** The country concept of the words at `i` (one or two words: "El Salvador", "U.S."), with how many words it spans. */
function countryAt(words: readonly Word[], i: number): { country: string; span: number } | null {
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
function rankBefore(words: readonly Word[], i: number): { rank: string | null; at: number } {
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
function countryOfTitle(words: readonly Word[], i: number, at: number): string | null {
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
function portfolioBefore(words: readonly Word[], i: number, asked = false): string[] {
  const out: string[] = [];
  // In a question, before a title in lower case, a capitalised word is whose office it is, not
  // which: "the White House press secretary", "the Taliban information minister". (In a
  // sentence it may only open it: "Government spokesman ...".)
  const lowerTitle = asked && /^\p{Ll}/u.test(words[i]?.text ?? '');
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k] as Word;
    if (endsTitlePhrase(words, k) || RANK.test(w.lower) || countryAt(words, k) || /['’]/.test(w.text) || (lowerTitle && /^\p{Lu}/u.test(w.text))) break;
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
const CLAUSE_WORD = /^(?:despite|after|before|with|without|for|from|to|by|of|in|on|at|and|or|but|as|than|that|which|who|whom|said|says|told|against|between|among|under|over|about|while|when|where|because|since|until|unlike|like|is|are|was|were|has|have|had)$/;

/**
 * The portfolio after the title at `i`: "the leader of the Congolese rebels" → rebel (the
 * rebels' leader, not Congo's president), "minister of agriculture" → agriculture. A word
 * in lower case after "of", "the" and a country or other capitalised words, as a term.
 */
function portfolioAfter(words: readonly Word[], i: number): string[] {
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

/** The country in "<title> of (the) <Country>" after position `i`; not one that opens a body's name ("of the China Democratic Party"). */
function countryAfter(words: readonly Word[], i: number): string | null {
  if (words[i + 1]?.lower !== 'of') return null;
  const at = words[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  const c = countryAt(words, at);
  return c && !opensBodyName(words, at + c.span) ? c.country : null;
}

/** Whether the word at `k` goes on a capitalised name, after a country ("China Democratic Party"). */
function opensBodyName(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return w !== undefined && !w.afterMark && /^\p{Lu}/u.test(w.text) && !/^(?:and|or)$/i.test(w.text);
}

/** The office asked about by a "who" question, or null when it asks about none. */
export function askedOffice(question: string): AskedOffice | null {
  if (!/^\s*(?:and\s+)?(?:who|whom)\b/i.test(question)) return null;
  const words = wordsOf(question);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    if (!isTitleWord(w.lower) || COURTESY.test(w.lower)) continue;
    // "Who won the governor's race?", "Who might replace Armey as majority leader?": the title
    // qualifies something else, or is the office an act is about; the question asks for no holder.
    if (/['’]s?$/.test(w.text) || words.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'as')) continue;
    const { rank, at } = rankBefore(words, i);
    const country = countryOfTitle(words, i, at);
    const of = portfolioAfter(words, i);
    return { title: w.lower, rank, portfolio: portfolioBefore(words, i, true), ...(of.length > 0 ? { of } : {}), country };
  }
  const role = ROLE_Q_RE.exec(question);
  const noun = role ? roleNoun(role[2] as string) : null;
  if (!noun) return null;
  const ownerPhrase = /^(?!(?:the|an?)$)(?:the\s+)?((?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+?)['’]s?$/iu.exec(role?.[1] ?? '')?.[1];
  const owner = ownerPhrase?.toLowerCase().split(/\s+/);
  return owner && !countryTermOf(ownerPhrase ?? '') ? { title: noun, role: true, owner, rank: null, country: null } : { title: noun, role: true, rank: null, country: null };
}


/** A title held in a sentence: its rank, the country it is tied to there, and the holder's name words. */
interface Held {
  rank: string | null;
  portfolio: string[];
  country: string | null;
  holder: string[];
  /** The terms of the words up to NEAR_TITLE words either side of the title (gathered only when asked for). */
  near: ReadonlySet<string>;
  /** The title is of a named body, not a country: "leader of Islamic Holy War", "president of the International Federation". */
  ofBody: boolean;
  /** The terms of what follows the title after "for" or "of", up to a clause mark ("for the Joint Rescue Coordination Center"). */
  after: ReadonlySet<string>;
}

/** The terms of the "for / of ..." phrase after the title at `i`, up to six words or a clause mark. */
function complementTerms(words: readonly Word[], i: number): ReadonlySet<string> {
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
function ofBody(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (before && /['’]s?$/.test(before.text) && countryAt(words, i - 1) === null && /^(?:the|its|their|his|her)$/.test(words[i - 2]?.lower ?? '')) return true;
  if (words[i + 1]?.lower !== 'of') return false;
  const at = words[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  const c = countryAt(words, at);
  return /^\p{Lu}/u.test(words[at]?.text ?? '') && (c === null || opensBodyName(words, at + c.span));
}

/**
 * A name, then a comma (and an age: "Wang Bingzhang, 50,"), then up to five words that open no
 * clause, up to the title: the title is the name's ("Byron Wien, U.S. equity strategist").
 */
export const APPOSITIVE_BEFORE_RE = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:\d{1,3},\s+)?(?:(?:the|a|an)\s+)?(?:(?!(?:who|which|that|whose|said|says|told|is|was|has|had|and\s+the)\b)[\p{L}.'’-]+\s+){0,5}$/u;

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
function holderAfterComplement(words: readonly Word[], i: number): string[] {
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

/** How far from a title a word may be and still say what the office is of. */
const NEAR_TITLE = 4;

const NO_TERMS: ReadonlySet<string> = new Set();

/** The titles held in `text`; `withNear` also gathers the words around each (for an office asked "of" something). */
function heldIn(text: string, isTitle: (word: string) => boolean, withNear = false): Held[] {
  const words = wordsOf(text);
  const out: Held[] = [];
  words.forEach((w, i) => {
    if (!isTitle(w.lower)) return;
    const { rank, at } = rankBefore(words, i);
    const country = countryOfTitle(words, i, at);
    const holder: string[] = [];
    // "chief executive, Tomas Okafor": the title's own noun in lower case may come first, when
    // a comma sets the name after it apart ("the president met Arafat" is no one's title).
    let from = i + 1;
    while (from < i + 3 && /^\p{Ll}{3,}$/u.test(words[from]?.text ?? '') && !words[from]?.afterMark && !CLAUSE_WORD.test(words[from]?.lower ?? '')) from++;
    if (from > i + 1 && !words[from]?.afterMark) from = i + 1;
    for (let k = from; k < Math.min(words.length, from + 3); k++) {
      const x = words[k] as Word;
      if (!/^\p{Lu}/u.test(x.text) || (words[k]?.afterMark && k > from)) break;
      holder.push(x.lower);
    }
    // "The managing director of the International Monetary Fund, Michel Camdessus", "Minister
    // of State for Security Muruli Mukasa": the name after what the office is of.
    if (holder.length === 0) holder.push(...holderAfterComplement(words, i));
    // "Fayez Zeidan, chairman of ...", "Bill Clinton, the U.S. president", "Wang Bingzhang, 50,
    // an adviser": the name before it.
    if (holder.length === 0) {
      const start = words[rank ? i - 1 : i]?.start ?? 0;
      const app = APPOSITIVE_BEFORE_RE.exec(text.slice(Math.max(0, start - 80), start));
      if (app) holder.push(...(app[1] as string).toLowerCase().split(/\s+/));
    }
    const near = withNear ? new Set(words.slice(Math.max(0, i - NEAR_TITLE), i + NEAR_TITLE + 1).map((x) => termOf(x.lower) ?? x.lower)) : NO_TERMS;
    out.push({ rank, portfolio: portfolioBefore(words, i), after: complementTerms(words, i), country, holder, near, ofBody: country === null && ofBody(words, i) });
  });
  return out;
}

/** The country the documents most often introduce a person with (speaker profiles), or null. */
function profileCountry(holder: readonly string[], profiles: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  for (const name of [...holder].reverse()) {
    for (const t of profiles.get(name) ?? []) if (isCountryTerm(t)) return t;
  }
  return null;
}

/**
 * How the sentence fits the asked office:
 * - `confirmed`: someone holds it, tied to the asked country in the sentence or the documents;
 * - `possible`: someone holds the title at the asked rank, of no known country;
 * - `loose`: the same, in a sentence that names another country, so whose office it is stays open;
 * - `other`: every use of the title is another office (another rank, another country's);
 * - `absent`: no one in it holds the title, nor a word for it ("leader" for "president").
 */
export type OfficeMatch = 'confirmed' | 'possible' | 'loose' | 'other' | 'absent';

/** The countries `text` names (concept terms). */
function countriesNamed(text: string): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const c = countryAt(words, i);
    if (c) out.add(c.country);
    if (c) i += c.span - 1;
  }
  return out;
}

/** Words for coming to a country from outside it. */
const VISIT_RE = /^(?:visit|visits|visited|visiting|trip|tour|arrived|arrival|flew|travelled|traveled)$/;

/** Whether `text` tells of a visit to `country`: "visit to China", "visited Honduras", "arrived in Tokyo". */
function visitsCountry(text: string, country: string): boolean {
  const words = wordsOf(text);
  for (let k = 0; k < words.length; k++) {
    if (!VISIT_RE.test(words[k]?.lower ?? '')) continue;
    let at = k + 1;
    while (at < k + 3 && /^(?:to|in|the)$/.test(words[at]?.lower ?? '')) at++;
    if (countryAt(words, at)?.country === country) return true;
  }
  return false;
}

/** Whether `named` holds a country other than `country`. */
function namesOther(named: ReadonlySet<string>, country: string): boolean {
  for (const c of named) if (c !== country) return true;
  return false;
}

export function officeMatch(
  asked: AskedOffice,
  text: string,
  profiles: ReadonlyMap<string, ReadonlySet<string>>,
  /** Whether the sentence's article names a country (a concept term); unknown articles name every one. */
  articleNames: (country: string) => boolean = () => true,
  /** The sentence before, in the same document, or ''. */
  before = '',
): OfficeMatch {
  if (asked.role) return roleHeldIn(text, asked.title, asked.owner);
  // The title itself, or a word for it ("leader" for "president"): held the same way.
  const concept = termOf(asked.title);
  const withNear = (asked.of ?? []).length > 0;
  const exact = heldIn(text, (w) => w === asked.title, withNear);
  const held = exact.length > 0 ? exact : concept === null ? [] : heldIn(text, (w) => termOf(w) === concept, withNear);
  // No title, or one no one in the sentence holds ("The Transportation Minister asked me ..."): it names no one.
  if (held.every((h) => h.holder.length === 0)) return 'absent';
  let best: OfficeMatch = 'other';
  for (const h of held) {
    if (h.rank !== asked.rank || h.holder.length === 0) continue;
    // "Israel's defense minister": a prime or foreign minister holds another office. The
    // portfolio may follow the title: "a spokesman for the Joint Rescue Coordination Center".
    if ((asked.portfolio ?? []).some((p) => !h.portfolio.includes(p) && !h.after.has(p))) continue;
    // "The leader of the rebels": "rebel leader X", not "President X".
    if ((asked.of ?? []).some((p) => !h.near.has(p))) continue;
    // "Who is Syria's president?": the leader of a named body is no country's president.
    if (asked.country !== null && h.ofBody) continue;
    const country = asked.country === null ? null : (h.country ?? profileCountry(h.holder, profiles));
    if (asked.country === null || country === asked.country) return 'confirmed';
    // "the leader, Wang Youcai" for China's president: a word for the title, of no country, may
    // lead anything; only the title itself is likely the country's.
    if (country === null) best = exact.length > 0 ? 'possible' : 'loose';
  }
  // A holder of no known country, in an article that never names the asked one, is probably
  // another country's ("Prime Minister Yevgeny Primakov" in a story on Russia, for Ukraine's).
  if (best !== 'other' && !articleNames(asked.country as string)) return 'absent';
  // In a sentence that names another country, whose office it is stays open ("ties with
  // Indonesia despite Defence Minister John Moore", for Indonesia's); in one that names none,
  // the article's country is the likely one.
  if (best !== 'possible') return best;
  const asks = asked.country as string;
  // "during President Clinton's visit to China": a holder who visits the country is another's.
  if (visitsCountry(text, asks)) return 'other';
  const here = countriesNamed(text);
  if (namesOther(here, asks)) return 'loose';
  // The same when the sentence names no country and the one before names only others: "British
  // Foreign Secretary Robin Cook said ... Cook told reporters after a Cabinet called by Prime
  // Minister Tony Blair" is Britain's prime minister, not the asked country's.
  if (before && !here.has(asks)) {
    const there = countriesNamed(before);
    if (!there.has(asks) && namesOther(there, asks)) return 'loose';
  }
  return best;
}

/** Whether `text` opens by referring back to the asked title: "The minister, Amir Khan Muttaqi, ...". */
export function refersBackToTitle(text: string, office: AskedOffice): boolean {
  return !office.role && new RegExp(`^["“'‘(]*The\\s+(?:[a-z]+\\s+){0,2}${office.title}s?\\b`, 'u').test(text);
}

/** Confidence factor of each match. */
export const OFFICE_FACTOR: Readonly<Record<OfficeMatch, number>> = { confirmed: 1, possible: 1, loose: 0.6, other: 0.4, absent: 0.5 };

/** The office match of the next sentence of `unit`'s passage when it refers back to the title ("The minister, Amir Khan Muttaqi, ..."), or null. */
export function heldInNext(index: TopicIndex, unit: Unit, office: AskedOffice, match: (text: string) => OfficeMatch): OfficeMatch | null {
  const doc = index.brief.sources[unit.doc];
  const here = doc?.sentences[unit.sentence];
  const next = doc?.sentences[unit.sentence + 1];
  if (!here || !next || next.passageIndex !== here.passageIndex || !refersBackToTitle(next.text, office)) return null;
  const m = match(next.text);
  return m === 'confirmed' || m === 'possible' ? m : null;
}
