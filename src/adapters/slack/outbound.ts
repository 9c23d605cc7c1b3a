/**
 * Posting to Slack: chat.postMessage / chat.postEphemeral of rendered parts, error
 * translation at the adapter edge, and the DeliveryTarget recaps are posted through.
 */
import { errorForHttpStatus } from '../kit/http-errors.ts';
import type { webApi } from '@slack/bolt';
import type { DeliveryOptions, DeliveryTarget, PostedMessage } from '../../bot/contracts.ts';
import { BriefbotError, PlatformError, PlatformUnavailableError, RateLimitError } from '../../domain/errors.ts';
import type { Logger } from '../../bot/logger.ts';
import type { Message } from '../../domain/messages/message-model.ts';
import { renderMessages, type SlackMessage } from './render-block-kit.ts';

type WebClient = webApi.WebClient;

/** Slack message metadata (chat.postMessage `metadata`), read back by conversations.history. */
export interface SlackMessageMetadata {
  event_type: string;
  event_payload: Record<string, string>;
}

/** The metadata event type recaps carry their idempotency key in. */
export const RECAP_METADATA_EVENT = 'briefbot_recap';

/** Slack error codes that mean "try again later" rather than "this will never work". */
const TRANSIENT_CODES = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

interface SlackLikeError {
  code?: unknown;
  retryAfter?: unknown;
  statusCode?: unknown;
  headers?: Record<string, string>;
  data?: { error?: unknown; response_metadata?: { retryAfter?: unknown } };
  original?: unknown;
  message?: unknown;
}

/** Translates a @slack/web-api error into RateLimitError, PlatformUnavailableError or PlatformError. */
export function translateSlackError(err: unknown, what: string): BriefbotError {
  if (err instanceof BriefbotError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as SlackLikeError;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error': {
      const sec = typeof e.retryAfter === 'number' && e.retryAfter >= 0 ? e.retryAfter : 1;
      return new RateLimitError(sec * 1000, { cause: err, message: `${what}: rate limited by Slack, retry after ${sec} s` });
    }
    case 'slack_webapi_request_error':
      return new PlatformUnavailableError(`${what}: Slack unreachable`, { cause: err });
    case 'slack_webapi_http_error':
      return errorForHttpStatus({ what, platform: 'Slack', status: typeof e.statusCode === 'number' ? e.statusCode : 0, retryAfter: e.headers?.['retry-after'], cause: err });
    case 'slack_webapi_platform_error': {
      const code = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
      if (code === 'ratelimited' || code === 'rate_limited') {
        const sec = typeof e.data?.response_metadata?.retryAfter === 'number' ? e.data.response_metadata.retryAfter : 1;
        return new RateLimitError(sec * 1000, { cause: err });
      }
      if (TRANSIENT_CODES.has(code)) return new PlatformUnavailableError(`${what}: Slack error ${code}`, { cause: err });
      return new PlatformError(`${what}: Slack error ${code}`, { cause: err, platformCode: code });
    }
    default:
      return new PlatformUnavailableError(`${what}: ${typeof e.message === 'string' ? e.message : 'unexpected error'}`, { cause: err });
  }
}

export interface PosterOptions {
  /** Waits between attempts of a thread continuation (injectable for tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts per continuation part before giving up. Default 4. */
  continuationAttempts?: number;
  /** Longest Retry-After honoured in-process for continuation parts. Default 30 s. */
  maxWaitMs?: number;
}

export interface PostedParts {
  ts: string;
  channel: string;
}

/**
 * Part 1 was posted but a thread continuation failed even after in-place retries.
 * Permanent on purpose: retrying the whole post would post part 1 twice.
 */
export class PartialPostError extends PlatformError {
  readonly posted: PostedParts;
  constructor(posted: PostedParts, part: number, of: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`posted message ${posted.ts} but its part ${part} of ${of} failed: ${reason}`, { cause, platformCode: 'partial_post' });
    this.posted = posted;
  }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts rendered parts: the first as a message, the rest in its thread. */
