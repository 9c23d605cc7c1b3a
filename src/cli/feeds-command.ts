/**
 * `briefbot feeds <topic> [--poll] [--json]`: each feed a topic watches, with its last poll,
 * status, next poll and what became of its articles. `--poll` polls the topic's feeds now
 * (the same poller `briefbot start` runs, holding the same leases and claims, so it never
 * adds an article a running bot adds too) and prints what it did first.
 */
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../app/config.ts';
import { formatIssue } from '../domain/errors.ts';
import type { FeedPollReport } from '../ingest/feed-poller.ts';
import type { FeedItemCounts, FeedState } from '../ingest/feed-store.ts';
import { topicFolders } from '../ingest/feed-watch.ts';
import { silentLogger } from '../bot/logger.ts';
import { closestWord } from '../bot/suggest.ts';
import { CliFailure, type CliIO } from './io.ts';

const when = (d: Date | null): string => (d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never');

function describe(report: FeedPollReport): string {
  if (report.status === 'not-due') return 'being polled by another Briefbot; not polled again';
  if (report.status === 'not-modified') return 'not modified since the last poll';
  if (report.status !== 'ok') return `${report.status}: ${report.error ?? ''}`;
  return `${report.seen} items, ${report.matched} match; added ${report.added.length}${report.added.length ? ` (${report.added.join(', ')})` : ''}, skipped ${report.skipped}, failed ${report.failed}`;
}

export async function runFeeds(config: AppConfig, io: CliIO, topic: string | undefined, poll: boolean, json: boolean): Promise<number> {
  if (!topic) throw new CliFailure('usage', 'briefbot feeds: usage: briefbot feeds <topic> [--poll] [--json]', 2);
  const briefsDir = path.resolve(config.root, config.briefsDir);
  const topics = await topicFolders(briefsDir);
  if (!topics.includes(topic)) {
    const guess = closestWord(topic, topics);
    throw new CliFailure('unknown_topic', `briefbot feeds: no topic "${topic}" in ${briefsDir}`, 1, [guess ? `Did you mean "${guess}"?` : `Topics: ${topics.join(', ') || '(none)'}`]);
  }
  const [{ openStore }, { createFeedPoller }] = await Promise.all([import('../store/open-store.ts'), import('../app/build-feed-poller.ts')]);
  const store = await openStore({ databaseUrl: config.databaseUrl, sqlitePath: path.resolve(config.root, config.store.sqlitePath), logger: silentLogger });
  try {
    const poller = createFeedPoller(config, store, briefsDir, `${os.hostname()}:${process.pid}:cli`, () => new Date(), silentLogger);
    const { feeds, issues } = await poller.feedsOf(topic);
    const reports = poll ? await poller.pollTopic(topic, true) : [];
    const states = new Map<string, FeedState>((await store.feeds.feedStates(topic)).map((s) => [s.url, s]));
    const counts = await store.feeds.feedItemCounts(topic);
    const none: FeedItemCounts = { added: 0, skipped: 0, failed: 0, claimed: 0 };
    const rows = feeds.map((f) => ({ feed: f, state: states.get(f.url) ?? null, counts: counts.get(f.url) ?? none, report: reports.find((r) => r.url === f.url) ?? null }));
    if (json) {
      const out = rows.map(({ feed, state, counts: c, report }) => ({
        url: feed.url,
        include: feed.include,
        exclude: feed.exclude,
        lastPoll: state?.lastPollAt?.toISOString() ?? null,
        status: state?.lastStatus ?? null,
        error: state?.lastError ?? null,
        failures: state?.failures ?? 0,
        nextPoll: state?.nextPollAt.toISOString() ?? null,
        items: c,
        ...(report ? { polled: report } : {}),
      }));
      io.stdout.write(`${JSON.stringify({ topic, feeds: out, issues }, null, 2)}\n`);
    } else {
      const file = path.relative(process.cwd(), path.join(briefsDir, topic, 'topic.yml'));
      if (rows.length === 0) io.stdout.write(`${topic} watches no feeds. List them in ${file}:\nfeeds:\n  - url: https://example.com/feed.xml\n    include: [keyword]\n`);
      for (const { feed, state, counts: c, report } of rows) {
        const filter = [feed.include.length ? `include: ${feed.include.join(', ')}` : '', feed.exclude.length ? `exclude: ${feed.exclude.join(', ')}` : ''].filter(Boolean).join('; ');
        io.stdout.write(`${feed.url}${filter ? `  (${filter})` : ''}\n`);
        if (report) io.stdout.write(`  polled now: ${describe(report)}\n`);
        const status = state?.lastStatus ? `${state.lastStatus}${state.lastError ? `: ${state.lastError}` : ''}` : 'not polled yet';
        io.stdout.write(`  last poll ${when(state?.lastPollAt ?? null)}: ${status}${state && state.failures > 1 ? ` (${state.failures} failures in a row)` : ''}\n`);
        io.stdout.write(`  next poll ${state ? when(state.nextPollAt) : 'when the bot next runs'}; articles: ${c.added} added, ${c.skipped} skipped, ${c.failed} failed${c.claimed ? `, ${c.claimed} in progress` : ''}\n`);
      }
    }
    for (const issue of issues) io.stderr.write(`${formatIssue({ ...issue, path: path.relative(process.cwd(), issue.path) || issue.path })}\n`);
    return issues.some((i) => i.severity === 'error') ? 1 : 0;
  } finally {
    await store.close();
  }
}
