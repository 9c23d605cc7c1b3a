/**
 * briefs/<topic>/lexicon.yml: the words one story needs beyond general knowledge, kept with
 * the story instead of in code. All keys are optional:
 *
 *   synonyms:            # groups of words for one thing; the first names it
 *     - [strike, walkout, downed tools]
 *   institutions:        # organisation → the country it speaks for
 *     port authority: Canada
 *   places: [valmora]    # never read as person names
 *   organisations: [dockers union]
 *
 * A broken file is a warning naming the line and the fix; the topic is served without it.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { TopicLexicon } from '../domain/brief-types.ts';
import type { FileIssue } from '../domain/errors.ts';

export type { TopicLexicon } from '../domain/brief-types.ts';

export const EMPTY_LEXICON: TopicLexicon = Object.freeze({ synonyms: [], institutions: {}, places: [], organisations: [] });

const MAX_ENTRY = 80;

function word(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const w = v.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return w.length > 0 && w.length <= MAX_ENTRY && /^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u.test(w) ? w : null;
}

/** Parses lexicon.yml text; problems are warnings at their line, the rest is kept. */
export function parseTopicLexicon(text: string, relPath: string): { lexicon: TopicLexicon; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const warn = (line: number, message: string, fix: string): void => {
    issues.push({ path: relPath, line, message, fix, severity: 'warning' });
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    warn(e?.linePos?.[0].line ?? 1, `lexicon.yml is not valid YAML: ${e?.message.split('\n')[0] ?? 'parse error'}`, 'fix the YAML; the topic is served without its lexicon until then');
    return { lexicon: EMPTY_LEXICON, issues };
  }
  const root = doc.contents;
  if (root === null) return { lexicon: EMPTY_LEXICON, issues };
  if (!isMap(root)) {
    warn(lineOf(root), 'lexicon.yml must be a mapping with synonyms, institutions, places and organisations', 'see the example at the top of src/content/topic-lexicon.ts');
    return { lexicon: EMPTY_LEXICON, issues };
  }
  const lexicon: TopicLexicon = { synonyms: [], institutions: {}, places: [], organisations: [] };
  const words = (node: unknown, what: string): string[] => {
    if (!isSeq(node)) {
      warn(lineOf(node as Node), `${what} must be a list of words`, 'write it as [word, other word]');
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const w = word((item as { value?: unknown }).value ?? item);
      if (w) out.push(w);
      else warn(lineOf(item as Node), `${what}: "${String((item as { value?: unknown }).value ?? item).slice(0, 40)}" is not a word or phrase`, `use letters, digits, spaces, dots, dashes or apostrophes, at most ${MAX_ENTRY} characters`);
    }
    return out;
  };
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const value = pair.value as Node | null;
    if (key === 'synonyms') {
      if (!isSeq(value)) {
        warn(lineOf(value ?? (pair.key as Node)), 'synonyms must be a list of groups', 'write each group as - [word, other word]');
        continue;
      }
      for (const group of value.items) {
        const g = words(group, 'a synonym group');
        if (g.length >= 2) lexicon.synonyms.push(g);
        else if (isSeq(group)) warn(lineOf(group as Node), 'a synonym group needs at least two words', 'add the other words, or remove the group');
      }
    } else if (key === 'institutions') {
      if (!isMap(value)) {
        warn(lineOf(value ?? (pair.key as Node)), 'institutions must map an organisation to a country', 'write it as "foreign ministry: France"');
        continue;
      }
      for (const item of value.items) {
        const org = word((item.key as { value?: unknown } | null)?.value);
        const country = word((item.value as { value?: unknown } | null)?.value);
        if (org && country) lexicon.institutions[org] = country;
        else warn(lineOf(item.key as Node), 'an institution needs a name and a country', 'write it as "name: Country"');
      }
    } else if (key === 'places' || key === 'organisations') {
      lexicon[key] = words(value, key);
    } else {
      warn(lineOf(pair.key as Node), `unknown key "${key.slice(0, 40)}" in lexicon.yml`, 'use synonyms, institutions, places or organisations');
    }
  }
  return { lexicon, issues };
}
