/**
 * Stage 6 of answering: the quote. The best sentence, verbatim from its source, with the
 * source's outlet and date; it takes in a neighbouring sentence when that one holds what the
 * question asks and this one lacks (the name after "The minister said", the person "he"
 * stands for, the magazine "The magazine said" points back to), and gives both accounts when
 * the brief records that sources differ.
 */
import type { JsonQuote } from '../domain/brief-types.ts';
import type { SourceRef } from '../domain/messages/message-model.ts';
import type { SourceDocument } from '../domain/document-types.ts';
import { capitalisedRuns, isOrgWord, isPlaceWord, isTitleWord, textFeatures } from './entities.ts';
import { asksForPerson } from './kind-of-name.ts';
import type { TopicIndex } from './qa-index.ts';
import type { Scored } from './qa-scoring.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze, termOf } from './text-analysis.ts';
import { askedOffice, refersBackToTitle } from './office-holders.ts';
import { ledeHolderTerms, ledeNamesOther } from './references.ts';
import { CLOSING_MARK_RE, OPENING_MARK_RE } from './speaker-spans.ts';
import { kindNoun, namesTheKind } from './answer-kind.ts';

/** A quote of an answer, with the source's details (`ask --json` prints it as is). */
export interface AnswerCitation extends JsonQuote, Omit<SourceRef, 'id' | 'duplicateOf'> {}

const MAX_ANSWER_CHARS = 500;
const MAX_QUOTE_CHARS = 430;
/** Characters after a quote's last asked word that count toward choosing where to cut a long passage (room for the answer). */
const ROOM_AFTER = 160;

function attribution(doc: SourceDocument): string {
  const who = doc.meta.outlet ?? (doc.meta.title ? `“${doc.meta.title}”` : `source ${doc.meta.id}`);
  return doc.meta.published ? `${who}, ${doc.meta.published}` : who;
}

function citation(doc: SourceDocument, quote: string): AnswerCitation {
  const m = doc.meta;
  return { source: m.id, quote, path: doc.path, title: m.title, outlet: m.outlet, published: m.published, url: m.url };
}

/** A verbatim slice of at most `max` characters, cut at a word boundary. */
function clip(text: string, max: number): { quote: string; cut: boolean } {
  if (text.length <= max) return { quote: text, cut: false };
  const at = text.lastIndexOf(' ', max);
  return { quote: text.slice(0, at > max / 2 ? at : max).replace(/[\s,;:–—-]+$/, ''), cut: true };
}

/** A number that is not a year. */
const COUNT_RE = /\b(?!(?:1[89]|20)\d\d\b)\d/;

/**
 * Like `clip`, but a passage too long to quote whole is quoted where it answers: the window of
 * `max` characters, starting at a word, that holds the most of the question's terms (for a
 * number asked, first of all a number that is no year), the earliest of equals: "… of a total
 * value which shall in no case exceed U.S. dlrs 150 per person", not the rules' preamble.
 * `lead` when it starts inside the passage.
 */
function clipWhereAnswered(text: string, max: number, q: QuestionAnalysis): { quote: string; cut: boolean; lead: boolean } {
  if (text.length <= max) return { quote: text, cut: false, lead: false };
  const toks = analyze(text);
  const asked = new Set(q.terms);
  const score = (from: number): number => {
    const window = clip(text.slice(from), max).quote;
    const seen = new Set<string>();
    let last = from;
    for (const t of toks) {
      if (t.start >= from && t.start + t.word.length <= from + window.length && asked.has(t.term)) {
        seen.add(t.term);
        last = t.start + t.word.length;
      }
    }
    // A number asked for comes first: a quote without one does not answer.
    // Of equals, the one that leaves the most room after the last word asked, where the answer
    // stands ("..., who proved unable to prevail over an unpopular Democratic governor, Parris Glendening").
    return seen.size + (q.type === 'quantity' && COUNT_RE.test(window) ? asked.size + 1 : 0) + Math.min(ROOM_AFTER, from + window.length - last) / (ROOM_AFTER * 2);
  };
  let best = 0;
  let bestScore = score(0);
  // Windows start at a word the question asks for, or at a number (a few dozen in a long passage).
  for (const t of toks) {
    if (t.start === 0 || t.start + max > text.length + max / 2 || !(asked.has(t.term) || /^\d/.test(t.word))) continue;
    const sc = score(t.start);
    if (sc > bestScore) {
      best = t.start;
      bestScore = sc;
    }
  }
  if (best === 0) return { ...clip(text, max), lead: false };
  const { quote, cut } = clip(text.slice(best), max);
  return { quote, cut, lead: true };
}

