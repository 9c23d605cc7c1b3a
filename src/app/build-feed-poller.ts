/** Wires the feed poller for `briefbot start` and `briefbot feeds --poll` from the settings. */
import type { Logger } from '../bot/logger.ts';
import { addSource } from '../ingest/add-source.ts';
import { FeedPoller } from '../ingest/feed-poller.ts';
import { fetchFeed, fetchPage } from '../ingest/safe-fetch.ts';
import type { Store } from '../store/open-store.ts';
import { fetchLimitsOf, type AppConfig } from './config.ts';

/** The feed poller of the app and of `briefbot feeds --poll`: the configured fetch limits, add-source for articles. */
export function createFeedPoller(config: Pick<AppConfig, 'ingest' | 'content'>, store: Store, briefsDir: string, owner: string, clock: () => Date, logger: Logger): FeedPoller {
  const limits = fetchLimitsOf(config);
  return new FeedPoller({
    store: store.feeds,
    briefsDir,
    fetchFeed: (url, validators) => fetchFeed(url, validators, limits),
    addArticle: (topicDir, url, now) => addSource({ topicDir, file: url, given: {}, now, maxBytes: config.content.maxFileBytes, fetch: (u) => fetchPage(u, limits) }),
    clock,
    logger: logger.child({ component: 'feeds' }),
    owner,
    intervalMs: config.ingest.feeds.pollMinutes * 60_000,
  });
}
