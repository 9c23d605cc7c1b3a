/**
 * Sends a core Reply back to Slack.
 *
 * - Ephemeral replies go through the interaction's `response_url` (`respond`, at most 5
 *   uses per interaction, as Slack allows) and then chat.postEphemeral. Ephemeral messages
 *   cannot have threads, so a long reply arrives as consecutive ephemeral messages.
 * - Shareable ephemeral replies get a "Share in channel" button (kit/share.ts) carrying the
 *   command that made them.
 * - In-channel replies are posted with chat.postMessage (continuations in the thread); the
 *   thread root is returned, and the bot remembers its topic for follow-up questions.
 */
import type { RespondArguments } from '@slack/bolt';
import type { PostedMessage } from '../../bot/contracts.ts';
import { PlatformError } from '../../domain/errors.ts';
import type { Logger } from '../../bot/logger.ts';
import type { Command } from '../../domain/command.ts';
import type { Message, Reply } from '../../domain/messages/message-model.ts';
import { withoutShareButtons, withShareButton } from '../kit/share.ts';
import type { SlackPoster } from './outbound.ts';
import type { ResponsePoster } from './response-url.ts';
import { renderBlockKit, type SlackMessage } from './render-block-kit.ts';

const RESPONSE_URL_USES = 5;
/** Slack's limit on a button's value. */
export const MAX_BUTTON_VALUE = 2000;

/** The response_url body of an ephemeral part, built once per (frozen, cached) part. */
const ephemeralBodies = new WeakMap<SlackMessage, RespondArguments>();
function ephemeralBody(part: SlackMessage): RespondArguments {
  let body = ephemeralBodies.get(part);
  if (!body) {
    body = Object.freeze({ response_type: 'ephemeral', replace_original: false, text: part.text, blocks: part.blocks }) as RespondArguments;
    ephemeralBodies.set(part, body);
  }
  return body;
}


export interface ReplyTarget {
  channel: string;
  user: string;
  /** Thread to answer in (mentions, actions in a thread). */
  threadTs?: string;
  /** The interaction's response_url, when there is one. */
  respond?: ResponsePoster;
  /** Offered as "Share in channel" on ephemeral replies. */
  share?: Command;
}

export class ReplySender {
  constructor(
    private readonly poster: SlackPoster,
    private readonly logger: Logger,
  ) {}

  /** Sends a reply; returns the thread roots of what it posted in the channel (none when private). */
  async send(reply: Reply, target: ReplyTarget): Promise<PostedMessage[]> {
    if (reply.messages.length === 0) return [];
    if (reply.ephemeral) {
      await this.sendEphemeral(withShareButton(reply.messages, target.share, MAX_BUTTON_VALUE), target);
      return [];
    }
    return this.sendInChannel(reply.messages.map(withoutShareButtons), target);
  }

  private async sendEphemeral(messages: readonly Message[], target: ReplyTarget): Promise<void> {
    const parts = messages.flatMap((m) => renderBlockKit(m));
    let uses = 0;
    for (const part of parts) {
      if (target.respond && uses < RESPONSE_URL_USES) {
        uses++;
        try {
          await target.respond(ephemeralBody(part));
          continue;
        } catch (err) {
          this.logger.warn({ err }, 'slack: response_url failed; falling back to chat.postEphemeral');
          uses = RESPONSE_URL_USES;
        }
      }
      await this.poster.postEphemeralParts(target.channel, target.user, [part], target.threadTs);
    }
  }

  private async sendInChannel(messages: readonly Message[], target: ReplyTarget): Promise<PostedMessage[]> {
    let threadTs = target.threadTs;
    let channel: string | null = null;
    for (const message of messages) {
      const parts = renderBlockKit(message);
      let posted: { ts: string; channel: string };
      try {
        posted = await this.poster.postParts(target.channel, parts, threadTs);
      } catch (err) {
        if (target.respond && err instanceof PlatformError && (err.platformCode === 'not_in_channel' || err.platformCode === 'channel_not_found')) {
          // The bot is not in this (private) channel: the response_url can still post in it,
          // but without a ts, so follow-ups in its thread will not know the topic.
          this.logger.info({ channel: target.channel }, 'slack: not in channel; posting through response_url');
          await this.respondInChannel(parts, target.respond);
          continue;
        }
        throw err;
      }
      // Later messages of the same reply continue in the first one's thread.
      threadTs ??= posted.ts;
      channel ??= posted.channel;
    }
    // Follow-ups in the thread are about this reply's topic (the bot remembers it).
    return threadTs && channel ? [{ channelId: channel, messageId: threadTs }] : [];
  }

  private async respondInChannel(parts: readonly SlackMessage[], respond: ResponsePoster): Promise<void> {
    for (const part of parts.slice(0, RESPONSE_URL_USES)) {
      await respond({ response_type: 'in_channel', replace_original: false, text: part.text, blocks: part.blocks });
    }
    if (parts.length > RESPONSE_URL_USES) throw new PlatformError('reply too long for response_url; invite the bot to the channel');
  }

}
