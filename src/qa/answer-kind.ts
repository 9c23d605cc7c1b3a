/**
 * The kind a question asks for by name ("Which newspaper ...?", "What was the name of the
 * yacht ...?", "What was the girl's name?") and how a sentence names one of that kind ("the
 * newspaper Tishrin", "Focus newsmagazine", "Channel 2"), leaves it unnamed ("an official
 * Syrian newspaper said") or names only whose it is ("the European Union's statistics agency").
 * Read by the answer-type stage (answer-type-fit.ts) and the short answer.
 */
import { withoutDateline } from '../content/dateline.ts';
import { asksAboutSaying, onlyAttributionSpeaker } from './attribution-speakers.ts';
import { asksForCompany, companyNames } from './company-names.ts';
import { isCalendarName, isPlaceWord } from './entities.ts';
import { countryTermOf, DEMONYMS } from './gazetteer.ts';
import type { TopicIndex } from './qa-index.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp, STOP_WORDS, termOf } from './text-analysis.ts';
import { placedAfterArticle, placeModifiedMentions } from './place-modified-kinds.ts';
import { wordNet } from './wordnet.ts';
import { UNNAMED_SOURCE_VERBS } from './speech-verbs.ts';

/**
 * The noun of a "which/what <kind>" question, past capitalised modifiers: "Which Syrian
 * newspaper ..." → newspaper, "which TV network" → network. Worked out once per question (the
 * scorer asks for it on every candidate and name).
 */
export const kindNoun = perQuestion((q: QuestionAnalysis): string | undefined => {
  // "What is the name of the yacht that lost its mast?", "... of Netscape's browser?": the
  // head noun after "name of", before a relative word, a preposition, a name or the end.
  const m = NAME_OF_KIND_RE.exec(q.text);
  const named = m?.[1] ?? KIND_NAME_RE.exec(q.text)?.[1];
  // "the name of the American thrown from his boat": a participle after a capitalised noun ends the phrase; that noun is the kind.
  if (m && named && participleOnly(named)) {
    const before = /(\p{Lu}\p{Ll}{2,})\s+$/u.exec(q.text.slice(0, m.index + m[0].length - named.length))?.[1];
    if (before) return before.toLowerCase();
  }
  // "the names of the expelled Russian diplomats": a participle before a capitalised modifier opens the phrase; the noun after them is the kind.
  if (m && named && participleOnly(named)) {
    const after = /^\s+(?:\p{Lu}[\p{L}.-]*\s+){1,2}(\p{Ll}{3,})\b/u.exec(q.text.slice(m.index + m[0].length))?.[1];
    if (after && wordNet()?.lemmas(after, 'noun').length) return after;
  }
  if (named) return named;
  // "Which programming language does ...": the last noun before the auxiliary.
  const beforeAux = /\b(?:[Ww]hich|[Ww]hat)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|might|may)\b/u.exec(q.text)?.[1];
  // "Which international investors jeered ...?": the noun right before a verb in the past, past its adjectives.
  const beforePast = beforeAux ? undefined : headBeforePast(q.text);
  // "Which other cities saw ...": past a word that only picks among them ("other", "two").
  const first = beforeAux ?? beforePast ?? /\b(?:[Ww]hich|[Ww]hat)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:(?:other|two|three|four|five|both|several)\s+)?(\p{Ll}+)\b/u.exec(q.text)?.[1];
  // "What did ...", "what is ...": no kind.
  return first !== undefined && AUXILIARY_RE.test(first) ? undefined : first;
});

/** "Which international investors jeered ...": the noun after the subject's adjectives when a past verb follows it, or undefined. */
function headBeforePast(question: string): string | undefined {
  const m = /\b[Ww]hich\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}((?:\p{Ll}+\s+){1,2}?)(\p{Ll}+)\s+(\p{Ll}{3,}ed)\b/u.exec(question);
  const wn = wordNet();
  if (!m || !wn) return undefined;
  const [, before, noun, verb] = m as unknown as [string, string, string, string];
  // Only past adjectives: "news agency" is a compound whose first noun stays the kind asked.
  const adjectives = before.trim().split(/\s+/).every((w) => wn.lemmas(w, 'adj').length > 0);
  return adjectives && wn.lemmas(noun, 'noun').length > 0 && wn.lemmas(verb, 'verb').length > 0 ? noun : undefined;
}

/** Whether `word` is a verb's participle WordNet has as no noun ("thrown", "charged"). */
function participleOnly(word: string): boolean {
  const wn = wordNet();
  return wn !== null && /(?:ed|en|wn)$/.test(word) && wn.lemmas(word, 'verb').length > 0 && wn.lemmas(word, 'noun').length === 0;
}

/**
 * The kind after "name of": a determiner or a possessive, up to two modifiers, the head noun (before a
 * participle: "the man charged"; or a clause of its own: "the road the troops used").
 */
