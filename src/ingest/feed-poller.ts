/**
 * Watched feeds: each topic's topic.yml lists feeds; every due feed is fetched with a
 * conditional GET, its items are filtered by the feed's include/exclude keywords, and each
 * new matching article is fetched and added to the topic's sources as `briefbot add` adds
 * it, exactly once.
 *
 * Stages, in order: read the topic's feeds (topic-settings.ts) → lease the feed's poll
 * (feed-store.ts) → fetch with validators (safe-fetch.ts) → parse (feed-items.ts) → filter
 * → claim each article → add it (add-source.ts) → record outcomes and the next poll time
 * (feed-backoff.ts). A broken feed or article never stops the others.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { BriefbotError, type FileIssue } from '../domain/errors.ts';
import type { Logger } from '../bot/logger.ts';
import type { AddedSource } from './add-source.ts';
import { nextPollAt } from './feed-backoff.ts';
import type { FeedItem } from './feed-items.ts';
import type { FeedPollStatus, FeedStore } from './feed-store.ts';
import { FetchRefused, type FetchedFeed, type FeedValidators } from './safe-fetch.ts';
import { passesFeedFilter, readTopicSettings, TOPIC_SETTINGS_FILE, type FeedSetting } from '../content/topic-settings.ts';

export interface FeedPollerDeps {
  store: FeedStore;
  briefsDir: string;
  /** Fetches a feed (safe-fetch.ts fetchFeed with the configured limits). */
  fetchFeed: (url: string, validators: FeedValidators) => Promise<FetchedFeed>;
  /** Fetches the article at `url` and adds it to the topic folder (add-source.ts). */
  addArticle: (topicDir: string, url: string, now: Date) => Promise<AddedSource>;
  clock: () => Date;
  logger: Logger;
  /** This poller's name in leases and claims (the replica id). */
  owner: string;
  /** How often each feed is polled. */
  intervalMs: number;
  /** How long a poll or an article claim is held before another poller may take it over. */
  leaseMs?: number;
  /** Attempts at an article that keeps failing before it is given up. */
  maxItemAttempts?: number;
  /** New articles added from one feed per poll; the rest wait for the next poll. */
  maxNewPerPoll?: number;
  /** Feeds fetched at the same time. */
  concurrency?: number;
}

export interface FeedPollReport {
  topic: string;
  url: string;
  /** `not-due`: polled recently or by another poller; nothing was fetched. */
  status: FeedPollStatus | 'not-due';
  error?: string;
  /** Items in the feed, and those that passed include/exclude. */
  seen: number;
  matched: number;
  /** Source ids added by this poll. */
  added: string[];
  skipped: number;
  failed: number;
  /** Articles another poller is adding (or was, when it died: taken over after its lease). */
  busy: number;
}

const DEFAULT_LEASE_MS = 5 * 60_000;

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? message).slice(0, 300);
}

export class FeedPoller {
  private readonly leaseMs: number;
  private readonly maxItemAttempts: number;
  private readonly maxNewPerPoll: number;
  private readonly concurrency: number;

  constructor(private readonly deps: FeedPollerDeps) {
    this.leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
    this.maxItemAttempts = deps.maxItemAttempts ?? 3;
    this.maxNewPerPoll = deps.maxNewPerPoll ?? 20;
    this.concurrency = Math.max(1, deps.concurrency ?? 8);
  }

  /** The feeds a topic's topic.yml lists, with any problems in it. */
  async feedsOf(topic: string): Promise<{ feeds: FeedSetting[]; issues: FileIssue[] }> {
    const topicDir = path.join(this.deps.briefsDir, topic);
    const rootReal = await realpath(this.deps.briefsDir);
    const { settings, issues } = await readTopicSettings(topicDir, rootReal, path.join(topicDir, TOPIC_SETTINGS_FILE));
    return { feeds: settings?.feeds ?? [], issues };
  }

