/**
 * Slack's half of the subscribe permission check: workspace admins and owners
 * (users.info → is_admin / is_owner / is_primary_owner). The config allow-list is added
 * by the core. Answers are cached briefly so a burst of commands costs one API call.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/logger.ts';

export class SlackAdminCheck {
  private readonly cache = new Map<string, { admin: boolean; at: number }>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 60_000,
  ) {}

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
