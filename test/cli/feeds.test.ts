/** `briefbot feeds <topic>`: each feed's last poll, status and articles; --poll polls now. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FeedServer, makeArticle } from '../helpers/feed-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs, type TempBriefs } from '../helpers/temp-briefs.ts';

describe('briefbot feeds', () => {
  const site = new FeedServer();
  let tmp: TempBriefs;
  const state = mkdtempSync(path.join(os.tmpdir(), 'briefbot-feeds-cli-'));
  // One state database for every run, as a curator's machine has.
  const env = { BRIEFBOT_SQLITE_PATH: path.join(state, 'briefbot.db') };
  let feedUrl = '';
  before(async () => {
    await site.start();
    tmp = makeTempBriefs();
    mkdirSync(path.join(tmp.root, 'config'), { recursive: true });
    writeFileSync(path.join(tmp.root, 'config', 'briefbot.yml'), 'ingest:\n  allowPrivateHosts: true\n');
    site.addArticle(makeArticle(1, 'strike'));
    site.addArticle(makeArticle(2, 'regatta'));
    feedUrl = site.feed('/desk/atom.xml', 'atom', ['story-1', 'story-2']);
  });
  after(async () => {
    await site.stop();
    tmp.cleanup();
    rmSync(state, { recursive: true, force: true });
  });
  const cli = (args: string[]): ReturnType<typeof runCli> => runCli([...args, '--root', tmp.root], { env });

  it('a topic with no feeds says how to list them; an unknown topic is named with a guess', async () => {
    assert.equal((await cli(['new', 'port-strike', '--title', 'Valmora port strike'])).code, 0);
    const none = await cli(['feeds', 'port-strike']);
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stdout, /port-strike watches no feeds\. List them in .*topic\.yml/);
    const typo = await cli(['feeds', 'port-strik']);
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /no topic "port-strik".*\nDid you mean "port-strike"\?/);
  });

  it('--poll adds the matching articles and the status shows them; a second poll hears "not modified"', async () => {
    writeFileSync(path.join(tmp.briefsDir, 'port-strike', 'topic.yml'), `title: Valmora port strike\nfeeds:\n  - url: ${feedUrl}\n    include: [strike]\n`);
    const polled = await cli(['feeds', 'port-strike', '--poll']);
    assert.equal(polled.code, 0, polled.stderr);
    assert.match(polled.stdout, new RegExp(`^${feedUrl.replace(/[.?]/g, '\\$&')}  \\(include: strike\\)\\n  polled now: 2 items, 1 match; added 1 \\(harbour-times-2026-11-02-strike-update-1-crews-return-to-the\\)`));
    assert.match(polled.stdout, /articles: 1 added, 0 skipped, 0 failed/);
    assert.match(readFileSync(path.join(tmp.briefsDir, 'port-strike', 'sources', 'sources.yml'), 'utf8'), /title: "strike update 1: crews return to the river quay"/);

    const again = await cli(['feeds', 'port-strike', '--poll', '--json']);
    assert.equal(again.code, 0, again.stderr);
    const out = JSON.parse(again.stdout) as { feeds: { url: string; status: string; items: { added: number }; polled: { status: string } }[] };
    assert.equal(out.feeds[0]?.polled.status, 'not-modified');
    assert.equal(out.feeds[0]?.status, 'not-modified');
    assert.equal(out.feeds[0]?.items.added, 1);

    const brief = await cli(['brief', 'port-strike']);
    assert.match(brief.stdout, /No reviewed brief exists for Valmora port strike yet/);
    assert.match(brief.stdout, /strike update 1/);
  });

  it('a broken topic.yml is reported at its line with the fix, and exits 1', async () => {
    writeFileSync(path.join(tmp.briefsDir, 'port-strike', 'topic.yml'), `title: Valmora port strike\nfeeds:\n  - url: ${feedUrl}\n  - url: not-a-url\n`);
    const r = await cli(['feeds', 'port-strike']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /briefs\/port-strike\/topic\.yml:4: "not-a-url" is not an http\(s\) address \(write - url: https:\/\/example\.com\/feed\.xml\)/);
    assert.match(r.stdout, /articles: 1 added/, 'the good feed is still shown');
    const check = await cli(['check']);
    assert.equal(check.code, 0, 'a feed setting never stops the topic from being served');
    assert.match(check.stdout, /briefs\/port-strike\/topic\.yml:4: warning: "not-a-url" is not an http\(s\) address/);
  });
});