  /** Polls every due feed of every topic, a few at a time. */
  async pollAll(topics: readonly string[], force = false): Promise<FeedPollReport[]> {
    const jobs: Array<{ topic: string; feed: FeedSetting }> = [];
    for (const topic of topics) {
      const { feeds, issues } = await this.feedsOf(topic);
      for (const issue of issues) this.deps.logger.warn({ topic, file: issue.path, line: issue.line }, `${issue.message} (${issue.fix ?? ''})`);
      for (const feed of feeds) jobs.push({ topic, feed });
    }
    const reports: FeedPollReport[] = new Array(jobs.length);
    let next = 0;
    // Feeds are fetched side by side (most answer 304 quickly; a slow one does not hold up
    // the rest); adding articles to one topic still goes one at a time (topic-lock.ts).
    const worker = async (): Promise<void> => {
      for (let i = next++; i < jobs.length; i = next++) {
        const { topic, feed } = jobs[i]!;
        reports[i] = await this.pollFeedSafely(topic, feed, force);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, jobs.length) }, worker));
    return reports;
  }

  /** Polls the topic's due feeds; `force` polls them even when not due (never while another poller holds one). */
  pollTopic(topic: string, force = false): Promise<FeedPollReport[]> {
    return this.pollAll([topic], force);
  }

  private async pollFeedSafely(topic: string, feed: FeedSetting, force: boolean): Promise<FeedPollReport> {
    try {
      return await this.pollFeed(topic, feed, force);
    } catch (err) {
      // The store went away mid-poll: report it, keep the other feeds going.
      this.deps.logger.error({ topic, feed: feed.url, err: oneLine(err) }, 'feed poll failed');
      return { topic, url: feed.url, status: 'error', error: oneLine(err), seen: 0, matched: 0, added: [], skipped: 0, failed: 0, busy: 0 };
    }
  }

  private async pollFeed(topic: string, feed: FeedSetting, force: boolean): Promise<FeedPollReport> {
    const { store, clock, owner, intervalMs, logger } = this.deps;
    const report: FeedPollReport = { topic, url: feed.url, status: 'not-due', seen: 0, matched: 0, added: [], skipped: 0, failed: 0, busy: 0 };
    const state = await store.claimFeedPoll(topic, feed.url, owner, clock(), this.leaseMs, force);
    if (!state) return report;
    let fetched: FetchedFeed;
    try {
      fetched = await this.deps.fetchFeed(feed.url, { etag: state.etag, lastModified: state.lastModified });
    } catch (err) {
      const failures = state.failures + 1;
      const limited = err instanceof FetchRefused && (err.status === 429 || err.status === 503);
      report.status = limited ? 'rate-limited' : 'error';
      report.error = oneLine(err);
      const retryAfterMs = err instanceof FetchRefused ? err.retryAfterMs : undefined;
      const next = nextPollAt(clock(), intervalMs, limited ? { kind: 'rate-limited', failures, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) } : { kind: 'error', failures });
      logger.warn({ topic, feed: feed.url, failures, next: next.toISOString() }, `feed not polled: ${report.error}`);
      await store.finishFeedPoll(topic, feed.url, owner, { status: report.status, error: report.error, etag: state.etag, lastModified: state.lastModified, failures, nextPollAt: next }, clock());
      return report;
    }
    if (fetched.status === 'not-modified') {
      report.status = 'not-modified';
      await store.finishFeedPoll(topic, feed.url, owner, { status: 'not-modified', error: null, etag: state.etag, lastModified: state.lastModified, failures: 0, nextPollAt: nextPollAt(clock(), intervalMs, { kind: 'ok' }) }, clock());
      return report;
    }
    let items: FeedItem[];
    try {
      // The feed parser loads when a feed first answers with content, not at start-up.
      const { readFeed } = await import('./feed-items.ts');
      items = readFeed(fetched.text, fetched.url).items;
    } catch (err) {
      const failures = state.failures + 1;
      report.status = 'error';
      report.error = oneLine(err);
      logger.warn({ topic, feed: feed.url, failures }, `feed not read: ${report.error}`);
      // The validators are not kept: the next poll fetches the whole feed again.
      await store.finishFeedPoll(topic, feed.url, owner, { status: 'error', error: report.error, etag: null, lastModified: null, failures, nextPollAt: nextPollAt(clock(), intervalMs, { kind: 'error', failures }) }, clock());
      return report;
    }
    report.seen = items.length;
    const matching = items.filter((item) => passesFeedFilter(feed, `${item.title ?? ''}\n${item.summary ?? ''}`));
    report.matched = matching.length;
    // Oldest first, so sources arrive in the order they were published.
    const ordered = [...matching].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
    let leftForLater = false;
    for (const item of ordered) {
      if (report.added.length + report.failed >= this.maxNewPerPoll) {
        leftForLater = true;
        break;
      }
      await this.ingestItem(topic, feed.url, item, report);
    }
    report.status = 'ok';
    // Items left for later are polled again soon rather than after a whole interval. While
    // an item is left, failed or held by another poller (which may have died), the
    // validators are dropped so that the next poll reads the whole feed again instead of
    // hearing "not modified".
    const next = leftForLater ? new Date(clock().getTime() + Math.min(intervalMs, 60_000)) : nextPollAt(clock(), intervalMs, { kind: 'ok' });
    const keep = !leftForLater && report.failed === 0 && report.busy === 0;
    await store.finishFeedPoll(topic, feed.url, owner, { status: 'ok', error: null, etag: keep ? fetched.etag : null, lastModified: keep ? fetched.lastModified : null, failures: 0, nextPollAt: next }, clock());
    if (report.added.length > 0) logger.info({ topic, feed: feed.url, added: report.added }, 'feed articles added');
    return report;
  }

  private async ingestItem(topic: string, feedUrl: string, item: FeedItem, report: FeedPollReport): Promise<void> {
    const { store, clock, owner, logger } = this.deps;
    const claim = await store.claimFeedItem(topic, item.key, feedUrl, owner, clock(), this.leaseMs, this.maxItemAttempts);
    if (claim === 'busy') report.busy++;
    if (claim !== 'mine') return;
    try {
      const added = await this.deps.addArticle(path.join(this.deps.briefsDir, topic), item.url, clock());
      report.added.push(added.id);
      await store.finishFeedItem(topic, item.key, owner, { status: 'added', sourceId: added.id }, clock());
    } catch (err) {
      const reason = oneLine(err);
      // Already in the topic (added by hand, or by a poller that died before recording it),
      // or not an article: never tried again. Network trouble is tried again next poll.
      const permanent = err instanceof BriefbotError && err.code === 'BAD_INPUT' && !(err instanceof FetchRefused && err.transient);
      if (permanent) report.skipped++;
      else report.failed++;
      logger.info({ topic, feed: feedUrl, article: item.url }, `feed article ${permanent ? 'skipped' : 'not added'}: ${reason}`);
      await store.finishFeedItem(topic, item.key, owner, { status: permanent ? 'skipped' : 'failed', reason }, clock());
    }
  }
}
