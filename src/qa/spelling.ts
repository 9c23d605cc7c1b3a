/**
 * Stage 1a of answering, before the question is analysed: a misspelt word ("When did Blinkin
 * visit Beijing?", "wepons") read as the word of the topic's documents it is one or two
 * letters from. Only a word that neither the documents (in any form) nor WordNet nor the
 * gazetteer know is corrected, so a real word the documents do not use stays as asked (and the
 * question may rightly be declined), and the answer says how the question was read.
 */
import { editDistance } from '../domain/edit-distance.ts';
import type { TopicIndex } from './qa-index.ts';
import { countryTermOf } from './gazetteer.ts';
import { STOP_WORDS, termOf } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';

export interface Correction {
  from: string;
  to: string;
}

export interface Spelled {
  /** The question with its misspelt words replaced (the question itself when none was). */
  text: string;
  corrections: Correction[];
}

/** A word of the documents: how often it occurs and its commonest spelling ("Blinken"). */
interface VocabularyEntry {
  count: number;
  display: string;
}

/** Words shorter than this are not corrected: too many words are a letter apart. */
const MIN_LENGTH = 5;
/** Words this long may be two edits from the documents' word. */
const TWO_EDITS_LENGTH = 8;

const vocabularies = new WeakMap<TopicIndex, ReadonlyMap<string, VocabularyEntry>>();

/** The documents' words (lower case, letters only, MIN_LENGTH - 1 letters or more), built on the first question that needs them. */
function vocabularyOf(index: TopicIndex): ReadonlyMap<string, VocabularyEntry> {
  const hit = vocabularies.get(index);
  if (hit) return hit;
  // Each spelling counted once per occurrence, then folded by lower case to the commonest one.
  const spellings = new Map<string, number>();
  const word = new RegExp(`\\p{L}{${MIN_LENGTH - 1},}`, 'gu');
  for (const doc of index.brief.sources) {
    for (const s of doc.sentences) for (const m of s.text.matchAll(word)) spellings.set(m[0], (spellings.get(m[0]) ?? 0) + 1);
  }
  const out = new Map<string, VocabularyEntry & { best: number }>();
  for (const [surface, n] of spellings) {
    const lower = surface.toLowerCase();
    const e = out.get(lower);
    if (!e) out.set(lower, { count: n, display: surface, best: n });
    else {
      e.count += n;
      if (n > e.best) [e.display, e.best] = [surface, n];
    }
  }
  vocabularies.set(index, out);
  return out;
}

/** Whether the word is known as it is: a stop word, a word of the documents in some form, an English word, a country. */
function known(lower: string, index: TopicIndex): boolean {
  if (STOP_WORDS.has(lower)) return true;
  const term = termOf(lower);
  if (term === null || index.termId(term) !== undefined) return true;
  const wn = wordNet();
  const english = (w: string): boolean => wn !== null && (wn.lemmas(w, 'noun').length > 0 || wn.lemmas(w, 'verb').length > 0 || wn.lemmas(w, 'adj').length > 0);
  if (english(lower) || countryTermOf(lower) !== null) return true;
  // An adverb of a known word: "reportedly", "allegedly", "happily", "probably".
  const adverb = /^(.{3,})ly$/.exec(lower)?.[1];
  return adverb !== undefined && [adverb, adverb.replace(/i$/, 'y'), `${adverb}le`].some(english);
}

/** The documents' word `lower` most likely stands for, or null: the fewest edits, then the commonest. */
function bestMatch(lower: string, vocabulary: ReadonlyMap<string, VocabularyEntry>): VocabularyEntry | null {
  const max = lower.length >= TWO_EDITS_LENGTH ? 2 : 1;
  let best: VocabularyEntry | null = null;
  let bestDistance = max + 1;
  for (const [w, e] of vocabulary) {
    if (Math.abs(w.length - lower.length) > max) continue;
    // Bounded by the best so far: a farther word returns more than it and is passed over.
    const d = editDistance(lower, w, Math.min(max, bestDistance));
    if (d < bestDistance || (d === bestDistance && best !== null && e.count > best.count)) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}

/** The question with each misspelt word read as the documents' word it is closest to. */
export function correctSpelling(question: string, index: TopicIndex): Spelled {
  const corrections: Correction[] = [];
  const text = question.replace(/\p{L}+(?:['’]\p{L}+)?/gu, (word) => {
    const lower = word.toLowerCase();
    // An acronym ("USAID") is spelt out elsewhere or not at all (acronyms.ts), not misspelt.
    if (word.length < MIN_LENGTH || /['’]/.test(word) || /^\p{Lu}{2,}s?$/u.test(word) || known(lower, index)) return word;
    const match = bestMatch(lower, vocabularyOf(index));
    if (!match || match.display.toLowerCase() === lower) return word;
    // A name keeps the documents' capitals ("Blinken"); a common word the asker's.
    const to = /^\p{Lu}/u.test(match.display) ? match.display : /^\p{Lu}/u.test(word) ? `${match.display[0]?.toUpperCase() ?? ''}${match.display.slice(1)}` : match.display;
    corrections.push({ from: word, to });
    return to;
  });
  return { text: corrections.length > 0 ? text : question, corrections };
}
