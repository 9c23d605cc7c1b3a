/**
 * Who may change what a channel gets (subscribe, unsubscribe) or what a topic holds (add a
 * source from chat): the channel's managers, as each platform defines them, and the people
 * on the `permissions.allow` list. One rule, one refusal text.
 */
import type { CommandContext } from './contracts.ts';
import { notice, type Reply } from '../domain/messages/message-model.ts';

/** "<platform>:<user id>" entries; a function is asked each time (the list reloads). */
export type AllowList = readonly string[] | (() => readonly string[]);

export async function mayManage(ctx: CommandContext, allowed: AllowList): Promise<boolean> {
  const allow = typeof allowed === 'function' ? allowed() : allowed;
  if (allow.includes(`${ctx.platform}:${ctx.user.id}`)) return true;
  try {
    return await ctx.isChannelManager();
  } catch {
    return false;
  }
}

export function refusal(action: string, ctx: CommandContext): Reply {
  return {
    messages: [
      notice(
        'Not allowed',
        `Only channel managers (Slack workspace admins and the channel's creator, Discord members with Manage Channels) or people on the Briefbot allow-list can ${action}. Ask one of them, or ask an operator to add "${ctx.platform}:${ctx.user.id}" to permissions.allow in config/briefbot.yml (it takes effect without a restart).`,
        'error',
      ),
    ],
    ephemeral: true,
  };
}