export class SlackPoster {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly attempts: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
    options: PosterOptions = {},
  ) {
    this.sleep = options.sleep ?? defaultSleep;
    this.attempts = options.continuationAttempts ?? 4;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
  }

  /**
   * Posts `parts` in `channel`. The first part starts a message (or replies in `threadTs`);
   * every later part goes in that thread. A failure of the first part is thrown as is
   * (translated), so a scheduler can retry the whole post. Later parts are retried here,
   * honouring Retry-After, because retrying the whole post would duplicate part 1.
   */
  async postParts(channel: string, parts: readonly SlackMessage[], threadTs?: string, metadata?: SlackMessageMetadata): Promise<PostedParts> {
    const [first, ...rest] = parts;
    if (!first) throw new PlatformError('nothing to post');
    const root = await this.postOne(channel, first, threadTs, metadata);
    const thread = threadTs ?? root.ts;
    for (const [i, part] of rest.entries()) {
      try {
        await this.withRetry(`continuation ${i + 2}/${parts.length}`, () => this.postOne(root.channel, part, thread));
      } catch (err) {
        throw new PartialPostError(root, i + 2, parts.length, err);
      }
    }
    return root;
  }

  async postEphemeralParts(channel: string, user: string, parts: readonly SlackMessage[], threadTs?: string): Promise<void> {
    for (const part of parts) {
      await this.withRetry('ephemeral part', async () => {
        try {
          await this.client.chat.postEphemeral({
            channel,
            user,
            text: part.text,
            blocks: part.blocks,
            ...(threadTs ? { thread_ts: threadTs } : {}),
          });
        } catch (err) {
          throw translateSlackError(err, 'chat.postEphemeral');
        }
      });
    }
  }

  async postOne(channel: string, part: SlackMessage, threadTs: string | undefined, metadata?: SlackMessageMetadata): Promise<PostedParts> {
    try {
      const res = await this.client.chat.postMessage({
        channel,
        text: part.text,
        blocks: part.blocks,
        unfurl_links: false,
        unfurl_media: false,
        link_names: false,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(metadata ? { metadata } : {}),
      });
      if (!res.ts) throw new PlatformError('chat.postMessage returned no ts');
      return { ts: res.ts, channel: res.channel ?? channel };
    } catch (err) {
      throw translateSlackError(err, 'chat.postMessage');
    }
  }

  /**
   * The ts of a top-level message in `channel` posted since `oldest` whose metadata is
   * `event_type` with `event_payload.key === key`, or null. Looks at the newest `limit`
   * messages only. Needs channels:history (public) or groups:history (private channels).
   */
  async findByMetadataKey(channel: string, eventType: string, key: string, oldest: Date, limit = 50): Promise<string | null> {
    let res: webApi.ConversationsHistoryResponse;
    try {
      res = await this.client.conversations.history({ channel, limit, include_all_metadata: true, oldest: (oldest.getTime() / 1000).toFixed(6), inclusive: true });
    } catch (err) {
      throw translateSlackError(err, 'conversations.history');
    }
    for (const m of res.messages ?? []) {
      const meta = m.metadata as { event_type?: unknown; event_payload?: { key?: unknown } } | undefined;
      if (meta?.event_type === eventType && meta.event_payload?.key === key && typeof m.ts === 'string') return m.ts;
    }
    return null;
  }

  /**
   * Posts one thread continuation, retrying in place. After an attempt whose outcome is
   * unknown (a 5xx or timeout: Slack may have stored the message), `alreadyPosted` is
   * asked before the next attempt, so the part is not posted twice.
   */
  async postContinuation(root: PostedParts, part: SlackMessage, what: string, metadata: SlackMessageMetadata | undefined, alreadyPosted?: () => Promise<boolean>): Promise<void> {
    let uncertain = false;
    await this.withRetry(what, async () => {
      if (uncertain && alreadyPosted && (await alreadyPosted())) return;
      try {
        await this.postOne(root.channel, part, root.ts, metadata);
      } catch (err) {
        if (translateSlackError(err, what) instanceof PlatformUnavailableError) uncertain = true;
        throw err;
      }
    });
  }

  /**
   * Part numbers already in the thread of `rootTs` whose metadata is `eventType` with
   * `event_payload.key === key` (the root counts as part 1). Needs the history scopes.
   */
  async partsInThread(channel: string, rootTs: string, eventType: string, key: string): Promise<Set<number>> {
    const parts = new Set<number>();
    let cursor: string | undefined;
    do {
      let res: webApi.ConversationsRepliesResponse;
      try {
        res = await this.client.conversations.replies({ channel, ts: rootTs, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      } catch (err) {
        throw translateSlackError(err, 'conversations.replies');
      }
      for (const m of res.messages ?? []) {
        const meta = m.metadata as { event_type?: unknown; event_payload?: { key?: unknown; part?: unknown } } | undefined;
        if (meta?.event_type !== eventType || meta.event_payload?.key !== key) continue;
        parts.add(m.ts === rootTs ? 1 : Number(meta.event_payload.part ?? 0));
      }
      cursor = res.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return parts;
  }

  private async withRetry<T>(what: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (err) {
        const e = translateSlackError(err, what);
        const retryable = e instanceof RateLimitError || e instanceof PlatformUnavailableError;
        if (!retryable || attempt >= this.attempts) throw e;
        const wait = e instanceof RateLimitError ? e.retryAfterMs : 500 * attempt;
        if (wait > this.maxWaitMs) throw e;
        this.logger.warn({ what, attempt, waitMs: wait, code: e.code }, 'slack: retrying thread continuation');
        await this.sleep(wait);
      }
    }
  }
}

export interface SlackDeliveryOptions {
  /** Clock for the look-back window (injectable for tests). */
  clock?: () => Date;
  /** How far back conversations.history looks for an earlier post of a key. Default 24 h. */
  lookBackMs?: number;
  /** How many recent channel messages are searched. Default 50. */
  lookBackLimit?: number;
}

/** History errors after which we post anyway (a possible duplicate beats a lost recap). */
const HISTORY_UNAVAILABLE = new Set(['missing_scope', 'not_in_channel', 'channel_not_found', 'not_allowed_token_type', 'no_permission', 'access_denied']);

/**
 * Recap delivery: chat.postMessage with rate limits surfaced as RateLimitError so the
 * scheduler (not the Slack client) decides when to retry. The first message's ts is the
 * thread follow-up questions continue in (the scheduler has the bot remember its topic).
 *
 * Idempotency: the first message carries the delivery's key in Slack message metadata
 * (`briefbot_recap` / `{ key }`). When the scheduler says an earlier attempt may have
 * posted (`mayHavePosted`), the channel's recent history is searched for that key first
 * and, if found, its ts is returned and nothing is posted. Without `mayHavePosted` no
 * lookup is made (Slack has no server-side dedupe), so a repeated call posts again.
 */
export class SlackDelivery implements DeliveryTarget {
  readonly platform = 'slack' as const;
  private readonly clock: () => Date;
  private readonly lookBackMs: number;
  private readonly lookBackLimit: number;

  constructor(
    private readonly poster: SlackPoster,
    private readonly logger: Logger,
    options: SlackDeliveryOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.lookBackMs = options.lookBackMs ?? 24 * 3600_000;
    this.lookBackLimit = options.lookBackLimit ?? 50;
  }

  async post(channelId: string, messages: Message[], options: DeliveryOptions = {}): Promise<PostedMessage> {
    const parts = renderMessages(messages).flat();
    const [first] = parts;
    if (!first) throw new PlatformError('recap has no messages');
    const key = options.idempotencyKey;
    const metadataFor = (i: number): SlackMessageMetadata | undefined =>
      key ? { event_type: RECAP_METADATA_EVENT, event_payload: { key, part: String(i + 1), of: String(parts.length) } } : undefined;

    let root: PostedParts | null = null;
    let present = new Set<number>();
    if (key && options.mayHavePosted) {
      const earlier = await this.findEarlierPost(channelId, key);
      if (earlier) {
        root = { ts: earlier, channel: channelId };
        present = await this.partsPresent(root, key);
        const missing = parts.length - present.size;
        this.logger.info(
          { channel: channelId, ts: earlier, key, missing },
          missing > 0 ? 'slack: recap was partly posted by an earlier attempt; posting the missing parts' : 'slack: recap was already posted by an earlier attempt; not posting again',
        );
      }
    }
    // Part 1 failing throws RateLimitError etc. (the scheduler retries, looking for it first
    // when the outcome was unknown).
    root ??= await this.poster.postOne(channelId, first, undefined, metadataFor(0));
    const thread = root;
    for (let i = 1; i < parts.length; i++) {
      if (present.has(i + 1)) continue;
      const what = `continuation ${i + 1}/${parts.length}`;
      const check = key ? async () => (await this.partsPresent(thread, key)).has(i + 1) : undefined;
      try {
        await this.poster.postContinuation(thread, parts[i] as SlackMessage, what, metadataFor(i), check);
      } catch (err) {
        // With a key, every part is findable: let the scheduler retry, and the retry posts
        // only the parts still missing. Without one, retrying would repeat part 1.
        if (key && (err instanceof RateLimitError || err instanceof PlatformUnavailableError)) {
          throw new PlatformUnavailableError(`posted message ${thread.ts} but its part ${i + 1} of ${parts.length} failed; the retry posts the missing parts`, { cause: err });
        }
        throw new PartialPostError(thread, i + 1, parts.length, err);
      }
    }
    return { messageId: root.ts, channelId: root.channel };
  }

  /** The earlier post of `key` in `channelId` (its first part), or null; for the scheduler's records. */
  async findPosted(channelId: string, key: string): Promise<PostedMessage | null> {
    const ts = await this.findEarlierPost(channelId, key);
    return ts ? { messageId: ts, channelId } : null;
  }

  /** Parts of `key` already in the thread of `root`; just part 1 when the thread cannot be read. */
  private async partsPresent(root: PostedParts, key: string): Promise<Set<number>> {
    try {
      const found = await this.poster.partsInThread(root.channel, root.ts, RECAP_METADATA_EVENT, key);
      found.add(1);
      return found;
    } catch (err) {
      if (err instanceof RateLimitError || err instanceof PlatformUnavailableError) throw err;
      this.logger.warn({ channel: root.channel, key, err: err instanceof Error ? err.message : String(err) }, 'slack: cannot read the recap thread to find parts already posted; posting the rest, some may appear twice');
      return new Set([1]);
    }
  }

  /** The ts of an earlier post of `key`, or null (also when history cannot be read). */
  private async findEarlierPost(channelId: string, key: string): Promise<string | null> {
    const oldest = new Date(this.clock().getTime() - this.lookBackMs);
    try {
      return await this.poster.findByMetadataKey(channelId, RECAP_METADATA_EVENT, key, oldest, this.lookBackLimit);
    } catch (err) {
      // Rate limits and outages are retried by the scheduler (still with mayHavePosted).
      if (err instanceof RateLimitError || err instanceof PlatformUnavailableError) throw err;
      const code = err instanceof PlatformError ? err.platformCode : undefined;
      this.logger.warn(
        { channel: channelId, key, code, err: err instanceof Error ? err.message : String(err) },
        code && HISTORY_UNAVAILABLE.has(code)
          ? 'slack: cannot read channel history to check for an earlier post of this recap (add channels:history/groups:history, invite the bot); posting anyway, it may appear twice'
          : 'slack: checking for an earlier post of this recap failed; posting anyway, it may appear twice',
      );
      return null;
    }
  }

}