const NAME_OF_KIND_RE = /\b(?:names?|titles?) of\s+(?:the\s+|an?\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:(?:\p{Lu}[\p{L}.-]*|[\p{Ll}\d-]+)\s+){0,2}?(\p{Ll}{3,})(?=\s+(?:(?:that|who|whose|which|whom|where|when|in|of|on|at|for|to|with|from|by|the|a|an|his|her|its|their)\b|\p{Lu})|\s+\p{Ll}+(?:ed|en)\b|\s*[?.!]*\s*$)/u;

/** "What was the girl's name?", "what is the ship's name": the kind is the possessive's noun. */
const KIND_NAME_RE = /\bwhat (?:is|was|are|were) (?:the |his |her |its |their )?(?:[a-z-]+ )?([a-z-]{3,})['’]s? names?\b/i;

/** A question that opens with "which": "Which judge ...", "and which newspaper ...". */
export const WHICH_Q_RE = /^\s*(?:and\s+)?which\s/i;
/** "Which other satellite ...?", "what other company ...?": another one of the kind than the story's own. */
const OTHER_KIND_Q_RE = /^\s*(?:and\s+)?(?:which|what)\s+other\s/i;

const AUXILIARY_RE = /^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|might|may|must|shall)$/;

/**
 * "Which plane was the first to land?": whether the sentence names one of the asked kind,
 * with a name right before the noun ("an Egypt Air plane") or right after it ("the plane,
 * Falcon One").
 */
export function namesTheKind(q: QuestionAnalysis, text: string): boolean {
  return namesOfTheKind(q, text).length > 0;
}

/**
 * The names of the asked kind in `text`: "the newspaper Tishrin", "radio station DZXL", "a
 * Spanish judge, Baltasar Garzon" (after the noun), "Tishrin newspaper", "Focus newsmagazine"
 * (before it; the noun may close a compound). A capitalised determiner, place, demonym or the
 * question's own modifier names nothing ("The magazine", "a Syrian newspaper", "one IOC member").
 */
