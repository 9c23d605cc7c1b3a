/**
 * Does a claim still read once its citations are taken out? Citations can be written in the
 * middle of a sentence, and a curator may lean on the quote as part of the sentence ("one
 * report says [@a: …] versus [@b: …]."), which reads "one report says versus." once the
 * quotes become markers. This finds the gaps such a sentence leaves. General English only.
 */
import type { Claim } from '../domain/brief-types.ts';

/** Words that cannot end a phrase: the quote was their object. */
const NEEDS_MORE = new Set([
  'a', 'an', 'the', 'of', 'to', 'from', 'with', 'by', 'between', 'than', 'versus', 'vs', 'vs.', 'and', 'or', 'but', 'nor',
  'that', 'says', 'said', 'say', 'saying', 'told', 'tells', 'called', 'calls', 'described', 'describes', 'wrote', 'writes',
  'reported', 'reports', 'according', 'including', 'such', 'as', 'is', 'are', 'was', 'were', 'while', 'whereas', 'like',
]);

function lastWord(s: string): string {
  const word = (/([\p{L}']+\.?)[^\p{L}]*$/u.exec(s.trim())?.[1] ?? '').toLowerCase();
  return word === 'vs.' ? word : word.replace(/\.$/, '');
}

function startsWithConnectorOrStop(s: string): boolean {
  const t = s.trim();
  if (t === '' || /^[.,;:!?)]/.test(t)) return true;
  const first = (/^([\p{L}.']+)/u.exec(t)?.[1] ?? '').toLowerCase();
  return first === 'versus' || first === 'vs' || first === 'vs.' || first === 'and' || first === 'or' || first === 'but' || first === 'while' || first === 'whereas';
}

/** The claim's text as it reads without its citations, when it does not read; else null. */
export function gapWithoutCitations(claim: Claim): string | null {
  const text = claim.text;
  const cuts = (claim.inline ?? []).map((m) => m.at);
  for (const at of cuts) {
    if (NEEDS_MORE.has(lastWord(text.slice(0, at))) && startsWithConnectorOrStop(text.slice(at))) return text;
  }
  // At the end: "… said." with the quote as the object; not the news's closing attribution
  // after a comma ("... found three cracks, the department said.", "\"We are ready,\" she said.").
  const body = text.replace(/[.!?…"”’)\]]+$/u, '');
  if (body !== text || cuts.length > 0) {
    if (NEEDS_MORE.has(lastWord(body)) && !/\b(?:as well as|so as)$/i.test(body) && !CLOSING_ATTRIBUTION_RE.test(body)) return text;
  }
  return null;
}

/** A clause of saying that closes a sentence after a comma: ", the city's transport department said", ',\" Blinken said'. */
const CLOSING_ATTRIBUTION_RE = /[,;]["”’]?\s+(?:[\p{L}\p{N}'’.-]+\s+){0,7}(?:says|said|say|told|tells|wrote|writes|reported|reports|added|adds|noted|notes)$/iu;
