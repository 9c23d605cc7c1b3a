/**
 * Offices (office-holders.ts) for roles that are no title: "Who is the mediator in the talks?",
 * "Who was Saramago's publisher?", "Who is the senior Palestinian negotiator?". The role's noun
 * must be held by someone the sentence names next to it, and be the asked owner's; a sentence
 * that has the role only as "a police officer" names no holder of it.
 */
import type { OfficeMatch } from './office-holders.ts';
import { APPOINTED_BEFORE_RE, APPOSITIVE_BEFORE_RE, IDENTIFIED_AFTER_RE } from './title-phrases.ts';
import { UNNAMED_SOURCE_VERBS } from './speech-verbs.ts';
import { countryTermOf } from './gazetteer.ts';
import { escapeRegExp, termOf } from './text-analysis.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { wordNet } from './wordnet.ts';

/**
 * "Who is the mediator ...", "who was Saramago's publisher": a role, named by the noun after the
 * determiner (and its owner). Case-sensitive on purpose: with the i flag, \p{Lu} would take a
 * verb ("Who is paying X's costs?") for an owner's name.
 */
export const ROLE_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]ho(?:'s|\s+is|\s+was|\s+are|\s+were|\s+will be)\s+([Tt]he\s+(?:[\p{L}-]+\s+)?[\p{L}-]+['’]s?|[Tt]he|[Aa]n?|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?)\s+([^?]+)/u;
/** Words that end the role's noun phrase: "the mediator in the talks", "the arbitrator deciding ...". */
const PHRASE_END = /^(?:in|of|for|at|on|to|from|with|by|about|against|between|among|across|through|into|toward|towards|within|without|who|that|which|whose|and|or|during|after|before|behind|over|under)$|(?:ing|ed)$/;

/** Words of rank or number that stand where a role's noun would: "the last to emerge", "the first to arrive", "the only one". */
const RANK_WORD = /^(?:first|last|next|only|latest|final|second|third|fourth|fifth|one|ones)$/;

export function roleNoun(phrase: string): string | null {
  const ws = phrase.trim().split(/\s+/);
  let noun: string | null = null;
  for (const w of ws) {
    if (PHRASE_END.test(w.toLowerCase()) && noun !== null) break;
    // A capitalised modifier ("the senior Palestinian negotiator") is not the role itself.
    if (/^\p{Lu}[\p{Ll}-]+$/u.test(w)) continue;
    if (!/^[a-z][a-z-]*$/.test(w)) return null;
    noun = w;
  }
  // "Who was the last to emerge?", "the first to arrive", "the only one": a rank or a superlative, no role.
  return noun && noun.length >= 3 && !RANK_WORD.test(noun) ? noun : null;
}

/** A speech verb right after a role noun: "a senior negotiator says ...". */
const UNNAMED_SPEAKER_RE = new RegExp(`^\\s+(?:${UNNAMED_SOURCE_VERBS})\\b`);

/**
 * Whether a role noun in `text` is held by a person the sentence names next to it:
 * "arbitrator John Feerick", "John Feerick, the arbitrator", "the arbitrator, John Feerick".
 */
