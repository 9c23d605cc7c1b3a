/**
 * What a chat user sees when something fails: one short private line, the error's
 * `userMessage` when it has one (rate limits, a platform that is down), never a stack trace
 * or an internal message. The same on every platform.
 */
import { BriefbotError } from '../../domain/errors.ts';
import { notice, type Reply } from '../../domain/messages/message-model.ts';
import type { BriefbotCore } from '../../bot/briefbot-core.ts';
import type { Logger } from '../../bot/logger.ts';
import type { Turn } from '../../bot/turn.ts';

export const SORRY = 'Sorry, something went wrong. Please try again.';

/** The short text for `err`. */
export function userText(err: unknown): string {
  return err instanceof BriefbotError ? err.userMessage : SORRY;
}

/** A private reply saying that `err` happened. */
export function errorReply(err: unknown): Reply {
  return { ephemeral: true, messages: [notice('Briefbot', userText(err), 'error')] };
}

/**
 * Runs a turn through the bot so that a failure before any reply still answers the user
 * with `errorReply`. A failure of `respond` itself (the platform refused or is down) is
 * thrown for the adapter to report as it can.
 */
export async function runTurnSafely(core: Pick<BriefbotCore, 'run'>, turn: Turn, logger: Logger): Promise<void> {
  let replied = false;
  try {
    await core.run({ ...turn, respond: (reply) => ((replied = true), turn.respond(reply)) });
  } catch (err) {
    if (replied) throw err;
    logger.error({ err, platform: turn.ctx.platform }, 'core call failed');
    await turn.respond(errorReply(err));
  }
}
