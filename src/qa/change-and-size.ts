/**
 * Stage 4 of answering, for the quantity stage (quantity-fit.ts): what answers "How much did X
 * rise / fall ...?" (a change, said by a change verb in any form, "from X to Y", or a change in
 * percent or points; "became $200 stocks" is a level) and "How deep / high / wide ...?" without
 * a number ("chest-deep water"). General English, no topic's words.
 */
import { verbForms } from './wordnet.ts';

/** A change in percent or points: "fell 2.9 percent", "210.09 points". */
export const CHANGE_FIGURE_RE = /\b\d[\d,.]*\s*(?:%|percent\b|per cent\b|points?\b)/i;

/** A fraction in words: "half", "a third", "two-fifths". */
export const FRACTION_WORDS = String.raw`half|(?:a|one|two|three|four)[- ](?:third|quarter|fifth|tenth)s?`;

/** A change by a fraction or a multiple: "fallen by more than half", "cut by a third", "has doubled". */
export const CHANGE_SHARE_RE = new RegExp(String.raw`\bby\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|some\s+|over\s+|at\s+least\s+)?(?:${FRACTION_WORDS})\b|\b(?:halved|doubled|tripled|trebled|quadrupled)\b`, 'i');

/** A sentence with no change in it for "How much did X rise / fall ...?". */
export const CHANGE_UNSAID = 0.6;
/** Verbs of a change in amount, any of whose forms (or the nouns "loss", "growth", "decline" ...) says one happened. */
const CHANGE_VERBS = 'rise fall drop gain lose climb increase decrease grow shrink sink slide slip plunge tumble jump surge soar rally decline dip slump rebound recover ease double triple halve cut raise lower boost reduce shed widen narrow swell collapse crash weaken strengthen devalue depreciate appreciate sag skid retreat advance rocket fluctuate'.split(' ');
/** Every form of the verbs of change, for a pattern: "rose|risen|rising|...". */
export const CHANGE_VERB_FORMS = CHANGE_VERBS.flatMap((v) => verbForms(v)).join('|');
const CHANGE_WORD_RE = new RegExp(`\\b(?:${CHANGE_VERB_FORMS}|loss|losses|growth|devaluation|higher|lower|up|down)\\b|\\bfrom\\s+\\S+\\s+(?:\\S+\\s+)?to\\b`, 'i');
/** Whether `text` says an amount changed: a change verb or noun, "from X to Y", or a change in percent or points. */
export function saysChange(text: string): boolean {
  return CHANGE_WORD_RE.test(text) || CHANGE_FIGURE_RE.test(text);
}

/** "How deep / high / tall / wide / long / thick ...?" and the adjective asked. */
const SIZE_ADJECTIVE_Q_RE = /\bhow (deep|high|tall|wide|long|thick)\b/i;

/** Whether `text` gives the asked size by a compound of a word and the adjective ("chest-deep", "waist-high", "mile-long"). */
export function sizeCompound(question: string, text: string): boolean {
  const adjective = SIZE_ADJECTIVE_Q_RE.exec(question)?.[1]?.toLowerCase();
  return adjective !== undefined && new RegExp(`\\b[a-z]+-${adjective}\\b`, 'i').test(text);
}