export function namesOfTheKind(q: QuestionAnalysis, text: string): string[] {
  const kind = kindPatterns(q);
  if (!kind) return [];
  const out: string[] = [];
  // "Which radio station ...?": "Radio Monte Carlo", a name the kind's modifier opens.
  if (kind.modifierTitled) for (const m of text.matchAll(kind.modifierTitled)) if (!kind.asked.has((m[1] as string).toLowerCase())) out.push(m[0]);
  // "Which company ...?": "an analyst at Samsung Securities Co." names one by its legal form.
  if (asksForCompany(kind.noun)) out.push(...companyNames(text));
  // Every other pattern has the kind's noun: most sentences are passed over by this test alone.
  if (!text.toLowerCase().includes(kind.noun)) return out;
  const { after, before, titled, appositive, asked } = kind;
  // Not a time, a place or an adverb before the comma: "Monday, the judge had assured ...", "Elsewhere, a policeman was killed".
  for (const m of text.matchAll(appositive)) {
    const ws = (m[1] as string).split(/\s+/);
    if (!ws.some((w) => asked.has(w.toLowerCase()) || isCalendarName(w) || isPlaceWord(w) || DETERMINER_RE.test(w) || isAdverbOnly(w))) out.push(m[1] as string);
  }
  // "Channel 2", "Radio Tirana": the kind's own noun, capitalised, opens the name.
  for (const m of text.matchAll(titled)) if (!asked.has((m[1] as string).toLowerCase())) out.push(m[0]);
  for (const m of text.matchAll(after)) {
    const name = (m[1] as string).replace(/\s+(?:of|de|del|la)$/, '');
    // "remained in hospital Wednesday": a day after the noun is when, not its name.
    if (!DETERMINER_RE.test(name.split(/\s+/)[0] as string) && !isCalendarName(name.split(/\s+/)[0] as string)) out.push(name);
  }
  for (const m of text.matchAll(before)) {
    const words = (m[1] as string).trim().split(/\s+/);
    // Leading words that only describe it: "the", "Syrian", "Egypt-based", the question's own.
    // ... or a word WordNet has only as an adjective ("Islamic activists").
    const describes = (w: string): boolean => DETERMINER_RE.test(w) || DEMONYMS.has(w.toLowerCase()) || PLACE_ADJECTIVE_RE.test(w) || asked.has(w.toLowerCase()) || wordNet()?.isAdjectiveOnly(w) === true;
    while (words.length > 0 && describes(words[0] as string)) words.shift();
    // "died in a Naples hospital": where one is, not which (place-modified-kinds.ts).
    if (placedAfterArticle(text, m.index, words, kind.noun)) continue;
    // "the European Union's statistics agency": whose it is, not its name.
    if (/['’]s?$/.test(words.at(-1) ?? '')) continue;
    // A name all of places ("Bangkok") is where, not which; one that starts with a place may be a name ("Egypt Air").
    if (words.length > 0 && words.some((w) => !isPlaceWord(w) && countryTermOf(w) === null) && !words.some(describes)) out.push(words.join(' '));
  }
  // "... and a customs officer, Kanga said": for a kind of person, the one who said it is not one of the kind (attribution-speakers.ts).
  return asksAboutSaying(q.text) || wordNet()?.isPersonNoun(kind.noun, false) !== true ? out : out.filter((n) => !onlyAttributionSpeaker(n, text));
}

/** A word WordNet has only as an adverb: "Elsewhere", "Meanwhile" open a sentence and name no one. */
function isAdverbOnly(word: string): boolean {
  const wn = wordNet();
  return wn !== null && wn.lemmas(word, 'adv').length > 0 && wn.lemmas(word, 'noun').length === 0 && wn.lemmas(word, 'adj').length === 0 && wn.lemmas(word, 'verb').length === 0;
}

/** Whether `name` owns an unnamed one of the asked kind in `text`: "the European Union's statistics agency". */
export function ownsTheKind(q: QuestionAnalysis, text: string, name: string): boolean {
  const kind = kindNoun(q);
  if (!kind) return false;
  // Cheap test first: the name is seldom possessive.
  const lower = text.toLowerCase();
  const n = name.toLowerCase();
  if (!lower.includes(`${n}'`) && !lower.includes(`${n}’`)) return false;
  return new RegExp(`${name.split(/\s+/).map(escapeRegExp).join('\\s+')}['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${escapeRegExp(kind)}s?\\b`, 'iu').test(text);
}

/** Capitalised words that open a phrase without naming anyone: "The browser", "Its browser". */
const OPENER_RE = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|One|Another|But|And|In|On|At|For|With)$/;

/** Per kind noun (escaped): "his solicitor" (a person's own) and "the syndicate's solicitor" (a noun's, group 1); made once per kind. */
const OWNED_KIND_PATTERNS = new Map<string, { personal: RegExp; byNoun: RegExp }>();
function ownedKindPatterns(k: string): { personal: RegExp; byNoun: RegExp } {
  let p = OWNED_KIND_PATTERNS.get(k);
  if (!p) {
    if (OWNED_KIND_PATTERNS.size > 500) OWNED_KIND_PATTERNS.clear();
    p = {
      personal: new RegExp(`\\b(?:his|her)\\s+(?:[\\p{Ll}-]+\\s+)?${k}\\b`, 'iu'),
      byNoun: new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+(\\p{Ll}[\\p{Ll}-]+)['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?${k}s?\\b`, 'gu'),
    };
    OWNED_KIND_PATTERNS.set(k, p);
  }
  return p;
}

/**
 * Whether `text` gives the asked kind to another owner than the question does: "What is the name
 * of Netscape's browser?" against "the Microsoft browser, Internet Explorer" or "Microsoft's
 * browser". The kind and its owner are read from the question ("<Name>'s <kind>").
 */
export function kindOfAnotherOwner(q: QuestionAnalysis, text: string, isPerson: (word: string) => boolean = () => false): boolean {
  const kind = kindNoun(q);
  if (!kind) return false;
  const k = escapeRegExp(kind);
  const owner = new RegExp(`(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${k}\\b`, 'u').exec(q.text)?.[1];
  if (!owner) return false;
  const ownerWords = new Set(owner.toLowerCase().split(/\s+/));
  // "What is the name of Foley's solicitor?": not "The syndicate's solicitor", a group's, when the asked owner is a person.
  const wn = wordNet();
  if (wn !== null && [...ownerWords].some(isPerson)) {
    const owned = ownedKindPatterns(k);
    if (!owned.personal.test(text)) for (const m of text.matchAll(owned.byNoun)) if (wn.isGroupNoun(m[1] as string)) return true;
  }
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}.-]*)(?:['’]s?)?\\s+(?:[\\p{Ll}-]+\\s+)?${k}s?\\b`, 'gu'))) {
    const name = m[1] as string;
    if (OPENER_RE.test(name)) continue;
    if (ownerWords.has(name.toLowerCase())) return false;
    return true;
  }
  return false;
}

/** A place made into an adjective: "Egypt-based", "Russian-built", "U.S.-made". */
export const PLACE_ADJECTIVE_RE = /^[\p{Lu}][\p{L}.]*-(?:based|built|made|backed|led|owned|run|born|funded|sponsored|controlled|ruled|held)$/u;
const DETERMINER_RE = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|One|Another)$/;

/** Whether `text` has one of the asked kind say or report something, unnamed: "an official Syrian newspaper said". */
export function leavesTheKindUnnamed(q: QuestionAnalysis, text: string): boolean {
  const kind = kindPatterns(q);
  return kind !== null && (kind.unnamed.test(text) || (kind.unnamedDoer?.test(text) ?? false) || (kind.unnamedPlace?.test(text) ?? false) || undergoesAskedVerb(q, kind, text));
}

