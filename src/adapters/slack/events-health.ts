/**
 * Notices a Slack app whose Events Request URL was never verified: in HTTP mode slash
 * commands work without it, but mentions (follow-up questions in threads) silently never
 * arrive. After a few commands, or a while, with no event at all, it warns once, saying
 * what to do. Pure: the caller passes the time and logs the warning.
 */
export interface EventsHealthOptions {
  /** Commands answered with no event seen before warning. Default 5. */
  afterCommands?: number;
  /** Or time since the first command with no event seen. Default 30 minutes. */
  afterMs?: number;
}

export const EVENTS_NOT_ARRIVING =
  'slack: /brief works but no event has ever arrived, so @mentions (follow-up questions in threads) are not being delivered. In the app settings, open Event Subscriptions and make sure the Request URL (https://<your host>/slack/events) shows "Verified" while the bot is running (press Retry if not), and that the app_mention bot event is subscribed.';

export class EventsHealth {
  private commands = 0;
  private firstCommandAt: number | null = null;
  private sawEvent = false;
  private warned = false;
  private readonly afterCommands: number;
  private readonly afterMs: number;

  constructor(options: EventsHealthOptions = {}) {
    this.afterCommands = options.afterCommands ?? 5;
    this.afterMs = options.afterMs ?? 30 * 60_000;
  }

  event(): void {
    this.sawEvent = true;
  }

  /** Records an answered command; true exactly once, when it is time to warn. */
  command(nowMs: number): boolean {
    this.commands++;
    this.firstCommandAt ??= nowMs;
    if (this.sawEvent || this.warned) return false;
    if (this.commands >= this.afterCommands || nowMs - this.firstCommandAt >= this.afterMs) {
      this.warned = true;
      return true;
    }
    return false;
  }
}
