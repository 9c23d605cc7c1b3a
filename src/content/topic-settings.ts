/**
 * briefs/<topic>/topic.yml: a topic's own settings. All keys are optional:
 *
 *   title: Valmora port strike
 *   feeds:
 *     - url: https://news.example/world/rss.xml
 *       include: [port, dockers]       # an item must mention one of these (title or summary)
 *       exclude: [opinion, "live:"]    # and none of these
 *     - https://other.example/feed.json  # a bare URL takes every item
 *
 * Keywords match whole words, case-insensitively; a keyword of several words matches that
 * phrase. A problem is reported at its line with the fix, and only the entry it is in is
 * dropped: the topic's other feeds keep being polled.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { readOptionalText } from './safe-read.ts';
import type { FileIssue } from '../domain/errors.ts';

export const TOPIC_SETTINGS_FILE = 'topic.yml';

export interface FeedSetting {
  url: string;
  include: string[];
  exclude: string[];
  /** The line of topic.yml the feed is written on. */
  line: number;
}

export interface TopicSettings {
  title: string | null;
  feeds: FeedSetting[];
}

export const MAX_FEEDS_PER_TOPIC = 50;
const MAX_KEYWORD = 80;

function scalarText(node: unknown): string | null {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return null;
}

function feedUrl(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads and parses a topic folder's topic.yml; `relPath` names the file in the issues.
 * No file is no settings and no issue; an unreadable one is one issue.
 */
export async function readTopicSettings(topicDir: string, rootReal: string, relPath: string): Promise<{ settings: TopicSettings | null; issues: FileIssue[] }> {
  const { text, problem } = await readOptionalText(path.join(topicDir, TOPIC_SETTINGS_FILE), rootReal, 256 * 1024);
  if (problem !== null) return { settings: null, issues: [{ path: relPath, line: 1, message: `topic.yml ${problem}`, fix: 'make topic.yml a regular text file under 256 KiB, or remove it', severity: 'error' }] };
  return text === null ? { settings: null, issues: [] } : parseTopicSettings(text, relPath);
}

/** Parses topic.yml text; `relPath` names the file in the issues. */
export function parseTopicSettings(text: string, relPath: string): { settings: TopicSettings; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const settings: TopicSettings = { title: null, feeds: [] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: unknown): number => ((node as Node | null)?.range ? lines.linePos((node as Node).range![0]).line : 1);
  const error = (node: unknown, message: string, fix: string): void => {
    issues.push({ path: relPath, line: lineOf(node), message, fix, severity: 'error' });
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    issues.push({ path: relPath, line: e?.linePos?.[0].line ?? 1, message: `topic.yml is not valid YAML: ${e?.message.split('\n')[0] ?? 'parse error'}`, fix: 'fix the YAML; no feed of this topic is polled until then', severity: 'error' });
    return { settings, issues };
  }
  const root = doc.contents;
  if (root === null) return { settings, issues };
  if (!isMap(root)) {
    error(root, 'topic.yml must be a mapping with title and feeds', 'see the example at the top of src/content/topic-settings.ts');
    return { settings, issues };
  }
  const keywords = (node: unknown, what: string): string[] | null => {
    if (node === undefined || node === null) return [];
    const items = isSeq(node) ? node.items : [node];
    const out: string[] = [];
    for (const item of items) {
      const w = scalarText(item)?.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase() ?? '';
      if (w === '' || w.length > MAX_KEYWORD) {
        error(item, `${what}: each keyword must be a word or phrase of at most ${MAX_KEYWORD} characters`, `write ${what} as [word, "a phrase"]`);
        return null;
      }
      out.push(w);
    }
    return out;
  };
  for (const pair of root.items) {
    const key = scalarText(pair.key) ?? '';
    if (key === 'title') {
      const t = scalarText(pair.value)?.replace(/\s+/g, ' ').trim() ?? '';
      if (t !== '') settings.title = t;
      else error(pair.value ?? pair.key, 'title must be text', 'write title: "The story\'s name"');
    } else if (key === 'feeds') {
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
      if (!isSeq(pair.value)) {
        error(pair.value, 'feeds must be a list', 'write each feed as "- url: https://…" on its own line');
        continue;
      }
      const seen = new Set<string>();
      for (const item of pair.value.items) {
        const raw = isMap(item) ? scalarText(item.get('url', true)) : scalarText(item);
        const url = raw === null ? null : feedUrl(raw);
        if (url === null) {
          error(item, raw === null ? 'a feed needs a url' : `"${raw.slice(0, 80)}" is not an http(s) address`, 'write - url: https://example.com/feed.xml');
          continue;
        }
        if (isMap(item)) {
          const unknown = item.items.map((p) => scalarText(p.key) ?? '').filter((k) => !['url', 'include', 'exclude'].includes(k));
          if (unknown.length > 0) {
            error(item, `unknown feed setting "${unknown[0]!.slice(0, 40)}"`, 'a feed has url, include and exclude');
            continue;
          }
        }
        const include = isMap(item) ? keywords(item.get('include', true), 'include') : [];
        const exclude = isMap(item) ? keywords(item.get('exclude', true), 'exclude') : [];
        if (include === null || exclude === null) continue;
        if (seen.has(url)) {
          error(item, `${url} is listed twice`, 'keep one entry per feed; combine its keywords');
          continue;
        }
        if (settings.feeds.length >= MAX_FEEDS_PER_TOPIC) {
          error(item, `more than ${MAX_FEEDS_PER_TOPIC} feeds`, 'split the story into several topics, or drop feeds');
          break;
        }
        seen.add(url);
        settings.feeds.push({ url, include, exclude, line: lineOf(item) });
      }
    } else {
      error(pair.key, `unknown key "${key.slice(0, 40)}" in topic.yml`, 'use title and feeds');
    }
  }
  return { settings, issues };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A keyword matches as a whole word or phrase, case-insensitively, across any spacing. */
function keywordPattern(keyword: string): RegExp {
  const body = keyword.split(' ').map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** True when an item with this title and summary passes the feed's include/exclude lists. */
export function passesFeedFilter(feed: Pick<FeedSetting, 'include' | 'exclude'>, text: string): boolean {
  const hay = text.normalize('NFC');
  if (feed.exclude.some((k) => keywordPattern(k).test(hay))) return false;
  return feed.include.length === 0 || feed.include.some((k) => keywordPattern(k).test(hay));
}
