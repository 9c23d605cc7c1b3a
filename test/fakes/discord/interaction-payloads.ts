/**
 * INTERACTION_CREATE payloads as Discord sends them: /brief subcommands, autocomplete
 * and button presses, from a member with or without Manage Channels.
 */
import { randomBytes } from 'node:crypto';
import { APP_ID, CHANNEL_ID, GUILD_ID } from './fake-discord.ts';
import { snowflake } from './snowflake.ts';

const MANAGE_CHANNELS = 1n << 4n;
const VIEW_AND_SEND = (1n << 10n) | (1n << 11n);

export interface Invoker {
  id?: string;
  username?: string;
  manageChannels?: boolean;
  channelId?: string;
}

function base(type: number, invoker: Invoker): Record<string, unknown> {
  const user = { id: invoker.id ?? '1100000000000000099', username: invoker.username ?? 'reader', discriminator: '0', global_name: null, avatar: null };
  const permissions = (invoker.manageChannels ? VIEW_AND_SEND | MANAGE_CHANNELS : VIEW_AND_SEND).toString();
  const channelId = invoker.channelId ?? CHANNEL_ID;
  return {
    id: snowflake(),
    application_id: APP_ID,
    type,
    token: `itoken-${randomBytes(12).toString('hex')}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: 'news', permissions },
    member: { user, roles: [], permissions, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null },
    app_permissions: VIEW_AND_SEND.toString(),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
  };
}

type OptionValues = Record<string, string>;

function subcommandData(sub: string, values: OptionValues, focused?: string): Record<string, unknown> {
  return {
    id: '1100000000000000500',
    name: 'brief',
    type: 1,
    guild_id: GUILD_ID,
    options: [
      {
        type: 1,
        name: sub,
        options: Object.entries(values).map(([name, value]) => ({ type: 3, name, value, ...(name === focused ? { focused: true } : {}) })),
      },
    ],
  };
}

/** `/brief <sub> option:value …` */
export function slashCommand(sub: string, values: OptionValues = {}, invoker: Invoker = {}): Record<string, unknown> {
  return { ...base(2, invoker), data: subcommandData(sub, values) };
}

/** Autocomplete while typing `focused` of `/brief <sub>`. */
export function autocomplete(sub: string, values: OptionValues, focused: string, invoker: Invoker = {}): Record<string, unknown> {
  return { ...base(4, invoker), data: subcommandData(sub, values, focused) };
}

/** A press of a button with `customId` on `message` (the message as the fake stored it). */
export function buttonPress(customId: string, message: Record<string, unknown>, invoker: Invoker = {}): Record<string, unknown> {
  return { ...base(3, invoker), message: { ...message, channel_id: invoker.channelId ?? CHANNEL_ID }, data: { custom_id: customId, component_type: 2 } };
}
