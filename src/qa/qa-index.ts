/**
 * The retrieval index of one topic: every sentence of its cleaned sources (boilerplate was
 * removed by the source loader and is never indexed), with the curated brief's claim text
 * attached to the sentences its citations quote. BM25 over canonical terms finds candidates;
 * `rerank` (qa-scoring.ts) scores them against the question.
 */
import type { Brief, Claim } from '../domain/brief-types.ts';
import type { SourceDocument } from '../domain/document-types.ts';
import { findPersonNames, isOrgWord, isPlaceWord, monthOfIsoDate, monthsIn } from './entities.ts';
import { wordNet } from './wordnet.ts';
import { isCountryTerm } from './gazetteer.ts';
import { analyze, termOf } from './text-analysis.ts';
import { TermIds } from './term-ids.ts';
import { writtenAsOf } from './recency.ts';
import { selectTop } from './top-k.ts';
import { UnitTable } from './unit-table.ts';
import type { ClaimUnit, DocContext, IndexCore, Unit } from './index-types.ts';

export type { ClaimUnit, DocContext, IndexCore, Unit } from './index-types.ts';

const NO_TERMS: ReadonlySet<number> = new Set();

/** Claims longer than this (summary paragraphs) are too broad to stand for one sentence. */
const MAX_CLAIM_CHARS = 360;

/** Brief vocabulary about the coverage itself, never lent to the sentences a claim cites. */
const CLAIM_META = /^(?:report|sourc|account|outlet|articl|stori|versu|differ|quot)$/;

const BM25_K1 = 1.2;
const BM25_B = 0.75;
const CLAIM_WEIGHT = 0.5;

/** A number in a sentence: "Three people died." is an answer, however few its words. */
const SHORT_FACT_RE = /\b(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b)/i;

