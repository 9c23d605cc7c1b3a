/**
 * A nationality or where someone is from ("What nationality is Marc Hodler?", "Which country is
 * Kiprono from?", "Where is Belay from?"): a country, or its people's word, tied to the name asked
 * about: before it in its noun phrase ("senior Swiss member Marc Hodler", "Kenya's Daniel
 * Kiprono") or after it in an appositive ("Hodler, the Swiss member"). Countries from the gazetteer.
 */
import { withoutDateline } from '../content/dateline.ts';
import { isCountryTerm } from './gazetteer.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { analyze } from './text-analysis.ts';

/** "What nationality is Marc Hodler?", "What is his nationality?", "What country is Hodler from?" */
export const NATIONALITY_Q_RE = /\bnationalit(?:y|ies)\b|^\s*(?:and\s+)?(?:what|which)\s+country\s+(?:is|was|are|were|does|did)\b.*\bfrom\s*\??\s*$/i;
/** "Where is Belay from?", "Where are the climbers from?": where someone or something is from, which a country beside its name says. */
export const WHERE_FROM_Q_RE = /^\s*(?:and\s+)?where\s+(?:is|was|are|were)\s+[^?]{1,60}?\s+from\s*\??\s*$/i;
/** Type factor for a nationality question answered by a sentence with no country beside the person asked about. */
export const NATIONALITY_UNSAID = 0.45;
/**
 * Whether `text` ties a country (or its people's word) to a name the question asks about:
 * before it in its noun phrase ("senior Swiss member Marc Hodler") or after it in an
 * appositive ("Marc Hodler, the Swiss member", "Hodler of Switzerland"); not "IOC president
 * Juan Antonio Samaranch" in a sentence whose country is someone else's.
 */
export function saysNationality(q: QuestionAnalysis, text: string): boolean {
  return nationalityWord(q, text) !== null;
}

/** The country word `text` ties to the name asked about ("Kenya" in "Kenya's Daniel Kiprono"), or null. */
function nationalityWord(q: QuestionAnalysis, text: string): string | null {
  const toks = analyze(text);
  const names = toks.filter((t) => q.entityTerms.has(t.term));
  const tied = (c: { start: number; end: number }, n: { start: number; end: number }): boolean =>
    c.end <= n.start ? COUNTRY_BEFORE_NAME_RE.test(text.slice(c.end, n.start)) : COUNTRY_AFTER_NAME_RE.test(text.slice(n.end, c.start));
  const c = toks.find((c) => isCountryTerm(c.term) && !q.terms.includes(c.term) && (names.length === 0 || names.some((n) => tied(c, n))));
  return c ? text.slice(c.start, c.end).replace(/['’]s?$/, '') : null;
}

/** Whether `q` asks someone's nationality or where they are from, and `text` ties a country to the name asked about ("Kenya's Daniel Kiprono"). */
export function saysNationalityAsked(q: QuestionAnalysis, text: string): boolean {
  return nationalityAsked(q, text) !== null;
}

/** The country word that says it, when `q` asks a nationality and `text` ties one to the name asked about; else null. */
export function nationalityAsked(q: QuestionAnalysis, text: string): string | null {
  return (NATIONALITY_Q_RE.test(q.text) || WHERE_FROM_Q_RE.test(q.text)) && q.entityTerms.size > 0 ? nationalityWord(q, withoutDateline(text)) : null;
}

/** Between a country word and a name after it, in one noun phrase: " member ", " IOC executive board member Marc ", "'s Daniel " ("Kenya's Daniel Kiprono"). */
const COUNTRY_BEFORE_NAME_RE = /^(?:['’]s?)?\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
/** Between a name and a country word after it, in an appositive: ", the ", ", a senior ", " of ". */
const COUNTRY_AFTER_NAME_RE = /^,?\s+(?:(?:the|an?)\s+(?:[\p{L}.'’-]+\s+){0,2}|of\s+)$/u;
