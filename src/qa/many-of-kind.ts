/**
 * "When was the viaduct built?": "inspections of 300 viaducts built before 1980" tells of many
 * of the kind, not of the one the question names with "the". A sentence whose every mention of
 * the question's singular noun is a counted plural ("300 viaducts", "dozens of hospitals",
 * "other bridges") speaks of others of its kind. General English.
 */
import { withoutDateline } from '../content/dateline.ts';
import { perText } from './per-text.ts';
import { escapeRegExp, termOf } from './text-analysis.ts';
import { asksTally, TALLY_TERMS } from './vote-tallies.ts';
import { wordNet } from './wordnet.ts';

/** "the viaduct", "the fuel truck", "the collapsed span": the words of a singular noun phrase after "the", up to a verb or the end. */
const THE_NP_RE = /\bthe\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/gu;
/** "Which city will host ...?": the kind a "which" question asks one of (group 1). */
const WHICH_NOUN_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hich\s+(\p{Ll}[\p{Ll}-]*)\s+(?!of\b)/u;
/** Before a counted plural: a number, a number word, or a quantifier ("dozens of", "other"). */
const COUNT_BEFORE = String.raw`(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of|several|many|numerous|other|all|some|most)\s+(?:[\p{Ll}-]+\s+)?`;

/** A word that picks one out of several: a superlative, an ordinal, "main", "only". */
const PICKS_ONE_RE = /\b(?:\p{Ll}{2,}est|most|least|first|second|third|fourth|fifth|last|final|main|only|biggest|best|worst|next|previous)\b/u;

/** The question's "the <noun>"s as the patterns of any mention and of a counted plural, worked out once per question (the scorer asks on every candidate). */
const definitePatterns = perText((question: string): readonly { any: RegExp; counted: RegExp }[] =>
  definiteNouns(question).map((noun) => {
    const n = escapeRegExp(noun);
    const plural = pluralOf(noun);
    return { any: new RegExp(String.raw`\b(?:${n}|${plural})\b`, 'giu'), counted: new RegExp(String.raw`\b${COUNT_BEFORE}${plural}\b`, 'giu') };
  }), 1000);

/** The singular nouns of the question's "the ..." phrases (WordNet nouns not ending in "s"). */
function definiteNouns(question: string): string[] {
  const wn = wordNet();
  if (!wn) return [];
  const out: string[] = [];
  const tally = asksTally(question);
  for (const m of question.matchAll(THE_NP_RE)) {
    // "the largest front", "the second runway": one picked out of many, which a sentence about the many may give ("three fronts, the largest of them ...").
    if (PICKS_ONE_RE.test(m[1] as string)) continue;
    // "What was the vote on the law?": "by 56 votes to 4" counts the ballots of that vote, not many votes.
    for (const w of (m[1] as string).split(/\s+/)) if (w.length >= 3 && !/s$/.test(w) && !(tally && TALLY_TERMS.has(termOf(w) ?? w)) && wn.lemmas(w, 'noun').includes(w)) out.push(w);
  }
  return out;
}

/**
 * Whether `text` mentions one of the question's "the <noun>"s only as a counted plural of
 * others, or has for its subject a count of the kind a "which" question asks one of ("Three
 * cities made their final pitches to host ..." for "Which city will host ...?").
 */
export function onlyManyOfAsked(question: string, text: string): boolean {
  if (countedKindIsSubject(question, text)) return true;
  for (const p of definitePatterns(question)) {
    const mentions = text.match(p.any)?.length ?? 0;
    if (mentions > 0 && (text.match(p.counted)?.length ?? 0) === mentions) return true;
  }
  return false;
}

/** The patterns of a counted plural of the kind a "which" question asks one of, opening a sentence, made once per question. */
const countedSubject = perText((question: string): RegExp | null => {
  const noun = WHICH_NOUN_RE.exec(question)?.[1];
  const wn = wordNet();
  if (!noun || !wn || /s$/.test(noun) || !wn.lemmas(noun, 'noun').includes(noun)) return null;
  return new RegExp(String.raw`^(?:the\s+|all\s+)?${COUNT_BEFORE}${pluralOf(noun)}\b`, 'iu');
}, 1000);

/** Whether the subject of `text` (after a dateline) is a count of the kind a "which" question asks one of. */
function countedKindIsSubject(question: string, text: string): boolean {
  const re = countedSubject(question);
  return re !== null && re.test(withoutDateline(text));
}

/** The pattern of a noun's plural: "viaducts", "buses"; "cities" for "city" (a consonant's "y" becomes "ies"). */
function pluralOf(noun: string): string {
  const n = escapeRegExp(noun);
  return /[^aeiou]y$/.test(noun) ? `(?:${n}s|${escapeRegExp(noun.slice(0, -1))}ies)` : `${n}(?:s|es)`;
}