/** "He said the plane was shot down", "burying a hotel and three chalets": one of the kind, unnamed, that the question's verb (a term of it) was done to. */
function undergoesAskedVerb(q: QuestionAnalysis, kind: KindPatterns, text: string): boolean {
  if (!text.toLowerCase().includes(kind.noun)) return false;
  for (const re of [kind.passive, kind.object]) {
    for (const m of text.matchAll(re)) {
      const t = termOf((m[1] as string).toLowerCase());
      if (t !== null && q.terms.includes(t) && !q.light.has(t)) return true;
    }
  }
  return false;
}

/** The patterns of a "which <kind>" question, made once per question (the scorer tries them on every candidate). */
interface KindPatterns {
  /** "the newspaper Tishrin", "a Spanish judge, Baltasar Garzon". */
  after: RegExp;
  /** "Tishrin newspaper", "Focus newsmagazine". */
  before: RegExp;
  /** "Paul Krugman, an economist at MIT": a name with the kind in apposition. */
  appositive: RegExp;
  /** "duties of up to 42.6%", "a loan of $25 million": the kind with its amount. */
  withAmount: RegExp;
  /** "Channel 2", "Radio Tirana": the noun itself, capitalised, opening a name. */
  titled: RegExp;
  /** "Which radio station ...?": "Radio Monte Carlo", the noun's modifier in the question, capitalised, opening a name. */
  modifierTitled: RegExp | null;
  /** "an official Syrian newspaper said". */
  unnamed: RegExp;
  /** "so a German court can rule on ...": one of the kind, unnamed, doing what the question asks about (a verb of the question). */
  unnamedDoer: RegExp | null;
  /** "the plane was shot down": the kind, unnamed, and the verb in the passive after it (group 1). */
  passive: RegExp;
  /** "burying a hotel": a verb (group 1), then one of the kind, unnamed, as its object, bare, the phrase ending there (not "a life sentence", "a range of weapons", nor "a document ... outlining its stance": they say which). */
  object: RegExp;
  /** "editor of several Portuguese magazines", "by two Fiat executives": the kind counted, no name after it. */
  counted: RegExp;
  /**
   * For a plural kind of people ("Which investors ...?"): "jeers from international investors",
   * a bare group after a preposition, no name after it. (A thing's kind is told by such words:
   * "tried to obtain nuclear weapons" answers "What weapons ...?".)
   */
  group: RegExp | null;
  /** "was left stranded at the airport": one of the kind, unnamed, where the question's verb happened. */
  unnamedPlace: RegExp | null;
  /** "Monday was a Jewish holiday", "it is a small town": a day, a pronoun or a common noun said to be one of the kind, none named. */
  predicated: RegExp;
  /** Every mention of the kind's noun (global, on lower-cased text). */
  mention: RegExp;
  /** "the university.", "his doctor prescribed", "buying produce.": a mention that says nothing of which one (global). */
  bareMention: RegExp;
  /** "contained an additive that is not allowed": one of the kind told by a relative clause, unnamed (not "sarin, a gas that ...", in apposition to its name; global). */
  relativeMention: RegExp;
  /** "worked for a children's charity", "see a lawyer of her choice": one of the kind, indefinite, with no name after it (not "Hope, a children's charity", "a gas, nitric oxide," in apposition to its name, nor "a new capital inland at Belmopan"; global). */
  indefiniteMention: RegExp;
  /** "former militia commander", "a party official": the noun in lower case opening someone's title, the title's next word in group 1 (global). */
  roleMention: RegExp;
  /** The question's words. */
  asked: ReadonlySet<string>;
  /** The kind's noun, lower case: every pattern above has it. */
  noun: string;
}

/** Words that count things without naming them: "two", "several", "dozens of" (a year is no count: "a 1974 law"). */
const COUNT_WORDS = String.raw`two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of|several|some|many|various|numerous|(?!(?:1[5-9]|20)\d\d\b)\d+(?:,\d{3})*`
  .split('|')
  .map((w) => (/^\p{Ll}/u.test(w) ? `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}` : w))
  .join('|');

/**
 * Whether the asked kind appears in `text` only counted, or said of something unnamed, never
 * named: "editor of several Portuguese magazines" for "Which magazine does he edit?", "offered
 * cars by two Fiat executives" for "Which Fiat executives ...?", "Monday was a Jewish holiday"
 * for "Which holiday ...?". Not when a name follows ("two countries, Japan and Taiwan",
 * "several papers, including Le Monde").
 */
export function countsTheKindUnnamed(q: QuestionAnalysis, text: string): boolean {
  const kind = kindPatterns(q);
  return kind !== null && text.toLowerCase().includes(kind.noun) && (kind.counted.test(text) || (kind.group?.test(text) ?? false) || kind.predicated.test(text));
}

