/**
 * Stage 4 of answering, beside the scorer: how a sentence may name what the question names
 * without writing it out. A demonstrative points back to a name just used ("that small
 * island"); an organisation goes by the last words of its name ("the Judiciary Committee"); a
 * definite noun takes up the event the sentence before told of ("the two-hour meeting"), or
 * a named thing by its kind ("the yacht Sea Falcon ... the yacht").
 */
import { analyze, escapeRegExp, termOf } from './text-analysis.ts';
import { isPlaceWord, isTitleWord } from './entities.ts';
import { withoutDateline } from '../content/dateline.ts';
import { DEMONYMS, isCountryTerm } from './gazetteer.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { wordNet } from './wordnet.ts';

export { kindNamesOf, NamesOfKind, type KindNamesCache } from './names-of-kind.ts';

/** A demonstrative and up to two words, right before a word: "that small island", "this committee". */
const DEMONSTRATIVE_BEFORE_RE = /\b(?:that|this|these|those)\s+(?:[a-z-]+\s+){0,2}$/i;

/** Whether a word of the name `group` in `text` is pointed back to by a demonstrative ("on that small island"). */
export function pointedBack(text: string, group: readonly string[]): boolean {
  return analyze(text).some((t) => group.includes(t.term) && DEMONSTRATIVE_BEFORE_RE.test(text.slice(Math.max(0, t.start - 40), t.start)));
}
/** A determiner right before a noun: "the commission", "its commission". */
const DETERMINER_RE = /^(?:the|its|their|this|that)$/i;

/**
 * Whether `text` names a body whose name is all common words or ends in one ("Election
 * Commission", terms `group`) by its head noun alone: "Commission chairman Anton Golob said",
 * "the commission said". Only with nothing before the noun but a determiner or a word of the
 * name: "the European Commission", "the 1998 games", "the literature prize" are others. The
 * caller checks that a sentence just before wrote the name whole.
 */
