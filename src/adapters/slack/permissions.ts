/**
 * Slack's half of the subscribe permission check: who manages a channel. Workspace admins
 * and owners (users.info → is_admin / is_owner / is_primary_owner) manage every channel,
 * and a channel's creator (conversations.info → creator) manages that channel, as Discord's
 * Manage Channels does there. (Slack's own "Channel Manager" role is not readable by a bot
 * without admin scopes.) The config allow-list is added by the core. Answers are cached
 * briefly so a burst of commands costs one API call; a failed look-up counts as "no".
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';

export class SlackAdminCheck {
  private readonly cache = new Map<string, { admin: boolean; at: number }>();
  private readonly creators = new Map<string, { creator: string | null; at: number }>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 60_000,
  ) {}

  /** Admins and owners everywhere; the channel's creator in that channel. */
  async isChannelManager(userId: string, channelId: string): Promise<boolean> {
    if (await this.isAdmin(userId)) return true;
    return (await this.creatorOf(channelId)) === userId;
  }

  private async creatorOf(channelId: string): Promise<string | null> {
    const hit = this.creators.get(channelId);
    const t = this.now();
    if (hit && t - hit.at < this.ttlMs) return hit.creator;
    try {
      const res = await this.client.conversations.info({ channel: channelId });
      const creator = typeof res.channel?.creator === 'string' ? res.channel.creator : null;
      this.creators.set(channelId, { creator, at: t });
      if (this.creators.size > 5000) this.creators.delete(this.creators.keys().next().value as string);
      return creator;
    } catch (err) {
      this.logger.warn({ err, channelId }, 'slack: conversations.info failed (add channels:read/groups:read); the channel creator is not treated as its manager');
      return null;
    }
  }

  async isAdmin(userId: string): Promise<boolean> {
    const hit = this.cache.get(userId);
    const t = this.now();
    if (hit && t - hit.at < this.ttlMs) return hit.admin;
    try {
      const res = await this.client.users.info({ user: userId });
      const u = res.user;
      const admin = Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner);
      this.cache.set(userId, { admin, at: t });
      if (this.cache.size > 5000) this.cache.delete(this.cache.keys().next().value as string);
      return admin;
    } catch (err) {
      // Fail closed: without an answer from Slack, only the config allow-list applies.
      this.logger.warn({ err, userId }, 'slack: users.info failed; treating user as non-admin');
      return false;
    }
  }
}
