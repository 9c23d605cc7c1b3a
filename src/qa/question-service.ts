/**
 * Asks the engine inside a conversation (a console session, a Slack or Discord thread): loads
 * the conversation's state, answers, and stores the new state under
 * conversationKey(platform, channel, thread).
 */
import type { Answerer } from '../bot/answerer.ts';
import { conversationKey, type CommandContext, type ConversationStore } from '../bot/contracts.ts';
import type { Message } from '../domain/messages/message-model.ts';
import { answerToMessage } from './answer-message.ts';
import type { Answer, QaEngine } from './qa-engine.ts';

export class QuestionService implements Answerer {
  private readonly engine: QaEngine;
  private readonly conversations: ConversationStore;
  private readonly clock: () => Date;

  constructor(deps: { engine: QaEngine; conversations: ConversationStore; clock?: () => Date }) {
    this.engine = deps.engine;
    this.conversations = deps.conversations;
    this.clock = deps.clock ?? (() => new Date());
  }

  async ask(question: string, ctx: CommandContext, opts: { topic?: string } = {}): Promise<{ answer: Answer; message: Message }> {
    const key = conversationKey(ctx.platform, ctx.channelId, ctx.threadId);
    const previous = await this.conversations.getConversation(key);
    // A topic named explicitly starts a new line of questioning when it differs from the thread's.
    const conversation = opts.topic && previous && previous.topic !== opts.topic ? null : previous;
    const answer = this.engine.ask(question, { topic: opts.topic, conversation });
    const state = { ...answer.conversation, updatedAt: this.clock().toISOString() };
    await this.conversations.saveConversation(key, state);
    const final: Answer = { ...answer, conversation: state };
    return { answer: final, message: answerToMessage(final) };
  }
}
