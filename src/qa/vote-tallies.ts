/**
 * "What was the vote in the Chamber?", "What was the Senate vote?", "What was the final
 * score?", "What was the result of the vote on the budget?", "How did the judges vote?": a question for a tally, two counts
 * set against each other. A sentence with no tally ("The chamber voted on Tuesday to impeach
 * ...") says that a vote was held, not how it went; "The motion passed 58-19", "by 107 votes to
 * 101", "with 33 in favour and 11 against" say how.
 */
import { analyze } from './text-analysis.ts';

/** The noun a tally question ends on or leads with: "vote", "score", "tally", "result of the vote / ballot / match"; after a possessive too ("the court's vote"). */
const TALLY_Q_RE = /^\s*(?:and\s+)?what\s+(?:was|is|were|are|will\s+be)\s+(?:the|its|their)\s+(?:(?:final|last|first|[\p{Lu}][\p{L}'’-]*|\p{Ll}+-\p{Ll}+|\p{Ll}+['’]s)\s+){0,3}(?:vote|vote\s+count|tally|score|scoreline|(?:final\s+)?result\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:vote|ballot|poll|match|game))\b(?!\s+(?:of\s+confidence|share|about)\b)/iu;

/**
 * Two counts set against each other: "58-19", "107 votes to 101", "33 to 11", "58 in favour and 19
 * against", "3-1", with half points ("2.5-1.5", "6½-5½"); or a level score, "level at 4.5 points each".
 */
const TALLY_RE = /(?<![\d.:/-])\d{1,3}(?:\.5|½)?\s*(?:[-–]|to)\s*\d{1,3}(?:\.5|½)?(?!\d|[.,:/-]\d|\s*(?:percent|per\s+cent|%|years?|months?|days?|hours?|minutes?|p\.m\.|a\.m\.))|\b\d{1,3}\s+votes?\s+(?:to|against)\s+\d{1,3}\b|\b\d{1,3}\s+(?:in\s+favou?r|for)\b[^.;]{0,20}?\b\d{1,3}\s+against\b|\b(?:level|tied|even|equal|all\s+square)\s+(?:at|on)\s+\d{1,3}(?:\.5|½)?\s+points?\s+(?:each|apiece)\b/iu;

/** The terms of the nouns that name the tally itself ("What was the score?", "the court's vote"): a sentence gives the tally ("In a 7-2 decision") and seldom the word. */
export const TALLY_TERMS: ReadonlySet<string> = new Set(analyze('score scoreline tally vote').map((t) => t.term));

/** "How did the judges vote?", "How did parliament vote on the bill?": how a body or several people voted, which a tally says (not "How did Smith vote?"). */
const HOW_VOTED_Q_RE = /^\s*(?:and\s+)?how\s+did\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:\p{Ll}{3,}s|parliament|court|senate|house|committee|council|board|chamber|assembly|congress|jury|panel|cabinet|tribunal)\s+vote\b/iu;

/** Whether the question asks for a tally (see the file's comment). */
export function asksTally(question: string): boolean {
  return TALLY_Q_RE.test(question) || HOW_VOTED_Q_RE.test(question);
}

/** Whether `text` gives a tally. */
export function givesTally(text: string): boolean {
  return TALLY_RE.test(text);
}

/** The first tally `text` gives ("12-3", "107 votes to 101"), or null. */
export function tallyIn(text: string): string | null {
  return TALLY_RE.exec(text)?.[0] ?? null;
}
