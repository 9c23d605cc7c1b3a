/**
 * Sends a core Reply back to Slack.
 *
 * - Ephemeral replies go through the interaction's `response_url` (`respond`, at most 5
 *   uses per interaction, as Slack allows) and then chat.postEphemeral. Ephemeral messages
 *   cannot have threads, so a long reply arrives as consecutive ephemeral messages.
 * - Shareable ephemeral replies get a "Share in channel" button whose value says how to
 *   rebuild the same content (the command text, or the action and its value).
 * - In-channel replies are posted with chat.postMessage (continuations in the thread) and
 *   the thread's topic is remembered for follow-up questions.
 */
import type { RespondArguments } from '@slack/bolt';
import type { BriefbotCore } from '../../core/briefbot-core.ts';
import { BriefbotError, PlatformError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { notice, type Message, type MessageKind, type Reply } from '../../core/messages/message-model.ts';
import type { SlackPoster } from './outbound.ts';
import type { ResponsePoster } from './response-url.ts';
import { renderBlockKit, type SlackMessage } from './render-block-kit.ts';

export const SHARE_ACTION_ID = 'slack.share';
const SHAREABLE: ReadonlySet<MessageKind> = new Set(['brief', 'sources', 'timeline', 'list', 'answer', 'recap']);
const RESPONSE_URL_USES = 5;

/** How to rebuild shared content: a command text or a core action. */
export type ShareSource = { c: string } | { a: string; v: string };

export function encodeShare(source: ShareSource): string | null {
  const value = JSON.stringify(source);
  return value.length <= 2000 ? value : null;
}

export function decodeShare(value: string): ShareSource | null {
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const p = parsed as Record<string, unknown>;
    if (typeof p['c'] === 'string') return { c: p['c'] };
    if (typeof p['a'] === 'string' && typeof p['v'] === 'string') return { a: p['a'], v: p['v'] };
    return null;
  } catch {
    return null;
  }
}

/** Last messages with a share button, per original message and share value (renders are cached by identity). */
const shared = new WeakMap<Message, Map<string, Message>>();

/** Adds a "Share in channel" button to the last message, unless the core already offers one. */
export function withShareButton(messages: readonly Message[], share: ShareSource | undefined): Message[] {
  const out = [...messages];
  const last = out[out.length - 1];
  if (!share || !last || !out.some((m) => SHAREABLE.has(m.kind))) return out;
  const hasShare = out.some((m) => m.blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.id === 'brief.share' || a.id === SHARE_ACTION_ID)));
  const value = encodeShare(share);
  if (hasShare || value === null) return out;
  let variants = shared.get(last);
  const known = variants?.get(value);
  if (known) {
    out[out.length - 1] = known;
    return out;
  }
  const button = { id: SHARE_ACTION_ID, label: 'Share in channel', value };
  const blocks = [...last.blocks];
  const lastBlock = blocks[blocks.length - 1];
  if (lastBlock?.type === 'actions') blocks[blocks.length - 1] = { ...lastBlock, actions: [...lastBlock.actions, button] };
  else blocks.push({ type: 'actions', actions: [button] });
  const withButton: Message = { ...last, blocks };
  if (!variants) shared.set(last, (variants = new Map()));
  if (variants.size < 32) variants.set(value, withButton);
  out[out.length - 1] = withButton;
  return out;
}

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

/** In a channel everyone already sees the message: drop "Share in channel" buttons. */
export function withoutShareButtons(message: Message): Message {
  const blocks = message.blocks.flatMap((b): Message['blocks'] => {
    if (b.type !== 'actions') return [b];
    const actions = b.actions.filter((a) => a.id !== 'brief.share' && a.id !== SHARE_ACTION_ID);
    return actions.length > 0 ? [{ ...b, actions }] : [];
  });
  return { ...message, blocks };
}

export function errorReply(err: unknown): Reply {
  const text = err instanceof BriefbotError ? err.userMessage : 'Sorry, something went wrong. Please try again.';
  return { ephemeral: true, messages: [notice('Briefbot', text, 'error')] };
}

export interface ReplyTarget {
  channel: string;
  user: string;
  /** Thread to answer in (mentions, actions in a thread). */
  threadTs?: string;
  /** The interaction's response_url, when there is one. */
  respond?: ResponsePoster;
  /** Offered as "Share in channel" on ephemeral replies. */
  share?: ShareSource;
}

export class ReplySender {
  constructor(
    private readonly poster: SlackPoster,
    private readonly core: Pick<BriefbotCore, 'rememberThread'>,
    private readonly logger: Logger,
  ) {}

  async send(reply: Reply, target: ReplyTarget): Promise<void> {
    if (reply.messages.length === 0) return;
    if (reply.ephemeral) return this.sendEphemeral(withShareButton(reply.messages, target.share), target);
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

  private async sendInChannel(messages: readonly Message[], target: ReplyTarget): Promise<void> {
    let threadTs = target.threadTs;
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
      if (message.topic) await this.remember(posted.channel, threadTs, message.topic);
    }
  }

  private async respondInChannel(parts: readonly SlackMessage[], respond: ResponsePoster): Promise<void> {
    for (const part of parts.slice(0, RESPONSE_URL_USES)) {
      await respond({ response_type: 'in_channel', replace_original: false, text: part.text, blocks: part.blocks });
    }
    if (parts.length > RESPONSE_URL_USES) throw new PlatformError('reply too long for response_url; invite the bot to the channel');
  }

  private async remember(channel: string, ts: string, topic: string): Promise<void> {
    try {
      await this.core.rememberThread('slack', channel, ts, topic);
    } catch (err) {
      this.logger.warn({ err, channel }, 'slack: could not remember the thread topic');
    }
  }
}
