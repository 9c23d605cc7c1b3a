/**
 * Which country a role or group belongs to: "Syria's defence minister", "Syrian troops",
 * "the Lebanese prime minister". A question that ties a role to one country ("Who is Syria's
 * defence minister?", "How many Syrian troops ...?") is not answered by a sentence that ties
 * the same role to another ("Israeli defence minister Yitzhak Mordechai", "10,000 Turkish
 * troops"), however many of the question's other words it shares. Countries, capitals and
 * demonyms come from the gazetteer, so this holds for any country.
 */
import { abbreviates } from './acronyms.ts';
import { isTitleWord } from './entities.ts';
import { COUNTRY_GROUPS, countryNameTerm, DEMONYMS } from './gazetteer.ts';
import { withoutDateline } from '../content/dateline.ts';
import { perText } from './per-text.ts';
import { escapeRegExp, STOP_WORDS } from './text-analysis.ts';
import { countriesAt, countriesNamed, wordsOf } from './title-phrases.ts';
import { wordNet } from './wordnet.ts';

/** A country word (name, capital or demonym) followed by the word it qualifies. */
export interface CountryTie {
  /** The country's concept name ("syria"). */
  country: string;
  /** The first word after it, lower-cased, plural folded ("minister", "troop"). */
  head: string;
}

let countryOfWord: Map<string, string> | null = null;

function countryOf(phrase: string): string | undefined {
  if (!countryOfWord) {
    countryOfWord = new Map();
    for (const g of COUNTRY_GROUPS) for (const w of g) if (!countryOfWord.has(w)) countryOfWord.set(w, g[0] as string);
  }
  // Fold diacritics only when there are any ("Türkiye"); most words are plain ASCII.
  return countryOfWord.get(/[^\x00-\x7f]/.test(phrase) ? phrase.normalize('NFD').replace(/\p{M}/gu, '') : phrase);
}

export const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
/** Words after a country word that do not name what it qualifies. */
const NOT_A_HEAD = /^(?:and|or|but|the|a|an|of|in|on|at|to|for|from|with|by|is|are|was|were|has|have|had|said|says|will|would|and|that|which|who|as)$/;

