/**
 * Follow-up questions: "what did he say about the balloon?" (he = the person the
 * conversation just talked about) and "and in June?" (the last question again, with the
 * new constraint). Works on the plain-JSON ConversationState so any store can keep it.
 */
import type { ConversationState } from '../bot/contracts.ts';
import { capitalisedRuns, DATE_PHRASE_RE } from './entities.ts';
import { analyze, escapeRegExp } from './text-analysis.ts';

export interface PersonLexicon {
  names: ReadonlySet<string>;
  tokens: ReadonlySet<string>;
}

export interface ResolvedQuestion {
  /** The question to search with. */
  text: string;
  /** How the question was read, when that differs from what was asked. */
  interpretation: string | null;
  /** Words inherited from the previous question (soft constraints). */
  inherited: string;
  /** Names substituted for pronouns. */
  referents: string[];
}

const MAX_ENTITIES = 8;

/** "it" or "its" as a word of the question, not in "is it true that" or "it is said". */
const IT_RE = /\b(?:its|it)\b(?!\s+(?:true|possible|likely|clear|said|reported|known)\b)/i;

/** The last capitalised name in `question` after its first word that is no person's, with where it stands. */
function lastNameOf(question: string, people: PersonLexicon): { name: string; index: number } | null {
  let found: { name: string; index: number } | null = null;
  for (const m of question.matchAll(/(?<=\s)\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*/gu)) {
    if (!isPerson(m[0], people)) found = { name: m[0], index: m.index };
  }
  return found;
}

function isPerson(entity: string, people: PersonLexicon): boolean {
  return entity.toLowerCase().split(/\s+/).some((w) => people.tokens.has(w));
}

