/**
 * A loopback news site for feed tests and benches: feeds (RSS, Atom, JSON) whose items can
 * be added while it runs, answering conditional GETs with 304, and article pages. Routes
 * can be made to fail (429 with Retry-After, 500, malformed bodies). Every request is
 * counted by path.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Article {
  slug: string;
  title: string;
  published: string;
  summary: string;
  /** Body paragraphs of the page. */
  paragraphs: string[];
}

export type FeedFormat = 'rss' | 'atom' | 'json';

interface FeedDef {
  format: FeedFormat;
  slugs: string[];
  version: number;
}

export class FeedServer {
  readonly requests = new Map<string, number>();
  /** Extra headers sent by each request, by path (the last one). */
  readonly lastHeaders = new Map<string, IncomingMessage['headers']>();
  private readonly articles = new Map<string, Article>();
  private readonly feeds = new Map<string, FeedDef>();
  /** path → how to fail it: a status (with Retry-After for 429), or a body to serve as is. */
  private readonly failures = new Map<string, { status: number; retryAfter?: string; times: number } | { body: string; type: string }>();
  private server: Server | null = null;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addArticle(a: Article): string {
    this.articles.set(a.slug, a);
    return `${this.base}/news/${a.slug}`;
  }

  /** Creates a feed at `path` or lists more articles in it (newest first, as feeds do). */
  feed(path: string, format: FeedFormat, slugs: string[]): string {
    const def = this.feeds.get(path) ?? { format, slugs: [], version: 0 };
    def.slugs = [...slugs.filter((s) => !def.slugs.includes(s)), ...def.slugs];
    def.version++;
    this.feeds.set(path, def);
    return `${this.base}${path}`;
  }

  failWith(path: string, status: number, times = Infinity, retryAfter?: string): void {
    this.failures.set(path, { status, times, ...(retryAfter ? { retryAfter } : {}) });
  }

  serveRaw(path: string, body: string, type = 'application/xml'): void {
    this.failures.set(path, { body, type });
  }

  heal(path: string): void {
    this.failures.delete(path);
  }

  count(path: string): number {
    return this.requests.get(path) ?? 0;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0]!;
    this.requests.set(path, this.count(path) + 1);
    this.lastHeaders.set(path, req.headers);
    const failure = this.failures.get(path);
    if (failure && 'body' in failure) return void res.writeHead(200, { 'content-type': failure.type }).end(failure.body);
    if (failure && failure.times > 0) {
      failure.times--;
      return void res.writeHead(failure.status, { 'content-type': 'text/plain', ...(failure.retryAfter ? { 'retry-after': failure.retryAfter } : {}) }).end('unavailable');
    }
    const def = this.feeds.get(path);
    if (def) {
      const etag = `"v${def.version}"`;
      const modified = new Date(Date.UTC(2026, 10, 1) + def.version * 60_000).toUTCString();
      if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === modified)) return void res.writeHead(304, { etag }).end();
      const [type, body] = this.renderFeed(def);
      return void res.writeHead(200, { 'content-type': type, etag, 'last-modified': modified }).end(body);
    }
    const slug = /^\/news\/([\w-]+)$/.exec(path)?.[1];
    const a = slug ? this.articles.get(slug) : undefined;
    if (a) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(a));
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }

  private renderFeed(def: FeedDef): [string, string] {
    const items = def.slugs.map((s) => this.articles.get(s)).filter((a): a is Article => a !== undefined);
    const link = (a: Article): string => `${this.base}/news/${a.slug}`;
    if (def.format === 'json') {
      return ['application/feed+json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Desk', items: items.map((a) => ({ id: a.slug, url: link(a), title: a.title, summary: a.summary, date_published: `${a.published}T08:00:00Z` })) })];
    }
    if (def.format === 'atom') {
      const entries = items.map((a) => `<entry><title>${esc(a.title)}</title><id>urn:${a.slug}</id><link rel="alternate" href="${link(a)}"/><published>${a.published}T08:00:00Z</published><updated>${a.published}T08:00:00Z</updated><summary>${esc(a.summary)}</summary></entry>`).join('');
      return ['application/atom+xml', `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2026-11-01T00:00:00Z</updated>${entries}</feed>`];
    }
    const rssItems = items.map((a) => `<item><title>${esc(a.title)}</title><link>${link(a)}?utm_source=rss</link><guid>${a.slug}</guid><pubDate>${new Date(`${a.published}T08:00:00Z`).toUTCString()}</pubDate><description>${esc(a.summary)}</description></item>`).join('');
    return ['application/rss+xml; charset=utf-8', `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><link>${this.base}/</link><description>News</description>${rssItems}</channel></rss>`];
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function articlePage(a: Article): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: a.published, publisher: { '@type': 'Organization', name: 'Harbour Times' } });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(a.title)} | Harbour Times</title><meta property="og:site_name" content="Harbour Times"><script type="application/ld+json">${ld}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="ad">Advertisement</div>
<article><h1>${esc(a.title)}</h1>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<aside class="newsletter"><p>Sign up for our newsletter to get the day's news.</p></aside><footer>© Harbour Times</footer></body></html>`;
}

/** A distinct article about one event: sentences of its own, so no two are near-copies. */
export function makeArticle(n: number, topicWord: string, published = `2026-11-${String(1 + (n % 28)).padStart(2, '0')}`): Article {
  const places = ['the north terminal', 'the river quay', 'the grain pier', 'the container yard', 'the ferry dock', 'the east basin'];
  const people = ['Ana Ortiz', 'Ben Adeyemi', 'Chen Wei', 'Dara Novak', 'Emil Sato', 'Farah Haddad'];
  const place = places[n % places.length]!;
  const person = people[(n * 7) % people.length]!;
  return {
    slug: `story-${n}`,
    title: `${topicWord} update ${n}: crews return to ${place}`,
    published,
    summary: `Report number ${n} on the ${topicWord} at ${place}.`,
    paragraphs: [
      `Report ${n}: ${person} said ${n * 3 + 12} crews returned to ${place} on the ${n}th day of the ${topicWord}.`,
      `Officials counted ${n * 11 + 40} idle vessels near ${place}, according to figures released in bulletin ${n}.`,
      `${person} told reporters that talks over shift ${n} would continue into the evening.`,
    ],
  };
}