export function fold(word: string): string {
  const w = word.toLowerCase().replace(/['’]s?$/, '').replace(/\.$/, '');
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Ties, counting ties and offices of recent texts: scoring asks about the same question and sentences many times. */
const memo = new Map<string, Memo>();
const MEMO_MAX = 4096;

interface Memo {
  ties?: CountryTie[];
  counting?: readonly CountingTie[];
  offices?: Office[];
}

function memoOf(text: string): Memo {
  let m = memo.get(text);
  if (!m) {
    if (memo.size >= MEMO_MAX) memo.clear();
    m = {};
    memo.set(text, m);
  }
  return m;
}

/** The country ties in `text`, in order. */
export function countryTies(text: string): CountryTie[] {
  const m = memoOf(text);
  return (m.ties ??= computeCountryTies(text));
}

function computeCountryTies(text: string): CountryTie[] {
  const words = text.match(TOKEN_RE) ?? [];
  const out: CountryTie[] = [];
  for (let i = 0; i < words.length; i++) {
    // Two-word names first ("North Korea's", "Saudi Arabian").
    let country: string | undefined;
    let span = 1;
    const first = (words[i] as string).replace(/['’]s$/, '').toLowerCase();
    if (i + 1 < words.length) {
      country = countryOf(`${first} ${(words[i + 1] as string).replace(/['’]s$/, '').toLowerCase()}`);
      if (country) span = 2;
    }
    // A name that ends the sentence keeps its full stop in the token ("the capital of Ethiopia.").
    country ??= countryOf(first) ?? (first.endsWith('.') ? countryOf(first.slice(0, -1)) : undefined);
    if (!country || !/^\p{Lu}/u.test(words[i] as string)) continue;
    const next = words[i + span];
    if (next && !NOT_A_HEAD.test(next.toLowerCase())) out.push({ country, head: fold(next) });
    // "the capital of Chad": the noun before "of" is the country's as well.
    const owned = words[i - 2];
    if (words[i - 1] === 'of' && owned !== undefined && /^\p{Ll}{3,}$/u.test(owned) && !NOT_A_HEAD.test(owned)) out.push({ country, head: fold(owned) });
    for (const head of countedBy(words, i + span)) out.push({ country, head: fold(head) });
    i += span - 1;
  }
  return out;
}

/** "How many troops did Syria send?": the country as the subject owns what the question counts. */
export function countingCountry(question: string): readonly CountingTie[] {
  const m = memoOf(question);
  return (m.counting ??= readCountingCountry(question));
}

/** A country tie with the country's name as the question writes it. */
type CountingTie = CountryTie & { name: RegExp };

function readCountingCountry(question: string): CountingTie[] {
  const asked = HOW_MANY_DID_COUNTRY_RE.exec(question);
  const written = asked?.[2] as string | undefined;
  // A country's name, not a people's word before a noun ("does German law give").
  const country = written && !DEMONYMS.has(written.toLowerCase()) ? countryOf(written.toLowerCase()) : undefined;
  return asked && written && country ? [{ country, head: fold(asked[1] as string), name: new RegExp(`\\b${escapeRegExp(written)}\\b`, 'u') }] : [];
}

/** "How many (more) troops did Syria send": the counted noun, then a country as the subject after the auxiliary. */
const HOW_MANY_DID_COUNTRY_RE = /\b[Hh]ow many\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:did|do|does|will|would|has|have|had)\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)/u;

/** Words between a subject and its verb's object that end the verb phrase: a preposition or a new clause. */
const NOT_A_VERB = /^(?:and|or|but|the|a|an|of|in|on|at|to|for|from|with|by|said|says|that|which|who|as|than|its|their|his|her)$/;
/** A hedge before a count: "around 10,000". */
const COUNT_HEDGE = /^(?:some|about|around|nearly|almost|over|more|roughly)$/;

/**
 * What a country as subject acts on in a count, from `k` right after it: "Turkey has sent
 * 10,000 troops" → troops (and the word after, for "10,000 more troops"). The country owns
 * what it counts. Up to three verb words, then the number.
 */
function countedBy(words: readonly string[], k: number): string[] {
  let j = k;
  while (j < k + 3 && /^\p{Ll}+$/u.test(words[j] ?? '') && !NOT_A_VERB.test(words[j] as string) && !COUNT_HEDGE.test(words[j] as string)) j++;
  if (j === k) return [];
  if (COUNT_HEDGE.test(words[j] ?? '')) j++;
  if (!/^\d/.test(words[j] ?? '')) return [];
  while (/^\d/.test(words[j] ?? '')) j++;
  return words.slice(j, j + 2).filter((w) => /^\p{Ll}/u.test(w));
}

/**
 * Whether `sentence` ties a role the question ties to one country to a different country
 * only ("Who is Syria's defence minister?" against "Israeli defence minister ...", "How many
 * troops did Syria send?" against "10,000 Turkish troops were deployed").
 */
export function tiesAnotherCountry(question: string, sentence: string): boolean {
  // A sentence that names the counting country itself ("North Korea plans to send 317 athletes") may have it count.
  const counting = countingCountry(question).filter((t) => !t.name.test(sentence));
  return onlyOthers([...countryTies(question), ...counting], () => countryTies(sentence), (t) => t.head, (t) => t.country);
}

/**
 * Whether, for some pair the question asks about (a role and its owner), the sentence has the
 * same role (`kind`) but only with other owners (`owner`).
 */
function onlyOthers<T>(asked: readonly T[], found: () => readonly T[], kind: (t: T) => string, owner: (t: T) => string): boolean {
  if (asked.length === 0) return false;
  const inSentence = found();
  return asked.some((a) => {
    const same = inSentence.filter((f) => kind(f) === kind(a));
    return same.length > 0 && same.every((f) => owner(f) !== owner(a));
  });
}

/** Words before a title that say whose or which office it is only loosely ("the", "its", "top"). */
const LOOSE_MODIFIER = /^(?:the|a|an|its|his|her|their|our|your|top|senior|former|new|then|acting|deputy|vice|chief|said|says|and|of|as|incoming|outgoing|current|newly|designate|interim)$/;

/**
 * Which office a title names: the word before it ("agriculture minister", "prime minister",
 * "press secretary"). "Who is the agriculture minister?" is not answered by a sentence that
 * names only a different office with the same title ("Unification Minister Kang In-duk").
 */
export function namesAnotherOffice(question: string, sentence: string): boolean {
  const asked = officesIn(question);
  if (asked.length === 0) return false;
  const found = officesIn(sentence);
  return asked.some((a) => {
    // "Yeltsin's spokesman" is whose office, not which: only another owner ("Halvorsen chief
    // executive" for Brightwater's) makes it another; a portfolio ("presidential spokesman") does not.
    const same = found.filter((f) => f.title === a.title && (!a.owner || f.owner));
    // "AOL's president" is "America Online's president".
    return same.length > 0 && same.every((f) => f.modifier !== a.modifier && !sameOwner(a, f));
  });
}

/** Whether two offices' owners are one body, the one written by the other's initials ("AOL" / "America Online"). */
function sameOwner(a: Office, b: Office): boolean {
  if (!a.ownerName || !b.ownerName) return false;
  const initials = (o: Office): string => (o.ownerName as string).replace(/['’]s?$/, '');
  return (/^\p{Lu}{2,}$/u.test(initials(a)) && abbreviates(initials(a), initials(b))) || (/^\p{Lu}{2,}$/u.test(initials(b)) && abbreviates(initials(b), initials(a)));
}

/** Lower-case words that begin a name ("bin Laden", "al-Qaeda", "de Klerk"). */
const NAME_PARTICLE = /^(?:al|al-\S+|el|bin|ibn|abu|de|del|der|van|von|da|di|du|la|le)$/;

interface Office {
  title: string;
  modifier: string;
  /** The modifier names whose office it is ("Yeltsin's spokesman", "Halvorsen chief executive"), not a portfolio. */
  owner: boolean;
  /** An owner's whole name, as written ("America Online"), for one written by its initials ("AOL"). */
  ownerName?: string;
}

/** A capitalised possessive ("Yeltsin's") or a capitalised word that is no English word ("Halvorsen"): a name. */
function isOwner(raw: string): boolean {
  if (!/^\p{Lu}/u.test(raw)) return false;
  if (/['’]s?$/.test(raw)) return true;
  const w = raw.toLowerCase();
  const wn = wordNet();
  return wn !== null && wn.lemmas(w, 'noun').length === 0 && wn.lemmas(w, 'adj').length === 0;
}

function officesIn(text: string): Office[] {
  const m = memoOf(text);
  if (m.offices) return m.offices;
  const found = [...text.matchAll(TOKEN_RE)];
  const raw = found.map((m) => m[0]);
  const words = raw.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  // "relief flights, spokesman Trevor Rowe said": a word across punctuation does not qualify the title.
  const joined = (i: number): boolean => i > 0 && /^\s+$/.test(text.slice((found[i - 1] as RegExpExecArray).index + (raw[i - 1] as string).length, (found[i] as RegExpExecArray).index));
  const out: Office[] = [];
  const says = (x: string | undefined): x is string => x !== undefined && x.length >= 3 && !STOP_WORDS.has(x) && !LOOSE_MODIFIER.test(x) && !countryOf(x) && !isTitleWord(x);
  words.forEach((w, i) => {
    if (!isTitleWord(w)) return;
    // "minister of agriculture" is the agriculture minister ("appointed minister of ...": the
    // verb before it says nothing of which office).
    // "governor of East Timor" names a place, not a portfolio.
    // A name's particle ("commander of bin Laden's group", "of al-Qaeda") starts a name, not a portfolio.
    const after = words[i + 1] === 'of' && !/^\p{Lu}/u.test(raw[i + 2] ?? '') && !/^\p{Lu}/u.test(raw[i + 3] ?? '') && !NAME_PARTICLE.test(words[i + 2] ?? '') ? words[i + 2] : undefined;
    if (says(after)) out.push({ title: fold(w), modifier: fold(after), owner: false });
    // Only a content word says which office: not "to", "us", "the", a country or another title.
    else if (joined(i) && says(words[i - 1])) {
      const owner = isOwner(raw[i - 1] as string);
      let from = i - 1;
      while (owner && from > 0 && joined(from) && /^\p{Lu}/u.test(raw[from - 1] as string)) from--;
      out.push({ title: fold(w), modifier: fold(words[i - 1] as string), owner, ...(owner ? { ownerName: raw.slice(from, i).join(' ') } : {}) });
      // "the trade and industry minister" is the trade minister too.
      if (words[i - 2] === 'and' && joined(i - 1) && joined(i - 2) && says(words[i - 3])) out.push({ title: fold(w), modifier: fold(words[i - 3] as string), owner: false });
    }
  });
  return (m.offices = out);
}

/**
 * Whether `sentence` opens with another country than `actor`, the country the question has
 * act ("When will Denmark join the euro?"), and never names the actor: "Greece hopes to join the
 * euro-zone in 2001" dates Greece's joining, not Denmark's.
 */
export function actsAnotherCountry(actor: string, sentence: string): boolean {
  const key = `${actor}\u0000${sentence}`;
  let hit = actingMemo.get(key);
  if (hit === undefined) {
    if (actingMemo.size > MEMO_MAX) actingMemo.clear();
    actingMemo.set(key, (hit = opensWithAnotherCountry(actor, sentence)));
  }
  return hit;
}

const actingMemo = new Map<string, boolean>();

function opensWithAnotherCountry(actor: string, sentence: string): boolean {
  // The subject: a country among the first words, before any verb-like word in lower case
  // (read from the sentence's opening only; the whole sentence only when one is there).
  const words = wordsOf(sentence.slice(0, 80));
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    const c = countriesAt(words, i);
    if (c) return !c.countries.includes(actor) && !countriesNamed(sentence, actor).has(actor);
    if (/^\p{Ll}/u.test(words[i]?.text ?? '') && !/^(?:the|a|an)$/.test(words[i]?.lower ?? '')) return false;
  }
  return false;
}

/**
 * The countries `text` (its dateline left out) names by their own names (not by a capital or a
 * people: "Palestinian businessmen"); once per text (per-text.ts), as the scorer asks again for each question.
 */
const countriesByName = perText((text: string): ReadonlySet<string> => {
  const out = new Set<string>();
  const words = withoutDateline(text).match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] as string)) continue;
    for (let n = 3; n >= 1; n--) {
      const c = countryNameTerm(words.slice(i, i + n).join(' '));
      if (c === null) continue;
      out.add(c);
      i += n - 1;
      break;
    }
  }
  return out;
});

/**
 * Whether `text` names other countries than `asked` where an asked one (`term`) would be, and
 * the sentence before (`before`) does not speak of that one alone ("She will visit Guatemala.
 * She will also visit Nicaragua ..." keeps it).
 */
export function othersInPlaceOf(term: string, text: string, before: string, asked: ReadonlySet<string>): boolean {
  if (![...countriesByName(text)].some((c) => !asked.has(c))) return false;
  const prev = countriesByName(before);
  return !(prev.has(term) && [...prev].every((c) => asked.has(c)));
}
