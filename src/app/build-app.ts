/**
 * The composition root of the bot: loads the briefs, and wires the catalog, the router with
 * every command (ask, the subscription commands, and `/brief add` when sources may be added
 * from chat), the Q&A and the Briefbot facade over one state store. `startApp` runs it with
 * adapters, the scheduler and feeds around it; tests and benches call it the same way.
 */
import { loadBriefs, type MutableBriefCatalog, type TopicLoad } from '../content/brief-loader.ts';
import { Briefbot } from '../bot/briefbot.ts';
import type { ContentLimits } from '../content/safe-read.ts';
import type { FileIssue } from '../domain/errors.ts';
import { silentLogger, type Logger } from '../bot/logger.ts';
import { createAskCommand } from '../bot/ask-command.ts';
import type { AllowList } from '../bot/manage-permission.ts';
import { QaEngine } from '../qa/qa-engine.ts';
import type { IndexCache } from '../qa/index-cache.ts';
import { QuestionService } from '../qa/question-service.ts';
import { CommandRouter } from '../bot/command-router.ts';
import { createSubscriptionCommands } from '../recaps/subscription-commands.ts';
import { createAddCommand } from '../ingest/add-command.ts';
import type { FetchedPage } from '../ingest/safe-fetch.ts';
import type { Store } from '../store/open-store.ts';

export interface AppOptions {
  briefsDir: string;
  repoRoot: string;
  /** The state store: conversations, subscriptions, deliveries. */
  store: Store;
  logger?: Logger;
  clock?: () => Date;
  /** Size limits for content files (config: content). */
  limits?: ContentLimits;
  /** Who may manage subscriptions and add sources besides channel managers ("slack:U1"), or a function asked each time. */
  allow?: AllowList;
  /** The time zone of schedules that name none (config: timezone). */
  timezone?: string;
  /** `/brief add <topic> <url>` from chat: how pages are fetched, and the size cap of a source file. Off when absent. */
  add?: { fetch: (url: string) => Promise<FetchedPage>; maxFileBytes: number };
  /** Keeps big topics' Q&A indexes between runs (qa/index-cache.ts); none when absent. */
  indexCache?: IndexCache;
}

export interface CoreBundle {
  core: Briefbot;
  catalog: MutableBriefCatalog;
  router: CommandRouter;
  qa: QaEngine;
  questions: QuestionService;
  issues: FileIssue[];
  topics: TopicLoad[];
}

export async function buildApp(options: AppOptions): Promise<CoreBundle> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const { store } = options;
  const allow = options.allow ?? [];
  const { catalog, issues, topics } = await loadBriefs(options.briefsDir, options.repoRoot, options.limits ? { limits: options.limits } : {});
  const router = new CommandRouter({ catalog, logger });
  const qa = new QaEngine(catalog, { now: clock, ...(options.indexCache ? { indexCache: options.indexCache } : {}) });
  const questions = new QuestionService({ engine: qa, conversations: store, clock });
  router.register(createAskCommand({ questions, catalog }));
  for (const c of createSubscriptionCommands({ store, catalog, allow, defaultTimezone: options.timezone ?? 'UTC', clock })) router.register(c);
  if (options.add) router.register(createAddCommand({ briefsDir: options.briefsDir, catalog, allow, fetch: options.add.fetch, maxFileBytes: options.add.maxFileBytes, clock }));
  const core = new Briefbot({ catalog, router, conversations: store, questions, clock, logger });
  return { core, catalog, router, qa, questions, issues, topics };
}
