/**
 * Follow-up answers as the bot sees them: a question asked in a conversation (a console
 * session, a Slack or Discord thread), answered with a message that quotes the documents
 * or says plainly that they do not answer. The Q&A room implements it (`QuestionService`
 * in src/qa/); the bot knows nothing of how.
 */
import type { Message } from '../domain/messages/message-model.ts';
import type { CommandContext } from './contracts.ts';

export interface Answerer {
  /** `topic` names the topic to answer from; without it the thread's topic, or the best-matching one. */
  ask(question: string, ctx: CommandContext, opts?: { topic?: string }): Promise<{ message: Message }>;
}
