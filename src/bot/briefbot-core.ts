/**
 * The one object adapters talk to. It is built once at start-up (see src/app/) and
 * passed to each adapter's constructor.
 */
import type { Command } from '../domain/command.ts';
import type { CommandContext, Platform } from './contracts.ts';
import type { Turn } from './turn.ts';
import type { Reply } from '../domain/messages/message-model.ts';

export interface TopicSuggestion {
  slug: string;
  title: string;
}

export interface BriefbotCore {
  /**
   * Handles a command: typed (buttons, Discord options, forms) or the text after `/brief`
   * ("china-russia-aid", "list", "ask <topic> <question>"), which is parsed first.
   */
  handleCommand(command: string | Command, ctx: CommandContext): Promise<Reply>;
  /**
   * Handles a mention or thread reply: a follow-up question answered from the topic the
   * thread is about (or the best-matching topic when the thread has none).
   */
  handleMention(text: string, ctx: CommandContext): Promise<Reply>;
  /**
   * Handles one interaction: the reply to its command or mention, sent through
   * `turn.respond`; the topic of what was posted publicly is remembered for follow-ups.
   * Returns the reply. Errors from `respond` propagate (the adapter reports them).
   */
  run(turn: Turn): Promise<Reply>;
  /** Records that a message posted in a channel (and its thread) is about `topic`. */
  rememberThread(platform: Platform, channelId: string, messageId: string, topic: string): Promise<void>;
  /** Topic autocomplete over slugs, titles and aliases, best first. */
  suggestTopics(query: string, limit?: number): TopicSuggestion[];
}
