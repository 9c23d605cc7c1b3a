/**
 * What feed polling keeps in the store (a port: the Kysely store implements it for SQLite
 * and Postgres). Two claims make polling safe with several replicas:
 * - a feed's poll is leased to one poller while the feed is due, so a feed is fetched once
 *   per interval however many replicas run;
 * - each article is claimed by its key within the topic before it is fetched and added, so
 *   it is added exactly once, even when two feeds list it or two pollers see it at once.
 * A claim whose holder died is taken over when its lease has expired.
 */
export type FeedPollStatus = 'ok' | 'not-modified' | 'error' | 'rate-limited';

export interface FeedState {
  topic: string;
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPollAt: Date | null;
  lastStatus: FeedPollStatus | null;
  lastError: string | null;
  /** Failed polls in a row (errors and 429s), for back-off. */
  failures: number;
  nextPollAt: Date;
}

export interface FeedPollResult {
  status: FeedPollStatus;
  error: string | null;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  nextPollAt: Date;
}

export type FeedItemStatus = 'claimed' | 'added' | 'skipped' | 'failed';

export type FeedItemClaim = 'mine' | 'busy' | 'done';

export interface FeedItemOutcome {
  status: Exclude<FeedItemStatus, 'claimed'>;
  /** The source id it was added as. */
  sourceId?: string;
  /** Why it was skipped or failed, one line. */
  reason?: string;
}

export interface FeedItemCounts {
  added: number;
  skipped: number;
  failed: number;
  /** Being added now, or abandoned by a poller that died (taken over after the lease). */
  claimed: number;
}

export interface FeedStore {
  /**
   * Leases the feed's next poll to `owner` when it is due (or `force`) and no other poller
   * holds it. Returns the feed's state (its validators for a conditional GET), or null when
   * the poll is not this caller's.
   */
  claimFeedPoll(topic: string, url: string, owner: string, now: Date, leaseMs: number, force?: boolean): Promise<FeedState | null>;
  /** Records a claimed poll's result and releases the lease. False if the lease was lost. */
  finishFeedPoll(topic: string, url: string, owner: string, result: FeedPollResult, now: Date): Promise<boolean>;
  /**
   * Claims an article for adding: `mine` for exactly one caller. A failed article may be
   * claimed again, up to `maxAttempts` in all; an added or skipped one never (`done`).
   * `busy`: another poller holds it and its lease has not expired.
   */
  claimFeedItem(topic: string, key: string, feedUrl: string, owner: string, now: Date, leaseMs: number, maxAttempts: number): Promise<FeedItemClaim>;
  /** Records what became of a claimed article. False if the claim was lost. */
  finishFeedItem(topic: string, key: string, owner: string, outcome: FeedItemOutcome, now: Date): Promise<boolean>;
  /** Every feed's state in a topic. */
  feedStates(topic: string): Promise<FeedState[]>;
  /** Article counts per feed URL, by what became of them. */
  feedItemCounts(topic: string): Promise<Map<string, FeedItemCounts>>;
}