/** After a role noun: "of" or "for" and up to six words ("a lawyer for a group of about 60 passengers, Daniel Okafor"), a comma and a capitalised name (not a sentence's next word). */
const ROLE_OF_THEN_NAME_RE = /^\s+(?:of|for)\s+((?:(?:\d[\d,.]*|[\p{L}.-]+)\s+){0,5}[\p{L}-]+),\s+(?!(?:The|A|An|He|She|It|They|But|And|In|On|Who|Which)\b)\p{Lu}[\p{L}'’-]+/u;
/** After a role noun: "is" or "was" and a name, a courtesy title allowed ("is Dr. Samuel Osei"). */
/** ", the Italian Renato Gallo": "the", a capitalised word (a people's word, checked by the caller), then a name of two words. */
const DEMONYM_THEN_NAME_RE = /^,\s+the\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u;
/** "The last woman to reign in Luxembourg was Grand Duchess Charlotte": the role's phrase may run on ("to", a preposition and a few words) before the copula. */
const ROLE_IS_NAME_RE = /^(?:\s+(?:to|in|of|at|on|for|from)\s+(?:[\p{Ll}\p{Lu}][\p{L}'’-]*\s+){0,5}?[\p{L}'’-]+)?\s+(?:is|was)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u;
const termsOf = (phrase: string): string[] => phrase.toLowerCase().split(/[^\p{L}-]+/u).map((w) => termOf(w)).filter((t): t is string => t !== null);

/** Bodies of a government: a role that is theirs is the government's ("the Justice Department's lawyer"). */
const GOVERNMENT_BODY = /^(?:department|ministry|administration|agency|cabinet|treasury|office|bureau|commission)$/;
/** An owner that is a government: "the government's lawyer", "the state's", "the administration's". */
const GOVERNMENT_OWNER = /^(?:government|state|administration|federal)$/;

/** Whether the possessive before a role is "the <noun>'s" for a business (WordNet: "company", "firm", "airline"), which stands for one named before. */
function businessByKind(before: string, whose: string): boolean {
  if (!new RegExp(`(?:^|\\s)the\\s+${escapeRegExp(whose)}['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu').test(before)) return false;
  const wn = wordNet();
  return wn !== null && (wn.isKindOf(whose, 'company') || wn.isKindOf(whose, 'business'));
}

export function roleHeldIn(text: string, noun: string, owner: readonly string[] | undefined, of: readonly string[] = []): OfficeMatch {
  const re = new RegExp(`\\b${noun}s?\\b`, 'gi');
  let seen = false;
  let otherOwner = false;
  let anonymous = false;
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // "an opportunity to judge Gates' credibility": the verb, not the role.
    if (/\b(?:to|will|would|can|could|should|must|may|might|did|does|do)\s+$/i.test(before)) {
      seen = true;
      continue;
    }
    // "Microsoft's lead lawyer" is not the government's.
    // Whose: a possessive ("Microsoft's lead lawyer") or a name before it ("a Microsoft lawyer").
    const whose = (/([\p{L}.-]+)['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.exec(before)?.[1] ?? /(?:^|\s)(?:an?|the)\s+(?:\p{Lu}[\p{L}.-]+\s+){0,2}(\p{Lu}[\p{L}.-]+)\s+$/u.exec(before)?.[1])?.toLowerCase();
    // "Wang's wife" is Wang Youcai's: any word of the owner's name will do.
    // "the Justice Department's lead lawyer" is the government's: a ministry is the government's own.
    // "the company's head of Southeast Asia" may be the asked company's: a business named by its kind.
    if (owner && whose && !owner.includes(whose) && !(GOVERNMENT_BODY.test(whose) && owner.some((o) => GOVERNMENT_OWNER.test(o))) && !businessByKind(before, whose)) {
      otherOwner = true;
      continue;
    }
    // "A senior Palestinian negotiator says ...": someone in the role speaks, unnamed.
    if (/(?:^|\s)(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before) && UNNAMED_SPEAKER_RE.test(after)) {
      anonymous = true;
      continue;
    }
    seen = true;
    if (/^,?\s+\p{Lu}[\p{L}'’-]+/u.test(after) && !/^,?\s+(?:The|A|An|He|She|It|They|But|And|In|On)\b/.test(after)) return 'confirmed';
    // "Kiprono's coach, the Italian Renato Gallo,": a people's word, then the name.
    const demonym = DEMONYM_THEN_NAME_RE.exec(after);
    if (demonym && countryTermOf(demonym[1] as string) !== null) return 'confirmed';
    // "Rhenhold's head of research, Dr. Anna Lindqvist," (what the role is of, then the name), "whose
    // lead author is Dr. Samuel Osei": named after the role's whole phrase, or by a copula. What
    // the question says it is of must be what the sentence says ("head of marketing" is another).
    const complement = ROLE_OF_THEN_NAME_RE.exec(after);
    if (complement && (of.length === 0 || termsOf(complement[1] as string).some((t) => of.includes(t)))) return 'confirmed';
    if (ROLE_IS_NAME_RE.test(after)) return 'confirmed';
    if (APPOSITIVE_BEFORE_RE.test(before)) return 'confirmed';
    // "designated Sharon as his chief negotiator", "The two bombers were identified as Youssef Zughayer".
    if (APPOINTED_BEFORE_RE.test(before) || IDENTIFIED_AFTER_RE.test(after)) return 'confirmed';
  }
  // A role noun the sentence does not use leaves the match to the other factors.
  return seen ? 'absent' : otherOwner || anonymous ? 'other' : 'loose';
}

/** "Who is the police officer she is accused of assaulting?": the role asked for by "who is the ...", its words up to a clause (group 1). */
const IDENTITY_ROLE_Q_RE = /^\s*(?:and\s+)?who\s+(?:is|was|are|were)\s+the\s+((?:\p{Ll}[\p{Ll}-]*\s*){1,3})/iu;
/** Words that end the role's noun phrase in such a question. */
const ROLE_END_RE = /^(?:who|that|which|she|he|they|it|we|you|i|of|in|at|for|on|with|from|to|by|accused|said|is|was|are|were|has|had|have|will|would)$/;

/** The noun of the role a "Who is the <role> ...?" question asks the holder of (a person's noun by WordNet), or null. */
export const identityRoleNoun = perQuestion((q): string | null => {
  const words = (IDENTITY_ROLE_Q_RE.exec(q.text)?.[1] ?? '').trim().split(/\s+/);
  const end = words.findIndex((w) => ROLE_END_RE.test(w.toLowerCase()));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1)?.toLowerCase();
  return head !== undefined && head.length >= 3 && wordNet()?.isPersonNoun(head, false, 2) === true ? head : null;
});

/**
 * Whether `text` tells of the asked role's holder only as "a / an ... <role>" with no name
 * beside it ("charged with assaulting a police officer at a protest"): it names someone else,
 * not who the question asks for. False when it names one ("Ivo Lind, a police officer,",
 * "a police officer, Ivo Lind,", "A spokeswoman for the company, Fiona Baird,") or says "the <role>".
 */
export function leavesRoleHolderUnnamed(q: QuestionAnalysis, text: string): boolean {
  const p = rolePatterns(q);
  if (p === null) return false;
  const all = text.match(p.any)?.length ?? 0;
  return all > 0 && !p.appositive.test(text) && (text.match(p.indefinite)?.length ?? 0) === all;
}

/** The patterns of the asked role's mentions (identityRoleNoun), made once per question: the scorer asks for every candidate. */
const rolePatterns = perQuestion((q): { any: RegExp; indefinite: RegExp; appositive: RegExp } | null => {
  const role = identityRoleNoun(q);
  if (role === null) return null;
  const r = escapeRegExp(role);
  return {
    any: new RegExp(`\\b${r}s?\\b`, 'giu'),
    indefinite: new RegExp(`\\b(?:[Aa]n?|[Aa]nother)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${r}\\b(?!,?\\s+\\p{Lu}|\\s+(?:for|of|at|with)\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}?[\\p{L}.'’-]+,\\s+\\p{Lu})`, 'gu'),
    appositive: new RegExp(`\\p{Lu}[\\p{L}'’-]+,\\s+(?:\\d{1,3},\\s+)?(?:an?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${r}\\b`, 'u'),
  };
});