export function headNounOfName(text: string, group: readonly string[]): boolean {
  const head = group[group.length - 1];
  if (group.length < 2 || head === undefined) return false;
  return analyze(text).some((t) => {
    if (t.term !== head) return false;
    const before = /([\p{L}\d'’.-]+)(\s*)$/u.exec(text.slice(Math.max(0, t.start - 40), t.start));
    // At the start or after a mark: "Commission chairman ...", ", commission officials".
    if (!before) return true;
    if (before[2] === '') return false;
    const word = before[1] as string;
    return DETERMINER_RE.test(word) || group.includes(termOf(word.toLowerCase()) ?? '');
  });
}

/**
 * Whether `text` refers to the asked "<Name> <noun>" by its noun alone, right after a sentence
 * that wrote the whole ("The African Union mission said ... 'mission chief Colonel Amara Toure
 * said'" for "Who heads the African Union mission?"): the question writes the name `group`
 * (its terms) then a lower-case noun, `text` has that noun with no capitalised word before it
 * (another body's), and one of `previous` (the sentences before, nearest first) has the whole.
 */
export function nounContinuesName(question: string, names: readonly string[], group: readonly string[], text: string, previous: readonly string[]): boolean {
  const key = `${question}\u0001${group.join(' ')}`;
  let patterns = nameNounMemo.get(key);
  if (patterns === undefined) {
    if (nameNounMemo.size >= NAME_NOUN_MEMO_MAX) nameNounMemo.clear();
    nameNounMemo.set(key, (patterns = nameNounPatterns(question, names, group)));
  }
  return patterns !== null && patterns.bare.test(text) && previous.some((p) => patterns.whole.test(p));
}

/** The patterns of one question and name, made once: the scorer asks for every candidate sentence. */
const nameNounMemo = new Map<string, { bare: RegExp; whole: RegExp } | null>();
const NAME_NOUN_MEMO_MAX = 256;

/** For a question that writes the name `group` then a lower-case noun: the noun alone, and the name with it; else null. */
function nameNounPatterns(question: string, names: readonly string[], group: readonly string[]): { bare: RegExp; whole: RegExp } | null {
  const name = names.find((n) => analyze(n).map((t) => t.term).join(' ') === group.join(' '));
  if (name === undefined) return null;
  const noun = new RegExp(`\\b${escapeRegExp(name)}\\s+(\\p{Ll}{3,})\\b`, 'u').exec(question)?.[1];
  if (noun === undefined || (wordNet()?.lemmas(noun, 'noun').length ?? 0) === 0) return null;
  return {
    bare: new RegExp(`(?<![\\p{Lu}][\\p{L}'’.-]*\\s)\\b${escapeRegExp(noun)}\\b`, 'u'),
    whole: new RegExp(`\\b${escapeRegExp(name)}(?:['’]s)?\\s+${escapeRegExp(noun)}\\b`, 'u'),
  };
}

/**
 * Whether `text` names the organisation `group` (its terms) by the last two words of its name
 * after "the": "the Judiciary Committee" for "House Judiciary Committee". Another capitalised
 * word before them ("the Republican National Committee") would make it another organisation.
 */
export function shortNamed(text: string, names: readonly string[], group: readonly string[]): boolean {
  const name = names.find((n) => analyze(n).map((t) => t.term).join(' ') === group.join(' '));
  const words = name?.split(/\s+/) ?? [];
  if (words.length < 3) return false;
  const tail = words.slice(-2).map(escapeRegExp).join('\\s+');
  return new RegExp(`\\bthe\\s+${tail}\\b`).test(text);
}

/** Whether `text` refers back to the question's event with a definite noun: "the two-hour meeting", "the talks". */
export function refersBackToEvent(text: string, focal: ReadonlySet<string>): boolean {
  return analyze(text).some((t) => {
    const word = text.slice(t.start, t.end);
    if (!focal.has(t.term) || !/^\p{Ll}/u.test(word)) return false;
    const m = DEFINITE_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 30), t.start));
    // "the judges sentenced ...": a past tense after a noun is the verb of a clause, not a noun the article names the event by.
    return m !== null && !(m[1] !== undefined && m[1].length > 0 && /ed$/.test(word));
  });
}
const DEFINITE_BEFORE_RE = /\b(?:the|that|this)\s+((?:[\p{L}-]+\s+){0,2})$/iu;

/** How many words after a noun, in an earlier sentence, still say which one it is ("decision to show a documentary"). */
const DEFINITE_TAIL = 5;
/** A noun's complement after it: "to show", "on the convoy", "against the ruling". */
const COMPLEMENT_AFTER_RE = /^\s+(?:to|on|against|for|over)\s/i;
/** How many sentences back a definite noun may take its words from. */
const DEFINITE_LOOKBACK = 6;

/**
 * The terms a definite noun of `text` takes from where its document named it before (`before`,
 * its earlier sentences, read only when `text` has such a noun): "Carvalho
 * defended the decision" after "... protesting the festival's decision to show a documentary"
 * is about that decision, to show a documentary. Only for `focal` nouns written with "the",
 * "this" or "that" right before them; the words are those up to DEFINITE_TAIL after the noun
 * in the DEFINITE_LOOKBACK sentences before, when a complement follows it there ("to", "on" ...),
 * and the word right before it there ("The collapse" after "part of a tunnel collapsed" is the
 * tunnel's); a singular noun only ("the dissidents" are many, named in many ways).
 */
