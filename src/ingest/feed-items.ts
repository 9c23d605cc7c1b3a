/**
 * A fetched feed's body into plain items: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed, read
 * by `feedsmith` (it only parses; fetching, limits and conditional GET stay in
 * safe-fetch.ts). Each item gets the article's absolute URL, its title and summary as plain
 * text (for include/exclude), its date, and a key that stays the same when the feed is
 * fetched again or lists the same article under another feed (the canonical article URL,
 * else the feed's own id for it).
 */
import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import { BriefbotError } from '../domain/errors.ts';

export interface FeedItem {
  /** Stable identity of the article within a topic. */
  key: string;
  /** The article page, absolute. */
  url: string;
  title: string | null;
  summary: string | null;
  /** ISO date-time, when the feed gives one that parses. */
  published: string | null;
}

export class FeedMalformed extends BriefbotError {
  constructor(message: string, cause?: unknown) {
    super('BAD_INPUT', message, cause === undefined ? {} : { cause });
  }
}

/** At most this many items are read from one feed body; feeds list their newest first. */
export const MAX_ITEMS_PER_FEED = 200;

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' ? (v as Rec) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
/** Atom text constructs are objects with a value; RSS gives strings. */
const text = (v: unknown): string | null => str(v) ?? str(rec(v)['value']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Markup in a title or summary to plain text, for matching and display only. */
export function plainText(html: string | null): string | null {
  if (html === null) return null;
  const out = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return out === '' ? null : out;
}

function absolute(href: string | null, base: string): string | null {
  if (href === null) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** One article, one URL: no fragment, no tracking parameters, no default port. */
export function canonicalUrl(href: string): string {
  const u = new URL(href);
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.hostname = u.hostname.toLowerCase();
  return u.href;
}

function isoOrNull(v: unknown): string | null {
  const s = str(v);
  if (s === null) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

interface Raw {
  id: string | null;
  link: string | null;
  title: string | null;
  summary: string | null;
  date: unknown;
}

function rawItems(format: string, feed: Rec): Raw[] {
  if (format === 'atom') {
    return ((feed['entries'] as unknown[]) ?? []).map((e) => {
      const entry = rec(e);
      const links = ((entry['links'] as unknown[]) ?? []).map(rec);
      const link = links.find((l) => (str(l['rel']) ?? 'alternate') === 'alternate') ?? links[0];
      return { id: str(entry['id']), link: str(link?.['href']), title: text(entry['title']), summary: text(entry['summary']) ?? text(entry['content']), date: entry['published'] ?? entry['updated'] };
    });
  }
  if (format === 'json') {
    return ((feed['items'] as unknown[]) ?? []).map((i) => {
      const item = rec(i);
      return { id: str(item['id']) ?? (typeof item['id'] === 'number' ? String(item['id']) : null), link: str(item['url']) ?? str(item['external_url']), title: str(item['title']), summary: str(item['summary']) ?? str(item['content_text']) ?? str(item['content_html']), date: item['date_published'] ?? item['date_modified'] };
    });
  }
  // rss and rdf
  return ((feed['items'] as unknown[]) ?? []).map((i) => {
    const item = rec(i);
    const dc = rec(item['dc']);
    return { id: text(item['guid']) ?? str(rec(item)['rdf:about']), link: str(item['link']), title: str(item['title']), summary: str(item['description']), date: item['pubDate'] ?? dc['date'] ?? dc['dates'] };
  });
}

/** Parses a feed body. Throws FeedMalformed with a one-line reason. */
export function readFeed(body: string, feedUrl: string): { format: string; items: FeedItem[] } {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(body.replace(/^\uFEFF/, '').trim()) as { format: string; feed: unknown };
  } catch (err) {
    throw new FeedMalformed(`${feedUrl} is not an RSS, Atom or JSON feed (${(err as Error).message})`, err);
  }
  const items: FeedItem[] = [];
  const keys = new Set<string>();
  for (const raw of rawItems(parsed.format, rec(parsed.feed)).slice(0, MAX_ITEMS_PER_FEED)) {
    // An item without a web page has no article to add.
    const link = absolute(raw.link, feedUrl) ?? absolute(raw.id, feedUrl);
    if (link === null) continue;
    const url = canonicalUrl(link);
    const title = plainText(raw.title);
    const key = url.length <= 512 ? url : `sha256:${createHash('sha256').update(url).digest('hex')}`;
    if (keys.has(key)) continue;
    keys.add(key);
    items.push({ key, url, title, summary: plainText(raw.summary)?.slice(0, 2000) ?? null, published: isoOrNull(Array.isArray(raw.date) ? raw.date[0] : raw.date) });
  }
  return { format: parsed.format, items };
}
