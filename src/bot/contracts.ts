/**
 * The small contracts between the core and its adapters, stores and schedulers.
 * Adapters depend on these interfaces only; the core never imports an adapter.
 */
import type { Message, Reply } from '../domain/messages/message-model.ts';
import type { PlatformId } from '../domain/platform.ts';

/** A chat platform's id (see domain/platform.ts). */
export type Platform = PlatformId;

export interface ChatUser {
  id: string;
  name?: string;
}

/** Where a command or mention came from. */
export interface CommandContext {
  platform: Platform;
  user: ChatUser;
  /** Channel id on the platform ('console' for the terminal). */
  channelId: string;
  /** Thread (Slack thread_ts, Discord thread channel or replied-to message id), if any. */
  threadId?: string;
  /**
   * The adapter's own permission check for subscribe/unsubscribe: Slack workspace
   * admins, Discord Manage Channels. The core adds the config allow-list on top.
   */
  isChannelManager(): Promise<boolean>;
}

/** Identifies a conversation (a thread) on one platform. */
export function conversationKey(platform: Platform, channelId: string, threadId: string | undefined): string {
  return `${platform}:${channelId}:${threadId ?? '-'}`;
}

/** What a conversation remembers between questions. Plain JSON so any store can keep it. */
export interface ConversationState {
  topic: string | null;
  /** Entities (people, places, organisations, dates) mentioned in the last turns, newest first. */
  entities: string[];
  /** The last question asked, for elliptical follow-ups such as "and in June?". */
  lastQuestion: string | null;
  updatedAt: string;
}

export interface ConversationStore {
  getConversation(key: string): Promise<ConversationState | null>;
  saveConversation(key: string, state: ConversationState): Promise<void>;
}

/** Result of posting a message to a channel. */
export interface PostedMessage {
  /** Platform message id (Slack ts, Discord snowflake). Follow-ups in its thread use it. */
  messageId: string;
  channelId: string;
  /**
   * Every posted message a follow-up may point at, when that is more than `messageId`
   * (Discord: each part, since a reply to part 2 asks about the same topic). The bot
   * remembers the topic of each.
   */
  anchors?: string[];
}

/**
 * A destination recaps are delivered to. Adapters implement it with chat.postMessage
 * (Slack) or POST /channels/:id/messages (Discord); the console prints.
 *
 * Errors: throw RateLimitError(retryAfterMs) on 429, PlatformUnavailableError when the
 * platform is unreachable or answers 5xx, PlatformError for permanent refusals.
 */
export interface DeliveryTarget {
  readonly platform: Platform;
  post(channelId: string, messages: Message[], options?: DeliveryOptions): Promise<PostedMessage>;
  /**
   * Where an earlier post of `idempotencyKey` went, or null. Lets the scheduler record what
   * was really posted before it records a delivery as failed or skipped.
   */
  findPosted?(channelId: string, idempotencyKey: string): Promise<PostedMessage | null>;
}

/**
 * How one recap delivery identifies itself to a target, so a target can avoid posting it
 * twice when an earlier attempt's outcome is unknown (the replica died after the platform
 * accepted the post but before the store recorded it, or a post timed out).
 */
export interface DeliveryOptions {
  /** Stable per delivery: "<subscriptionId>@<fire time ISO>". */
  idempotencyKey?: string;
  /**
   * True when an earlier attempt of this key may have reached the platform (a taken-over
   * claim, or a retry after a timeout/unknown outcome): the target should look for an
   * earlier post with this key before posting.
   */
  mayHavePosted?: boolean;
}

/** The adapter interface: small, with optional abilities marked `?`. */
/**
 * A chat platform, as the app runs it. What every adapter does (and the contract suite in
 * test/adapters/contract/ checks on each): turn every interaction into a `Turn` for
 * `BriefbotCore.run`, returning from `respond` the public messages it posted (the bot
 * remembers their topic; adapters keep no thread state of their own); render messages
 * with the platform's escaping so document text never pings anyone or runs as markup;
 * split long replies with `paginate` (kit) so nothing is cut; put typed commands in
 * buttons (kit/share.ts); and turn platform failures into typed errors at its edge
 * (kit/http-errors.ts), answering users with kit/safe-reply.ts. Optional abilities are
 * marked `?`.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Present when the adapter can post recaps. */
  readonly delivery?: DeliveryTarget;
}

export type { Message, Reply };

/**
 * Remembers inbound platform events (Slack event_id, retries) so each is handled once,
 * across restarts and replicas. Implemented by the state store.
 */
export interface InboundEventLog {
  /** Returns true the first time `key` is claimed, false for every later claim. */
  claimEvent(key: string, now: Date): Promise<boolean>;
}

