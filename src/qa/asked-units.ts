/**
 * A unit of measure the question asks the answer in: "What is the capacity of the reservoir in
 * cubic metres?" is not answered by "14 percent of its capacity", nor "How far is it in miles?"
 * by a distance in hours. General units of measure, nothing of a topic. (A currency asked for is
 * read elsewhere: currency-sums.ts.)
 */

/** Each unit a question may ask for, as the question writes it, and how a sentence may write it. */
const UNITS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:kilomet(?:er|re)s?)$/, /\bkilomet(?:er|re)s?\b|\d\s*km\b|\bkm\b/i],
  [/^(?:met(?:er|re)s?)$/, /\bmet(?:er|re)s?\b|\d\s*m\b/i],
  [/^(?:centimet(?:er|re)s?)$/, /\bcentimet(?:er|re)s?\b|\d\s*cm\b/i],
  [/^(?:miles?)$/, /\bmiles?\b/i],
  [/^(?:feet|foot)$/, /\b(?:feet|foot|ft)\b/i],
  [/^(?:tonnes?|tons?)$/, /\b(?:tonnes?|tons?)\b/i],
  [/^(?:kilograms?|kilos?)$/, /\b(?:kilograms?|kilos?|kg)\b/i],
  [/^(?:pounds?)$/, /\b(?:pounds?|lbs?)\b/i],
  [/^(?:lit(?:er|re)s?)$/, /\blit(?:er|re)s?\b/i],
  [/^(?:gallons?)$/, /\bgallons?\b/i],
  [/^(?:barrels?)$/, /\bbarrels?\b/i],
  [/^(?:hectares?)$/, /\bhectares?\b/i],
  [/^(?:acres?)$/, /\bacres?\b/i],
  [/^(?:percent|per cent|percentage)$/, /%|\bper\s*cent\b|\bpercent\b/i],
];

/** "in cubic metres", "in miles", "in percent" at the question's end (the unit, group 2; "cubic" or "square", group 1). */
const IN_UNIT_Q_RE = /\bin\s+(?:(cubic|square)\s+)?([a-z]+(?:\s+cent)?)\s*\??\s*$/i;

/** Whether the question asks for its answer in a unit of measure that `text` does not use. */
export function askedUnitUnsaid(question: string, text: string): boolean {
  const m = IN_UNIT_Q_RE.exec(question);
  if (!m) return false;
  const word = (m[2] as string).toLowerCase();
  const unit = UNITS.find(([asked]) => asked.test(word));
  if (unit === undefined) return false;
  if (!unit[1].test(text)) return true;
  // "in cubic metres": not a length in plain metres.
  return m[1] !== undefined && !new RegExp(`\\b${m[1]}\\b`, 'i').test(text);
}
