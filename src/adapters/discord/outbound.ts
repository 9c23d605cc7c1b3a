/**
 * Outbound Discord calls: channel messages (recaps, replies to mentions) and the
 * translation of discord.js errors into Briefbot errors at the adapter edge.
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError as DjsRateLimitError, Routes, type REST } from 'discord.js';
import type { BriefbotCore } from '../../core/briefbot-core.ts';
import type { DeliveryTarget, PostedMessage } from '../../core/contracts.ts';
import { BriefbotError, PlatformError, PlatformUnavailableError, RateLimitError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Message } from '../../core/messages/message-model.ts';
import { renderDiscordPayload, type DiscordPayload } from './render-discord.ts';

/** Interaction and webhook tokens are secrets: keep them out of error messages and logs. */
export function redactDiscordUrl(url: string): string {
  return url
    .replace(/(\/interactions\/\d+\/)[^/?]+/, '$1[token]')
    .replace(/(\/webhooks\/\d+\/)[^/?]+/, '$1[token]');
}

/** Turns anything discord.js throws into a Briefbot error. */
export function translateDiscordError(err: unknown, what: string): BriefbotError {
  if (err instanceof BriefbotError) return err;
  if (err instanceof DjsRateLimitError) {
    return new RateLimitError(Math.max(0, Math.ceil(err.retryAfter)), {
      cause: err,
      message: `${what}: rate limited on ${err.method.toUpperCase()} ${redactDiscordUrl(err.url)}, retry after ${Math.ceil(err.retryAfter)} ms`,
    });
  }
  if (err instanceof DiscordAPIError) {
    const where = `${err.method.toUpperCase()} ${redactDiscordUrl(err.url)}`;
    if (err.status >= 500) return new PlatformUnavailableError(`${what}: Discord answered ${err.status} on ${where}`, { cause: err });
    return new PlatformError(`${what}: Discord refused ${where} with ${err.status} (code ${String(err.code)}): ${err.message}`, {
      cause: err,
      status: err.status,
      platformCode: String(err.code),
    });
  }
  if (err instanceof HTTPError) {
    const where = `${err.method.toUpperCase()} ${redactDiscordUrl(err.url)}`;
    if (err.status >= 500 || err.status === 0) return new PlatformUnavailableError(`${what}: Discord answered ${err.status} on ${where}`, { cause: err });
    return new PlatformError(`${what}: Discord answered ${err.status} on ${where}`, { cause: err, status: err.status });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new PlatformUnavailableError(`${what}: Discord is unreachable (${message})`, { cause: err });
}

/**
 * A nonce derived from what is being posted. With `enforce_nonce`, Discord returns the
 * already-created message instead of posting it again, so a retry after a lost answer
 * (timeout, restart mid-delivery) does not duplicate a recap.
 */
export function deliveryNonce(channelId: string, part: number, payload: DiscordPayload, salt = ''): string {
  return createHash('sha256').update(`${salt}\u0000${channelId}\u0000${part}\u0000${JSON.stringify(payload)}`).digest('hex').slice(0, 25);
}

export interface PostOptions {
  /** Answer as a reply to this message (mention follow-ups). */
  replyTo?: string;
  /** Mixed into the nonce so deliberate repeats (e.g. the same answer twice) still post. */
  nonceSalt?: string;
}

/** Posts payloads in order to a channel. Returns the created message ids. */
export async function postChannelPayloads(rest: REST, channelId: string, payloads: DiscordPayload[], options: PostOptions = {}): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, payload] of payloads.entries()) {
    const body: Record<string, unknown> = {
      ...payload,
      nonce: deliveryNonce(channelId, i, payload, options.nonceSalt),
      enforce_nonce: true,
      allowed_mentions: { parse: [], replied_user: false },
    };
    if (i === 0 && options.replyTo) body['message_reference'] = { message_id: options.replyTo, fail_if_not_exists: false };
    const created = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
    ids.push(created.id);
  }
  return ids;
}

/**
 * Recap delivery: POST /channels/:id/messages. Short rate limits are waited out in place
 * by @discordjs/rest as the headers say; long ones (above `maxInlineWaitMs`, set on the
 * REST client) surface as RateLimitError so the scheduler retries later. Each posted
 * message that is about a topic is remembered so replies and threads on it get answers.
 */
export class DiscordDelivery implements DeliveryTarget {
  readonly platform = 'discord' as const;
  private readonly getRest: () => REST;
  private readonly core: BriefbotCore;
  private readonly logger: Logger;

  constructor(deps: { rest: () => REST; core: BriefbotCore; logger: Logger }) {
    this.getRest = deps.rest;
    this.core = deps.core;
    this.logger = deps.logger;
  }

  async post(channelId: string, messages: Message[]): Promise<PostedMessage> {
    const rendered = messages.map((m) => ({ message: m, payloads: renderDiscordPayload(m) }));
    const all = rendered.flatMap((r) => r.payloads);
    let ids: string[];
    try {
      ids = await postChannelPayloads(this.getRest(), channelId, all);
    } catch (err) {
      throw translateDiscordError(err, `delivering to channel ${channelId}`);
    }
    const first = ids[0];
    if (first === undefined) throw new PlatformError(`delivering to channel ${channelId}: nothing to post`);
    let k = 0;
    for (const r of rendered) {
      const topic = r.message.topic;
      for (let j = 0; j < r.payloads.length; j += 1, k += 1) {
        const id = ids[k];
        if (topic && id) await this.rememberSafely(channelId, id, topic);
      }
    }
    this.logger.debug({ channelId, messages: ids.length }, 'discord: delivered');
    return { messageId: first, channelId };
  }

  private async rememberSafely(channelId: string, messageId: string, topic: string): Promise<void> {
    try {
      await this.core.rememberThread('discord', channelId, messageId, topic);
    } catch (err) {
      this.logger.warn({ err, channelId, messageId }, 'discord: could not remember the topic of a posted message');
    }
  }
}
