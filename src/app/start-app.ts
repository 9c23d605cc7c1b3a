/**
 * Starts Briefbot: opens the state store, loads briefs (with hot reload), starts every
 * configured adapter and the recap scheduler, and shuts all of it down in order on stop().
 */
import os from 'node:os';
import path from 'node:path';
import { ConsoleAdapter } from '../adapters/console/console-adapter.ts';
import { BriefWatcher } from '../content/brief-watcher.ts';
import type { ChatAdapter, DeliveryTarget, Platform } from '../bot/contracts.ts';
import { formatIssue } from '../domain/errors.ts';
import type { Logger } from '../bot/logger.ts';
import { recordBriefVersions } from '../recaps/recap-since.ts';
import { syncConfigSubscriptions } from '../recaps/subscription-commands.ts';
import { Scheduler } from '../recaps/scheduler.ts';
import { openStore, type Store } from '../store/open-store.ts';
import { buildApp, type CoreBundle } from './build-app.ts';
import { fetchLimitsOf, unknownSubscriptionTopics, type AppConfig } from './config.ts';
import { PermissionsReload } from './permissions-reload.ts';
import { indexCacheDir } from './index-cache-dir.ts';
import { IndexCache } from '../qa/index-cache.ts';
import { fetchPage } from '../ingest/safe-fetch.ts';
import { createFeedPoller } from './build-feed-poller.ts';
import { FeedWatch } from '../ingest/feed-watch.ts';

export interface StartOptions {
  config: AppConfig;
  logger: Logger;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Run the console adapter even when platform adapters are configured. */
  forceConsole?: boolean;
  clock?: () => Date;
}

export interface RunningApp {
  bundle: CoreBundle;
  store: Store;
  adapters: ChatAdapter[];
  scheduler: Scheduler;
  /** Feed polling, unless ingest.feeds.enabled is false. */
  feeds: FeedWatch | null;
  /** The console adapter, when the console runs. */
  console: ConsoleAdapter | null;
  /** Resolves when the app has fully stopped. */
  done: Promise<void>;
  stop(): Promise<void>;
}

export async function startApp(options: StartOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const briefsDir = path.resolve(config.root, config.briefsDir);
  const permissions = new PermissionsReload(config.permissions.allow, config.configPath, logger);
  const store = await openStore({ databaseUrl: config.databaseUrl, sqlitePath: config.store.sqlitePath === ':memory:' ? ':memory:' : path.resolve(config.root, config.store.sqlitePath), logger });
  const cacheDir = indexCacheDir(config);
  let bundle: CoreBundle;
  try {
    bundle = await buildApp({
      briefsDir,
      repoRoot: config.root,
      store,
      logger,
      clock,
      limits: config.content,
      allow: permissions.current,
      timezone: config.timezone,
      add: { fetch: (url) => fetchPage(url, fetchLimitsOf(config)), maxFileBytes: config.content.maxFileBytes },
      ...(cacheDir !== null ? { indexCache: new IndexCache({ dir: cacheDir, onError: (err) => logger.warn({ err: err.message }, 'could not keep a topic\'s Q&A index on disk') }) } : {}),
    });
    await syncConfigSubscriptions(store, config.subscriptions, config.timezone, clock());
    await recordBriefVersions(store, bundle.catalog.list(), clock());
  } catch (err) {
    await store.close();
    throw err;
  }
  for (const issue of [...bundle.issues, ...unknownSubscriptionTopics(config, bundle.topics.map((t) => t.slug))]) {
    (issue.severity === 'error' ? logger.error.bind(logger) : logger.warn.bind(logger))(formatIssue(issue));
  }
  logger.info({ topics: bundle.catalog.list().map((b) => b.slug), store: config.databaseUrl ? 'postgres' : 'sqlite' }, 'briefs loaded');
  const watcher = new BriefWatcher({ briefsDir, repoRoot: config.root, catalog: bundle.catalog, logger, limits: config.content });
  const unwatchVersions = bundle.catalog.onChange(() => {
    recordBriefVersions(store, bundle.catalog.list(), clock()).catch((err: unknown) => logger.error({ err }, 'could not record brief versions'));
  });
  watcher.start();
  permissions.start();

  const adapters: ChatAdapter[] = [];
  // Platform libraries are loaded only when their adapter is configured: a console session
  // starts without paying for @slack/bolt and discord.js.
  // Each configured platform's adapter creates itself, loading its library only now: a
  // console session starts without paying for @slack/bolt and discord.js.
  for (const { module, config: settings } of config.adapters) {
    adapters.push(await module.create(settings, { core: bundle.core, events: store, logger }));
  }
  let consoleAdapter: ConsoleAdapter | null = null;
  if (adapters.length === 0 || options.forceConsole) {
    consoleAdapter = new ConsoleAdapter({
      core: bundle.core,
      input: options.stdin,
      output: options.stdout,
      interactive: Boolean(options.stdin.isTTY),
      // Read on every reply, so a resized terminal wraps to its new width.
      width: options.stdout.isTTY ? () => Math.min(options.stdout.columns || 80, 100) : 0,
      logger,
    });
    adapters.push(consoleAdapter);
  }

  const replicaId = `${os.hostname()}:${process.pid}`;
  const feeds = config.ingest.feeds.enabled ? new FeedWatch({ poller: createFeedPoller(config, store, briefsDir, replicaId, clock, logger), briefsDir, logger, tickMs: Math.min(60_000, config.ingest.feeds.pollMinutes * 60_000) }) : null;
  const targets: Partial<Record<Platform, DeliveryTarget>> = {};
  for (const a of adapters) if (a.delivery) targets[a.platform] = a.delivery;
  const scheduler = new Scheduler({
    store,
    catalog: bundle.catalog,
    targets,
    clock,
    logger: logger.child({ component: 'scheduler' }),
    config: config.recaps,
    replicaId,
    onPosted: (platform, channelId, messageId, topic) => bundle.core.rememberThread(platform, channelId, messageId, topic),
  });

  const started: ChatAdapter[] = [];
  try {
    for (const a of adapters) {
      await a.start();
      started.push(a);
    }
    await scheduler.start();
    feeds?.start();
  } catch (err) {
    for (const a of started.reverse()) await a.stop().catch(() => {});
    watcher.stop();
    permissions.stop();
    await store.close();
    throw err;
  }

  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // Order: stop taking ticks and finish/release in-flight recaps, then stop the adapters
      // (they deliver those recaps), then close the store.
      await scheduler.stop().catch((err: unknown) => logger.error({ err }, 'scheduler did not stop cleanly'));
      await feeds?.stop().catch((err: unknown) => logger.error({ err }, 'feed polling did not stop cleanly'));
      watcher.stop();
      permissions.stop();
      unwatchVersions();
      bundle.qa.dispose();
      for (const a of [...adapters].reverse()) {
        await a.stop().catch((err: unknown) => logger.error({ err, platform: a.platform }, 'adapter did not stop cleanly'));
      }
      await store.close().catch((err: unknown) => logger.error({ err }, 'store did not close cleanly'));
      logger.info('stopped');
      resolveDone();
    })();
    return stopping;
  };
  // With only the console, the app ends when its input ends.
  if (consoleAdapter && adapters.length === 1) void consoleAdapter.closed.then(stop);
  return { bundle, store, adapters, scheduler, feeds, console: consoleAdapter, done, stop };
}
