/**
 * The names a topic's documents give things and people of a kind: "the shuttle Meridian", "the
 * Kestrel module", "A prison guard, Kenneth Stroud," (then "Stroud"), "Glen Walsh, a spokesman".
 * A question that names a thing by its kind ("How much was the guard paid?") meets a sentence
 * that names it ("Stroud was paid $2,000"). Split from references.ts; general English patterns.
 */
import { asksForCompany, companyNames } from './company-names.ts';
import { escapeRegExp, STOP_WORDS } from './text-analysis.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import type { DocSentences } from './references.ts';
import { wordNet } from './wordnet.ts';

/** Per kind and document, the sentences naming a thing of that kind; per document, its kinds' names. Kept across questions: a topic's documents do not change. */
export interface KindNamesCache {
  names: Map<string, Map<number, Set<number> | null>>;
  docKinds: Map<number, Map<string, Set<string>>>;
}
const KIND_NAMES = new WeakMap<object, KindNamesCache>();

/** The names-of-a-kind cache of a topic's documents (`sources`, the array itself is the key), for NamesOfKind. */
export function kindNamesOf(sources: object): KindNamesCache {
  let m = KIND_NAMES.get(sources);
  if (!m || m.names.size > 2_000 || m.docKinds.size > 2_000) KIND_NAMES.set(sources, (m = { names: new Map(), docKinds: new Map() }));
  return m;
}

/**
 * The other way round: a question that names a thing by its kind ("What time did the shuttle
 * launch?") is answered by a sentence that names it ("Meridian lifted off at 8:41 p.m."), when
 * the document puts that kind next to the name ("the shuttle Meridian"). Made once per
 * question, over a cache kept for the topic (kindNamesOf): each document is read once for
 * the kinds it gives names, each kind once for the sentences naming one.
 */
export class NamesOfKind {
  /** The question's common nouns by term: the kinds it may name things by. */
  private readonly kinds: Map<string, string>;
  /** The kind a "which" question asks for, lower case, if any. */
  private readonly asked: string | undefined;
  private readonly names: KindNamesCache['names'];
  private readonly docKinds: KindNamesCache['docKinds'];

  constructor(q: Pick<QuestionAnalysis, 'tokens' | 'entityTerms'> & { text?: string }, persons: ReadonlySet<string>, cache: KindNamesCache = { names: new Map(), docKinds: new Map() }) {
    this.names = cache.names;
    this.docKinds = cache.docKinds;
    // The kind a "which" question asks for ("Which congressman ...?") is named by its own names
    // only ("the pseudonym CS-1"), not by a person's surname after an appositive ("The
    // congressman, Tony Hall, ..." then "Hall said"): that sentence is a candidate answer, not
    // one about the question's topic.
    this.asked = WHICH_KIND_RE.exec(q.text ?? '')?.[1]?.toLowerCase();
    // A possessive is its noun ("the company's shares").
    const noun = (w: string): string => w.replace(/['’]s?$/, '');
    this.kinds = new Map(q.tokens.filter((t) => !q.entityTerms.has(t.term) && /^[a-z]{3,}$/.test(noun(t.word)) && !persons.has(t.term) && (wordNet()?.lemmas(noun(t.word), 'noun').length ?? 0) > 0).map((t) => [t.term, noun(t.word)]));
  }

  /** Whether the question term `term` is a kind sentence `at` of `doc` names a thing of (the caller checks the document uses the word). */
  covers(term: string, doc: DocSentences, docKey: number, at: number): boolean {
    const kind = this.kinds.get(term);
    return kind !== undefined && this.namedIn(doc, docKey, at, kind);
  }

  /**
   * Whether the question term `term` is a word for a company ("the company's shares") and `text`
   * names one by its legal form ("Shares in Copperbelt Mining Corp. fell"): the suffix says what
   * it is, though the document may never write the word.
   */
  namesCompany(term: string, text: string): boolean {
    const kind = this.kinds.get(term);
    return kind !== undefined && asksForCompany(kind) && companyNames(text).length > 0;
  }

  /** Whether sentence `at` of `doc` names a thing the document calls a `kind`. */
  namedIn(doc: DocSentences, docKey: number, at: number, kind: string): boolean {
    const appositive = kind !== this.asked;
    const key = appositive ? kind : `${kind}|own`;
    let byDoc = this.names.get(key);
    if (!byDoc) this.names.set(key, (byDoc = new Map()));
    let where = byDoc.get(docKey);
    if (where === undefined) {
      let kinds = this.docKinds.get(docKey);
      if (!kinds) this.docKinds.set(docKey, (kinds = kindsOfNames(doc)));
      byDoc.set(docKey, (where = sentencesNaming(doc, kinds, kind, appositive)));
    }
    return where !== null && where.has(at);
  }
}

/** "the shuttle Meridian", "a stricken yacht Sea Falcon": a kind noun (group 1), then a name (group 2). */
const KIND_THEN_NAME = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})/gu;
/** "the Zarya module": a name (group 1), then a kind noun (group 2). */
const NAME_THEN_KIND = /\b[Tt]he\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+(\p{Ll}{3,})\b/gu;