/** Builds the answer: the best sentence, plus its neighbour when that adds what the question asked. */
export function compose(index: TopicIndex, best: Scored, q: QuestionAnalysis, people: string[]): { citations: AnswerCitation[]; answer: string } {
  const unit = index.unit(best.unit);
  const doc = index.brief.sources[unit.doc] as SourceDocument;
  const sentence = doc.sentences[unit.sentence];
  if (!sentence) return { citations: [], answer: '' };
  let start = sentence.start;
  let end = sentence.end;

  // Add the previous sentence when this one only says "He said ..." and the question asks who;
  // add the next one when it covers question terms this sentence lacks.
  const map = index.unitOf[unit.doc];
  const prev = doc.sentences[unit.sentence - 1];
  const next = doc.sentences[unit.sentence + 1];
  const prevUnit = map?.[unit.sentence - 1] ?? -1;
  const nextUnit = map?.[unit.sentence + 1] ?? -1;
  // Also add it when the question is about someone this sentence only calls "he".
  const lower = sentence.text.toLowerCase();
  const unnamed = people.length > 0 && !people.some((p) => p.toLowerCase().split(' ').some((w) => lower.includes(w)));
  const prevNames = prev !== undefined && people.some((p) => p.toLowerCase().split(' ').some((w) => prev.text.toLowerCase().includes(w)));
  const pronounOnly = /\b(?:he|she|they)\b/i.test(sentence.text) && unnamed && prevNames;
  // "As the founder of the party, he publicly announced ...": "he" is the subject after an opening phrase.
  const heOpens = /^["“']?(?:He|She|They)\b/.test(sentence.text) || SUBJECT_AFTER_PHRASE_RE.test(sentence.text);
  // The paragraph before may name who: wire paragraphs are often one sentence each.
  const samePassage = prev !== undefined && (prev.passageIndex === sentence.passageIndex || (q.type === 'person' && !lacksAnswer(q, prev.text, index)));
  if (prev && prevUnit >= 0 && (pronounOnly || (heOpens && (q.type === 'person' || q.type === 'definition') && samePassage))) {
    if (sentence.end - prev.start <= MAX_QUOTE_CHARS) start = prev.start;
  } else if (next && nextUnit >= 0 && best.missing.size > 0 && next.passageIndex === sentence.passageIndex) {
    const nextTerms = new Set(index.seqOf(index.unit(nextUnit)));
    const adds = [...best.missing].filter((t) => nextTerms.has(t)).length;
    if (adds > 0 && adds >= best.missing.size / 2 && next.end - sentence.start <= MAX_QUOTE_CHARS) end = next.end;
  }
  // "What did Alves say?": "We were lucky,'' said Maria do Ceu Alves" closes a quotation the
  // sentence before opened ("``There is nothing left of the barn ..."); the quote is all of it.
  if (start === sentence.start && q.speakerPhrase !== null && prev && prevUnit >= 0 && closesEarlierQuotation(prev.text, sentence.text) && sentence.end - prev.start <= MAX_QUOTE_CHARS) start = prev.start;
  // "Which magazine reported ...?": "The magazine said ..." points back to the one the sentence
  // before names ("Focus newsmagazine reported ..."), which the quote then starts from.
  if (start === sentence.start && prev && prevUnit >= 0 && prev.passageIndex === sentence.passageIndex && pointsBackToKind(q, sentence.text, prev.text) && sentence.end - prev.start <= MAX_QUOTE_CHARS) start = prev.start;
  // "Which congressman visited ...?": when the sentence holds no answer of the asked kind and
  // the next one supplies it ("The congressman, Tony Hall, ..."; "... cited security concerns"),
  // the quote goes on to it (cut with "…" when the two are longer than a quote may be).
  // "... the Taliban information minister said. The minister, Amir Khan Muttaqi, ...": the next
  // sentence names who holds the asked office.
  const office = q.type === 'person' ? askedOffice(q.text) : null;
  const holderNext = next !== undefined && office !== null && refersBackToTitle(next.text, office);
  // A wire lede's role, named in the next paragraph ("The mayor of ... denied ..." / "Nagano Mayor Tasuku Tsukada ...").
  // ... the same for "Which judge ordered ...?" ("A judge on Saturday ordered ..." / "Judge Paolo Corsi ruled ...").
  const ledeNamed = next !== undefined && (q.type === 'person' || asksWhichPerson(q)) && namedNextAnswers(q, sentence.text, next.text);
  if (end === sentence.end && next && nextUnit >= 0 && (next.passageIndex === sentence.passageIndex || ledeNamed) && next.start - start <= MAX_QUOTE_CHARS - 80 && (holderNext || ledeNamed || (lacksAnswer(q, sentence.text, index) && !lacksAnswer(q, next.text, index)))) end = next.end;
  const { quote, cut, lead } = clipWhereAnswered(doc.body.slice(start, end), MAX_QUOTE_CHARS, q);
  const shown = `“${lead ? '…' : ''}${quote}${cut ? '…' : ''}” (${attribution(doc)})`;
  const other = (q.compare || q.type === 'quantity') && !cut ? otherAccount(index, best.unit, unit.doc, shown.length) : null;
  if (other) {
    const odoc = index.brief.sources[other.doc] as SourceDocument;
    const both = `Sources differ: ${shown} versus “${other.quote}” (${attribution(odoc)})`;
    return { citations: [citation(doc, quote), citation(odoc, other.quote)], answer: both };
  }
  const answer = shown.length <= MAX_ANSWER_CHARS ? shown : `${shown.slice(0, MAX_ANSWER_CHARS - 1)}…`;
  return { citations: [citation(doc, quote)], answer };
}

/** Whether `text` closes a quotation that `prev`, the sentence before it, opened and left open. */
export function closesEarlierQuotation(prev: string, text: string): boolean {
  const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;
  const closingFirst = text.search(CLOSING_MARK_RE);
  const openingFirst = text.search(OPENING_MARK_RE);
  return count(prev, OPENING_MARK_RE) > count(prev, CLOSING_MARK_RE) && closingFirst >= 0 && (openingFirst < 0 || closingFirst < openingFirst);
}

/**
 * For "who"/"which person" and "why" questions: whether `text` lacks an answer of that kind
 * (a name the question does not already give; a stated reason). Other questions: false.
 */
function lacksAnswer(q: QuestionAnalysis, text: string, index: TopicIndex): boolean {
  const persons = index.persons.tokens;
  // The question's words, whole and by their parts ("teng-hui", "teng", "hui").
  const asked = new Set((q.text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).flatMap((w) => [w, ...w.split(/[-'’]/)]));
  if (q.type === 'person') {
    // A person the documents name, other than those the question names; or a name of two or
    // more capitalised words, none a place, an organisation or a word the documents also write in
    // lower case ("send Chiang Pin-kung to ...", not "Economic Cooperation").
    if ((text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).some((w) => persons.has(w) && !asked.has(w))) return false;
    return !capitalisedRuns(text).some((n) => {
      const ws = n.split(' ');
      return ws.length >= 2 && ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !asked.has(w.toLowerCase()) && !isPlaceWord(w) && !isOrgWord(w) && !index.isCommonWord(termOf(w.toLowerCase()) ?? w.toLowerCase()));
    });
  }
  if (q.type === 'name' || (q.type === 'open' && WHICH_NOUN_RE.test(q.text))) {
    // Country names and demonyms ("North Koreans") fold into concepts: they are places, not names.
    return !capitalisedRuns(text).some((n) => analyze(n).some((t) => !t.term.startsWith('~') && !asked.has(t.word) && !isPlaceWord(t.word)));
  }
  if (q.type === 'reason') return !textFeatures(text).hasReason && !REASON_VERB_RE.test(text);
  return false;
}

/**
 * Whether the sentence opens with a role whose holder the next sentence names, and the
 * question does not: "Who denied ...?" answered by "The mayor of the Japanese city of Nagano
 * ... denied ...", before "Nagano Mayor Tasuku Tsukada was responding ...".
 */
function namedNextAnswers(q: QuestionAnalysis, text: string, next: string): boolean {
  return ledeNamesOther(ledeHolderTerms(text, next), q);
}

/** "Which judge ...?", "Which doctor ...?": a "which" question whose kind is a person's title or noun (WordNet, asksForPerson). */
function asksWhichPerson(q: QuestionAnalysis): boolean {
  return WHICH_NOUN_RE.test(q.text) && (asksForPerson(q) || isTitleWord(kindNoun(q) ?? ''));
}

/**
 * Whether `text` opens with "The <kind>" of a "which <kind>" question and names none of that
 * kind, while `before` does: "The magazine said ..." after "Focus newsmagazine reported ...".
 */
function pointsBackToKind(q: QuestionAnalysis, text: string, before: string): boolean {
  const kind = kindNoun(q);
  if (!kind || kind.length < 3 || !new RegExp(`^["“'‘(]*The\\s+(?:[a-z-]+\\s+)?${kind}s?\\b`, 'u').test(text)) return false;
  return !namesTheKind(q, text) && namesTheKind(q, before);
}

/** A pronoun as the subject after an opening phrase: "As the founder of the party, he publicly announced ...". */
const SUBJECT_AFTER_PHRASE_RE = /^["“']?[A-Z][^;"“]{3,120}?,\s+(?:he|she|they)\s+\p{Ll}/u;

/** "Which congressman visited ...": a question for something named. */
const WHICH_NOUN_RE = /^\s*(?:and\s+)?which\s+[a-z]+/i;
/** Ways of giving a reason without "because": "cited security concerns", "blamed the deaths on stress". */
const REASON_VERB_RE = /\b(?:cited|citing|blamed|blaming|attributed|said the reason|was caused by|were caused by|stemmed from|for fear)\b/i;

/**
 * When the brief records that sources differ on what this sentence says ("Where sources
 * differ"), the other side's account: its whole sentence when it fits, else the cited quote.
 */
function otherAccount(index: TopicIndex, unitId: number, docIndex: number, used: number): { doc: number; quote: string } | null {
  for (const c of index.claimsOfUnit.get(unitId) ?? []) {
    const claim = index.claims[c];
    if (!claim?.difference) continue;
    for (const qt of claim.quotes) {
      if (qt.doc === docIndex) continue;
      const doc = index.brief.sources[qt.doc] as SourceDocument;
      const at = doc.body.indexOf(qt.quote);
      const sentence = doc.sentences.find((s) => s.start <= at && s.end >= at + qt.quote.length);
      const budget = MAX_ANSWER_CHARS - used - 40 - attribution(doc).length;
      if (sentence && sentence.text.length <= budget) return { doc: qt.doc, quote: sentence.text };
      if (qt.quote.length <= budget) return { doc: qt.doc, quote: qt.quote };
    }
  }
  return null;
}
