/**
 * Starts Briefbot: loads briefs (with hot reload), opens the state store, starts every
 * configured adapter and the recap scheduler, and shuts all of it down in order.
 */
import path from 'node:path';
import { ConsoleAdapter } from '../adapters/console/console-adapter.ts';
import { BriefWatcher } from '../core/briefs/brief-watcher.ts';
import type { ChatAdapter } from '../core/contracts.ts';
import { formatIssue } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { MemoryStateStore } from '../core/memory-store.ts';
import { buildCore, type CoreBundle } from './build-core.ts';
import type { AppConfig } from './config.ts';

export interface StartOptions {
  config: AppConfig;
  logger: Logger;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Run the console adapter even when platform adapters are configured. */
  forceConsole?: boolean;
}

export interface RunningApp {
  bundle: CoreBundle;
  adapters: ChatAdapter[];
  /** Resolves when the app has fully stopped. */
  done: Promise<void>;
  stop(): Promise<void>;
}

export async function startApp(options: StartOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const briefsDir = path.resolve(config.root, config.briefsDir);
  const state = new MemoryStateStore();
  const bundle = await buildCore({ briefsDir, repoRoot: config.root, conversations: state, logger });
  for (const issue of bundle.issues) {
    (issue.severity === 'error' ? logger.error.bind(logger) : logger.warn.bind(logger))(formatIssue(issue));
  }
  logger.info({ topics: bundle.catalog.list().map((b) => b.slug) }, 'briefs loaded');
  const watcher = new BriefWatcher({ briefsDir, repoRoot: config.root, catalog: bundle.catalog, logger });
  watcher.start();

  const adapters: ChatAdapter[] = [];
  let consoleAdapter: ConsoleAdapter | null = null;
  if (adapters.length === 0 || options.forceConsole) {
    consoleAdapter = new ConsoleAdapter({
      core: bundle.core,
      input: options.stdin,
      output: options.stdout,
      interactive: Boolean(options.stdin.isTTY),
      width: options.stdout.isTTY ? Math.min(options.stdout.columns || 80, 100) : 0,
      logger,
    });
    adapters.push(consoleAdapter);
  }
  for (const a of adapters) await a.start();

  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      watcher.stop();
      for (const a of [...adapters].reverse()) {
        try {
          await a.stop();
        } catch (err) {
          logger.error({ err, platform: a.platform }, 'adapter did not stop cleanly');
        }
      }
      resolveDone();
    })();
    return stopping;
  };
  // With only the console, the app ends when its input ends.
  if (consoleAdapter && adapters.length === 1) void consoleAdapter.closed.then(stop);
  return { bundle, adapters, done, stop };
}
