/**
 * Outbound Discord calls: channel messages (recaps, replies to mentions) and the
 * translation of discord.js errors into Briefbot errors at the adapter edge.
 */
import { errorForHttpStatus } from '../kit/http-errors.ts';
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError as DjsRateLimitError, Routes, type REST } from 'discord.js';
import type { DeliveryOptions, DeliveryTarget, PostedMessage } from '../../bot/contracts.ts';
import { BriefbotError, PlatformError, PlatformUnavailableError, RateLimitError } from '../../domain/errors.ts';
import type { Logger } from '../../bot/logger.ts';
import type { Message } from '../../domain/messages/message-model.ts';
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
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    return errorForHttpStatus({
      what,
      platform: 'Discord',
      status: err.status,
      method: err.method,
      url: redactDiscordUrl(err.url),
      ...(err instanceof DiscordAPIError ? { platformCode: String(err.code), detail: err.message } : {}),
      cause: err,
    });
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

/**
 * A nonce derived from a delivery's idempotency key (not from the content, which can
 * differ between attempts, e.g. a taken-over recap now says it is late).
 */
export function idempotentNonce(idempotencyKey: string, channelId: string, part: number): string {
  return createHash('sha256').update(`key\u0000${idempotencyKey}\u0000${channelId}\u0000${part}`).digest('hex').slice(0, 25);
}

/**
 * The short reference part `part` of a recap carries in its footer ("ref 1a2b3c4d5e6f").
 * Discord returns a message's nonce only when it is created, never from GET, so this
 * footer is what a later attempt finds in the channel's history.
 */
export function recapRef(idempotencyKey: string, part: number): string {
  return createHash('sha256').update(`ref\u0000${idempotencyKey}\u0000${part}`).digest('hex').slice(0, 12);
}

const REF_PATTERN = /(?:^|· )ref ([0-9a-f]{12})$/;
const PART_PATTERN = /^Part (\d+) of (\d+)/;

/** Adds "ref <ref>" to the footer of the payload's last embed (after any "Part i of n"). */
export function withRefFooter(payload: DiscordPayload, ref: string): DiscordPayload {
  const last = payload.embeds[payload.embeds.length - 1];
  if (!last) return payload;
  const footer = last.footer?.text ? `${last.footer.text} · ref ${ref}` : `ref ${ref}`;
  return { ...payload, embeds: [...payload.embeds.slice(0, -1), { ...last, footer: { text: footer } }] };
}

export interface PostOptions {
  /** Answer as a reply to this message (mention follow-ups). */
  replyTo?: string;
  /** Mixed into the nonce so deliberate repeats (e.g. the same answer twice) still post. */
  nonceSalt?: string;
  /** Derive each part's nonce from this key (see idempotentNonce) instead of the content. */
  idempotencyKey?: string;
  /** Parts already in the channel (part index → message id): not posted again. */
  existing?: ReadonlyMap<number, string>;
}

/** Posts payloads in order to a channel. Returns the created (or existing) message ids. */
export async function postChannelPayloads(rest: REST, channelId: string, payloads: DiscordPayload[], options: PostOptions = {}): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, payload] of payloads.entries()) {
    const known = options.existing?.get(i);
    if (known !== undefined) {
      ids.push(known);
      continue;
    }
    const body: Record<string, unknown> = {
      ...payload,
      nonce: options.idempotencyKey ? idempotentNonce(options.idempotencyKey, channelId, i) : deliveryNonce(channelId, i, payload, options.nonceSalt),
      enforce_nonce: true,
      allowed_mentions: { parse: [], replied_user: false },
    };
    if (i === 0 && options.replyTo) body['message_reference'] = { message_id: options.replyTo, fail_if_not_exists: false };
    const created = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
    ids.push(created.id);
  }
  return ids;
}

interface HistoryMessage {
  id: string;
  author?: { id?: string; bot?: boolean };
  embeds?: { footer?: { text?: string } }[];
}

/** Discord API errors after which the look-back is skipped and the recap posted anyway. */
function isPermanentLookupError(err: BriefbotError): boolean {
  return err instanceof PlatformError;
}

/**
 * Recap delivery: POST /channels/:id/messages. Short rate limits are waited out in place
 * by @discordjs/rest as the headers say; long ones (above `maxInlineWaitMs`, set on the
 * REST client) surface as RateLimitError so the scheduler retries later. Every part's id is
 * returned as an anchor, so the bot remembers the topic of each (replies to it get answers).
 */
export class DiscordDelivery implements DeliveryTarget {
  readonly platform = 'discord' as const;
  private readonly getRest: () => REST;
  private readonly logger: Logger;
  private readonly lookBackLimit: number;
  private botUserId: string | null = null;

  constructor(deps: { rest: () => REST; logger: Logger; lookBackLimit?: number }) {
    this.getRest = deps.rest;
    this.logger = deps.logger;
    this.lookBackLimit = deps.lookBackLimit ?? 50;
  }

