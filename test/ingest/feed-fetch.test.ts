/** Fetching feeds through the one fetching module: validators, charsets, limits, refusals. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { readFeed } from '../../src/ingest/feed-items.ts';
import { fetchFeed, FetchRefused, parseRetryAfter, type FetchLimits } from '../../src/ingest/safe-fetch.ts';

const LIMITS: FetchLimits = { timeoutMs: 1500, maxBytes: 64 * 1024, maxRedirects: 2, allowPrivateHosts: true };
const LATIN1_RSS = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title><link>http://x/</link><description>d</description><item><title>R\xe9sum\xe9 of the talks</title><link>http://x/a</link></item></channel></rss>', 'latin1');

describe('fetching feeds', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      const p = req.url ?? '/';
      if (p === '/latin1') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(LATIN1_RSS);
      if (p === '/moved') return void res.writeHead(301, { location: '/latin1' }).end();
      if (p === '/huge') return void res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss>' + 'x'.repeat(100 * 1024) + '</rss>');
      if (p === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
      if (p === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss/>'), 3000);
      if (p === '/busy') return void res.writeHead(503, { 'retry-after': '120' }).end();
      if (p === '/etag') {
        if (req.headers['if-none-match'] === '"abc"' && req.headers['if-modified-since'] === 'Tue, 01 Dec 2026 00:00:00 GMT') return void res.writeHead(304).end();
        return void res.writeHead(200, { 'content-type': 'application/feed+json', etag: '"abc"', 'last-modified': 'Tue, 01 Dec 2026 00:00:00 GMT' }).end('{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[]}');
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('returns the validators, and "not modified" when they are sent back', async () => {
    const first = await fetchFeed(`${base}/etag`, { etag: null, lastModified: null }, LIMITS);
    assert.equal(first.status, 'ok');
    assert.ok(first.status === 'ok' && first.etag === '"abc"' && first.lastModified === 'Tue, 01 Dec 2026 00:00:00 GMT');
    const again = await fetchFeed(`${base}/etag`, { etag: '"abc"', lastModified: 'Tue, 01 Dec 2026 00:00:00 GMT' }, LIMITS);
    assert.deepEqual(again, { status: 'not-modified' });
  });

  it('decodes a feed in the charset its XML declaration names, after a redirect', async () => {
    const got = await fetchFeed(`${base}/moved`, { etag: null, lastModified: null }, LIMITS);
    assert.ok(got.status === 'ok');
    assert.equal(got.url, `${base}/latin1`);
    assert.equal(readFeed(got.text, got.url).items[0]?.title, 'Résumé of the talks');
  });

  it('refuses oversized, slow, non-feed and private-address responses in one line', async () => {
    const refusal = async (url: string, limits = LIMITS): Promise<FetchRefused> => {
      try {
        await fetchFeed(url, { etag: null, lastModified: null }, limits);
      } catch (err) {
        assert.ok(err instanceof FetchRefused);
        assert.ok(!err.message.includes('\n'));
        return err;
      }
      throw new Error(`${url} was not refused`);
    };
    assert.match((await refusal(`${base}/huge`)).message, /over the 65536-byte limit/);
    const slow = await refusal(`${base}/slow`);
    assert.match(slow.message, /did not answer within 1500 ms/);
    assert.equal(slow.transient, true);
    assert.match((await refusal(`${base}/image`)).message, /is image\/png, not a feed/);
    const busy = await refusal(`${base}/busy`);
    assert.deepEqual([busy.status, busy.retryAfterMs, busy.transient], [503, 120_000, true]);
    const privateHost = await refusal(`${base}/latin1`, { ...LIMITS, allowPrivateHosts: false });
    assert.match(privateHost.message, /private or reserved address; refused/);
    assert.equal(privateHost.transient, false);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    assert.equal(parseRetryAfter('30', now), 30_000);
    assert.equal(parseRetryAfter('Tue, 01 Dec 2026 10:02:00 GMT', now), 120_000);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });
});
