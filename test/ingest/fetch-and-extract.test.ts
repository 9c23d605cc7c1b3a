/** Fetching article pages (on 127.0.0.1 only) and extracting their text and metadata. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { extractArticle } from '../../src/ingest/extract-article.ts';
import { fetchPage, isPublicAddress, type FetchLimits } from '../../src/ingest/safe-fetch.ts';

const ARTICLE = `<!doctype html><html lang="en"><head>
<title>Dock strike | Coast Wire</title>
<meta property="og:title" content="Harbour strike enters second week">
<meta property="og:site_name" content="Coast Wire">
<link rel="canonical" href="https://coastwire.example/2026/11/harbour-strike">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Coast Wire"},{"@type":"NewsArticle","headline":"Harbour strike enters second week","datePublished":"2026-11-20T08:15:00+01:00","publisher":{"@type":"Organization","name":"Coast Wire"},"author":[{"@type":"Person","name":"Ana Ruiz"}]}]}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad">Buy a boat today! Great prices on boats.</div>
<article>
<h1>Harbour strike enters second week</h1>
<p>Dock workers at the port of Valmora walked out on Monday over pay, and the strike has now entered its second week with no talks scheduled.</p>
<div class="newsletter"><p>Sign up for our newsletter to get the news every morning.</p></div>
<p>The union says 4,000 members have joined the strike, while the port authority puts the number at closer to 2,500 workers across three terminals.</p>
<p>Shipping lines have diverted twelve container ships to other ports in the region, and exporters warn of spoiled cargo if the strike lasts another week.</p>
</article>
<footer>© Coast Wire. All rights reserved. Privacy. Terms.</footer>
</body></html>`;

describe('fetching article pages', { timeout: 20_000 }, () => {
  let server: Server;
  let base = '';
  const limits: FetchLimits = { timeoutMs: 1500, maxBytes: 64 * 1024, maxRedirects: 5, allowPrivateHosts: true };

  before(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/article') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      if (url === '/latin1') return void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<html><body><article><p>Le caf\xe9 du port est ferm\xe9 depuis lundi, disent les dockers du syndicat local.</p></article></body></html>', 'latin1'));
      if (url === '/meta-charset') return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Prices rose \x80 5 in a week.</p></body></html>', 'latin1'));
      if (url === '/plain') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('Plain headline\n\nA plain text report.');
      if (url.startsWith('/hop/')) {
        const n = Number(url.slice(5));
        return void res.writeHead(302, { location: n <= 1 ? '/article' : `/hop/${n - 1}` }).end();
      }
      if (url === '/big') return void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) }).end();
      if (url === '/chunked-big') {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 40; i++) res.write('x'.repeat(4096));
        return void res.end();
      }
      if (url === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('png');
      if (url === '/missing') return void res.writeHead(404).end();
      if (url === '/slow') return; // never answers
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('fetches HTML and text, follows up to five redirects, and decodes the declared charset', async () => {
    const page = await fetchPage(`${base}/article`, limits);
    assert.equal(page.contentType, 'html');
    assert.match(page.text, /Harbour strike enters second week/);
    const hopped = await fetchPage(`${base}/hop/5`, limits);
    assert.equal(hopped.url, `${base}/article`);
    assert.match((await fetchPage(`${base}/latin1`, limits)).text, /Le café du port est fermé/);
    assert.match((await fetchPage(`${base}/meta-charset`, limits)).text, /Prices rose € 5/);
    const plain = await fetchPage(`${base}/plain`, limits);
    assert.equal(plain.contentType, 'text');
  });

  it('refuses with one line: too many redirects, too big, too slow, not a page, an HTTP error, a non-http scheme', async () => {
    const refusals: Array<[string, RegExp, Partial<FetchLimits>?]> = [
      [`${base}/hop/6`, /redirects more than 5 times; refused/],
      [`${base}/big`, /is 10485760 bytes, over the 65536-byte limit/],
      [`${base}/chunked-big`, /is over the 65536-byte limit/],
      [`${base}/slow`, /did not answer within 300 ms/, { timeoutMs: 300 }],
      [`${base}/image`, /is image\/png, not an article page/],
      [`${base}/missing`, /answered HTTP 404/],
      ['file:///etc/passwd', /only http and https addresses can be fetched/],
      ['not a url', /is not a URL/],
    ];
    for (const [url, message, extra] of refusals) {
      await assert.rejects(fetchPage(url, { ...limits, ...extra }), (err: Error) => {
        assert.match(err.message, message, url);
        assert.doesNotMatch(err.message, /\n/, 'one line');
        return true;
      });
    }
  });

  it('refuses private, loopback and link-local addresses unless allowed, by name and by literal IP, before connecting', async () => {
    const strict = { ...limits, allowPrivateHosts: false };
    await assert.rejects(fetchPage(`${base}/article`, strict), /127\.0\.0\.1 is a private or reserved address; refused/);
    await assert.rejects(fetchPage(`http://localhost:${new URL(base).port}/article`, strict), /localhost resolves to (127\.0\.0\.1|::1), a private or reserved address; refused/);
    // Never connected to: refused from the URL alone.
    for (const host of ['10.1.2.3', '192.168.0.10', '169.254.169.254', '[::1]', '[fd00::1]', '0.0.0.0']) {
      await assert.rejects(fetchPage(`http://${host}/x`, strict), /private or reserved address; refused/, host);
    }
    assert.equal(isPublicAddress('93.184.216.34'), true);
    assert.equal(isPublicAddress('2606:2800:220:1::1'), true);
    assert.equal(isPublicAddress('::ffff:127.0.0.1'), false, 'IPv4-mapped loopback');
    assert.equal(isPublicAddress('100.64.0.1'), false, 'carrier-grade NAT');
  });
});

describe('extracting an article', () => {
  it('keeps the article text, drops navigation, ads, newsletter boxes and footers, and reads the metadata', () => {
    const a = extractArticle(ARTICLE, 'http://127.0.0.1/article');
    assert.match(a.text, /Dock workers at the port of Valmora walked out on Monday over pay/);
    assert.match(a.text, /The union says 4,000 members have joined the strike/);
    assert.match(a.text, /Shipping lines have diverted twelve container ships/);
    for (const junk of ['Buy a boat', 'All rights reserved', 'World', 'Sign up for our newsletter']) assert.ok(!a.text.includes(junk), junk);
    assert.ok(a.text.split('\n\n').length >= 3, 'paragraphs stay apart');
    assert.deepEqual(
      { title: a.title, outlet: a.outlet, author: a.author, published: a.published, url: a.url, language: a.language },
      { title: 'Harbour strike enters second week', outlet: 'Coast Wire', author: 'Ana Ruiz', published: '2026-11-20', url: 'https://coastwire.example/2026/11/harbour-strike', language: 'en' },
    );
  });

  it('invents nothing: a bare page has null metadata, and broken markup or JSON-LD does not stop it', () => {
    const a = extractArticle('<html><body><p>One paragraph of plain text that is long enough to be the article body of this page.<p>Another one<div>unclosed', null);
    assert.match(a.text, /One paragraph of plain text/);
    assert.deepEqual([a.outlet, a.author, a.published, a.url], [null, null, null, null]);
    const b = extractArticle('<html><head><script type="application/ld+json">{broken</script><meta property="article:published_time" content="2026-02-30"></head><body><p>Text.</p></body></html>', null);
    assert.equal(b.published, null, 'an impossible date is not a date');
  });
});