  /**
   * Idempotency (`options.idempotencyKey`): every part gets a nonce derived from the key
   * with `enforce_nonce`, so Discord itself returns the existing message for a re-post
   * within its nonce window (a few minutes); and the footer of each part carries
   * "ref <recapRef(key)>". With `mayHavePosted`, the channel's last `lookBackLimit`
   * messages are searched for the bot's parts with that ref first: found parts are not
   * posted again (only missing ones are), and the first part's id is returned.
   */
  async post(channelId: string, messages: Message[], options: DeliveryOptions = {}): Promise<PostedMessage> {
    const key = options.idempotencyKey;
    let n = 0;
    const rendered = messages.map((m) => ({ message: m, payloads: renderDiscordPayload(m).map((p) => (key ? withRefFooter(p, recapRef(key, n++)) : p)) }));
    const all = rendered.flatMap((r) => r.payloads);
    let existing = new Map<number, string>();
    if (key && options.mayHavePosted) {
      const earlier = await this.findEarlierParts(channelId, key, all.length);
      const firstId = earlier.found.get(0);
      if (firstId !== undefined && earlier.firstPartOf !== (rendered[0]?.payloads.length ?? 0)) {
        // Posted earlier with a different split (the content changed since): it is there; do not mix parts.
        this.logger.info({ channelId, key, messageId: firstId }, 'discord: recap was already posted by an earlier attempt (split differently); not posting again');
        return { messageId: firstId, channelId };
      }
      if (firstId !== undefined) {
        existing = earlier.found;
        const missing = all.length - existing.size;
        this.logger.info({ channelId, key, messageId: firstId, missing }, missing > 0 ? 'discord: recap was partly posted by an earlier attempt; posting the missing parts' : 'discord: recap was already posted by an earlier attempt; not posting again');
      }
    }
    let ids: string[];
    try {
      ids = await postChannelPayloads(this.getRest(), channelId, all, { ...(key ? { idempotencyKey: key } : {}), existing });
    } catch (err) {
      throw translateDiscordError(err, `delivering to channel ${channelId}`);
    }
    const first = ids[0];
    if (first === undefined) throw new PlatformError(`delivering to channel ${channelId}: nothing to post`);
    this.logger.debug({ channelId, messages: ids.length }, 'discord: delivered');
    // A reply to any part is about the recap's topic: the scheduler remembers each.
    return { messageId: first, channelId, anchors: ids };
  }

  /** The first part of an earlier post of `key` in `channelId`, or null; for the scheduler's records. */
  async findPosted(channelId: string, key: string): Promise<PostedMessage | null> {
    const id = (await this.findEarlierParts(channelId, key, 1)).found.get(0);
    return id === undefined ? null : { messageId: id, channelId };
  }

  /**
   * Part index → message id of the bot's recent messages whose footer carries the part's
   * ref, and how many parts the first one says its message had ("Part 1 of n", else 1).
   */
  private async findEarlierParts(channelId: string, key: string, parts: number): Promise<{ found: Map<number, string>; firstPartOf: number }> {
    const found = new Map<number, string>();
    let firstPartOf = 0;
    const refs = new Map<string, number>();
    for (let i = 0; i < parts; i += 1) refs.set(recapRef(key, i), i);
    let history: HistoryMessage[];
    let botId: string | null;
    try {
      botId = await this.botId();
      history = (await this.getRest().get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(this.lookBackLimit) }) })) as HistoryMessage[];
    } catch (raw) {
      const err = translateDiscordError(raw, `reading recent messages of channel ${channelId}`);
      // Rate limits and outages: the scheduler retries (still with mayHavePosted).
      if (!isPermanentLookupError(err)) throw err;
      this.logger.warn({ channelId, key, err: err.message }, 'discord: cannot read channel history to check for an earlier post of this recap (grant Read Message History); posting anyway, it may appear twice');
      return { found, firstPartOf };
    }
    for (const m of history) {
      if (botId ? m.author?.id !== botId : m.author?.bot !== true) continue;
      const footer = m.embeds?.at(-1)?.footer?.text ?? '';
      const ref = REF_PATTERN.exec(footer)?.[1];
      const index = ref === undefined ? undefined : refs.get(ref);
      if (index === undefined || found.has(index)) continue;
      found.set(index, m.id);
      if (index === 0) firstPartOf = Number(PART_PATTERN.exec(footer)?.[2] ?? 1);
    }
    return { found, firstPartOf };
  }

  /** The bot's own user id (GET /users/@me, cached); null if it cannot be read. */
  private async botId(): Promise<string | null> {
    if (this.botUserId) return this.botUserId;
    try {
      const me = (await this.getRest().get(Routes.user('@me'))) as { id?: string };
      this.botUserId = typeof me.id === 'string' ? me.id : null;
    } catch (err) {
      this.logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'discord: could not read the bot user; matching any bot author');
    }
    return this.botUserId;
  }

}
