/**
 * The one place Briefbot fetches from the network (`briefbot add <url>` and feed polling,
 * with conditional GET for feeds): http(s) only, a
 * timeout, a size cap, at most five redirects, and only HTML or text. Every address a
 * hostname resolves to is checked before connecting (the connection uses the checked
 * address, so DNS cannot change it in between), and so is a literal IP in the URL:
 * private, loopback, link-local and other special ranges are refused unless
 * `allowPrivateHosts` (tests on 127.0.0.1). Each refusal is one line.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { BriefbotError } from '../domain/errors.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivateHosts: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivateHosts: false };

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  contentType: 'html' | 'text';
  /** Decoded with the charset the response (or the page's <meta>) declares. */
  text: string;
}

export class FetchRefused extends BriefbotError {
  /** The HTTP status, when the server answered with an error. */
  readonly status: number | undefined;
  /** How long the server asked us to wait (Retry-After), for 429 and 503. */
  readonly retryAfterMs: number | undefined;
  /** A failure that may pass (a timeout, a dropped connection, 408, 429, 5xx): worth trying again later. */
  readonly transient: boolean;
  constructor(message: string, cause?: unknown, answer: { status?: number; retryAfterMs?: number; transient?: boolean } = {}) {
    super('BAD_INPUT', message, cause === undefined ? {} : { cause });
    this.status = answer.status;
    this.retryAfterMs = answer.retryAfterMs;
    this.transient = answer.transient ?? (answer.status !== undefined && (answer.status === 408 || answer.status === 429 || answer.status >= 500));
  }
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Math.min(Number(value.trim()), 7 * 24 * 3600) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** True when `address` may be connected to. */
export function isPublicAddress(address: string): boolean {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(address);
  } catch {
    return false;
  }
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (bad) return callback(new FetchRefused(`${hostname} resolves to ${bad.address}, a private or reserved address; refused`), '', 0);
      const first = list[0];
      if (!first) return callback(new FetchRefused(`${hostname} has no address`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, first.address, first.family);
    });
  };
}

