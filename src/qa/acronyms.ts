/**
 * Acronyms and the names they stand for, found in a topic's own documents: "AOL" and
 * "America Online", "WFP" and "World Food Program", "USAID" and "U.S. Agency for
 * International Development". A question that uses one form matches a sentence that uses
 * the other. An acronym stands for a name when its letters are, in order, the initials of
 * the name's words (small words such as "of" may be skipped) plus, optionally, further
 * letters from inside them ("OnLine"), the usual test for defining an abbreviation
 * (Schwartz and Hearst 2003). Nothing here knows any organisation.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import type { SpeakerQuery } from './speaker-questions.ts';
import { analyze } from './text-analysis.ts';

/** Lower-cased acronym → the names (as written) it stands for in the documents. */
export type AcronymTable = ReadonlyMap<string, readonly string[]>;

const ACRONYM_RE = /\b[A-Z]{2,6}\b/g;
/** Runs of two to six capitalised words, with small joining words ("Agency for International Development"). */
const NAME_RUN_RE = /\b[A-Z][\p{L}.'’&-]*(?:\s+(?:(?:of|for|and|the|de|on)\s+)?[A-Z][\p{L}.'’&-]*){1,5}/gu;
const SMALL = /^(?:of|for|and|the|de|on)$/;
const POSSESSIVE_RE = /['’]s$/;

/** Whether `name` has one word for each letter of `acronym` (small words aside): the plainest way to spell it. */
function spellsByInitials(acronym: string, name: string): boolean {
  return name.split(/\s+/).filter((w) => !SMALL.test(w)).length === acronym.length;
}

/**
 * Of the names an acronym abbreviates, those that spell it by initials alone when there are
 * any: "ADF" is "Allied Democratic Forces", not also "Armed Forces" (a-rme-D, F).
 */
function plainest(acronym: string, names: readonly string[]): string[] {
  const plain = names.filter((n) => spellsByInitials(acronym, n));
  return plain.length > 0 ? plain : [...names];
}

/**
 * Whether `acronym` (upper case) abbreviates the words of `name`: its small words left out
 * ("WFP", "World Food Program"), or, when that does not spell it, given their initials too
 * ("EDF", "Electricite de France"; "BOA", "Bank of America").
 */
export function abbreviates(acronym: string, name: string): boolean {
  return spells(acronym, name, true) || (name.split(/\s+/).some((w) => SMALL.test(w)) && spells(acronym, name, false));
}

/** Whether `acronym` is spelled by the words of `name`, its small words skipped (`skipSmall`) or not. */
function spells(acronym: string, name: string, skipSmall: boolean): boolean {
  const words = name
    .split(/\s+/)
    .filter((w) => !skipSmall || !SMALL.test(w))
    .map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}]/gu, '').toUpperCase())
    .filter(Boolean);
  if (words.length < 2 || words.length > acronym.length) return false;
  // fit(i, k): letters i.. of the acronym are spelled by words k.., each word giving its
  // first letter and maybe more of its letters, in order.
  const fit = (i: number, k: number): boolean => {
    if (k === words.length) return i === acronym.length;
    const w = words[k] as string;
    if (acronym[i] !== w[0]) return false;
    if (fit(i + 1, k + 1)) return true;
    let j = i + 1;
    for (let p = 1; p < w.length && j < acronym.length; p++) {
      if (w[p] !== acronym[j]) continue;
      j++;
      if (fit(j, k + 1)) return true;
    }
    return false;
  };
  return fit(0, 0);
}


const cache = new WeakMap<TopicIndex, AcronymTable>();