export function definiteNounTerms(before: () => readonly string[], text: string, focal: (term: string) => boolean): ReadonlySet<string> {
  const nouns = new Set<string>();
  for (const t of analyze(text)) {
    const word = text.slice(t.start, t.end);
    if (focal(t.term) && /^\p{Ll}[\p{Ll}-]*[^s]$/u.test(word) && /\b(?:the|this|that)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start))) nouns.add(t.term);
  }
  const out = new Set<string>();
  if (nouns.size === 0) return out;
  for (const s of before().slice(-DEFINITE_LOOKBACK)) {
    const toks = analyze(s);
    toks.forEach((t, i) => {
      if (!nouns.has(t.term)) return;
      // What it was of, the word right before it: "a tunnel collapse", "part of a tunnel collapsed" for "The collapse".
      const prev = toks[i - 1];
      if (prev && /^\s+$/.test(s.slice(prev.end, t.start))) out.add(prev.term);
      // Its complement: "decision to show", "attack on the convoy", "plan for the port".
      if (!COMPLEMENT_AFTER_RE.test(s.slice(t.end))) return;
      for (const x of toks.slice(i + 1, i + 1 + DEFINITE_TAIL)) out.add(x.term);
    });
  }
  return out;
}

/**
 * Whether `text` refers by title to someone the sentence before named with it: after
 * "President Boris Yeltsin would respond ...", "The president clearly understands ..." or
 * "said presidential spokesman Dmitry Yakushin" is about Yeltsin (`name`, any case).
 */
export function refersByTitle(before: string, text: string, name: string): boolean {
  const words = before.split(/\s+/);
  const bare = (w: string): string => w.replace(/[^\p{L}'’-]/gu, '').replace(/['’]s?$/, '').toLowerCase();
  const at = words.findIndex((w) => bare(w) === bare(name));
  if (at < 0) return false;
  // The title right before the name, past up to two more of its words: "President Boris Yeltsin".
  const title = words.slice(Math.max(0, at - 3), at).map((w) => w.toLowerCase()).find((w) => /^\p{L}+$/u.test(w) && isTitleWord(w));
  return title !== undefined && new RegExp(`\\bthe\\s+${escapeRegExp(title)}\\b|\\b${escapeRegExp(title)}ial\\b`, 'i').test(text);
}

