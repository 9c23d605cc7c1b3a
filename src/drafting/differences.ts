/**
 * Stage 6 of drafting: where sources differ. The same quantity reported with different
 * figures by different sources ("hundreds of men" against "thousands of fighters", "at
 * least 40 dead" against "more than 60 dead"): numbers are read with the noun they count;
 * two sentences from different sources are about the same quantity when they count the
 * same noun and share enough other words; when their figures differ, each side is cited.
 * Vague amounts count as ranges (hundreds: 100–999), so "hundreds" and "300" agree.
 */
import { stem } from './candidates.ts';
import type { Candidate } from './candidates.ts';
import type { DraftDifference } from './draft-types.ts';

interface Figure {
  low: number;
  high: number;
  /** The noun counted (stemmed), and as written. */
  unit: string;
  unitWord: string;
  /** The figure as written ("more than 60 dead"). */
  phrase: string;
  candidate: Candidate;
}

const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, dozen: 12 };
const VAGUE: Record<string, [number, number]> = { dozens: [24, 99], scores: [40, 99], hundreds: [100, 999], thousands: [1000, 9999], millions: [1e6, 1e9 - 1] };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Units that are not things counted in a story (times, dates, ages, percentages change meaning). */
const SKIP_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minut', 'second', 'percent', 'am', 'pm', 'th', 'st', 'nd', 'rd', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'the', 'a', 'per']);

const FIGURE = /\b((?:about|around|nearly|almost|over|more than|at least|some|up to|fewer than|less than|roughly|approximately)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a thousand|a dozen|dozens|scores|hundreds|thousands|millions)(?:\s+(thousand|million|billion|trillion))?(?:\s+of)?\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;

function figuresOf(c: Candidate): Figure[] {
  const out: Figure[] = [];
  for (const m of c.text.matchAll(FIGURE)) {
    const raw = m[2]!.toLowerCase().replace(/^a /, '');
    let low: number;
    let high: number;
    if (VAGUE[raw]) [low, high] = VAGUE[raw]!;
    else {
      const n = WORD_NUMBERS[raw] ?? Number(raw.replace(/,/g, ''));
      if (!Number.isFinite(n)) continue;
      const scale = m[3] ? SCALE[m[3].toLowerCase()] ?? 1 : 1;
      low = high = n * scale;
      // Four-digit figures without a comma are usually years.
      if (/^\d{4}$/.test(raw) && !m[3]) continue;
    }
    let unitWord = m[4]!.toLowerCase();
    // "60 people dead", "40 Ukrainian soldiers": the counted noun may follow one adjective.
    if (m[5] && /^[\p{Ll}]/u.test(m[5]) && /(ian|ese|ish|ern|al|ed)$/.test(unitWord)) unitWord = m[5].toLowerCase();
    const unit = stem(unitWord);
    if (SKIP_UNITS.has(unit) || SKIP_UNITS.has(unitWord.replace(/s$/, '')) || unit.length < 3 || /\d/.test(unit)) continue;
    out.push({ low, high, unit, unitWord, phrase: m[0].trim(), candidate: c });
  }
  return out;
}

function overlap(a: Candidate, b: Candidate, unit: string): number {
  const sa = new Set(a.stems.filter((s) => s !== unit && !/\d/.test(s)));
  const sb = new Set(b.stems.filter((s) => s !== unit && !/\d/.test(s)));
  let shared = 0;
  for (const x of sa) if (sb.has(x)) shared++;
  return shared === 0 ? 0 : shared / Math.min(sa.size, sb.size);
}

const agree = (a: Figure, b: Figure): boolean => a.low <= b.high && b.low <= a.high;

export function findDifferences(cands: readonly Candidate[], maxEntries = 4): DraftDifference[] {
  // At most 400 figures are compared pairwise (a large topic has many more; the first
  // sentences of each article hold the figures a story turns on).
  const figures = cands
    .flatMap(figuresOf)
    .sort((a, b) => a.candidate.position - b.candidate.position)
    .slice(0, 400);
  const found: Array<{ about: string; a: Figure; b: Figure; strength: number }> = [];
  const taken = new Set<number>();
  const pairs: Array<{ a: Figure; b: Figure; strength: number }> = [];
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      if (a.candidate.source === b.candidate.source || agree(a, b)) continue;
      // The same noun counted in much the same words, or other nouns in nearly the same sentence.
      const strength = overlap(a.candidate, b.candidate, a.unit === b.unit ? a.unit : '');
      if ((a.unit === b.unit && strength >= 0.4) || strength >= 0.6) pairs.push({ a, b, strength });
    }
  }
  for (const p of pairs.sort((x, y) => y.strength - x.strength)) {
    if (taken.has(p.a.candidate.id) || taken.has(p.b.candidate.id)) continue;
    taken.add(p.a.candidate.id);
    taken.add(p.b.candidate.id);
    found.push({ about: p.a.unit === p.b.unit ? `Number of ${p.a.unitWord}` : `${p.a.phrase} or ${p.b.phrase}`, ...p });
  }
  return found.slice(0, maxEntries).map(({ about, a, b }) => ({
    about,
    sides: [a, b].map((f) => ({ text: f.candidate.text, citations: [{ source: f.candidate.source, quote: f.candidate.text }] })),
  }));
}

/** For tests: the figures read in a sentence, as [low, high, unit]. */
export function readFigures(c: Candidate): Array<[number, number, string]> {
  return figuresOf(c).map((f) => [f.low, f.high, f.unit]);
}

