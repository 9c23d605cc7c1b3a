/** The curator's commands: new topics and added articles, refused cleanly and never half written. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { publishedFromText, sourceIdFor, titleFromText } from '../../src/ingest/add-source.ts';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

const ARTICLE = 'Harbour strike enters second week\n\nDock workers at the port of Valmora walked out on Monday over pay. The union says 4,000 members have joined the strike.\n';

describe('briefbot new and add', () => {
  const tmp = makeTempBriefs();
  const work = mkdtempSync(path.join(os.tmpdir(), 'briefbot-articles-'));
  after(() => {
    tmp.cleanup();
    rmSync(work, { recursive: true, force: true });
  });
  const cli = (args: string[]): ReturnType<typeof runCli> => runCli([...args, '--root', tmp.root]);
  const topicDir = path.join(tmp.briefsDir, 'port-strike');
  const listing = (): string => JSON.stringify(readdirSync(path.join(topicDir, 'sources')).sort()) + readFileSync(path.join(topicDir, 'sources', 'sources.yml'), 'utf8');

  it('new creates the topic folder; it is checked and not yet served', async () => {
    const r = await cli(['new', 'port-strike', '--title', 'Valmora port strike']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(topicDir).sort(), ['sources', 'topic.yml']);
    assert.match(readFileSync(path.join(topicDir, 'topic.yml'), 'utf8'), /title: Valmora port strike/);
    const check = await cli(['check']);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /port-strike\/brief\.md:1: warning: no brief\.md and no sources yet/);
    assert.equal((await cli(['new', 'port-strike', '--title', 'Again'])).code, 2, 'an existing topic is refused');
    assert.equal((await cli(['new', 'Bad Name', '--title', 'x'])).code, 2);
  });

  it('add stores the text, appends its metadata with a readable id, and the topic is served from it', async () => {
    const file = path.join(work, 'strike.txt');
    writeFileSync(file, ARTICLE);
    const r = await cli(['add', 'port-strike', file, '--outlet', 'Coast Wire', '--published', '2026-11-20']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^added coast-wire-2026-11-20-harbour-strike-enters-second-week: Harbour strike enters second week · Coast Wire · 2026-11-20\n/);
    const stored = path.join(topicDir, 'sources', 'coast-wire-2026-11-20-harbour-strike-enters-second-week.txt');
    assert.equal(readFileSync(stored, 'utf8'), ARTICLE, 'stored byte for byte');
    const yml = readFileSync(path.join(topicDir, 'sources', 'sources.yml'), 'utf8');
    assert.match(yml, /- id: coast-wire-2026-11-20-harbour-strike-enters-second-week\n {2}file: coast-wire-2026-11-20-harbour-strike-enters-second-week\.txt\n {2}title: Harbour strike enters second week\n {2}outlet: Coast Wire\n {2}published: 2026-11-20\n {2}url: null\n {2}retrieved: 20\d\d-/);
    const check = await cli(['check']);
    assert.equal(check.code, 0, check.stdout);
    assert.doesNotMatch(check.stdout, /unknown field/);
    const brief = await cli(['brief', 'port-strike']);
    assert.match(brief.stdout, /No reviewed brief exists for Valmora port strike yet/);
    const ask = await cli(['ask', 'port-strike', 'How many members have joined the strike?']);
    assert.match(ask.stdout, /4,000 members/);
  });

  it('refuses an exact re-add, a web page, a missing file and a bad date, leaving the topic exactly as it was', async () => {
    const before = listing();
    const again = path.join(work, 'again.md');
    writeFileSync(again, ARTICLE.replace(/\n/g, '\r\n'));
    const cases: Array<[string[], RegExp]> = [
      [['add', 'port-strike', again], /is already in this topic, as sources\/coast-wire-2026-11-20-harbour-strike-enters-second-week\.txt/],
      [['add', 'port-strike', path.join(work, 'page.pdf')], /only web addresses, \.html pages and \.txt or \.md files can be added/],
      [['add', 'port-strike', path.join(work, 'nope.txt')], /nope\.txt: not found/],
      [['add', 'port-strike', again, '--published', 'last week'], /--published "last week" is not a date/],
      [['add', 'no-such-topic', again], /has no sources\/ folder/],
    ];
    writeFileSync(path.join(work, 'page.pdf'), '%PDF');
    for (const [args, message] of cases) {
      const r = await cli(args);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(listing(), before, `${args.join(' ')} left the topic unchanged`);
    }
  });

  it('add <url> fetches the page (127.0.0.1 allowed by config), stores its article text and metadata, and refuses it a second time', async () => {
    const page = '<html><head><meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2026-11-21"><title>Talks to resume</title></head><body><nav>Home News</nav><article><h1>Talks to resume</h1><p>Port and union negotiators will meet again on Thursday, the labour ministry said in a statement on Friday evening.</p><p>The strike at Valmora has idled three terminals for eleven days and diverted a dozen container ships.</p></article></body></html>';
    const server = createServer((req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/talks`;
    mkdirSync(path.join(tmp.root, 'config'), { recursive: true });
    try {
      // Private addresses are refused unless the config allows them.
      const refused = await cli(['add', 'port-strike', url]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /127\.0\.0\.1 is a private or reserved address; refused/);
      writeFileSync(path.join(tmp.root, 'config', 'briefbot.yml'), 'ingest:\n  allowPrivateHosts: true\n');
      const r = await cli(['add', 'port-strike', url]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^added harbour-times-2026-11-21-talks-to-resume: Talks to resume · Harbour Times · 2026-11-21\n/);
      const stored = readFileSync(path.join(topicDir, 'sources', 'harbour-times-2026-11-21-talks-to-resume.txt'), 'utf8');
      assert.match(stored, /Port and union negotiators will meet again on Thursday/);
      assert.doesNotMatch(stored, /Home News/);
      assert.match(readFileSync(path.join(topicDir, 'sources', 'sources.yml'), 'utf8'), new RegExp(`url: ${url.replace(/[.:/]/g, '\\$&')}`));
      const before = listing();
      const again = await cli(['add', 'port-strike', url]);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /is already in this topic/);
      assert.equal(listing(), before);
    } finally {
      rmSync(path.join(tmp.root, 'config'), { recursive: true, force: true });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a rewritten copy of a source already there is added, marked as a near-copy, and not counted as independent', async () => {
    assert.equal((await cli(['new', 'aid', '--title', 'Aid'])).code, 0);
    const seeds = path.join(tmp.briefsDir, 'china-russia-aid', 'sources');
    const first = await cli(['add', 'aid', path.join(seeds, '002_3080a2372b512472.txt'), '--outlet', 'Wire A']);
    assert.equal(first.code, 0, first.stderr);
    assert.doesNotMatch(first.stdout, /near-copy/);
    const spun = await cli(['add', 'aid', path.join(seeds, '003_f448b8a3a532feaf.txt'), '--outlet', 'Wire B']);
    assert.equal(spun.code, 0, spun.stderr);
    assert.match(spun.stdout, /a near-copy of wire-a-[a-z0-9-]+: \d+% of its sentences align; kept, but not counted as an independent source/);
    assert.match(readFileSync(path.join(tmp.briefsDir, 'aid', 'sources', 'sources.yml'), 'utf8'), /duplicateOf: wire-a-[a-z0-9-]+\n {2}similarity: 0\.\d+/);
    const check = await cli(['check']);
    assert.doesNotMatch(check.stdout, /unknown field/);
    assert.match((await cli(['brief', 'aid'])).stdout, /2 sources \(1 independent\)/);
  });

  it('titles and ids are read, not invented', () => {
    assert.equal(titleFromText('Harbour strike enters second week\n\nBody.'), 'Harbour strike enters second week');
    assert.equal(titleFromText('Dock workers walked out on Monday over pay.\nMore.'), null, 'a sentence is not a title');
    assert.equal(sourceIdFor({ title: null, outlet: null, published: null }, 'Notes 12', new Set()), 'notes-12');
    assert.equal(sourceIdFor({ title: 'A b', outlet: 'X', published: '2026-01-02' }, 'f', new Set(['x-2026-01-02-a-b'])), 'x-2026-01-02-a-b-2');
  });

  it("reads a saved page's header: a masthead before the headline, a breadcrumb, a dateline, a byline with a date", () => {
    const page = 'Tarno Times\n\nEngineers find cracks in second bridge\n\nPublished December 1, 2026\n\nEngineers inspecting the bridge on Tuesday found three cracks in its main span.\n';
    assert.equal(titleFromText(page), 'Engineers find cracks in second bridge');
    assert.equal(publishedFromText(page), '2026-12-01');
    assert.equal(titleFromText('Bridge closes\n\nThe council voted on Monday to close the bridge.\n'), 'Bridge closes', 'a short headline with body text after it');
    assert.equal(titleFromText('Valmora Post\nHome » Strike spreads to second port\n\nDock workers walked out.'), 'Strike spreads to second port');
    assert.equal(publishedFromText('Strike spreads\n\nLena Varga (@lvarga) Published Feb. 19, 2023 | 06:20 AM\n\nDock workers walked out.'), '2023-02-19');
    assert.equal(publishedFromText('Strike spreads\n\nDock workers walked out on December 1, 2026, the union said.'), null, 'a date in the body is an event\'s');
  });

  it('reads the five china-russia-aid pages as their curator did in sources.yml', () => {
    const dir = path.join(import.meta.dirname, '../../briefs/china-russia-aid/sources');
    const curated = parseYaml(readFileSync(path.join(dir, 'sources.yml'), 'utf8')) as { file: string; title: string | null; published: string | null }[];
    for (const s of curated) {
      const text = readFileSync(path.join(dir, s.file), 'utf8');
      assert.equal(titleFromText(text), s.title, `title of ${s.file}`);
      assert.equal(publishedFromText(text), s.published === null ? null : String(s.published).slice(0, 10), `date of ${s.file}`);
    }
  });
});