/** People named in `text`, as their fullest known names, in order of appearance. */
export function peopleIn(text: string, people: PersonLexicon): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const words = lower.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  for (const raw of words) {
    const w = raw.replace(/[’']s$/, '');
    if (!people.tokens.has(w)) continue;
    let best: string | null = null;
    for (const name of people.names) {
      const parts = name.toLowerCase().split(' ');
      if (!parts.includes(w)) continue;
      if (lower.includes(name.toLowerCase()) && (best === null || name.length > best.length)) best = name;
      else if (best === null && parts[parts.length - 1] === w) best = name;
    }
    const display = best ?? w.charAt(0).toUpperCase() + w.slice(1);
    if (!out.some((o) => o.toLowerCase().includes(w))) out.push(display);
  }
  return out;
}

const MENTION_RE = /(?:^|[\s(])@[\p{L}\p{N}]|<[@!#][^<>\s]*>/u;
const ELLIPSIS_RE = /^\s*(?:and|but|also|so|what about|how about|and what about|and how about|what of)\b[\s,]*(.*)$/i;
const WH_RE = /\b(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|has|have|will|can|could)\b/i;

/** Resolves pronouns and ellipsis against the conversation. Returns the question unchanged when there is nothing to resolve. */
export function resolveFollowUp(question: string, state: ConversationState | null, people: PersonLexicon): ResolvedQuestion {
  if (!state) return { text: question, interpretation: null, inherited: '', referents: [] };
  let text = question;
  let inherited = '';

  const ellipsis = ELLIPSIS_RE.exec(text);
  const fragment = ellipsis ? (ellipsis[1] ?? '').replace(/[?.!\s]+$/, '') : null;
  if (state.lastQuestion && fragment !== null && !WH_RE.test(fragment) && fragment.length > 0 && fragment.split(/\s+/).length <= 6) {
    const last = state.lastQuestion.replace(/[?.!\s]+$/, '');
    const fragmentHasDate = new RegExp(DATE_PHRASE_RE.source, 'i').test(fragment);
    const fragNames = capitalisedRuns(fragment).filter((n) => isPerson(n, people));
    let base = last;
    if (fragmentHasDate) base = base.replace(new RegExp(DATE_PHRASE_RE.source, 'gi'), ' ');
    if (fragNames.length > 0) {
      const lastPeople = peopleIn(base, people);
      const first = lastPeople[0];
      if (first) {
        const re = new RegExp(`\\b${first.split(' ').map(escapeRegExp).join('|')}\\b(?:\\s+\\p{Lu}[\\p{L}-]+)?`, 'u');
        base = base.replace(re, fragNames[0] as string);
        text = `${base}?`.replace(/\s+/g, ' ').replace(/\s+\?/, '?');
        inherited = base;
        return { text, interpretation: text, inherited, referents: [] };
      }
    }
    // "What did Blinken tell NBC?" then "And CBS?": a name swaps the last question's last name that is no person's.
    const fragName = /^(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})$/u.exec(fragment)?.[1];
    const swapped = fragName && !fragmentHasDate && !isPerson(fragName, people) ? lastNameOf(base, people) : null;
    if (swapped) {
      text = `${base.slice(0, swapped.index)}${fragName}${base.slice(swapped.index + swapped.name.length)}?`.replace(/\s+/g, ' ');
      return { text, interpretation: text, inherited: base, referents: [] };
    }
    text = `${base.trim()} ${fragment}?`.replace(/\s+/g, ' ');
    inherited = base;
    return { text, interpretation: text, inherited, referents: [] };
  }

  const people_ = state.entities.filter((e) => isPerson(e, people));
  // "Why did Blinken cancel his trip?": a question that names a person is about them; its "his"
  // and "he" are theirs. Only "him" is someone else: the last person talked about whom it does not name.
  const named = peopleIn(text, people).map((n) => n.toLowerCase());
  if (named.length > 0) {
    const same = (p: string): boolean => named.some((n) => n.includes(p.toLowerCase()) || p.toLowerCase().includes(n));
    const other = people_.find((p) => !same(p));
    if (other && /\bhim\b/i.test(text)) {
      const replaced = text.replace(/\bhim\b/gi, other);
      return { text: replaced, interpretation: replaced, inherited: '', referents: [other] };
    }
    // "What did he say about Blinken's warning?": a pronoun before any name the question gives
    // is the person the conversation was about, not the one named after it.
    const pronoun = /\b(?:he|she)\b/i.exec(text);
    const firstName = Math.min(...named.map((n) => text.toLowerCase().indexOf(n.split(' ')[0] as string)).filter((i) => i >= 0));
    if (other && pronoun && pronoun.index < firstName) {
      const replaced = text.replace(/\b(?:he|she)\b/i, other);
      return { text: replaced, interpretation: replaced, inherited: '', referents: [other] };
    }
    return { text, interpretation: null, inherited: '', referents: [] };
  }
  const last = people_[0];
  if (last) {
    // "they" is two people talked about; with one, and "he" beside it ("Is he worried about
    // them?"), it is something else the question does not name.
    const pair = people_.length >= 2 ? `${people_[0]} and ${people_[1]}` : /\b(?:he|she|his|him|her)\b/i.test(text) ? null : last;
    let changed = false;
    const replaced = text
      .replace(/\b(?:their|the two men's)\b/gi, (m) => (pair === null ? m : ((changed = true), `${pair}'s`)))
      .replace(/\b(?:they|them|the two|both)\b/gi, (m) => (pair === null ? m : ((changed = true), pair)))
      .replace(/\b(?:his|hers)\b/gi, () => ((changed = true), `${last}'s`))
      .replace(/\b(?:he|him|she|her)\b/gi, () => ((changed = true), last));
    if (changed) return { text: replaced, interpretation: replaced, inherited: '', referents: people_.slice(0, 2) };
  }
  // "What is the Wagner Group?" then "What did it receive ...?": "it" is the last thing talked about that is no person.
  const thing = state.entities.find((e) => !isPerson(e, people));
  // "When did China give its assurance?": a thing the question names before "its" is what it stands for.
  const it = IT_RE.exec(text);
  const namedBefore = it !== null && lastNameOf(text.slice(0, it.index), people) !== null;
  if (thing && it && !namedBefore) {
    const replaced = text.replace(/\bits\b/gi, `${thing}'s`).replace(/\bit\b/gi, thing);
    return { text: replaced, interpretation: replaced, inherited: '', referents: [] };
  }
  // "When was that?", "why?", "where was this?": nothing of its own to search for, so it asks
  // about whatever the last question was about.
  // A mention ("who is @here?", "<@U123>") is something of its own, though no word of the documents.
  if (state.lastQuestion && analyze(text).length === 0 && !MENTION_RE.test(text)) {
    const last = state.lastQuestion.replace(/[?.!\s]+$/, '');
    const resolved = `${text.replace(/[?.!\s]+$/, '')} (${last})?`;
    return { text: resolved, interpretation: resolved, inherited: last, referents: [] };
  }
  return { text, interpretation: null, inherited: '', referents: [] };
}

/** The conversation after a question: topic, the entities just talked about, the question. */
export function nextConversation(
  prev: ConversationState | null,
  topic: string | null,
  resolvedQuestion: string,
  questionPeople: string[],
  answerPeople: string[],
  answerFirst: boolean,
  now: Date,
): ConversationState {
  const sameTopic = prev !== null && prev.topic === topic;
  const fresh = answerFirst ? [...answerPeople, ...questionPeople] : [...questionPeople, ...answerPeople];
  for (const n of capitalisedRuns(resolvedQuestion)) if (!fresh.includes(n) && !fresh.some((f) => f.includes(n))) fresh.push(n);
  const entities: string[] = [];
  for (const e of [...fresh, ...(sameTopic ? prev.entities : [])]) {
    if (!entities.some((x) => x.toLowerCase() === e.toLowerCase())) entities.push(e);
    if (entities.length >= MAX_ENTITIES) break;
  }
  return { topic, entities, lastQuestion: resolvedQuestion, updatedAt: now.toISOString() };
}
