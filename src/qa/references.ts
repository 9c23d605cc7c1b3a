/**
 * Stage 4 of answering, beside the scorer: how a sentence may name what the question names
 * without writing it out. A demonstrative points back to a name just used ("that small
 * island"); an organisation goes by the last words of its name ("the Judiciary Committee"); a
 * definite noun takes up the event the sentence before told of ("the two-hour meeting").
 */
import { analyze } from './text-analysis.ts';

/** A demonstrative and up to two words, right before a word: "that small island", "this committee". */
const DEMONSTRATIVE_BEFORE_RE = /\b(?:that|this|these|those)\s+(?:[a-z-]+\s+){0,2}$/i;

/** Whether a word of the name `group` in `text` is pointed back to by a demonstrative ("on that small island"). */
export function pointedBack(text: string, group: readonly string[]): boolean {
  return analyze(text).some((t) => group.includes(t.term) && DEMONSTRATIVE_BEFORE_RE.test(text.slice(Math.max(0, t.start - 40), t.start)));
}
/**
 * Whether `text` names the organisation `group` (its terms) by the last two words of its name
 * after "the": "the Judiciary Committee" for "House Judiciary Committee". Another capitalised
 * word before them ("the Republican National Committee") would make it another organisation.
 */
export function shortNamed(text: string, names: readonly string[], group: readonly string[]): boolean {
  const name = names.find((n) => analyze(n).map((t) => t.term).join(' ') === group.join(' '));
  const words = name?.split(/\s+/) ?? [];
  if (words.length < 3) return false;
  const tail = words.slice(-2).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`\\bthe\\s+${tail}\\b`).test(text);
}

/** Whether `text` refers back to the question's event with a definite noun: "the two-hour meeting", "the talks". */
export function refersBackToEvent(text: string, focal: ReadonlySet<string>): boolean {
  return analyze(text).some((t) => focal.has(t.term) && /^\p{Ll}/u.test(text.slice(t.start, t.end)) && /\b(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, t.start - 30), t.start)));
}

/** Sentences back that a definite reference ("that small island") may point to a name in. */
export const NAME_LOOKBACK = 3;
