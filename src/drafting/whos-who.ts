/**
 * Stage 5 of drafting: who's who. People and organisations are found with `compromise`;
 * name variants are merged ("Mr Blinken", "Blinken" and "Antony Blinken" are one person,
 * named by the fullest form). Each is described only as the sources describe them: an
 * appositive ("Wang Yi, China's top diplomat, …") or a title written before the name
 * ("Secretary of State Antony Blinken"). The quote is that verbatim span; someone the
 * sources never describe is left out rather than described from outside knowledge. The
 * entries are the people and organisations the most sources mention.
 */
import nlp from 'compromise';
import type { Candidate } from './candidates.ts';
import type { DraftPerson } from './draft-types.ts';

const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?\s+/i;
const TITLE_WORDS = 'President|Minister|Secretary|Spokes\\w*|Chancellor|Governor|Senator|Ambassador|Director|Chairman|Chair|Chief|General|Gen\\.|Prime|Leader|King|Queen|Prince|Princess|Pope|Mayor|Judge|Justice|Commissioner|Envoy|Representative|Rep\\.|Sen\\.|Adviser|Advisor|CEO|Premier|Vice|Foreign|Defen[cs]e|State|Deputy|Brig\\.|Col\\.|Lt\\.|Capt\\.|Sgt\\.|Gov\\.|Press|Speaker|Officer';
/** Title words compromise sometimes keeps at the start of a name ("President Kamala Harris"). */
const LEADING_TITLES = new RegExp(`^(?:(?:${TITLE_WORDS}|of|the|US|U\\.S\\.|UN)\\s+)+`, 'u');
const HAS_TITLE = new RegExp(`\\b(?:${TITLE_WORDS}|chair|chairwoman|head|leader|spokesman|spokeswoman|negotiator|commander|official|lawyer|attorney|prosecutor|economist|analyst|founder|owner|executive)\\b`, 'iu');

function clean(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Mention {
  name: string;
  person: boolean;
  candidate: Candidate;
}

interface Described {
  description: string;
  quote: string;
  candidate: Candidate;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An appositive after the name, or a capitalised title right before it. */
export function describe(name: string, text: string, person = true): { description: string; quote: string } | null {
  const n = escapeRe(name);
  const after = new RegExp(`${n},\\s+((?:the|a|an|[\\p{Lu}][\\p{L}’'.-]*['’]s|[\\p{L}’'.-]+)\\s[^,;()"“”]{2,80}?),`, 'u').exec(text);
  if (after) {
    const description = after[1]!.trim();
    const words = description.split(/\s+/);
    // Not a clause: "…, said on Monday" or "…, who" start with a verb or a pronoun.
    if (words.length <= 12 && !/^(said|says|told|added|who|which|that|and|but|he|she|they|it|whose|when|where)\b/i.test(description)) {
      return { description, quote: `${after[0].slice(0, -1)}` };
    }
  }
  if (!person) return null;
  // A title written before the name ("Secretary of State Antony Blinken", "port authority
  // chair Tomas Berg"): the words right before it, back to a word no title holds.
  const at = new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').exec(text);
  if (!at) return null;
  const words = text.slice(0, at.index).trimEnd().split(/\s+/);
  const title: string[] = [];
  while (words.length > 0 && title.length < 6) {
    const w = words[words.length - 1]!;
    if (/[,;:()"“”]$/.test(w) || !/^[\p{L}][\p{L}.'’-]*$/u.test(w)) break;
    if (/^(said|says|told|and|or|but|with|by|to|for|from|as|at|in|on|the|a|an|that|who|whom|when|while|after|before|his|her|their|its|former)$/i.test(w)) {
      // "former" belongs to the title; the rest end it.
      if (/^former$/i.test(w)) title.unshift(words.pop()!);
      break;
    }
    if (/^of$/i.test(w) && !(words.length >= 2 && /^\p{Lu}/u.test(words[words.length - 2]!))) break;
    title.unshift(words.pop()!);
  }
  while (title.length > 0 && /^(of|the)$/i.test(title[0]!)) title.shift();
  const phrase = title.join(' ');
  if (phrase === '' || /['’]s$/.test(phrase)) return null;
  const standsAlone = /^(President|Premier|Chancellor|Governor|Senator|Mayor|Pope|King|Queen|Prince|Princess|Ambassador|Judge|Justice)$/.test(phrase);
  const possessive = /^['’]s\b/.test(text.slice(at.index + name.length));
  if (HAS_TITLE.test(phrase) && (standsAlone || title.length >= 2) && !possessive) return { description: phrase, quote: `${text.slice(at.index - phrase.length - 1, at.index)}${name}`.trimStart() };
  return null;
}

export function buildWhosWho(cands: readonly Candidate[], maxEntries = 8): DraftPerson[] {
  const mentions: Mention[] = [];
  for (const c of cands) {
    const doc = nlp(c.text);
    const names = [...(doc.people().out('array') as string[]).map((n) => [n, true] as const), ...(doc.organizations().out('array') as string[]).map((n) => [n, false] as const)];
    for (const [raw, person] of names) {
      const name = clean(clean(raw.replace(HONORIFIC, '')).replace(LEADING_TITLES, ''));
      if (name.length < 3 || !/^\p{Lu}/u.test(name) || name.split(' ').length > 5) continue;
      mentions.push({ name, person, candidate: c });
    }
  }
  // Variants: a name whose words all appear, in order, at the end of a fuller name.
  const full = [...new Set(mentions.map((m) => m.name))].sort((a, b) => b.length - a.length);
  const canonical = new Map<string, string>();
  for (const name of full) {
    const target = full.find((f) => f !== name && f.length > name.length && (f.endsWith(` ${name}`) || f.startsWith(`${name} `)) && canonical.get(f) === f);
    canonical.set(name, target ?? name);
  }
  const byPerson = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = canonical.get(m.name) ?? m.name;
    byPerson.set(key, [...(byPerson.get(key) ?? []), m]);
  }
  const people: Array<{ name: string; sources: number; described: Described }> = [];
  for (const [name, ms] of byPerson) {
    const variants = [...new Set(ms.map((m) => m.name))].sort((a, b) => b.length - a.length);
    let described: Described | null = null;
    for (const m of ms) {
      for (const v of variants) {
        const d = describe(v, m.candidate.text, m.person);
        if (d) {
          described = { ...d, candidate: m.candidate };
          break;
        }
      }
      if (described) break;
    }
    if (described) people.push({ name, sources: new Set(ms.map((m) => m.candidate.source)).size, described });
  }
  return people
    .sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name))
    .slice(0, maxEntries)
    .map((p) => ({ name: p.name, description: p.described.description, text: p.described.description, citations: [{ source: p.described.candidate.source, quote: p.described.quote }] }));
}
