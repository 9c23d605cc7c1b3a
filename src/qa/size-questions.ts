/**
 * "How big was the stone?", "How large was the disputed area?": a question for a thing's size,
 * which a length, an area, a weight, a count, a likeness or a rank gives ("about 4,100 square
 * kilometers", "the size of a grapefruit", "Italy's third-largest city"), and a span of time
 * does not ("discovered six years ago", "spent 22 million years travelling"). General English:
 * the adjectives of size, the units of time and of area.
 */
import { LENGTH_RE, WEIGHT_RE } from './quantities.ts';

/** "How big / large / small was X?": the adjective right before the verb, not "How large a crowd ...?". */
const SIZE_Q_RE = /\bhow (?:big|large|small|huge|vast|extensive) (?:is|are|was|were|will|would|has|have|had)\b/i;

/** Whether `question` asks how big something is. */
export function asksSize(question: string): boolean {
  return SIZE_Q_RE.test(question);
}

const NUMBER = String.raw`(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many|hundreds|thousands|millions)(?:\s+(?:hundred|thousand|million|billion))?`;
/** A span of time or an age: "six years ago", "22 million years", "a 20-year-old", "for three weeks". */
const TIME_FIGURE_RE = new RegExp(String.raw`\b${NUMBER}(?:\s|-)(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|millennia)\b(?:-old|\s+(?:ago|old|later|earlier))?`, 'gi');
/** A year or a day of the month: "in 2018", "on June 12", "12 June". */
const DATE_FIGURE_RE = /\b(?:1[5-9]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/g;
/** Any figure left: a numeral or a number word. */
const FIGURE_RE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b/i;

/** Whether every figure in `text` is a time, an age or a date, so that it gives no size ("oil was discovered six years ago"). */
export function onlyTimeFigures(text: string): boolean {
  if (!FIGURE_RE.test(text)) return false;
  return !FIGURE_RE.test(text.replace(TIME_FIGURE_RE, ' ').replace(DATE_FIGURE_RE, ' '));
}

/** A size given by likeness: "the size of a grapefruit", "as big as a tennis ball". */
const LIKENESS_RE = /\b(?:the size of|as (?:big|large|small) as) (?:an?|two|three|several)\s+\p{Ll}+(?:\s+(?!\p{Ll}+(?:ing|ed)\b|(?:in|on|at|of|for|with|from|to|by|and|or|but|that|which|who|was|were|is|are|had|has)\b)\p{Ll}+(?=[\s,.;]))?/u;

/** A size given by rank: "Italy's third-largest city", "the biggest" (with the noun after it). */
const RANK_RE = /\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ])?(?:largest|biggest|smallest)(?:\s+\p{Ll}+)?/u;

/** The size `text` gives by likeness ("the size of a grapefruit") or by rank ("third-largest city"), or null. */
export function sizeByLikeness(text: string): string | null {
  return LIKENESS_RE.exec(text)?.[0] ?? RANK_RE.exec(text)?.[0] ?? null;
}

/** An area in its units: "4,100 square kilometers", "500 acres", "2 hectares", "10 sq km". */
export const AREA_RE = /\b\d[\d,.]*\s*(?:-|\s)?(?:square\s+(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|yards?)|sq\.?\s*(?:km|mi|m|ft)|acres?|hectares?|km2|km²)\b/i;

/** The size `text` gives in a unit of area, length or weight ("4,100 square kilometers", "1.3-kilogram"), the first of them, or null. */
export function sizeMeasureIn(text: string): string | null {
  const found = [AREA_RE, LENGTH_RE, WEIGHT_RE].map((re) => re.exec(text)).filter((m): m is RegExpExecArray => m !== null);
  return found.sort((a, b) => a.index - b.index)[0]?.[0] ?? null;
}

/** The size `text` gives, by likeness or rank first, else in a unit ("the size of a grapefruit", "1.3-kilogram"), or null: the short answer. */
export function sizeIn(text: string): string | null {
  return sizeByLikeness(text) ?? sizeMeasureIn(text);
}
