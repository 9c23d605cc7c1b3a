/**
 * An article's text and metadata from an HTML page. The main text comes from Mozilla's
 * Readability (over linkedom, no browser); paragraphs are kept apart by blank lines so the
 * loader finds passages and sentences. Metadata comes from JSON-LD (NewsArticle and kin),
 * OpenGraph and <meta> tags, in that order; whatever the page does not show stays null.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { stripBoilerplate } from '../content/boilerplate.ts';
import { isIsoDate } from '../content/sources-yaml.ts';

export interface ExtractedArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  /** The canonical URL, when the page names one. */
  url: string | null;
  language: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

type Json = Record<string, unknown>;

function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function day(s: unknown): string | null {
  const t = clean(s);
  const d = t ? /^(\d{4}-\d{2}-\d{2})/.exec(t)?.[1] : undefined;
  return d && isIsoDate(d) ? d : null;
}

/** JSON-LD objects of an article type, from every ld+json script (graphs flattened). */
function jsonLdArticles(document: ReturnType<typeof parseHTML>['document']): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Json;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => /(News|Reportage|Analysis|Opinion|Blog)?(Article|Posting)$/.test(t))) out.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is ignored; the other sources of metadata remain.
    }
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return v.map(nameOf).filter((x): x is string => x !== null).join(', ') || null;
  if (v && typeof v === 'object') return clean((v as Json)['name']);
  return clean(v);
}

export function extractArticle(html: string, pageUrl: string | null): ExtractedArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null => clean(document.querySelector(selector)?.getAttribute('content'));
  const ld = jsonLdArticles(document)[0] ?? {};
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const resolve = (u: string | null): string | null => {
    if (!u) return null;
    try {
      const abs = new URL(u, pageUrl ?? undefined).href;
      return /^https?:/.test(abs) ? abs : null;
    } catch {
      return null;
    }
  };
  const info = {
    title: clean(ld['headline']) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? clean(document.querySelector('title')?.textContent),
    outlet: nameOf(ld['publisher']) ?? meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    author: nameOf(ld['author']) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    published: day(ld['datePublished']) ?? day(meta('meta[property="article:published_time"]')) ?? day(meta('meta[name="date"]')) ?? day(meta('meta[itemprop="datePublished"]')) ?? day(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    url: resolve(clean(ld['url']) ?? canonical ?? meta('meta[property="og:url"]')),
    language: clean(document.documentElement?.getAttribute('lang')),
  };
  // A page that marks its article (one <article>, or articleBody) is read inside that mark,
  // so navigation, ads and footers around it never count; otherwise the whole page.
  const marked = [...document.querySelectorAll('[itemprop="articleBody"]'), ...document.querySelectorAll('article')];
  const scope = marked.length >= 1 && (clean(marked[0]?.textContent)?.length ?? 0) >= 200 && new Set(marked.map((m) => m.outerHTML)).size === 1 ? `<!doctype html><html><body>${marked[0]?.outerHTML ?? ''}</body></html>` : html;
  // Readability changes the document it is given; it gets its own copy.
  const article = new Readability(parseHTML(scope).document as never).parse();
  const text = withoutBoilerplate(article?.content ? blocksText(article.content) : blocksText(scope));
  return { ...info, title: info.title ?? clean(article?.title), text };
}

/** Drops the lines the loader's boilerplate rules recognise (newsletter prompts, "READ MORE"…). */
function withoutBoilerplate(text: string): string {
  const { stripped } = stripBoilerplate(text);
  if (stripped.length === 0) return text;
  let out = '';
  let from = 0;
  for (const line of [...stripped].sort((a, b) => a.start - b.start)) {
    out += text.slice(from, line.start);
    from = line.end;
  }
  out += text.slice(from);
  return `${out.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Visible text of the block elements of `html`, one paragraph each, blank lines between. */
function blocksText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> in an <li>) are taken once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const t = clean(el.textContent);
    if (t) paragraphs.push(t);
  }
  if (paragraphs.length === 0) {
    const t = clean(document.body?.textContent);
    if (t) paragraphs.push(t);
  }
  return `${paragraphs.join('\n\n')}\n`;
}