/** "the Farne Reach offshore wind farm": a name (group 1), then two or three lower-case words (group 2). */
const NAME_THEN_COMPOUND = /\b[Tt]he\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+(\p{Ll}{3,}(?:\s+\p{Ll}{3,}){1,2})\b/gu;

/**
 * The nouns of a compound kind ("offshore wind farm" → wind, farm; not the adjective): its words up to the first
 * that is a function word or neither noun nor adjective (WordNet), when that run ends on a noun
 * and is longer than one word (one word is NAME_THEN_KIND's). Empty otherwise ("module was launched").
 */
function compoundKindNouns(words: string): string[] {
  const wn = wordNet();
  if (!wn) return [];
  const run: string[] = [];
  for (const w of words.split(/\s+/)) {
    if (STOP_WORDS.has(w) || (wn.lemmas(w, 'noun').length === 0 && wn.lemmas(w, 'adj').length === 0)) break;
    run.push(w);
  }
  if (run.length < 2 || wn.lemmas(run.at(-1) as string, 'noun').length === 0) return [];
  // The head, and the nouns before it that are not also adjectives ("offshore" modifies, "wind" names).
  return run.filter((w, i) => i === run.length - 1 || (wn.lemmas(w, 'noun').length > 0 && wn.lemmas(w, 'adj').length === 0));
}

/** The key prefix of the names a document gives a kind of people in apposition ("A prison guard, Kenneth Stroud,"), with their surnames. */
const APPOSITIVE = '~appositive:';
/** "Which congressman ...?", "what party ...": the kind asked for (group 1). */
const WHICH_KIND_RE = /^\s*(?:and\s+)?(?:which|what)\s+(\p{Ll}{3,})\b/iu;
/** "A prison guard, Kenneth Stroud,": a kind noun (group 1), a comma, then a name of two or three words and a comma (group 2). */
const KIND_COMMA_NAME = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,}),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}),/gu;
/** "Glen Walsh, a spokesman for ...", "Ruiz, 24, a convicted drug dealer": a name of two or three words (group 1), then a kind noun (group 2) in apposition. */
const NAME_COMMA_KIND = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}),\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?!(?:for|of|at|in|on|with|and|from|to|by|who|which|that)\b)(\p{Ll}{3,})\b(?!['’-])/gu;
/** "Etna, Europe's most active volcano,": a name of one word or more (group 1), then a place's possessive, up to two modifiers and a kind noun (group 2), then a comma or the end. */
const NAME_COMMA_OWNED_KIND = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),\s+\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}{3,})(?=\s*[,.;])/gu;

/** Every kind noun `doc` puts beside a name, with those names (one pass over the document). */
function kindsOfNames(doc: DocSentences): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (kind: string, name: string): void => {
    const k = kind.replace(/s$/, '');
    let names = out.get(k);
    if (!names) out.set(k, (names = new Set()));
    names.add(name.replace(/['’]s?$/u, ''));
  };
  // A person's name in apposition, then its surname alone: "A prison guard, Kenneth Stroud, 37," ... "Stroud was paid".
  const addPerson = (kind: string, name: string): void => {
    add(kind, name);
    add(kind, name.split(/\s+/).at(-1) as string);
  };
  for (const x of doc.sentences) {
    for (const m of x.text.matchAll(KIND_THEN_NAME)) add(m[1] as string, m[2] as string);
    for (const m of x.text.matchAll(NAME_THEN_KIND)) add(m[2] as string, m[1] as string);
    // "the Farne Reach offshore wind farm": the nouns of a compound kind after the name.
    for (const m of x.text.matchAll(NAME_THEN_COMPOUND)) for (const noun of compoundKindNouns(m[2] as string)) add(noun, m[1] as string);
    for (const m of x.text.matchAll(KIND_COMMA_NAME)) addPerson(`${APPOSITIVE}${m[1] as string}`, m[2] as string);
    for (const m of x.text.matchAll(NAME_COMMA_KIND)) addPerson(`${APPOSITIVE}${m[2] as string}`, m[1] as string);
    for (const m of x.text.matchAll(NAME_COMMA_OWNED_KIND)) add(m[2] as string, m[1] as string);
  }
  return out;
}

/** The sentences of `doc` that name a thing the document calls a `kind` ("the shuttle Meridian" ... "Meridian lifted off"), or null for none. */
function sentencesNaming(doc: DocSentences, kinds: Map<string, Set<string>>, kind: string, appositive = true): Set<number> | null {
  const k = kind.replace(/s$/, '');
  const own = kinds.get(k);
  const more = appositive ? kinds.get(`${APPOSITIVE}${k}`) : undefined;
  const found = own && more ? new Set([...own, ...more]) : (own ?? more);
  if (!found) return null;
  const named = new RegExp(`\\b(?:${[...found].map(escapeRegExp).join('|')})\\b`, 'u');
  const out = new Set<number>();
  doc.sentences.forEach((x, i) => {
    if (named.test(x.text)) out.add(i);
  });
  return out;
}
