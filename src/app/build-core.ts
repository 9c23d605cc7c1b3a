/**
 * Builds the platform-neutral core: catalog, router, Q&A, and the Briefbot facade.
 * Feature commands (subscriptions) are passed in so this file does not depend on the store.
 */
import { loadBriefs, type MutableBriefCatalog, type TopicLoad } from '../content/brief-loader.ts';
import { Briefbot } from '../bot/briefbot.ts';
import type { ContentLimits } from '../content/safe-read.ts';
import type { ConversationStore } from '../bot/contracts.ts';
import type { FileIssue } from '../domain/errors.ts';
import { silentLogger, type Logger } from '../bot/logger.ts';
import { createAskCommand } from '../bot/ask-command.ts';
import { QaEngine } from '../qa/qa-engine.ts';
import { QuestionService } from '../qa/question-service.ts';
import { CommandRouter } from '../bot/command-router.ts';
import type { AnyRouterCommand } from '../bot/router-types.ts';

export interface CoreOptions {
  briefsDir: string;
  repoRoot: string;
  conversations: ConversationStore;
  logger?: Logger;
  clock?: () => Date;
  /** Extra router commands, e.g. subscribe/unsubscribe/subscriptions from the scheduler. */
  commands?: AnyRouterCommand[];
  /** Size limits for content files (config: content). */
  limits?: ContentLimits;
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

export async function buildCore(options: CoreOptions): Promise<CoreBundle> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const { catalog, issues, topics } = await loadBriefs(options.briefsDir, options.repoRoot, options.limits ? { limits: options.limits } : {});
  const router = new CommandRouter({ catalog, logger });
  const qa = new QaEngine(catalog, { now: clock });
  const questions = new QuestionService({ engine: qa, conversations: options.conversations, clock });
  router.register(createAskCommand({ questions, catalog }));
  for (const c of options.commands ?? []) router.register(c);
  const core = new Briefbot({ catalog, router, conversations: options.conversations, questions, clock, logger });
  return { core, catalog, router, qa, questions, issues, topics };
}