function charsetOf(contentType: string, head: Buffer): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const sniff = head.toString('latin1', 0, Math.min(head.length, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(sniff)?.[1] ?? /^\s*<\?xml[^>]+encoding=["']([\w-]+)/i.exec(sniff)?.[1] ?? 'utf-8';
}

/** windows-1252's bytes 0x80–0x9F (WHATWG also reads "iso-8859-1" and "latin1" this way). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const LATIN1_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

function decode(body: Buffer, charset: string): string {
  const label = charset.toLowerCase();
  // Decoded by hand: some Node versions read windows-1252 as plain Latin-1.
  if (LATIN1_LABELS.has(label)) {
    let out = '';
    for (let i = 0; i < body.length; i += 8192) {
      out += String.fromCharCode(...body.subarray(i, i + 8192)).replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c);
    }
    return out;
  }
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function once(url: URL, limits: FetchLimits, signal: AbortSignal, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      lookup: guardedLookup(limits.allowPrivateHosts),
      headers: { 'user-agent': 'Briefbot (+https://github.com/briefbot)', ...headers },
      signal,
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(res: IncomingMessage, max: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    res.destroy();
    throw new FetchRefused(`${url} is ${declared} bytes, over the ${max}-byte limit (ingest.maxBytes)`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > max) {
      res.destroy();
      throw new FetchRefused(`${url} is over the ${max}-byte limit (ingest.maxBytes)`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

interface Wanted<K extends string> {
  accept: string;
  /** The kind of body a content type is, or null when it is not one wanted. */
  kindOf(contentType: string): K | null;
  /** What the refusal calls the wanted kind: "an article page (HTML or text)". */
  described: string;
  /** Sent as If-None-Match / If-Modified-Since; a 304 answer is then returned as such. */
  conditional?: { etag: string | null; lastModified: string | null };
}

interface Fetched<K extends string> {
  url: string;
  kind: K;
  text: string;
  etag: string | null;
  lastModified: string | null;
}

const header = (v: string | string[] | undefined): string | null => (typeof v === 'string' && v.length <= 1024 ? v : null);

async function fetchResource<K extends string>(raw: string, limits: FetchLimits, wanted: Wanted<K>): Promise<Fetched<K> | 'not-modified'> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused(`"${raw}" is not a URL`);
  }
  const headers: Record<string, string> = { accept: wanted.accept };
  if (wanted.conditional?.etag) headers['if-none-match'] = wanted.conditional.etag;
  if (wanted.conditional?.lastModified) headers['if-modified-since'] = wanted.conditional.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`${url.href}: only http and https addresses can be fetched`);
      if (url.username || url.password) throw new FetchRefused(`${url.href}: addresses with credentials are refused`);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (ipaddr.isValid(host) && !limits.allowPrivateHosts && !isPublicAddress(host)) throw new FetchRefused(`${url.href}: ${host} is a private or reserved address; refused`);
      let res: IncomingMessage;
      try {
        res = await once(url, limits, controller.signal, headers);
      } catch (err) {
        if (err instanceof FetchRefused) throw err;
        if (controller.signal.aborted) throw new FetchRefused(`${url.href} did not answer within ${limits.timeoutMs} ms`, err, { transient: true });
        throw new FetchRefused(`${url.href} could not be fetched: ${(err as Error).message}`, err, { transient: true });
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        if (hop >= limits.maxRedirects) throw new FetchRefused(`${raw} redirects more than ${limits.maxRedirects} times; refused`);
        url = new URL(res.headers.location, url);
        continue;
      }
      if (status === 304 && wanted.conditional) {
        res.resume();
        return 'not-modified';
      }
      if (status < 200 || status >= 300) {
        res.resume();
        const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(header(res.headers['retry-after']) ?? undefined, Date.now()) : undefined;
        const wait = retryAfterMs === undefined ? '' : ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
        throw new FetchRefused(`${url.href} answered HTTP ${status}${wait}`, undefined, { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
      }
      const type = String(res.headers['content-type'] ?? '').toLowerCase();
      const kind = wanted.kindOf(type);
      if (!kind) {
        res.resume();
        throw new FetchRefused(`${url.href} is ${type || 'of no stated type'}, not ${wanted.described}`);
      }
      let body: Buffer;
      try {
        body = await readCapped(res, limits.maxBytes, url.href);
      } catch (err) {
        if (err instanceof FetchRefused) throw err;
        if (controller.signal.aborted) throw new FetchRefused(`${url.href} did not finish within ${limits.timeoutMs} ms`, err, { transient: true });
        throw new FetchRefused(`${url.href} broke off: ${(err as Error).message}`, err, { transient: true });
      }
      return { url: url.href, kind, text: decode(body, charsetOf(type, body)), etag: header(res.headers.etag), lastModified: header(res.headers['last-modified']) };
    }
  } finally {
    clearTimeout(timer);
  }
}

const PAGE: Wanted<'html' | 'text'> = {
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
  kindOf: (type) => (/^(text\/html|application\/xhtml\+xml)/.test(type) ? 'html' : /^text\/plain/.test(type) ? 'text' : null),
  described: 'an article page (HTML or text)',
};

/** Fetches one article page. Throws FetchRefused with a one-line reason. */
export async function fetchPage(raw: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const got = await fetchResource(raw, limits, PAGE);
  if (got === 'not-modified') throw new FetchRefused(`${raw} answered 304 to a plain request`);
  return { url: got.url, contentType: got.kind, text: got.text };
}

/** A feed fetch: new content with its validators, or "not modified" since them. */
export type FetchedFeed = { status: 'not-modified' } | { status: 'ok'; url: string; text: string; etag: string | null; lastModified: string | null };

/** The validators of the last fetch of a feed, sent back as a conditional GET. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

const FEED_TYPES = /^(application\/(rss\+xml|atom\+xml|rdf\+xml|xml|feed\+json|json)|text\/(xml|plain|html))/;

/**
 * Fetches a feed with a conditional GET. RSS, Atom and JSON feeds are served under many
 * types (text/xml, even text/html), so any XML, JSON or text type is read and the parser
 * decides. Throws FetchRefused (with `status` and `retryAfterMs` on 429 and 503).
 */
export async function fetchFeed(raw: string, validators: FeedValidators, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedFeed> {
  const got = await fetchResource(raw, limits, {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
    kindOf: (type) => (type === '' || FEED_TYPES.test(type) ? 'feed' : null),
    described: 'a feed (RSS, Atom or JSON)',
    conditional: validators,
  });
  if (got === 'not-modified') return { status: 'not-modified' };
  return { status: 'ok', url: got.url, text: got.text, etag: got.etag, lastModified: got.lastModified };
}
