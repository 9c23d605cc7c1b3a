/**
 * The one place Briefbot fetches from the network (`briefbot add <url>`): http(s) only, a
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
import { BriefbotError } from '../errors.ts';

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
  constructor(message: string, cause?: unknown) {
    super('BAD_INPUT', message, cause === undefined ? {} : { cause });
  }
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
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(sniff)?.[1] ?? 'utf-8';
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

function once(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      lookup: guardedLookup(limits.allowPrivateHosts),
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9', 'user-agent': 'Briefbot (+https://github.com/briefbot)' },
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

/** Fetches one article page. Throws FetchRefused with a one-line reason. */
export async function fetchPage(raw: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused(`"${raw}" is not a URL`);
  }
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
        res = await once(url, limits, controller.signal);
      } catch (err) {
        if (err instanceof FetchRefused) throw err;
        if (controller.signal.aborted) throw new FetchRefused(`${url.href} did not answer within ${limits.timeoutMs} ms`, err);
        throw new FetchRefused(`${url.href} could not be fetched: ${(err as Error).message}`, err);
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= limits.maxRedirects) throw new FetchRefused(`${raw} redirects more than ${limits.maxRedirects} times; refused`);
        url = new URL(res.headers.location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchRefused(`${url.href} answered HTTP ${status}`);
      }
      const type = String(res.headers['content-type'] ?? '').toLowerCase();
      const kind = /^(text\/html|application\/xhtml\+xml)/.test(type) ? 'html' : /^text\/plain/.test(type) ? 'text' : null;
      if (!kind) {
        res.resume();
        throw new FetchRefused(`${url.href} is ${type || 'of no stated type'}, not an article page (HTML or text)`);
      }
      let body: Buffer;
      try {
        body = await readCapped(res, limits.maxBytes, url.href);
      } catch (err) {
        if (err instanceof FetchRefused) throw err;
        if (controller.signal.aborted) throw new FetchRefused(`${url.href} did not finish within ${limits.timeoutMs} ms`, err);
        throw new FetchRefused(`${url.href} broke off: ${(err as Error).message}`, err);
      }
      return { url: url.href, contentType: kind, text: decode(body, charsetOf(type, body)) };
    }
  } finally {
    clearTimeout(timer);
  }
}
