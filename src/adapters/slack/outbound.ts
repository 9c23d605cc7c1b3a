/**
 * Posting to Slack: chat.postMessage / chat.postEphemeral of rendered parts, error
 * translation at the adapter edge, and the DeliveryTarget recaps are posted through.
 */
import type { webApi } from '@slack/bolt';
import type { BriefbotCore } from '../../core/briefbot-core.ts';
import type { DeliveryTarget, PostedMessage } from '../../core/contracts.ts';
import { BriefbotError, PlatformError, PlatformUnavailableError, RateLimitError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Message } from '../../core/messages/message-model.ts';
import { renderMessages, type SlackMessage } from './render-block-kit.ts';

type WebClient = webApi.WebClient;

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
    case 'slack_webapi_http_error': {
      const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
      if (status === 429) {
        const sec = Number.parseInt(e.headers?.['retry-after'] ?? '1', 10);
        return new RateLimitError((Number.isNaN(sec) ? 1 : sec) * 1000, { cause: err });
      }
      if (status >= 500 || status === 0) return new PlatformUnavailableError(`${what}: Slack answered HTTP ${status}`, { cause: err });
      return new PlatformError(`${what}: Slack answered HTTP ${status}`, { cause: err, status });
    }
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
  async postParts(channel: string, parts: readonly SlackMessage[], threadTs?: string): Promise<PostedParts> {
    const [first, ...rest] = parts;
    if (!first) throw new PlatformError('nothing to post');
    const root = await this.postOne(channel, first, threadTs);
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

  private async postOne(channel: string, part: SlackMessage, threadTs: string | undefined): Promise<PostedParts> {
    try {
      const res = await this.client.chat.postMessage({
        channel,
        text: part.text,
        blocks: part.blocks,
        unfurl_links: false,
        unfurl_media: false,
        link_names: false,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      if (!res.ts) throw new PlatformError('chat.postMessage returned no ts');
      return { ts: res.ts, channel: res.channel ?? channel };
    } catch (err) {
      throw translateSlackError(err, 'chat.postMessage');
    }
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

/**
 * Recap delivery: chat.postMessage with rate limits surfaced as RateLimitError so the
 * scheduler (not the Slack client) decides when to retry. The first message's ts is the
 * thread follow-up questions continue in; its topic is remembered for them.
 */
export class SlackDelivery implements DeliveryTarget {
  readonly platform = 'slack' as const;

  constructor(
    private readonly poster: SlackPoster,
    private readonly core: Pick<BriefbotCore, 'rememberThread'>,
    private readonly logger: Logger,
  ) {}

  async post(channelId: string, messages: Message[]): Promise<PostedMessage> {
    const parts = renderMessages(messages).flat();
    if (parts.length === 0) throw new PlatformError('recap has no messages');
    // Part 1 failing throws RateLimitError etc. (nothing posted, the scheduler retries);
    // a failing continuation throws PartialPostError (permanent, no duplicate part 1).
    const root = await this.poster.postParts(channelId, parts);
    const topic = messages.find((m) => m.topic)?.topic;
    if (topic) {
      try {
        await this.core.rememberThread('slack', root.channel, root.ts, topic);
      } catch (err) {
        this.logger.warn({ err, channel: root.channel }, 'slack: could not remember recap thread topic');
      }
    }
    return { messageId: root.ts, channelId: root.channel };
  }
}
