/**
 * The one object adapters talk to. It is built once at start-up (see src/app/) and
 * passed to each adapter's constructor.
 */
import type { CommandContext, Platform } from './contracts.ts';
import type { Reply } from './messages/message-model.ts';

export interface TopicSuggestion {
  slug: string;
  title: string;
}

export interface BriefbotCore {
  /** Handles the text after `/brief`, e.g. "china-russia-aid", "list", "ask <topic> <question>". */
  handleCommand(text: string, ctx: CommandContext): Promise<Reply>;
  /**
   * Handles a mention or thread reply: a follow-up question answered from the topic the
   * thread is about (or the best-matching topic when the thread has none).
   */
  handleMention(text: string, ctx: CommandContext): Promise<Reply>;
  /**
   * Handles a button press. Action ids come from the message model
   * ('brief.sources', 'brief.timeline', 'brief.share', 'brief.ask'); value is the topic slug.
   */
  handleAction(actionId: string, value: string, ctx: CommandContext): Promise<Reply>;
  /** Records that a message posted in a channel (and its thread) is about `topic`. */
  rememberThread(platform: Platform, channelId: string, messageId: string, topic: string): Promise<void>;
  /** Topic autocomplete over slugs, titles and aliases, best first. */
  suggestTopics(query: string, limit?: number): TopicSuggestion[];
}
