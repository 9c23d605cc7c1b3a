/** Feed bodies into items: RSS 2.0, RSS 1.0, Atom and JSON Feed; malformed feeds refused in one line. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalUrl, FeedMalformed, readFeed } from '../../src/ingest/feed-items.ts';

const FEED_URL = 'https://wire.example/world/feed.xml';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><link>https://wire.example/</link><description>World</description>
<item><title>Port talks &amp; a deal</title><link>/world/port-talks?utm_source=rss&amp;id=7#top</link><guid isPermaLink="false">wire-7</guid>
<pubDate>Sat, 21 Nov 2026 09:30:00 GMT</pubDate><description><![CDATA[<p>Negotiators <b>met</b> on Friday.</p><script>alert(1)</script>]]></description></item>
<item><title>Second item</title><link>https://wire.example/world/second</link><dc:date>2026-11-22T08:00:00Z</dc:date></item>
<item><title>Same article again</title><link>https://WIRE.example/world/port-talks?id=7&amp;utm_medium=x</link></item>
<item><title>No page at all</title><description>An item with no link and no id.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2026-11-22T00:00:00Z</updated>
<entry><title type="html">Ministry &lt;em&gt;confirms&lt;/em&gt; talks</title><id>urn:desk:1</id>
<link rel="edit" href="https://desk.example/api/1"/><link rel="alternate" type="text/html" href="https://desk.example/news/1"/>
<published>2026-11-20T12:00:00+01:00</published><updated>2026-11-21T00:00:00Z</updated><summary>The labour ministry said talks resume.</summary></entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Blog',
  items: [
    { id: 'a1', url: 'https://blog.example/a1', title: 'First', content_text: 'Body text.', date_published: '2026-11-19T07:00:00Z' },
    { id: 'a2', external_url: 'https://elsewhere.example/story', content_html: '<p>Linked story</p>' },
  ],
});

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link><description>d</description></channel>
<item rdf:about="https://old.example/1"><title>Old style item</title><link>https://old.example/1</link><dc:date>2026-11-18</dc:date></item>
</rdf:RDF>`;

describe('reading feeds', () => {
  it('RSS 2.0: absolute canonical links, plain-text summaries, dates, one item per article', () => {
    const { format, items } = readFeed(RSS, FEED_URL);
    assert.equal(format, 'rss');
    assert.deepEqual(
      items.map((i) => [i.url, i.title, i.published]),
      [
        ['https://wire.example/world/port-talks?id=7', 'Port talks & a deal', '2026-11-21T09:30:00.000Z'],
        ['https://wire.example/world/second', 'Second item', '2026-11-22T08:00:00.000Z'],
      ],
    );
    assert.equal(items[0]!.summary, 'Negotiators met on Friday.', 'markup and scripts stripped');
    assert.equal(items[0]!.key, items[0]!.url);
  });

  it('Atom: the alternate link, not the edit link; text constructs as plain text', () => {
    const [entry] = readFeed(ATOM, 'https://desk.example/atom').items;
    assert.equal(entry?.url, 'https://desk.example/news/1');
    assert.equal(entry?.title, 'Ministry confirms talks');
    assert.equal(entry?.published, '2026-11-20T11:00:00.000Z', 'published wins over updated');
    assert.equal(entry?.summary, 'The labour ministry said talks resume.');
  });

  it('JSON Feed and RSS 1.0 (RDF)', () => {
    const json = readFeed(JSON_FEED, 'https://blog.example/feed.json');
    assert.equal(json.format, 'json');
    assert.deepEqual(json.items.map((i) => [i.url, i.title, i.summary]), [
      ['https://blog.example/a1', 'First', 'Body text.'],
      ['https://elsewhere.example/story', null, 'Linked story'],
    ]);
    const rdf = readFeed(RDF, 'https://old.example/rss');
    assert.deepEqual(rdf.items.map((i) => [i.url, i.published]), [['https://old.example/1', '2026-11-18T00:00:00.000Z']]);
  });

  it('refuses what is not a feed in one line naming the feed', () => {
    for (const body of ['<!doctype html><html><body>Not a feed</body></html>', '<rss version="2.0"><channel><item><title>cut off', '{"hello": "world"}', '', 'plain words']) {
      assert.throws(() => readFeed(body, FEED_URL), (err: unknown) => err instanceof FeedMalformed && err.message.startsWith(FEED_URL) && !err.message.includes('\n'));
    }
  });

  it('ignores javascript: and other non-web links', () => {
    const body = RSS.replace('/world/port-talks?utm_source=rss&amp;id=7#top', 'javascript:alert(1)');
    const urls = readFeed(body, FEED_URL).items.map((i) => i.url);
    assert.ok(!urls.some((u) => u.startsWith('javascript')));
  });

  it('canonical URLs drop fragments and tracking parameters only', () => {
    assert.equal(canonicalUrl('https://A.example/x?utm_campaign=1&page=2&fbclid=z#c'), 'https://a.example/x?page=2');
  });
});
