/**
 * `npm start` polls watched feeds: an article listed in a topic's feed becomes one of its
 * sources while the bot runs, and the topic is served with it without a restart.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../src/app/config.ts';
import { startApp } from '../../src/app/start-app.ts';
import { silentLogger } from '../../src/bot/logger.ts';
import { FeedServer, makeArticle } from '../helpers/feed-server.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

describe('feeds in the running bot', () => {
  const tmp = makeTempBriefs();
  const site = new FeedServer();
  after(async () => {
    await site.stop();
    tmp.cleanup();
  });

  it('adds a feed\'s new article on start and serves the topic with it', { timeout: 30_000 }, async () => {
    await site.start();
    site.addArticle(makeArticle(7, 'strike'));
    const feed = site.feed('/wire/feed.json', 'json', ['story-7']);
    mkdirSync(path.join(tmp.root, 'config'), { recursive: true });
    writeFileSync(path.join(tmp.root, 'config', 'briefbot.yml'), 'ingest:\n  allowPrivateHosts: true\n  feeds:\n    pollMinutes: 5\n');
    const topicDir = path.join(tmp.briefsDir, 'port-strike');
    mkdirSync(path.join(topicDir, 'sources'), { recursive: true });
    writeFileSync(path.join(topicDir, 'sources', 'sources.yml'), '[]\n');
    writeFileSync(path.join(topicDir, 'topic.yml'), `title: Valmora port strike\nfeeds:\n  - ${feed}\n`);
    const config = loadConfig({ root: tmp.root, env: { BRIEFBOT_SQLITE_PATH: ':memory:' } });
    const app = await startApp({ config, logger: silentLogger, stdin: new PassThrough() as unknown as NodeJS.ReadStream, stdout: new PassThrough() as unknown as NodeJS.WriteStream });
    try {
      assert.ok(app.feeds, 'feed polling runs by default');
      const deadline = Date.now() + 20_000;
      let sources: string[] = [];
      while (Date.now() < deadline) {
        sources = app.bundle.catalog.list().find((b) => b.slug === 'port-strike')?.sources.map((s) => s.meta.url ?? '') ?? [];
        if (sources.length > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.deepEqual(sources, [`${site.base}/news/story-7`]);
      assert.equal(site.count('/wire/feed.json'), 1, 'polled once, not again within the interval');
    } finally {
      await app.stop();
    }
  });
});
