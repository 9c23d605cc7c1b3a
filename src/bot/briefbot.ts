/** The core facade that adapters call: commands, follow-up questions, buttons, thread topics. */
import type { Command } from '../domain/command.ts';
import type { BriefCatalog } from '../content/brief-catalog.ts';
import { suggestTopics } from '../content/topic-resolver.ts';
import type { BriefbotCore, TopicSuggestion } from './briefbot-core.ts';
import { conversationKey, type CommandContext, type ConversationStore, type Platform } from './contracts.ts';
import { runTurn, type Turn } from './turn.ts';
import type { Answerer } from './answerer.ts';
import { silentLogger, type Logger } from './logger.ts';
import { notice, type Reply } from '../domain/messages/message-model.ts';
import { cleanInput } from '../domain/input-text.ts';
import { reply, type CommandRouter } from './command-router.ts';


export interface BriefbotDeps {
  catalog: BriefCatalog;
  router: CommandRouter;
  conversations: ConversationStore;
  /** Follow-up answers (the Q&A room's QuestionService), when enabled. */
  questions?: Answerer;
  clock?: () => Date;
  logger?: Logger;
}

export class Briefbot implements BriefbotCore {
  private readonly deps: BriefbotDeps;
  private readonly logger: Logger;

  constructor(deps: BriefbotDeps) {
    this.deps = deps;
    this.logger = deps.logger ?? silentLogger;
  }

  handleCommand(command: string | Command, ctx: CommandContext): Promise<Reply> {
    return this.deps.router.handle(command, ctx);
  }

  async handleMention(text: string, ctx: CommandContext): Promise<Reply> {
    const clean = cleanInput(text);
    if (/^\/?brief\b/i.test(clean)) return this.handleCommand(clean, ctx);
    if (clean === '') {
      return reply(notice('Ask me something', 'Ask a question about the brief in this thread, or type "/brief help".'), false);
    }
    if (!this.deps.questions) {
      return reply(notice('Questions are not available', 'Follow-up questions are not enabled on this Briefbot.', 'error'), false);
    }
    try {
      const { message } = await this.deps.questions.ask(clean, ctx);
      return reply(message, false);
    } catch (err) {
      this.logger.error({ err }, 'follow-up question failed');
      return reply(notice('Something went wrong', 'Sorry, I could not answer that just now. Please try again.', 'error'), false);
    }
  }

  run(turn: Turn): Promise<Reply> {
    return runTurn(this, turn, this.logger);
  }

  async rememberThread(platform: Platform, channelId: string, messageId: string, topic: string): Promise<void> {
    const key = conversationKey(platform, channelId, messageId);
    const now = (this.deps.clock ?? (() => new Date()))().toISOString();
    const existing = await this.deps.conversations.getConversation(key);
    if (existing?.topic === topic) return;
    await this.deps.conversations.saveConversation(key, { topic, entities: [], lastQuestion: null, updatedAt: now });
  }

  suggestTopics(query: string, limit = 25): TopicSuggestion[] {
    return suggestTopics(query, this.deps.catalog.list(), limit).map((b) => ({ slug: b.slug, title: b.title }));
  }
}