/** What may be said to be one of a kind without naming it: "it", a day, or "the" and a common noun ("the town"). */
const UNNAMED_SUBJECT = String.raw`[Ii]t|[Tt]his|[Tt]hat|[Tt]oday|[Yy]esterday|[Tt]omorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}{3,}`;

/** After a kind, no name follows it: not "two countries, Japan and Taiwan", "several papers, including Le Monde". */
const NO_NAME_AFTER = String.raw`(?!,?\s+(?:the\s+)?(?:\p{Lu}|\d)|,?\s+(?:including|among them|such as|like|led by|named|called|known as)\b)`;

/** Auxiliaries between a subject and its verb: "a court can rule". */
const AUX_BEFORE_VERB = '(?:(?:can|could|will|would|may|might|must|should|did|does|do|has|have|had|is|are|was|were)\\s+)?';

/** The question's verbs: a word after an auxiliary ("will rule") or in the past ("interviewed"), not the kind's other nouns ("television network"). */
function askedVerbs(q: QuestionAnalysis, head: string): string[] {
  const verbs = [...q.text.toLowerCase().matchAll(/\b(?:(?:can|could|will|would|may|might|must|should|did|does|do|has|have|had)\s+(?:\p{Ll}+\s+){0,3}?(\p{Ll}{3,})(?=\s|[?.!]|$)|(\p{Ll}{3,}ed)\b)/gu)].map((m) => (m[1] ?? m[2]) as string);
  return [...new Set(verbs)].filter((w) => w !== head && !STOP_WORDS.has(w));
}

/** The pattern of an unnamed one of the kind doing one of the question's verbs ("a German court can rule"), or null when it has none. */
function unnamedDoerOf(head: string, verbs: readonly string[]): RegExp | null {
  if (verbs.length === 0) return null;
  return new RegExp(`\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(head)}s?\\s+${AUX_BEFORE_VERB}(?:${verbs.map(escapeRegExp).join('|')})\\b`, 'u');
}

/** Prepositions and particles between a verb and where it happened ("stranded at", "shot down over"). */
const PLACE_PREPOSITIONS = '(?:at|in|on|into|onto|to|from|near|inside|outside|through|off|out|down|over|up|back|away)';

/**
 * The pattern of one of the kind, unnamed, where one of the question's verbs happened: "was left
 * stranded at the airport" for "Which airport was he stranded at?" (no name or number after it,
 * as "the games of 1996" has), or null when the question has no verb.
 */
function unnamedPlaceOf(head: string, verbs: readonly string[]): RegExp | null {
  if (verbs.length === 0) return null;
  return new RegExp(`\\b(?:${verbs.map(escapeRegExp).join('|')})\\s+(?:${PLACE_PREPOSITIONS}\\s+){1,2}(?:the|an?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${escapeRegExp(head)}s?\\b(?!,?\\s+(?:\\p{Lu}|\\d)|\\s+(?:of|in|at)\\s+(?:the\\s+)?(?:\\p{Lu}|\\d))`, 'u');
}

const kindCache = new WeakMap<QuestionAnalysis, KindPatterns | null>();

