/**
 * What a chat user sees when something fails: one short private line, the error's
 * `userMessage` when it has one (rate limits, a platform that is down), never a stack trace
 * or an internal message. The same on every platform.
 */
import { BriefbotError } from '../../domain/errors.ts';
import { notice, type Reply } from '../../domain/messages/message-model.ts';

export const SORRY = 'Sorry, something went wrong. Please try again.';

/** The short text for `err`. */
export function userText(err: unknown): string {
  return err instanceof BriefbotError ? err.userMessage : SORRY;
}

/** A private reply saying that `err` happened. */
export function errorReply(err: unknown): Reply {
  return { ephemeral: true, messages: [notice('Briefbot', userText(err), 'error')] };
}