/** The topic's acronyms and the names they stand for (built on first use, then kept). */
export function acronymTable(index: TopicIndex): AcronymTable {
  const hit = cache.get(index);
  if (hit) return hit;
  const texts = index.brief.sources.flatMap((d) => d.sentences.map((s) => s.text));
  // Acronyms first, by their first letter; then only the names one of them could spell are kept.
  const byInitial = new Map<string, Set<string>>();
  for (const text of texts) {
    if (!/[A-Z]{2}/.test(text)) continue;
    for (const m of text.matchAll(ACRONYM_RE)) {
      const set = byInitial.get(m[0][0] as string);
      if (set) set.add(m[0]);
      else byInitial.set(m[0][0] as string, new Set([m[0]]));
    }
  }
  const table = new Map<string, string[]>();
  if (byInitial.size > 0) {
    forEachName(texts, (name) => {
      for (const a of byInitial.get(name[0] as string) ?? []) {
        if (!abbreviates(a, name)) continue;
        const key = a.toLowerCase();
        const list = table.get(key) ?? [];
        if (!list.includes(name)) table.set(key, [...list, name]);
      }
    });
  }
  for (const [key, names] of table) table.set(key, plainest(key.toUpperCase(), names));
  cache.set(index, table);
  return table;
}

/** Calls `visit` with every capitalised name run in `texts` and its tails ("The Valmora Harbour Board", "Valmora Harbour Board", ...). */
function forEachName(texts: readonly string[], visit: (name: string) => void): void {
  for (const text of texts) {
    if (!/[A-Z]\S*\s+(?:\S+\s+)?[A-Z]/.test(text)) continue;
    for (const m of text.matchAll(NAME_RUN_RE)) {
      const words = m[0].split(/\s+/);
      for (let k = 0; k + 1 < words.length; k++) {
        if (!SMALL.test(words[k] as string)) visit(words.slice(k).join(' ').replace(/['’]s$/, ''));
      }
    }
  }
}

/**
 * For the question's acronyms that the documents never write ("USAID"), the capitalised
 * names in `texts` (the candidate sentences) that they abbreviate ("U.S. Agency for
 * International Development"), added to `aliases` as for a known acronym. Looking only in
 * the candidates keeps this cheap on a large topic; a name elsewhere could not answer anyway.
 */
export function addUnwrittenAcronyms(q: QuestionAnalysis, aliases: Map<string, string[][]>, texts: readonly string[]): void {
  for (const t of q.tokens) {
    const written = q.text.slice(t.start, t.end).replace(POSSESSIVE_RE, '');
    if (aliases.has(t.term) || !/^[A-Z]{2,6}$/.test(written)) continue;
    const found: string[] = [];
    forEachName(texts, (name) => {
      if (name[0] === written[0] && !found.includes(name) && abbreviates(written, name)) found.push(name);
    });
    if (found.length > 0) aliases.set(t.term, plainest(written, found).map((n) => analyze(n).map((x) => x.term)));
  }
}

/**
 * For each question term written as an acronym or as a name with an acronym, the other
 * forms, as sequences of terms ("aol" → [["~united states", "onlin"]]). The table is only
 * asked for (and so built) when the question has an acronym or a multi-word name.
 */
export function questionAliases(q: QuestionAnalysis, index: TopicIndex): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  if (!/\b[A-Z]{2,6}\b/.test(q.text) && !q.names.some((n) => n.includes(' '))) return out;
  const table = acronymTable(index);
  for (const t of q.tokens) {
    // "the IMF's deputy managing director": the acronym is "IMF".
    const long = table.get(t.word.replace(POSSESSIVE_RE, ''));
    if (long && /^[A-Z]{2,6}$/.test(q.text.slice(t.start, t.end).replace(POSSESSIVE_RE, ''))) out.set(t.term, long.map((n) => analyze(n).map((x) => x.term)));
  }
  for (const [acronym, long] of table) {
    for (const n of long) {
      if (!q.text.includes(n)) continue;
      const terms = analyze(n).map((x) => x.term);
      for (const term of terms) out.set(term, [...(out.get(term) ?? []), [acronym]]);
    }
  }
  return out;
}

/**
 * A speaker requirement in which a group met by an acronym ("eu") or a spelled-out name is met
 * by the other form's words too: "the EU delegation" speaks in "The European Union's
 * delegation in Georgia said".
 */
export function speakerWithAliases(query: SpeakerQuery, aliases: ReadonlyMap<string, readonly (readonly string[])[]>): SpeakerQuery {
  const groups = query.groups.map((g) => {
    const more = g.flatMap((t) => (aliases.get(t) ?? []).flat()).filter((t) => !g.includes(t));
    return more.length > 0 ? [...g, ...new Set(more)] : g;
  });
  return { groups };
}