function kindPatterns(q: QuestionAnalysis): KindPatterns | null {
  const hit = kindCache.get(q);
  if (hit !== undefined) return hit;
  const head = kindNoun(q);
  const noun = head && head.length >= 3 ? escapeRegExp(head) : null;
  const verbs = head ? askedVerbs(q, head) : [];
  // "Which company in Boston ...?": "a company in Boston" is placed where the question places it, and named no more for that.
  const ownPlaces = q.names.flatMap((n) => n.split(/\s+/)).filter((w) => /^\p{Lu}/u.test(w)).map(escapeRegExp);
  const notOwnPlace = ownPlaces.length > 0 ? `(?!(?:${ownPlaces.join('|')})\\b)` : '';
  const modifier = noun === null ? undefined : new RegExp(`\\b(?:which|what)\\s+(\\p{Ll}{3,})\\s+${noun}\\b`, 'iu').exec(q.text)?.[1];
  const out = noun === null ? null : {
    // ... and for a kind of place, after "of": "the districts of Horn-Lehe, Oberneuland and Borgfeld";
    // ... or after "known as", "called" or "named": "a strain of norovirus known as GII.4", "a judge named Ruiz".
    // ... or after "including" or "such as": "six other cities, including Quetzaltenango and Cobán".
    after: new RegExp(`\\b${noun}s?,?\\s+(?:(?:of\\s+[\\p{Ll}-]+\\s+)?(?:known\\s+as|called|named|dubbed)\\s+(?:the\\s+)?|(?:including|such\\s+as)\\s+)?${wordNet()?.isLocationNoun(head ?? '') === true ? '(?:of\\s+)?' : ''}(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|de|del|la))*)`, 'gu'),
    // The noun may close the name capitalised: "the Lualaba River".
    before: new RegExp(`(?<![\\p{L}.'’-])((?:\\p{Lu}[\\p{L}.'’-]*\\s+)+)(?:\\p{Ll}{2,})?(?:${noun}|${noun.charAt(0).toUpperCase()}${noun.slice(1)})s?\\b`, 'gu'),
    // "Paul Krugman, an economist at MIT": the name, then the kind in apposition.
    appositive: new RegExp(`(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\b`, 'gu'),
    titled: new RegExp(`\\b${noun.charAt(0).toUpperCase()}${noun.slice(1)}s?\\s+(\\d+|\\p{Lu}[\\p{L}'’-]+)`, 'gu'),
    modifierTitled: modifier !== undefined && !STOP_WORDS.has(modifier) ? new RegExp(`(?<=[\\p{L},;:]\\s)${modifier.charAt(0).toUpperCase()}${modifier.slice(1)}\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)`, 'gu') : null,
    unnamed: new RegExp(`\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}s?\\s+(?:${UNNAMED_SOURCE_VERBS})\\b`, 'u'),
    unnamedDoer: unnamedDoerOf(head as string, verbs),
    unnamedPlace: unnamedPlaceOf(head as string, verbs),
    // Not an amount that says which one ("a 9 percent raise", "a $40 million loan"): "a" / "the" before the number, or a unit after it.
    counted: new RegExp(`(?<!\\b(?:[Aa]n?|[Tt]he)\\s+\\$?)\\b(?:${COUNT_WORDS})\\s+(?:(?!(?:a|an|the|of|to|in|on|at|by|for|with|and|or|percent|per|million|billion|trillion)\\s)[\\p{L}-]+\\s+){0,2}?${noun}s?\\b${NO_NAME_AFTER}`, 'u'),
    group: /s$/.test(head as string) && wordNet()?.isPersonNoun(head as string, false, 2) === true ? new RegExp(`\\b(?:from|by|among|with|to|for)\\s+(?:(?!(?:a|an|the|his|her|its|their|our|these|those|this|that)\\s)[\\p{Ll}-]+\\s+){0,2}?${noun}\\b${NO_NAME_AFTER}`, 'u') : null,
    predicated: new RegExp(`(?:^|[^\\p{L}])(?:${UNNAMED_SUBJECT})\\s+(?:is|was|will\\s+be|has\\s+been|had\\s+been|became)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}\\b${NO_NAME_AFTER}`, 'u'),
    mention: new RegExp(`\\b${noun}s?\\b`, 'g'),
    // After "the", "his" ..., or bare after a verb or a preposition ("shoppers were buying produce"); not "a gas", which may be in apposition to its name.
    bareMention: new RegExp(`(?:\\b(?:the|his|her|its|their)\\s+|\\b(?:\\p{Ll}+ing|\\p{Ll}+ed|of|for|with|about|in|on)\\s+)${noun}s?\\b(?=\\s*(?:[.;:!?'"\`”’]|,(?!\\s*\\p{Lu})|$)|\\s+(?:and|or|but|in|on|at|for|to|from|with|by|that|which|who|was|were|is|are|had|has|have|would|will|said|\\p{Ll}+ed)\\b)`, 'giu'),
    relativeMention: new RegExp(`(?<![,(–—]\\s*)\\b(?:an?|another)\\s+(?:(?!of\\s)[\\p{L}.'’-]+\\s+){0,2}?${noun}\\s+(?:that|which)\\b`, 'giu'),
    indefiniteMention: new RegExp(`(?<![,(–—][’'"”\`]*\\s*)\\b(?:[Aa]n?|[Aa]nother)\\s+(?:(?!(?:that|which|who|of)\\s)[\\p{Ll}'’-]+\\s+){0,2}${noun}\\b(?!\\s+(?:that|which|who|whose|whom)\\b|,\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2},|\\s+(?:[\\p{Ll}-]+\\s+)?(?:(?:at|in|on|near)\\s+${notOwnPlace}|(?:called|named|dubbed|known\\s+as|calling\\s+(?:itself|themselves))\\s+)\\p{Lu})${NO_NAME_AFTER}`, 'gu'),
    roleMention: new RegExp(`(?:^|(?<=\\b\\p{Ll}+\\s))${escapeRegExp((head as string).toLowerCase())}\\s+(\\p{Ll}{3,})\\b`, 'gu'),
    passive: new RegExp(`\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${noun}s?\\s+(?:was|were|is|are|has\\s+been|had\\s+been|have\\s+been|being)\\s+(\\p{Ll}+)`, 'gu'),
    object: new RegExp(`\\b(\\p{Ll}{3,})\\s+(?:a|an|another)\\s+${noun}(?=\\s*(?:[,.;:!?]|$)|\\s+(?:and|or|but|in|on|at|near|with|to|from|as|after|before|during)\\b)${NO_NAME_AFTER}`, 'gu'),
    withAmount: new RegExp(`\\b${noun}s?\\s+of\\s+(?:(?:up\\s+to|about|around|nearly|almost|more\\s+than|at\\s+least)\\s+)?[$£€]?\\d`, 'i'),
    asked: new Set(q.text.toLowerCase().split(/[^\p{L}\d.'’-]+/u)),
    noun: (head as string).toLowerCase(),
  };
  kindCache.set(q, out);
  return out;
}

/** Whether the sentence (its term ids `unitTerms`) writes the asked kind's noun ("a crime that ..."). */
export function mentionsTheKind(q: QuestionAnalysis, index: TopicIndex, unitTerms: ReadonlySet<number>, text: string): boolean {
  const head = kindNoun(q);
  if (!head || head.length < 3) return false;
  const t = termOf(head);
  const id = t === null ? undefined : index.termId(t);
  return id !== undefined && unitTerms.has(id) && writesNoun(text, head, t as string);
}

/**
 * Whether `text` writes the noun `head` (term `term`) as a noun: "Copperbelt Mining Corp." has
 * the stem of "mine" in a verb's "-ing" form, and names no mine.
 */
function writesNoun(text: string, head: string, term: string): boolean {
  const verbal = (w: string): boolean => {
    const ending = /(?:ing|ed)$/.exec(w)?.[0];
    return ending !== undefined && !head.endsWith(ending);
  };
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) if (termOf(m[0]) === term && !verbal(m[0])) return true;
  return false;
}

/** Number words: counts, not members of a kind. */
const NUMBER_WORD_RE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|score|scores|half|couple|pair)$/;

/**
 * "What fruit was stacked on the stalls?": whether the sentence has a common noun WordNet puts
 * under the asked kind ("piles of bananas and onions"), one the question does not use.
 */
export function namesMemberOfKind(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const kind = kindNoun(q);
  const wn = wordNet();
  if (kind === undefined || wn === null) return false;
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Ll}{3,}(?![\p{L}'’-])/gu)) {
    const w = m[0];
    // The kind itself in the plural ("magazines" for "Which magazine ...?") is no member of it.
    // Nor is a number word, whatever WordNet's other senses ("five": a basketball team).
    if (!qWords.has(w) && !STOP_WORDS.has(w) && !NUMBER_WORD_RE.test(w) && w !== kind && termOf(w) !== termOf(kind) && wn.isKindOf(w, kind)) return true;
  }
  return false;
}

/**
 * Whether `text` gives `name` as someone's relative: "Azizah Ismail, the wife of jailed
 * politician Anwar Ibrahim", "Anwar's wife, Azizah Ismail". Such a person is not thereby of
 * another kind ("Which judge will hear the appeal?"); the relation is told by WordNet.
 */
export function namedAsRelative(name: string, text: string): boolean {
  // The name as the sentence writes it (names may come lower-cased).
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const n = escapeRegExp(text.slice(at, at + name.length));
  const after = new RegExp(String.raw`\b${n},\s+(?:the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+of\b`, 'u').exec(text)?.[1];
  const before = new RegExp(String.raw`(?:\b(?:his|her|their)|['’]s)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+),?\s+${n}\b`, 'u').exec(text)?.[1];
  const wn = wordNet();
  return [after, before].some((role) => role !== undefined && wn?.isKindOf(role, 'relative') === true);
}

/**
 * Whether `text` gives the name `n` (lower case) right after a common noun of another kind than
 * the one asked: "the English-language newspaper The Nation" names a newspaper, no hospital
 * ("Which hospital treated Anwar?"). Only for a kind that is no person's, and a noun that is
 * none ("lawyer Ivo Marek" may still be a judge's name for all the sentence says).
 */
export function namedAsOtherKind(q: QuestionAnalysis, text: string, n: string): boolean {
  const kind = kindNoun(q)?.toLowerCase();
  const wn = wordNet();
  if (!kind || !wn || wn.isPersonNoun(kind, false, 2)) return false;
  const at = text.toLowerCase().indexOf(n.toLowerCase());
  if (at < 0) return false;
  const before = /(?:^|[\s(])(\p{Ll}{3,})\s+(?:[Tt]he\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (!before || before === kind || STOP_WORDS.has(before) || wn.lemmas(before, 'noun').length === 0 || wn.lemmas(before, 'verb').length > 0 || wn.lemmas(before, 'adj').length > 0) return false;
  if (wn.isPersonNoun(before, false, 2)) return false;
  return !wn.isKindOf(before, kind, 2) && !wn.isKindOf(kind, before, 2);
}

/** Kinds of answer a term of punishment gives: "What penalty / sentence / punishment ...?". */
const PENALTY_KIND_RE = /^(?:penalty|penalties|punishment|punishments|sentence|sentences)$/;
/** A term of punishment: "up to life in prison", "10 years in jail", "life imprisonment", "the death penalty", "a fine of". */
const PENALTY_RE = /\b(?:life|[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:[\s-]+(?:years?|months?|weeks?|days?))?\s+(?:in\s+(?:prison|jail)|behind\s+bars|imprisonment|of\s+imprisonment)\b|\b(?:life\s+(?:imprisonment|sentence)|death\s+(?:penalty|sentence)|execution|fined?\s+(?:of\s+)?[$£€\d])/i;

/** Whether the question asks for a punishment ("What penalty could they face?") and `text` gives a term of one. */
export function givesPenaltyAsked(q: QuestionAnalysis, text: string): boolean {
  const kind = penaltyAsked(q);
  return kind !== undefined && PENALTY_RE.test(text);
}

/** "What penalty could they face?", "What is the penalty for flying a drone near an airport?": the word for the punishment asked, or undefined. */
export function penaltyAsked(q: QuestionAnalysis): string | undefined {
  const kind = kindNoun(q)?.toLowerCase() ?? PENALTY_OF_Q_RE.exec(q.text)?.[1]?.toLowerCase();
  return kind !== undefined && PENALTY_KIND_RE.test(kind) ? kind : undefined;
}
/** "What is the maximum penalty for ...?": the punishment named after "what is the". */
const PENALTY_OF_Q_RE = /^\s*(?:and\s+)?what\s+(?:is|was|are|were|would be|could be)\s+the\s+(?:\p{Ll}+\s+)?(penalty|penalties|punishment|punishments|sentence|sentences)\s+for\b/iu;

/**
 * Whether `text` gives the asked kind with its amount ("What duties did Mexico impose?": "duties
 * of up to 42.6%", "a loan of $25 million", "a fine of 5,000 euros"): what it was, by how much.
 */
export function givesKindWithAmount(q: QuestionAnalysis, text: string): boolean {
  return kindPatterns(q)?.withAmount.test(text) ?? false;
}

/**
 * Whether every mention of the asked kind in `text` is "the <kind>", "his <kind>" or the bare
 * noun after a verb or preposition, with nothing after it that says which (a mark, the end, a
 * small word or a verb): "he wanted to enroll in the university.", "his doctor prescribed",
 * "shoppers were buying produce." Not "the gas nitric oxide", "the university of Lisbon" nor "a gas".
 */
export function onlyTheKind(q: QuestionAnalysis, text: string): boolean {
  const kind = kindPatterns(q);
  if (kind === null) return false;
  const all = text.toLowerCase().match(kind.mention)?.length ?? 0;
  // ... or "a Naples hospital": placed, not named (place-modified-kinds.ts).
  return all > 0 && (text.match(kind.bareMention)?.length ?? 0) + (text.match(kind.relativeMention)?.length ?? 0) + (text.match(kind.indefiniteMention)?.length ?? 0) + roleOfUnnamed(kind.roleMention, text) + placeModifiedMentions(kind.noun, text) === all;
}

/** "Which other satellite moved?": "A Japanese weather satellite also moved" tells which other one by whose it is. */
export function tellsOtherOfKindByOwner(q: QuestionAnalysis, sentence: string): boolean {
  const kind = OTHER_KIND_Q_RE.test(q.text) ? kindPatterns(q) : null;
  return kind !== null && new RegExp(`\\b(?:[Aa]n?|[Aa]nother)\\s+\\p{Lu}[\\p{L}-]+\\s+(?:[\\p{Ll}-]+\\s+){0,2}${escapeRegExp(kind.noun)}\\b`, 'u').test(withoutDateline(sentence));
}

/**
 * Whether every mention of the asked kind in `text` is indefinite, with no name after it: "a
 * claim by a U.S. salvage company that it was owed half the treasure" for "Which company claims
 * half of the treasure?" says there is one and not which, whatever else the sentence names.
 */
export function onlyAnUnnamedOfKind(q: QuestionAnalysis, sentence: string): boolean {
  const kind = kindPatterns(q);
  if (kind === null) return false;
  // "THIMPHU, Bhutan (AP) — A glacial lake burst ...": the dateline's dash sets off no apposition.
  const text = withoutDateline(sentence);
  const all = text.toLowerCase().match(kind.mention)?.length ?? 0;
  return all > 0 && (text.match(kind.relativeMention)?.length ?? 0) + (text.match(kind.indefiniteMention)?.length ?? 0) === all;
}

/**
 * How many mentions of the kind in `text` only say what someone is, as the first word of a title
 * after a lower-case word or the start ("former militia commander Dragan Velcic", "a party
 * official"): the kind is there, unnamed. Not "the Farmers' Party leader" (capitalised, named).
 */
function roleOfUnnamed(roleMention: RegExp, text: string): number {
  const wn = wordNet();
  if (!wn) return 0;
  let n = 0;
  for (const m of text.matchAll(roleMention)) if (wn.isPersonNoun(m[1] as string, false, 2)) n++;
  return n;
}
