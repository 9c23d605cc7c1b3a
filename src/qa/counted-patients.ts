/**
 * Part of the type-fit stage, for "who" questions about whom something was done to: "Who was
 * killed by the 1987 eruption?" asks for names, and "a mudflow killed 31 people" gives only how
 * many. A sentence whose act (the question's verb) falls on a count of people, or on one person
 * of a kind ("Who was appointed mediator?": "the minister, Paulo Reyes, appointed a mediator"),
 * with no name after it, leaves them unnamed; "killed 31 people, among them the mayor, Ana Lind"
 * and "appointed a mediator, Amara Lint" name one.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** "Who was killed ...?", "Who were injured ...?": the participle of a passive "who" question. */
const WHO_PASSIVE_RE = /^\s*(?:and\s+)?who\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(\p{Ll}{3,})\b/iu;

/** A count: figures or a number word, or "dozens / hundreds of". */
const COUNT = String.raw`(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|scores\s+of|hundreds\s+of|thousands\s+of)`;

const patterns = perQuestion((q: QuestionAnalysis): { active: RegExp; unnamed: RegExp; passive: RegExp } | null => {
  if (q.type !== 'person') return null;
  const participle = WHO_PASSIVE_RE.exec(q.text)?.[1]?.toLowerCase();
  const wn = wordNet();
  const lemma = participle === undefined ? undefined : wn?.lemmas(participle, 'verb')[0];
  if (!wn || !lemma) return null;
  const forms = verbForms(lemma).map(escapeRegExp).join('|');
  // "killed 31 people" / "31 people were killed", with no name or "including" / "among them" right after.
  const people = String.raw`(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})`;
  return {
    active: new RegExp(String.raw`\b(?:${forms})\s+${COUNT}\s+${people}\b(?![,:]?\s+(?:\p{Lu}|including\b|among\s+(?:them|whom)\b))`, 'u'),
    // "Reyes appointed a mediator": one of a kind, with no name after it.
    unnamed: new RegExp(String.raw`\b(?:${forms})\s+(?:an?|another)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})\b(?![,:]?\s+(?:\p{Lu}|including\b|among\s+(?:them|whom)\b|who\b|named\b|called\b))`, 'u'),
    passive: new RegExp(String.raw`\b${COUNT}\s+${people}\s+(?:were|had\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(?:${forms})\b`, 'u'),
  };
});

/** Whether `text` gives those the question's act fell on only as a count of people, or as one of a kind unnamed. */
export function countsPatientsUnnamed(q: QuestionAnalysis, text: string): boolean {
  const p = patterns(q);
  if (!p) return false;
  const m = p.active.exec(text) ?? p.passive.exec(text) ?? p.unnamed.exec(text);
  return m !== null && wordNet()?.isPersonNoun(m[1] as string) === true;
}
