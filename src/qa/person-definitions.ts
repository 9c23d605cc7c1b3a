/**
 * What a sentence says a person is: a title right before the name ("Foreign Minister Wang Yi")
 * or a person's noun ("Norwegian skier Ingrid Solvang"),
 * an appositive right after it, past an age (", the foreign minister of Italy", ", 54, a former
 * finance minister", ", a textile manufacturer who fled ..."), or "X is/was the ...", "X, who
 * served as a scribe ...". An appositive defines the person by a title word or by a noun whose commonest senses are a
 * person's (WordNet: "manufacturer", "magnate", "nurse"). For "What was X's previous job?" only a
 * past one does: "former", "ex-", "retired", "onetime".
 */
import { isTitleWord } from './entities.ts';
import { escapeRegExp } from './text-analysis.ts';
import { DID_BEFORE_RE, DOES_FOR_LIVING_RE, WHOSE_JOB_RE } from './question-type.ts';
import { wordNet } from './wordnet.ts';

/** Titles that address a person without saying what they are. */
const COURTESY = /^(?:mr|mrs|ms|dr|miss|sir)$/;
/** Words in a title run before a name: "Pentagon press secretary", "top Chinese official". */
const TITLE_RUN_WORD = /^(?:press|foreign|top|senior|chief|deputy|former|retired|vice|defence|defense|prime|state|affairs|office|central|brig|gen|four-star|ex|onetime|one-time)$/;
/** A role someone held before: "former finance minister", "ex-chairman", "a retired teacher". */
const PAST_ROLE_RE = /\b(?:former|retired|onetime|one-time|erstwhile)\b|\b(?:ex|then)-\p{L}/iu;
/** Where an appositive's noun phrase ends: a relative word, a preposition, a conjunction. */
const PHRASE_END_RE = /\s+(?:who|whom|whose|which|that|of|at|in|on|for|with|from|to|by|and|or|since|until|after|before)\b.*$/is;

/** "What was X's previous job?", "What was X's job before he became president?": a role held before. */
export const PAST_JOB_Q_RE = /\b(?:previous|former|earlier|old)\s+(?:job|occupation|profession|business|trade|career)\b|\b(?:job|occupation|profession|business|trade|career|line of work)\s+before\b|\b(?:hold|held|have|occupy|do)\s+(?:before|previously|earlier)\b/i;
/** "What job did Khuwy-Ra have?": a trade asked of someone (not "What position did X hold on the committee?", an office). */
const JOB_HAD_Q_RE = /^\s*what\s+(?:job|occupation|profession|trade)\s+(?:does|did|do)\b/i;
/** "What post did Liepa hold before?": an office asked of someone (a job only with a word for before, PAST_JOB_Q_RE). */
const POST_HELD_Q_RE = /^\s*what\s+(?:title|role|job|position|post|office|rank)\s+(?:does|did|do)\b/i;

function titleWord(w: string): boolean {
  const bare = w.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, '');
  return isTitleWord(bare) && !COURTESY.test(bare);
}

/** Whether `word` is a noun whose commonest senses are a person's ("manufacturer", "skier"); "an ex-policeman", "a co-founder": the noun after a prefix WordNet does not list with it. */
function personNoun(word: string): boolean {
  const head = /^\p{Ll}+-\p{Ll}{3,}$/u.test(word) && (wordNet()?.lemmas(word, 'noun').length ?? 0) === 0 ? word.slice(word.lastIndexOf('-') + 1) : word;
  return /^\p{Ll}{3,}$/u.test(head) && wordNet()?.isPersonNoun(head, false, 2) === true;
}

/** Whether an appositive ("a textile manufacturer who fled ...") says what someone is: a title word in it, or a person's noun heading it. */
function appositiveDefines(phrase: string): boolean {
  if (phrase.split(/\s+/).some(titleWord)) return true;
  return personNoun(phrase.replace(PHRASE_END_RE, '').trim().split(/\s+/).at(-1)?.replace(/[^\p{L}-]/gu, '') ?? '');
}

/**
 * Whether `text` defines the person named `name` (or by their surname alone); with `past`, only
 * by a role they held before.
 */
export function definesPerson(text: string, name: string, past = false): boolean {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return false;
  const forms = [parts.map(escapeRegExp).join('\\s+'), escapeRegExp(parts[parts.length - 1] as string)];
  for (const [fi, form] of forms.entries()) {
    const re = new RegExp(`\\b${form}\\b`, 'giu');
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 60), m.index).match(/[\p{L}\p{N}.'’-]+/gu) ?? [];
      // The words right before the name: a title ("Director", "Foreign Minister"), skipping a
      // first name when only the surname matched.
      let run = '';
      for (let k = before.length - 1; k >= Math.max(0, before.length - 4); k--) {
        const w = before[k] as string;
        if (!TITLE_RUN_WORD.test(w.toLowerCase().replace(/-$/, '')) && !titleWord(w) && !/^\p{Lu}/u.test(w)) break;
        run = `${w} ${run}`;
      }
      if (run.split(/\s+/).some(titleWord) && (!past || PAST_ROLE_RE.test(run))) return true;
      // A person's noun right before the name (past its first names): "Norwegian skier Ingrid
      // Solvang", "textile manufacturer Ana Ruiz".
      let k = before.length - 1;
      while (k >= 0 && k >= before.length - 2 && /^\p{Lu}\p{Ll}+$/u.test(before[k] as string) && fi === 1) k--;
      const lead = before[k] ?? '';
      if (personNoun(lead) && (!past || PAST_ROLE_RE.test(before.slice(Math.max(0, k - 2), k + 1).join(' ')))) return true;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
      const app = /^(?:\s*,\s*\d{1,3}(?=\s*,))?\s*(?:,|\(|–|—)\s*((?:the|a|an|[\p{L}.]+['’]s)\s+[^,.;()]{0,70})/iu.exec(after) ?? /^(?:\s+(?:is|was)|\s*,?\s*who\s+(?:is|was|served\s+as|serves\s+as|works\s+as|worked\s+as))\s+((?:the|a|an)\s+[^,.;]{0,70})/iu.exec(after);
      const phrase = app?.[1] ?? '';
      if (app && appositiveDefines(phrase) && (!past || PAST_ROLE_RE.test(phrase.replace(PHRASE_END_RE, '')))) return true;
    }
  }
  return false;
}

/**
 * For "Who is X?" / "What was X's job?" about a person the documents name: whether `text`
 * defines them (a past role for a question about a previous job); null when the question has no
 * such person ("Who is Italy's foreign minister?").
 */
export function definesSubject(question: string, subject: string | null, text: string, persons: ReadonlySet<string>): boolean | null {
  const known = subject ? subject.split(/\s+/).filter((w) => persons.has(w.toLowerCase().replace(/['’]s$/, ''))).join(' ') : '';
  // "What is Rivaz's profession?" asks about a person, whether or not the documents' names list has them.
  const name = known || (subject && asksJob(question) ? subject : '');
  return name ? definesPerson(text, name, PAST_JOB_Q_RE.test(question)) : null;
}

/** "What is X's job?", "What does X do for a living?", "What job did X have?": a person's trade; "What post did X hold before?", "What did X do before politics?": one held before. */
export function asksJob(question: string): boolean {
  return WHOSE_JOB_RE.test(question) || DOES_FOR_LIVING_RE.test(question) || DID_BEFORE_RE.test(question) || JOB_HAD_Q_RE.test(question) || (POST_HELD_Q_RE.test(question) && PAST_JOB_Q_RE.test(question));
}
