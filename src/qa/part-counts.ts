/**
 * "How many cars derailed?" is not answered by "Nine of the derailed cars were tank cars": a
 * count of some of the things the asked verb describes ("of the derailed cars") counts the part
 * that is something else, not those that did it. "Two of the gunmen were killed" still counts the
 * killed (the asked verb is the part's, not the whole's).
 */
import { countsThing } from './quantities.ts';
import { analyze, termOf } from './text-analysis.ts';

/** "Nine of the derailed cars", "Two of the damaged data cables": a count (1), a participle describing the whole (2) and up to three words that end in the whole's noun (3). */
const PART_OF_DONE_RE = /\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+of\s+(?:the|its|their)\s+(\p{Ll}+(?:ed|en))\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
/** A question that asks for a part itself: "How many of the derailed cars were tank cars?". */
const PART_Q_RE = /\bof\s+(?:the|its|their|these|those)\b/i;

/**
 * Whether every count of the asked things in `text` is of a part of those the question's own verb
 * describes ("Nine of the derailed cars" for "How many cars derailed?").
 */
export function countsOnlyPartOfDone(question: string, text: string, counted: readonly string[], modifiers: readonly string[]): boolean {
  if (PART_Q_RE.test(question) || !/\bof\s+(?:the|its|their)\s+\p{Ll}+(?:ed|en)\b/iu.test(text)) return false;
  const asked = new Set(analyze(question).map((t) => t.term));
  let part = false;
  const rest = text.replace(PART_OF_DONE_RE, (m, _count: string, verb: string, noun: string) => {
    if (!asked.has(termOf(verb.toLowerCase()) ?? '') || !noun.split(/\s+/).some((w) => counted.includes(termOf(w.toLowerCase()) ?? ''))) return m;
    part = true;
    return ' '.repeat(m.length);
  });
  return part && !countsThing(rest, [...counted], modifiers);
}