/** A statement that nobody or nothing did it: "No one was hurt." is a count of none, however few its words. */
const NONE_RE = /^["“`']*(?:No one|Nobody|None of|Nothing)\b/u;

/** A whole statement of five words or more: a capital first, a full stop last. */
const SHORT_STATEMENT_RE = /^["“`']*\p{Lu}\S*(?:\s+\S+){4,}[.!]["”']*$/u;

/** A sentence is not an answer when it is a question ("What armaments is Ukraine receiving?") or too short. */
function answerable(text: string, tokens: number): boolean {
  const t = text.trim();
  // A short quotation is what someone said ("``It's good to smell the grass,'' she said."); a
  // short sentence with a number may be a count ("The other two works are still missing.").
  // ... and so may a short whole statement of five words or more ("The night guard was not hurt.").
  // ... and so may a denial ("No one was injured.").
  if (tokens < 4 && !(tokens >= 2 && (/``|“|"/.test(t) || SHORT_FACT_RE.test(t) || SHORT_STATEMENT_RE.test(t))) && !(tokens >= 1 && NONE_RE.test(t))) return false;
  // A question is not an answer; a statement that quotes one is ("Hariri asked: ``Does the
  // government want peace?''"): its quote opens after the sentence has begun.
  if (/\?["'”’)]*$/.test(t) && !/^[^"“`]{12,}(?:``|["“])/.test(t)) return false;
  return true;
}

export class TopicIndex {
  readonly brief: Brief;
  /** The indexed sentences, by unit id: `unit(u)` reads one. */
  private units = new UnitTable();
  readonly termIds = new Map<string, number>();
  readonly persons: { names: Set<string>; tokens: Set<string> };
  readonly docContext: DocContext[] = [];
  /** Unit id of sentence `s` of doc `d`: unitOf[d][s], or -1 when not indexed. */
  readonly unitOf: Int32Array[] = [];
  /**
   * What every document of the topic is about: the terms of the brief's title, and, when the
   * title names no country, the countries most of its documents mention. They are the story's
   * setting, not a question's constraint.
   */
  readonly topicTerms: Set<string>;
  readonly claims: ClaimUnit[] = [];
  /** Unit id → indexes into `claims` of the claims citing it. */
  readonly claimsOfUnit = new Map<number, number[]>();
  /**
   * Every unit's term ids, one after the other (unit.start, unit.len): one array instead of a
   * typed array per sentence, whose object and buffer headers alone came to about 180 bytes.
   */
  private tokens: Int32Array = new Int32Array(0);
  /** Postings of term t: postingIds/postingTf[postingStart[t] .. postingStart[t + 1]). */
  private postingStart: Int32Array = new Int32Array(1);
  private postingIds: Int32Array = new Int32Array(0);
  private postingTf: Float32Array = new Float32Array(0);
  /** Term id → how often the documents write it in lower case ("the hurricane") and capitalised mid-sentence ("Hurricane Georges"). */
  private lowerCount: Uint32Array = new Uint32Array(0);
  private capitalCount: Uint32Array = new Uint32Array(0);
  private avgLen = 1;
  private scores: Float64Array = new Float64Array(0);

  private constructor(brief: Brief, persons?: { names: Set<string>; tokens: Set<string> }) {
    this.brief = brief;
    this.topicTerms = new Set(analyze(brief.title).map((t) => t.term));
    this.persons = persons ?? findPersonNames(
      brief.sources.flatMap((d) => d.sentences.map((s) => s.text)),
      [...brief.whosWho.map((c) => c.label ?? ''), ...brief.keyPoints.flatMap((k) => k.actors)].filter((s) => /\s/.test(s) || /^\p{Lu}/u.test(s)),
    );
  }

  static build(brief: Brief): TopicIndex {
    const index = new TopicIndex(brief);
    index.indexSources(brief.sources);
    index.dropCommonPersonWords();
    index.addPersonTerms();
    index.addStoryTerms();
    index.attachClaims();
    index.finish();
    return index;
  }

  /**
   * What building the index learnt from the sources alone (before the brief's claims are
   * attached and the postings built), as plain values and typed arrays: what IndexCache
   * (index-cache.ts) keeps on disk so a big topic's next process need not read every sentence.
   */
  core(): IndexCore {
    const unitCols = this.units.columns();
    return {
      terms: [...this.termIds.keys()],
      personNames: [...this.persons.names],
      personTokens: [...this.persons.tokens],
      topicTerms: [...this.topicTerms],
      docs: this.docContext.map((c) => ({ months: [...c.months], year: c.year, notBefore: c.notBefore, recency: c.recency, titleTerms: [...c.titleTerms] })),
      docTerms: this.docContext.map((c) => Int32Array.from(c.terms)),
      unitOf: this.unitOf,
      unitCols,
      tokens: this.tokens,
      lowerCount: this.lowerCount,
      capitalCount: this.capitalCount,
      // With no claim attached, the postings are the sources' alone, and kept too.
      ...(this.sourcesOnly() ? { postings: { start: this.postingStart, ids: this.postingIds, tf: this.postingTf } } : {}),
    };
  }

  /** The index of `brief` from a core its sources gave earlier (see `core`): claims attached, postings built. */
  static fromCore(brief: Brief, core: IndexCore): TopicIndex {
    const index = new TopicIndex(brief, { names: new Set(core.personNames), tokens: new Set(core.personTokens) });
    core.terms.forEach((t, id) => index.termIds.set(t, id));
    for (const t of core.topicTerms) index.topicTerms.add(t);
    core.docs.forEach((c, d) => index.docContext.push({ ...c, months: new Set(c.months), titleTerms: c.titleTerms.length > 0 ? new Set(c.titleTerms) : NO_TERMS, terms: new TermIds(core.docTerms[d] ?? []) }));
    index.unitOf.push(...core.unitOf);
    index.units = new UnitTable(core.unitCols);
    index.tokens = core.tokens;
    index.lowerCount = core.lowerCount;
    index.capitalCount = core.capitalCount;
    index.attachClaims();
    if (index.sourcesOnly() && core.postings && core.postings.start.length === index.termIds.size + 1) {
      index.postingStart = core.postings.start;
      index.postingIds = core.postings.ids;
      index.postingTf = core.postings.tf;
      index.setLengths(index.units.totalLength());
    } else index.finish();
    return index;
  }

  /** No claim of the brief lent a sentence its terms: the postings are the sources' alone. */
  private sourcesOnly(): boolean {
    return this.claimsOfUnit.size === 0 && !this.units.hasClaimTerms();
  }

  /** The mean sentence length BM25 normalises by (from the units' `total` length), and the score buffer. */
  private setLengths(total: number): void {
    this.avgLen = this.units.length > 0 ? total / this.units.length : 1;
    this.scores = new Float64Array(this.units.length);
  }

  get size(): number {
    return this.units.length;
  }

  /** Unit `u` (an id from `unitOf`, BM25 or a claim); a RangeError for one the index does not hold. */
  unit(u: number): Unit {
    return this.units.at(u);
  }

  /** Every unit, in id order: for tests and tools (answering reads the few it needs with `unit`). */
  allUnits(): Unit[] {
    return this.units.all();
  }

  /** The term ids of a unit's own text, in order (a view, not a copy). */
  seqOf(unit: Unit): Int32Array {
    return this.tokens.subarray(unit.start, unit.start + unit.len);
  }

  /**
   * Whether the documents use `term` as a common word, in lower case ("the hurricane",
   * "peace talks"), rather than only capitalised, as part of a name ("Georges", "Saramago").
   */
  isCommonWord(term: string): boolean {
    const id = this.termIds.get(term);
    return id !== undefined && (this.lowerCount[id] ?? 0) > 0;
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
    }
    return id;
  }

  private indexSources(docs: SourceDocument[]): void {
    const tokens: number[] = [];
    const lower: number[] = [];
    const capital: number[] = [];
    // Each publication date's place among the topic's dates, 0 (oldest) to 1 (newest).
    // An undated document is placed by the latest month and day it writes (recency.ts writtenAsOf).
    const newestYear = docs.reduce<string | null>((m, d) => { const y = d.meta.published?.slice(0, 4) ?? null; return y !== null && (m === null || y > m) ? y : m; }, null);
    const asOf = docs.map((d) => d.meta.published ?? writtenAsOf(d.body, newestYear));
    const dates = [...new Set(asOf.filter((p): p is string => p !== null))].sort();
    const recencyOf = new Map(dates.map((p, i) => [p, dates.length > 1 ? i / (dates.length - 1) : 1]));
    docs.forEach((doc, d) => {
      const map = new Int32Array(doc.sentences.length).fill(-1);
      this.unitOf.push(map);
      const lead = doc.sentences.slice(0, 2).map((s) => s.text).join(' ');
      const months = monthsIn(lead);
      const pub = monthOfIsoDate(doc.meta.published);
      if (pub) months.add(pub);
      const titleTerms = doc.meta.title ? new Set(analyze(doc.meta.title).map((t) => this.intern(t.term))) : NO_TERMS;
      const docTerms = new Set<number>();
      doc.sentences.forEach((s, i) => {
        const toks = analyze(s.text);
        if (!answerable(s.text, toks.length)) return;
        const start = tokens.length;
        for (const t of toks) {
          const id = this.intern(t.term);
          tokens.push(id);
          docTerms.add(id);
          const c = s.text.charCodeAt(t.start);
          if (c >= 97 && c <= 122) lower[id] = (lower[id] ?? 0) + 1;
          else if (c >= 65 && c <= 90 && t.start > 2) capital[id] = (capital[id] ?? 0) + 1;
        }
        map[i] = this.units.push(d, i, toks.length, start);
      });
      const written = asOf[d] ?? null;
      const recency = written === null ? 0 : (recencyOf.get(written) ?? 0);
      const year = /^(\d{4})-/.exec(doc.meta.published ?? '')?.[1] ?? null;
      this.docContext.push({ months, year, notBefore: year, recency, titleTerms, terms: new TermIds(docTerms) });
    });
    const earliest = this.docContext.reduce<string | null>((min, c) => (c.year !== null && (min === null || c.year < min) ? c.year : min), null);
    for (const c of this.docContext) c.notBefore ??= earliest;
    this.tokens = Int32Array.from(tokens);
    this.lowerCount = new Uint32Array(this.termIds.size);
    this.capitalCount = new Uint32Array(this.termIds.size);
    lower.forEach((v, id) => {
      this.lowerCount[id] = v;
    });
    capital.forEach((v, id) => {
      this.capitalCount[id] = v;
    });
  }

  private attachClaims(): void {
    const b = this.brief;
    const claims: { claim: Claim; extra: string }[] = [
      { claim: b.status, extra: '' },
      ...b.summary.map((c) => ({ claim: c, extra: '' })),
      ...b.keyPoints.map((c) => ({ claim: c as Claim, extra: c.actors.join(' ') })),
      ...b.timeline.map((c) => ({ claim: c as Claim, extra: c.date })),
      ...b.whosWho.map((c) => ({ claim: c, extra: '' })),
      ...b.differences.map((c) => ({ claim: c, extra: '' })),
    ];
    const differences = new Set<Claim>(b.differences);
    const extra = new Map<number, Set<number>>();
    for (const { claim, extra: more } of claims) {
      // The brief's words about its sources ("two reports", "versus") describe the coverage, not the events.
      const terms = analyze(`${claim.label ?? ''} ${claim.text} ${more}`).filter((t) => !CLAIM_META.test(t.term)).map((t) => this.intern(t.term));
      const own: ClaimUnit | null = claim.text.length <= MAX_CLAIM_CHARS || differences.has(claim)
        ? { terms: new Set(terms), units: [], difference: differences.has(claim), quotes: [] }
        : null;
      for (const cite of claim.citations) {
        const d = b.sources.findIndex((s) => s.meta.id === cite.sourceId);
        const doc = b.sources[d];
        if (!doc) continue;
        const at = doc.body.indexOf(cite.quote);
        if (at < 0) continue;
        const end = at + cite.quote.length;
        own?.quotes.push({ doc: d, quote: cite.quote });
        doc.sentences.forEach((s, i) => {
          const u = this.unitOf[d]?.[i] ?? -1;
          if (u < 0 || s.end <= at || s.start >= end) return;
          const set = extra.get(u) ?? new Set<number>();
          for (const t of terms) set.add(t);
          extra.set(u, set);
          if (own && !own.units.includes(u)) own.units.push(u);
        });
      }
      if (own && own.units.length > 0) {
        const c = this.claims.length;
        this.claims.push(own);
        for (const u of own.units) {
          const list = this.claimsOfUnit.get(u) ?? [];
          list.push(c);
          this.claimsOfUnit.set(u, list);
        }
      }
    }
    for (const [u, set] of extra) this.units.setClaimTerms(u, Int32Array.from(set));
  }

  /**
   * A word the name finder took from a body's name ("the National Emergency Commission
   * said", "the World Food Program said") that the documents mostly write in lower case
   * ("emergency", "food") is not a person's name: it would make every question about food
   * a question about a person.
   */
  private dropCommonPersonWords(): void {
    for (const w of [...this.persons.tokens]) {
      const id = this.termIds.get(termOf(w) ?? '');
      if (id !== undefined && (this.lowerCount[id] ?? 0) > (this.capitalCount[id] ?? 0)) this.persons.tokens.delete(w);
    }
  }

  /**
   * The questions' terms are stems ("holbrook" for "Holbrooke", "milosev" for "Milosevic"): a
   * name's word is a person word in that form too, or the scorer would take such a person for a
   * place or a thing the whole article is about. Not a word of the language ("Republicans",
   * "Islamic", "DeLay"), a place or a body: its stem would make questions about "delay" ones about a person.
   */
  private addPersonTerms(): void {
    const wn = wordNet();
    for (const w of [...this.persons.tokens]) {
      const t = termOf(w);
      if (t === null || t === w || isPlaceWord(w) || isOrgWord(w) || wn === null || wn.isCommonWord(w) || wn.isCommonWord(t) || this.isCommonWord(t)) continue;
      this.persons.tokens.add(t);
    }
  }

  /**
   * Countries in at least 60% of the documents (and 3 of them) join topicTerms. (Names that
   * most documents mention were tried too: no gain on the tuning topics, so left out.)
   */
  private addStoryTerms(): void {
    const docs = this.docContext.length;
    // A title that names countries says which the story is about; only an untitled story, or
    // one whose title names none, takes them from its documents.
    const titled = [...this.topicTerms].some((t) => isCountryTerm(t));
    if (docs >= 3 && !titled) {
      const need = Math.max(3, Math.ceil(STORY_TERM_SHARE * docs));
      const docCount = new Map<number, number>();
      for (const ctx of this.docContext) for (const id of ctx.terms) docCount.set(id, (docCount.get(id) ?? 0) + 1);
      for (const [term, id] of this.termIds) if (isCountryTerm(term) && (docCount.get(id) ?? 0) >= need) this.topicTerms.add(term);
    }
  }

  /** Builds the postings in two passes: count each term's units, then fill them in unit order. */
  private finish(): void {
    const terms = this.termIds.size;
    const tfOf = (unit: Unit): Map<number, number> => {
      const tf = new Map<number, number>();
      for (const t of this.seqOf(unit)) tf.set(t, (tf.get(t) ?? 0) + 1);
      if (unit.claimTerms) for (const t of unit.claimTerms) tf.set(t, (tf.get(t) ?? 0) + CLAIM_WEIGHT);
      return tf;
    };
    const start = new Int32Array(terms + 1);
    let total = 0;
    const n = this.units.length;
    for (let u = 0; u < n; u++) {
      const unit = this.units.at(u);
      total += unit.len;
      for (const t of tfOf(unit).keys()) start[t + 1] = (start[t + 1] as number) + 1;
    }
    for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
    const ids = new Int32Array(start[terms] as number);
    const tfs = new Float32Array(ids.length);
    const next = start.slice(0, terms);
    for (let u = 0; u < n; u++) {
      for (const [t, f] of tfOf(this.units.at(u))) {
        const at = next[t] as number;
        ids[at] = u;
        tfs[at] = f;
        next[t] = at + 1;
      }
    }
    this.postingStart = start;
    this.postingIds = ids;
    this.postingTf = tfs;
    this.setLengths(total);
  }

  /** The units that hold a term (its postings), in unit order; empty for an unknown term. */
  unitsWithTerm(termId: number | undefined): Int32Array {
    if (termId === undefined || termId < 0 || termId >= this.postingStart.length - 1) return new Int32Array(0);
    return this.postingIds.subarray(this.postingStart[termId] as number, this.postingStart[termId + 1] as number);
  }

  docFreq(termId: number | undefined): number {
    if (termId === undefined || termId < 0 || termId >= this.postingStart.length - 1) return 0;
    return (this.postingStart[termId + 1] as number) - (this.postingStart[termId] as number);
  }

  idf(termId: number | undefined): number {
    const n = this.units.length;
    const df = this.docFreq(termId);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 top-k unit ids with their scores, best first. */
  bm25(termIds: (number | undefined)[], k: number): { unit: number; score: number }[] {
    const scores = this.scores;
    const touched: number[] = [];
    for (const t of new Set(termIds)) {
      if (t === undefined || t < 0 || t >= this.postingStart.length - 1) continue;
      const ids = this.postingIds;
      const tfs = this.postingTf;
      const idf = this.idf(t);
      const end = this.postingStart[t + 1] as number;
      for (let i = this.postingStart[t] as number; i < end; i++) {
        const u = ids[i] as number;
        const f = tfs[i] as number;
        const len = this.units.lengthOf(u);
        if (scores[u] === 0) touched.push(u);
        scores[u] = (scores[u] as number) + (idf * f * (BM25_K1 + 1)) / (f + BM25_K1 * (1 - BM25_B + (BM25_B * len) / this.avgLen));
      }
    }
    const top = selectTop(touched, scores, k);
    for (const u of touched) scores[u] = 0;
    return top;
  }
}

/** Share of a topic's documents a country must appear in to be what the story is about. */
const STORY_TERM_SHARE = 0.6;
