/**
 * "Ruth Feldmann-Hale" is not "Ernst Feldmann": a hyphenated surname (or first name) is one
 * name, and either half of it written alone is someone else's ("Feldmann heirs"). Word tokens
 * split the hyphen, so for a question naming such a person, a half counts as the name only where
 * the whole hyphenated word is written.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { analyze, escapeRegExp } from './text-analysis.ts';

/** Capitalised halves joined by a hyphen: "Feldmann-Hale", "Jean-Marc", "Katona-Apte". */
const HYPHENATED_RE = /\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)+/gu;

/** For each term of a hyphenated word in the question's names: the pattern of the whole word. */
export const hyphenatedNameParts = perQuestion((q: QuestionAnalysis): ReadonlyMap<string, RegExp> => {
  const out = new Map<string, RegExp>();
  for (const name of q.names) {
    for (const m of name.matchAll(HYPHENATED_RE)) {
      const whole = new RegExp(`(?<![\\p{L}-])${escapeRegExp(m[0])}(?![\\p{L}-])`, 'iu');
      for (const t of analyze(m[0])) out.set(t.term, whole);
    }
  }
  return out;
});

/** Whether `term`, when written, stands for the question's name in `text`: not half of a hyphenated name written alone. */
export function writtenWhole(parts: ReadonlyMap<string, RegExp>, term: string, text: string): boolean {
  const whole = parts.get(term);
  return whole === undefined || whole.test(text);
}
