/**
 * One interaction, as every adapter hands it to the bot: what the user asked (a command,
 * typed or as text, or a mention), who and where, and how to answer on the platform. The
 * bot (`BriefbotCore.run`) works out the reply, sends it through `respond`, and remembers
 * the topic of what was posted publicly, so a follow-up in its thread needs no topic. The
 * adapters only post; none of them keeps thread topics itself.
 */
import type { Command } from '../domain/command.ts';
import type { Reply } from '../domain/messages/message-model.ts';
import type { CommandContext, Platform, PostedMessage } from './contracts.ts';
import { silentLogger, type Logger } from './logger.ts';

export type TurnInput = { kind: 'command'; command: string | Command } | { kind: 'mention'; text: string };

export interface Turn {
  input: TurnInput;
  ctx: CommandContext;
  /**
   * Sends the reply on the platform. Returns the public messages that follow-ups may point
   * at (a thread's root, or each part that can be replied to); none for a private reply.
   */
  respond(reply: Reply): Promise<readonly PostedMessage[]>;
}

/** What running a turn needs of the bot. */
export interface TurnHandler {
  handleCommand(command: string | Command, ctx: CommandContext): Promise<Reply>;
  handleMention(text: string, ctx: CommandContext): Promise<Reply>;
  rememberThread(platform: Platform, channelId: string, messageId: string, topic: string): Promise<void>;
}

/** Runs one turn (see `BriefbotCore.run`). */
export async function runTurn(bot: TurnHandler, turn: Turn, logger: Logger = silentLogger): Promise<Reply> {
  const { input, ctx } = turn;
  const reply = input.kind === 'command' ? await bot.handleCommand(input.command, ctx) : await bot.handleMention(input.text, ctx);
  const posted = await turn.respond(reply);
  const topic = reply.messages.find((m) => m.topic)?.topic;
  if (!topic) return reply;
  for (const p of posted) {
    for (const id of p.anchors ?? [p.messageId]) {
      try {
        await bot.rememberThread(ctx.platform, p.channelId, id, topic);
      } catch (err) {
        logger.warn({ err, platform: ctx.platform, channelId: p.channelId }, 'could not remember the topic of a posted message');
      }
    }
  }
  return reply;
}