/** A sentence opening with "The" and up to four words: "The prime minister used ...", "The US envoy, on the other hand, ...". */
const THE_OPENS_RE = /^["“'‘(`]*The\s+((?:[\p{L}.-]+,?\s+){1,4})/u;

/**
 * Whether `text` opens with someone named by title or role alone ("The prime minister used riot
 * police ...", "The US envoy ... asked ...", "The former dictator ..."; not "The president of
 * Honduras", nor "The officials"): like a pronoun, it stands for a person named just before.
 * Before the title or role may stand lower-case words and a country or its people ("US",
 * "Chilean"); the role is a singular noun whose commonest sense (WordNet) is a person.
 */
export function opensWithTitle(text: string): boolean {
  const words = THE_OPENS_RE.exec(text)?.[1]?.trim().split(/\s+/).map((w) => w.replace(/,$/, '')) ?? [];
  const at = words.findIndex((w, i) => i <= 2 && (isTitleWord(w) || isRoleNoun(w)));
  if (at < 0 || at + 1 >= words.length || words[at + 1] === 'of') return false;
  return words.slice(0, at).every((w) => /^\p{Ll}/u.test(w) || isPlaceWord(w) || isCountryTerm(w.toLowerCase()) || DEMONYMS.has(w.toLowerCase()));
}

/** A lower-case singular noun whose commonest sense is a person: "envoy", "skipper", "dictator". */
function isRoleNoun(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !/[^s]s$/.test(word) && (wordNet()?.isPersonNoun(word, false, 1) ?? false);
}

/** "It" or "Its" opening a sentence, as its subject. */
const IT_OPENS_RE = /^["“'‘(]*(?:It|Its)\b/u;

/**
 * Whether `text` opens with "It" right after a sentence whose subject is the name `name`:
 * after "The U.N. World Food Program said Thursday it was diverting ships ...", "It also was
 * pulling food from warehouses ..." is about the programme. The name must open the sentence
 * before (past "The" and up to two capitalised words, "U.N."), and not as part of a longer name.
 */
export function itContinuesName(before: string, text: string, name: string): boolean {
  if (!IT_OPENS_RE.test(text)) return false;
  const words = name.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`^["“'‘(]*(?:The\\s+)?(?:\\p{Lu}[\\p{L}.'’&-]*\\s+){0,2}${words}(?![\\p{L}'’-]|\\s+\\p{Lu})`, 'u').test(before);
}

/**
 * "The storm weakened as it crossed the islands. It was over the sea by evening, heading toward
 * Vietnam.": the term of the thing a sentence opening "It" continues, the previous sentence's
 * subject written "The <noun>" before its verb; null when `text` does not open with "It" or the
 * sentence before opens otherwise.
 */
export function itContinuesSubject(before: string, text: string): string | null {
  if (!IT_OPENS_RE.test(text)) return null;
  const noun = THE_SUBJECT_RE.exec(withoutDateline(before))?.[1];
  return noun === undefined ? null : termOf(noun.toLowerCase());
}
/**
 * "The storm weakened", "The ship was ...", "The satellite, Koru-1, was", "The machine, nicknamed
 * "Gerlinde" after ..., bored": a definite singular subject (group 1) right before its verb, or
 * with an aside between commas.
 */
const THE_SUBJECT_RE = /^["“'‘(]*The\s+(?:\p{Ll}[\p{Ll}-]*\s+)??(\p{Ll}{3,})(?:,\s+\p{Lu}[^,;]{0,40},|,\s+(?:nicknamed|named|called|dubbed|known\s+as)\s[^;.]{1,100}?,)?\s+(?:was|is|has|had|will|would|could|can|\p{Ll}+ed)\b/u;

/** Whether `text` opens by pointing back ("That prize ...") to the sentence before, which names a year other than `year`. */
export function pointsToOtherYear(text: string, before: string, year: string): boolean {
  if (!POINTS_BACK_RE.test(text)) return false;
  const years: string[] = before.match(/\b(?:1[89]\d\d|20\d\d)\b/g) ?? [];
  return years.length > 0 && !years.includes(year);
}
const POINTS_BACK_RE = /^["“'‘(]*(?:That|Those|This|These)\s+\p{Ll}/u;

/** Sentences back that a definite reference ("that small island") may point to a name in. */
export const NAME_LOOKBACK = 3;

/** Words that stand next to a name without saying what kind of thing it is. */
const NOT_KIND = /^(?:the|an?|and|or|of|in|on|at|to|for|from|with|by|as|that|this|his|her|its|their|our|said|says|told|was|were|is|are|has|had|have|will|would|new|former|called|named)$/;

/**
 * The kind nouns `text` puts next to the name `name`: the word in lower case right before it
 * ("the yacht Sea Falcon" → yacht, "space freighter Orion Star" → freighter) or right after
 * it ("the Zarya module" → module).
 */
export function kindNounsOf(text: string, name: string): string[] {
  const out: string[] = [];
  const escaped = name.split(/\s+/).map(escapeRegExp).join('\\s+');
  for (const m of text.matchAll(new RegExp(`(?:\\b(\\p{Ll}{1,})\\s+)?\\b${escaped}\\b(?:\\s+(\\p{Ll}{3,})\\b)?`, 'gu'))) {
    // After the name only when an article opens the phrase: "the Zarya module", not "Sea Falcon sank".
    const after = m[1] === 'the' || m[1] === 'a' ? m[2] : undefined;
    for (const w of [m[1], after]) if (w && w.length >= 3 && !NOT_KIND.test(w) && !/(?:ed|ing|ly)$/.test(w)) out.push(w);
  }
  // "Guanaja Island", "Casita Volcano": a common noun that ends the name is its kind ("that small island").
  for (const m of text.matchAll(new RegExp(`\\b${escaped}\\s+(\\p{Lu}\\p{Ll}{2,})\\b(?!\\s+\\p{Lu})`, 'gu'))) {
    const w = (m[1] as string).toLowerCase();
    if (!NOT_KIND.test(w) && wordNet()?.isCommonWord(w) === true && wordNet()?.lemmas(w, 'noun').includes(w) === true && !isPlaceWord(w)) out.push(w);
  }
  return out;
}

/** Whether `text` refers to a thing by one of its kind nouns with a definite article: "the yacht", "the stricken yacht". */
export function refersByKind(text: string, kinds: readonly string[]): boolean {
  return kinds.some((k) => new RegExp(`\\b(?:the|that|this)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${k}s?\\b`, 'iu').test(text));
}

/** The common noun a name of several words ends in ("union" of "Harbour Workers' Union"), or null. */
function headNounOf(name: string): string | null {
  const words = name.split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (words.length < 2 || !/^\p{Lu}/u.test(words.at(-1) ?? '') || last.length < 4 || NOT_KIND.test(last) || isPlaceWord(last)) return null;
  const wn = wordNet();
  return wn?.isCommonWord(last) === true && wn.lemmas(last, 'noun').includes(last) ? last : null;
}

/** "the union said", "union leader Ines Okafor": the head noun in lower case, after a determiner or before a noun for a person. */
function refersByHead(text: string, head: string): boolean {
  // In lower case: "the Dockers Union" is another name.
  const h = escapeRegExp(head);
  if (new RegExp(`\\b(?:[Tt]he|[Tt]hat|[Tt]his)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${h}s?\\b`, 'u').test(text)) return true;
  const m = new RegExp(`(?<![\\p{Lu}][\\p{L}'’-]*\\s)\\b${h}\\s+(\\p{Ll}{3,})\\b`, 'u').exec(text);
  return m !== null && wordNet()?.isPersonNoun(m[1] as string) === true;
}

/** A document's sentences, as far as this stage needs them. */
export interface DocSentences {
  sentences: readonly { text: string }[];
}

/** A name as a pattern of its words. */
function namePattern(name: string): RegExp {
  return new RegExp(`\\b${name.split(/\s+/).map(escapeRegExp).join('\\s+')}\\b`, 'u');
}

/**
 * Whether a sentence refers by its kind to a name used in the NAME_LOOKBACK sentences before
 * it: "the yacht Sea Falcon ... The yacht lost its mast". The kind is what the document puts
 * next to the name anywhere ("the yacht Sea Falcon"). Made once per topic index: it keeps each
 * document's kinds of each name (at most MAX_KEPT_NAMES), since the scorer asks for many sentences
 * of one document, and question after question for the same names.
 */
/** How many names (or document and name pairs) a KindReferences keeps what it found for, before it starts again. */
const MAX_KEPT_NAMES = 5000;

export class KindReferences {
  private readonly patterns = new Map<string, RegExp>();
  private readonly kinds = new Map<string, string[]>();

  /**
   * `topicSentences`: the topic's sentences that may name a name (from the index's postings), for
   * a kind another report gives it ("the water company Eaux du Rhône") when this one gives none.
   */
  constructor(private readonly topicSentences: (name: string) => readonly DocSentences[] = () => []) {}

  referredByKind(doc: DocSentences, docKey: number, at: number, name: string, thingsOnly = false): boolean {
    if (this.patterns.size >= MAX_KEPT_NAMES) this.patterns.clear();
    let named = this.patterns.get(name);
    if (!named) this.patterns.set(name, (named = namePattern(name)));
    let recent = false;
    for (let s = Math.max(0, at - NAME_LOOKBACK); s < at && !recent; s++) recent = named.test(doc.sentences[s]?.text ?? '');
    if (!recent) return false;
    const key = `${docKey}\u0000${name}`;
    if (this.kinds.size >= MAX_KEPT_NAMES) this.kinds.clear();
    let kinds = this.kinds.get(key);
    if (!kinds) this.kinds.set(key, (kinds = this.kindsIn([doc], named, name)));
    // "Lyon's prosecutor opened an investigation into ... Eaux du Rhône ... The company's chief executive ...": the kind from another report of the topic.
    if (kinds.length === 0) {
      const topicKey = `\u0001${name}`;
      let topicKinds = this.kinds.get(topicKey);
      if (!topicKinds) this.kinds.set(topicKey, (topicKinds = this.kindsIn(this.topicSentences(name), named, name)));
      kinds = topicKinds;
    }
    const text = doc.sentences[at]?.text ?? '';
    // For a name also used as a person's ("Huaxin Sports said ..."), only a kind that is no person's: "the company".
    const wn = wordNet();
    const usable = thingsOnly ? kinds.filter((k) => wn !== null && wn.lemmas(k, 'noun').length > 0 && !wn.isPersonNoun(k, false, 2)) : kinds;
    if (usable.length > 0 && refersByKind(text, usable)) return true;
    if (thingsOnly) return false;
    // "The Harbour Workers' Union is demanding ... union leader Ines Okafor": a name ending in a
    // common noun is that noun's; written in lower case it refers to the name just used.
    if (this.heads.size >= MAX_KEPT_NAMES) this.heads.clear();
    let head = this.heads.get(name);
    if (head === undefined) this.heads.set(name, (head = headNounOf(name)));
    return head !== null && refersByHead(text, head);
  }

  /** The kind nouns `docs` put next to the name (`named` finds it). */
  private kindsIn(docs: readonly DocSentences[], named: RegExp, name: string): string[] {
    return [...new Set(docs.flatMap((d) => d.sentences.flatMap((x) => (named.test(x.text) ? kindNounsOf(x.text, name) : []))))];
  }

  /** Each name's head noun (headNounOf), or null: worked out once, not per sentence. */
  private readonly heads = new Map<string, string | null>();
}


/** Whether sentence `at` of `doc` refers by its kind to the name `name` used just before (see KindReferences). */
export function referredByKind(doc: DocSentences, at: number, name: string): boolean {
  return new KindReferences().referredByKind(doc, 0, at, name);
}

/**
 * The question's names of things by their terms ("vega" → "Vega Star"): not people (the
 * speaker stage resolves them) nor countries ("the country" may be any).
 */
export function thingNames(q: Pick<QuestionAnalysis, 'names' | 'nameGroups'>, persons: Pick<ReadonlySet<string>, 'has'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of q.names) {
    const terms = analyze(n).map((t) => t.term);
    if (terms.some((t) => isCountryTerm(t) || persons.has(t))) continue;
    const group = q.nameGroups.get(terms[0] ?? '') ?? (terms.length === 1 ? terms : undefined);
    if (group && group.join(' ') === terms.join(' ')) for (const t of terms) out.set(t, n);
  }
  return out;
}

/** Words that end the noun phrase a sentence opens with. */
const PHRASE_END_RE = /^(?:of|for|at|in|on|to|from|with|by|who|that|which|and|or|said|says)$/;

/**
 * The person noun a sentence opens with as its unnamed subject, as wire ledes do: "The
 * founder of South Korea's largest conglomerate plans ..." → founder; "The mayor of the
 * Japanese city of Nagano ... denied ..." → mayor; "Guatemala's attorney general asked ..." →
 * general. Null when a name stands right after it ("The mayor, Tasuku Tsukada, ...": the
 * sentence names the holder itself).
 */
export function openingRole(text: string): string | null {
  const rest = withoutDateline(text).replace(/^["“'‘(]+/u, '');
  const m = /^(?:The|A|An|\p{Lu}[\p{L}.-]+['’]s)\s+((?:[\p{L}.'’-]+[\s,]+){0,5})/u.exec(rest);
  if (!m) return null;
  const words = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
  const wn = wordNet();
  const person = (w: string | undefined): boolean => w !== undefined && /^\p{Ll}[\p{Ll}-]+$/u.test(w) && (isTitleWord(w) || wn?.isPersonNoun(w, false, 2) === true);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (PHRASE_END_RE.test(w)) return null;
    // A modifier of a name ("The official Antara news agency", "the mayor Tasuku Tsukada") or of another person noun ("senior aid officials").
    if (!person(w) || /^\p{Lu}/u.test(words[i + 1] ?? '') || person(words[i + 1]) || person(words[i + 2])) continue;
    return w;
  }
  return null;
}

/** A capitalised name of one to three words. */
const NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2}";
/** A paragraph opening with a name and an age: "Jana Kovacova, 34, was spotted ...". */
const NAME_AND_AGE_OPENING_RE = new RegExp(`^["“]?(${NAME}),\\s+\\d{1,3},\\s+\\p{Ll}`, 'u');

/**
 * The name the next sentence gives the holder of the role `role`, which a sentence opened
 * with unnamed: after "The founder of South Korea's largest conglomerate plans ...",
 * "... donated by Chung Ju-yung, founder of the Hyundai group" → "Chung Ju-yung"; after
 * "The mayor of the Japanese city of Nagano ...", "Nagano Mayor Tasuku Tsukada was
 * responding ..." → "Tasuku Tsukada". Null when the next sentence does not name one.
 */
export function holderNamedNext(role: string, next: string): string | null {
  const r = `[${role[0]?.toUpperCase()}${role[0]}]${escapeRegExp(role.slice(1))}`;
  const titled = new RegExp(`\\b${r}\\s+(${NAME})`, 'u').exec(next);
  if (titled) return titled[1] as string;
  const appositive = new RegExp(`(${NAME}),\\s+(?:the\\s+|an?\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${r}\\b`, 'u').exec(next);
  if (appositive) return appositive[1] as string;
  // "A Slovak climber ... was found alive" / "Jana Kovacova, 34, was spotted ...": the next paragraph opens with a name and an age, as wire copy names the lede's subject.
  return NAME_AND_AGE_OPENING_RE.exec(next)?.[1] ?? null;
}

/** The terms of the name the next sentence gives the role `text` opens with (openingRole, holderNamedNext); empty when none. */
export function ledeHolderTerms(text: string, next: string | undefined): Set<string> {
  const role = next === undefined ? null : openingRole(text);
  const name = role === null ? null : holderNamedNext(role, next as string);
  return new Set(name === null ? [] : analyze(name).map((t) => t.term));
}

/** Whether a lede's holder named in the next sentence (ledeHolderTerms) is someone other than the question names: who it asks for. */
export function ledeNamesOther(holder: ReadonlySet<string>, q: QuestionAnalysis): boolean {
  return holder.size > 0 && ![...holder].some((t) => q.terms.includes(t));
}

/**
 * A sentence that says what the event just told of was ("It was the first of three spacewalks
 * planned ..."), or names its kind and ranks it ("The spacewalk was the first of three planned").
 * Narration only: a quotation's "That is a concern" is someone's view.
 */
const IT_WAS_KIND_RE = /^(?:(?:It|This)\s+(?:was|is|will\s+be|marked|became)\s+(?:the|a|an|only\s+the)\s|The\s+[\p{Ll}-]+\s+(?:was|is|will\s+be|became)\s+(?:the|its)\s+(?:first|second|third|fourth|fifth|last|latest|final|only|biggest|largest|worst|longest|shortest)\b)/u;
/** Sentences back that such a sentence may sum up. */
export const SUMMED_UP_LOOKBACK = 3;

/** Whether `text` says what the event told just before was ("It was the first of three spacewalks ..."). */
export function sumsUpEarlier(text: string): boolean {
  return IT_WAS_KIND_RE.test(text) && text.split(/\s+/).length <= 25;
}

/**
 * The terms of a sentence a few sentences on that says what the event told here was ("Two
 * astronauts spent seven hours outside the platform" ... "It was the first of three
 * spacewalks"): the event here is a spacewalk, the first, though this sentence never says so.
 * Empty when no such sentence follows within a few.
 */
export function summedUpLater(sentences: readonly { text: string }[], at: number): ReadonlySet<string> {
  const out = new Set<string>();
  for (let k = at + 1; k <= at + SUMMED_UP_LOOKBACK && k < sentences.length; k++) {
    const text = (sentences[k] as { text: string }).text;
    if (!sumsUpEarlier(text)) continue;
    for (const t of analyze(text)) out.add(t.term);
    break;
  }
  return out;
}
