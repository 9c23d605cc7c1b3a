/**
 * "When was the Codex Aldobrandini written?", "when was the church built?", "When was the study
 * published?", "how old is it?": a time written onto the thing itself says when it was made,
 * without the verb: "A 15th-century illuminated manuscript, the Codex Aldobrandini, ...", "the
 * 12th-century church", "a widely cited 2021 study". General English.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp } from './text-analysis.ts';

/** "When was X written / built / founded ...?": the thing (1) and a verb of making it (2). */
const WHEN_MADE_Q_RE = /^\s*(?:and\s+)?when\s+(?:was|were)\s+(?:the\s+|an?\s+)?(.+?)\s+(written|built|made|created|founded|painted|composed|constructed|established|produced|carved|erected|drawn|designed|published|released|issued)\s*\??\s*$/i;

/** A time as a modifier: "15th-century", "the 12th century", "1712", "a 2021 study". */
const ERA = String.raw`(?:\d{1,2}(?:st|nd|rd|th)[\s-]+century|1[0-9]\d\d|20\d\d)`;

/** "How old is the Codex X?": the thing (1), whose age a time written onto it gives too. */
const HOW_OLD_THING_Q_RE = /^\s*(?:and\s+)?how\s+old\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+)?(.+?)\s*\??\s*$/i;

const madePattern = perQuestion((q): RegExp | null => {
  const thing = WHEN_MADE_Q_RE.exec(q.text)?.[1] ?? HOW_OLD_THING_Q_RE.exec(q.text)?.[1];
  if (thing === undefined) return null;
  // A name is the thing itself; otherwise its last word is the kind ("the church").
  const name = q.names.find((n) => thing.includes(n));
  const head = escapeRegExp(name ?? (thing.split(/\s+/).at(-1) as string));
  // "a 15th-century manuscript, the Codex X" / "the 12th-century church" / "the Codex X, a 15th-century manuscript".
  return new RegExp(String.raw`\b${ERA}[\s-]+(?:[\p{L}-]+\s+){0,2}?(?:${name ? String.raw`[\p{Ll}-]+,?\s+(?:the\s+)?` : ''})${head}\b|\b${head},\s+(?:an?|the)\s+${ERA}[\s-]`, 'iu');
});

/** Whether `text` dates the asked thing by a time written onto it, which says when it was made (and how old it is). */
export function datedAsMade(q: QuestionAnalysis, text: string): boolean {
  return madePattern(q)?.test(text) ?? false;
}
