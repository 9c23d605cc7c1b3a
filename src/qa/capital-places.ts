/**
 * A capital named as a place: "What was the temperature in New Delhi?" asks about the city. The
 * gazetteer folds a capital into its country ("Beijing said" is China speaking), so a sentence
 * about Lucknow, India, would stand for New Delhi; after a word of place the capital itself must
 * be written. The country named stands for its capital only as the government, not as the city.
 */
import { countryTermOf, isCapitalName } from './gazetteer.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp } from './text-analysis.ts';

/** A word of place, then a capitalised run of up to three words: "in New Delhi", "outside Nairobi". */
const PLACE_RUN_RE = /\b(?:in|at|near|outside|around|across|inside|within|over)\s+((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/gu;

/** "How far is the cave from Ljubljana?": a distance from or to a capital is from the city. */
const DISTANCE_FROM_RE = /\b[Hh]ow\s+(?:far|close|near)\b[^?]*?\b(?:from|to)\s+((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/gu;

/**
 * The question's capitals named as places, by the country term they fold into ("~india" → a
 * pattern for "New Delhi"). A capital that is its country's name too ("Singapore") is not one.
 */
export const capitalPlaces = perQuestion((q: QuestionAnalysis): ReadonlyMap<string, RegExp> => {
  const out = new Map<string, RegExp>();
  for (const m of [...q.text.matchAll(PLACE_RUN_RE), ...q.text.matchAll(DISTANCE_FROM_RE)]) {
    const words = (m[1] as string).split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      const term = countryTermOf(name);
      if (term === null) continue;
      if (isCapitalName(name)) out.set(term, new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i'));
      break;
    }
  }
  return out;
});
