/**
 * "Those arrested include two port clearing agents and a customs officer, Kanga said." names no
 * customs officer: Kanga is who said it. A name that stands only in the sentence's closing
 * attribution (", X said", "said X") is the source of the sentence, not one of the people it
 * tells of. General English word order.
 */
import { escapeRegExp } from './text-analysis.ts';

const SAY = '(?:said|says|added|told\\s+[\\p{Ll}\\s]{1,30}?|according\\s+to)';

/** Whether the name `name` in `text` stands only in its attribution: ", Kanga said.", "said Erastus Kanga.", "according to Kanga." */
export function onlyAttributionSpeaker(name: string, text: string): boolean {
  // The name as the sentence writes it (it may be asked in lower case), there once.
  const uses = text.match(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'giu')) ?? [];
  if (uses.length !== 1) return false;
  const n = escapeRegExp(uses[0] as string);
  // ", Kanga said." / ", Erastus Kanga told reporters." at the end.
  const after = new RegExp(`,\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3}?\\b${n}\\b(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,2}\\s+${SAY}[^,;]*[.!?]?["”]?\\s*$`, 'u');
  // "..., said Erastus Kanga." / "according to Kanga." at the end.
  const before = new RegExp(`\\b${SAY}\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3}?\\b${n}\\b(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,2}\\s*[.!?]?["”]?\\s*$`, 'u');
  return after.test(text) || before.test(text);
}

/** A question about a saying ("Which channel reported ...?", "Who said ...?"): there the one who said it is the answer. */
const SAYING_Q_RE = /\b(?:say|says|said|report|reports|reported|tell|tells|told|announce|announces|announced|claim|claims|claimed|state|states|stated|according)\b/i;

/** Whether the question asks about a saying, so that a speaker may be its answer. */
export function asksAboutSaying(question: string): boolean {
  return SAYING_Q_RE.test(question);
}
