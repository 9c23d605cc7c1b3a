/**
 * Inbound Discord events: /brief commands, topic autocomplete, buttons and mentions.
 * Each becomes a turn through the bot (`core.run`), whose reply is rendered and sent back;
 * the bot remembers the topic of what was posted publicly.
 */
import { runTurnSafely } from '../kit/safe-reply.ts';
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type Message as DiscordMessage,
  type RepliableInteraction,
} from 'discord.js';
import type { BriefbotCore } from '../../bot/briefbot-core.ts';
import type { CommandContext, PostedMessage } from '../../bot/contracts.ts';
import type { Turn, TurnInput } from '../../bot/turn.ts';
import type { BriefbotError } from '../../domain/errors.ts';
import type { Logger } from '../../bot/logger.ts';
import { notice, type Action, type Message, type Reply } from '../../domain/messages/message-model.ts';
import { viewAction } from '../../domain/messages/actions.ts';
import type { Command } from '../../domain/command.ts';
import { commandOfButton, isShareable, shareAction, withoutShareButtons } from '../kit/share.ts';
import { BRIEF_COMMAND, SCHEDULE_SUGGESTIONS, SLOW_SUBCOMMANDS, commandFromOptions } from './commands-definition.ts';
import { postChannelPayloads, translateDiscordError } from './outbound.ts';
import { decodeCustomId, renderDiscordMessages, type DiscordPayload } from './render-discord.ts';
import { InteractionResponder } from './interaction-responder.ts';
import { TtlCache, shortKey } from './reply-cache.ts';

export interface InboundOptions {
  /** Reply directly when the core answers within this time, else defer first. Default 1500 ms. */
  deferAfterMs: number;
  now: () => number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export class DiscordInbound {
  /** Commands too long for a button's custom id, by short key (see render-discord.ts). */
  private readonly parked: TtlCache<string>;
  /** Bot answer message id → the conversation (thread or first replied-to message) it belongs to. */
  private readonly roots: TtlCache<string>;

  constructor(
    private readonly client: Client,
    private readonly core: BriefbotCore,
    private readonly logger: Logger,
    private readonly options: InboundOptions,
  ) {
    this.parked = new TtlCache(FIFTEEN_MINUTES, 1000, options.now);
    this.roots = new TtlCache(24 * 60 * 60 * 1000, 10_000, options.now);
  }

  async handleInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (interaction.commandName === BRIEF_COMMAND.name) await this.autocomplete(interaction);
      } else if (interaction.isChatInputCommand()) {
        if (interaction.commandName === BRIEF_COMMAND.name) await this.command(interaction);
      } else if (interaction.isButton()) {
        if (decodeCustomId(interaction.customId)) await this.button(interaction);
      }
    } catch (err) {
      const error = translateDiscordError(err, 'handling an interaction');
      this.logger.error({ err: error, interactionId: interaction.id }, 'discord: interaction failed');
      if (interaction.isRepliable()) await this.tellUser(interaction, error);
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const query = String(focused.value).trim();
    if (focused.name === 'schedule') {
      const lower = query.toLowerCase();
      const fixed = SCHEDULE_SUGGESTIONS.filter((s) => s.startsWith(lower) || lower === '');
      const choices = [...(query && !fixed.includes(query) ? [query] : []), ...fixed].slice(0, 25);
      await interaction.respond(choices.map((c) => ({ name: c.slice(0, 100), value: c.slice(0, 100) })));
      return;
    }
    const suggestions = this.core.suggestTopics(query, 25);
    await interaction.respond(
      suggestions.slice(0, 25).map((s) => {
        const name = s.title === s.slug ? s.slug : `${s.title} (${s.slug})`;
        return { name: name.length > 100 ? `${name.slice(0, 99)}…` : name, value: s.slug.slice(0, 100) };
      }),
    );
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const sub = interaction.options.getSubcommand();
    const get = (name: string): string | undefined => interaction.options.getString(name) ?? undefined;
    const command = commandFromOptions(sub, { topic: get('topic'), question: get('question'), schedule: get('schedule'), timezone: get('timezone'), url: get('url') }, (t) => this.resolveTopic(t));
    const ctx = this.interactionContext(interaction);
    // Answers to questions are posted for the channel; everything else starts private.
    // Every reply starts private, as on Slack; Share in channel makes it public.
    await this.answer(interaction, { kind: 'command', command }, ctx, SLOW_SUBCOMMANDS.has(sub));
  }

  private async button(interaction: ButtonInteraction): Promise<void> {
    const decoded = decodeCustomId(interaction.customId);
    if (!decoded) return;
    const ctx = this.interactionContext(interaction);
    const encoded = 'parked' in decoded ? this.parked.get(decoded.parked) : undefined;
    const command: Command | null = 'command' in decoded ? decoded.command : encoded ? commandOfButton(encoded) : null;
    if (!command) {
      const expired = notice('Expired', 'That button has expired. Run the command again.');
      await this.send(interaction, this.responder(interaction), { messages: [expired], ephemeral: true }, null);
      return;
    }
    await this.answer(interaction, { kind: 'command', command }, ctx, false);
  }

  private readonly park = (encoded: string): string => {
    const key = shortKey();
    this.parked.set(key, encoded);
    return key;
  };

  /**
   * Runs the turn through the bot and answers within Discord's 3 s: directly when the
   * reply is ready in time (or the command is known to be fast), else deferred first and
   * the reply edited in when ready.
   */
  private async answer(interaction: RepliableInteraction, input: TurnInput, ctx: CommandContext, slow: boolean, deferPublic = false): Promise<void> {
    const responder = this.responder(interaction);
    const deferredAs = { ephemeral: !deferPublic };
    let deferral: Promise<void> | null = null;
    const defer = (): Promise<void> => (deferral ??= responder.defer(deferPublic ? undefined : MessageFlags.Ephemeral));
    let timer: NodeJS.Timeout | undefined;
    if (slow || this.options.deferAfterMs <= 0) await defer();
    else timer = setTimeout(() => void defer().catch((err: unknown) => this.logger.warn({ err }, 'discord: could not defer')), this.options.deferAfterMs);
    const respond = async (reply: Reply): Promise<PostedMessage[]> => {
      clearTimeout(timer);
      const pending: Promise<void> | null = deferral;
      if (pending) await pending;
      return this.send(interaction, responder, reply, pending ? deferredAs : null);
    };
    await this.runTurn({ input, ctx, respond });
  }

  /** One turn through the bot; a failure before any reply is answered with a short error. */
  private runTurn(turn: Turn): Promise<void> {
    return runTurnSafely(this.core, turn, this.logger);
  }

  private responder(interaction: RepliableInteraction): InteractionResponder {
    return new InteractionResponder(this.client.rest, interaction.applicationId, interaction.id, interaction.token);
  }

  /** Sends a reply: the first payload answers the interaction, the rest are follow-ups. */
  /** Returns the public messages it posted (each can be replied to); none for a private reply. */
  private async send(interaction: RepliableInteraction, responder: InteractionResponder, reply: Reply, deferred: { ephemeral: boolean } | null): Promise<PostedMessage[]> {
    const messages = reply.messages.map(withoutShareButtons);
    const extra: Action[] = briefButtons(messages);
    const share = reply.ephemeral && reply.command && isShareable(messages) ? shareAction(reply.command, Infinity) : null;
    if (share) extra.push(share);
    const payloads = renderDiscordMessages(messages, extra, this.park);
    const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
    const publicIds: string[] = [];
    for (const [i, payload] of payloads.entries()) {
      if (i === 0 && deferred && deferred.ephemeral !== reply.ephemeral) {
        // The placeholder's visibility cannot change: answer in a follow-up, drop the placeholder.
        const id = await responder.followUp(payload, flags);
        if (!reply.ephemeral) publicIds.push(id);
        await responder.deleteOriginal();
      } else if (i === 0 && deferred) {
        const id = await responder.editOriginal(payload);
        if (!reply.ephemeral) publicIds.push(id);
      } else if (i === 0) {
        const id = await responder.reply(payload, flags, !reply.ephemeral);
        if (id && !reply.ephemeral) publicIds.push(id);
      } else {
        const id = await responder.followUp(payload, flags);
        if (!reply.ephemeral) publicIds.push(id);
      }
    }
    if (publicIds.length === 0 || !interaction.channelId) return [];
    const { channelId } = channelAndThread(interaction.channel, interaction.channelId);
    return publicIds.map((messageId) => ({ channelId, messageId }));
  }

  private async tellUser(interaction: RepliableInteraction, error: BriefbotError): Promise<void> {
    try {
      const responder = this.responder(interaction);
      const payload = renderDiscordMessages([notice('Error', error.userMessage, 'error')])[0] as DiscordPayload;
      try {
        await responder.reply(payload, MessageFlags.Ephemeral, false);
      } catch {
        // Already acknowledged: say it in a follow-up instead.
        await responder.followUp(payload, MessageFlags.Ephemeral);
      }
    } catch (err) {
      this.logger.warn({ err: translateDiscordError(err, 'reporting an error') }, 'discord: could not report an error to the user');
    }
  }

  /** A mention of the bot, in a thread on a brief or as a reply to a brief or recap. */
  async handleMessage(message: DiscordMessage): Promise<void> {
    const me = this.client.user?.id;
    if (!me || message.author.bot || !message.inGuild() || !message.mentions.users.has(me)) return;
    try {
      const text = message.content.replace(new RegExp(`<@!?${me}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
      const { channelId, threadId: inThread } = channelAndThread(message.channel, message.channelId);
      const replyTo = message.reference?.messageId;
      const threadId = inThread ?? (replyTo ? (this.roots.get(replyTo) ?? replyTo) : undefined);
      const member = message.member;
      const ctx: CommandContext = {
        platform: 'discord',
        user: { id: message.author.id, name: message.author.username },
        channelId,
        ...(threadId ? { threadId } : {}),
        isChannelManager: async () => {
          try {
            return member?.permissions.has(PermissionFlagsBits.ManageChannels) ?? false;
          } catch {
            return false;
          }
        },
      };
      await this.runTurn({
        input: { kind: 'mention', text },
        ctx,
        respond: async (reply) => {
          const messages = reply.messages.map(withoutShareButtons);
          const payloads = renderDiscordMessages(messages, briefButtons(messages));
          const ids = await postChannelPayloads(this.client.rest, message.channelId, payloads, { replyTo: message.id, nonceSalt: message.id });
          if (threadId && !inThread) for (const id of ids) this.roots.set(id, threadId);
          // In a thread, the thread is the conversation; elsewhere a reply to an answer continues it.
          return inThread ? [] : ids.map((messageId) => ({ channelId, messageId }));
        },
      });
    } catch (err) {
      this.logger.error({ err: translateDiscordError(err, 'answering a mention'), messageId: message.id }, 'discord: mention failed');
    }
  }

  /** Free text typed instead of an autocomplete choice ("China Russia aid") → best slug. */
  private resolveTopic(input: string): string {
    const t = input.trim();
    if (!/\s/.test(t)) return t;
    return this.core.suggestTopics(t, 1)[0]?.slug ?? t.toLowerCase().replace(/\s+/g, '-');
  }

  private interactionContext(interaction: RepliableInteraction): CommandContext {
    const { channelId, threadId } = channelAndThread(interaction.channel, interaction.channelId ?? 'unknown');
    const perms = interaction.memberPermissions;
    return {
      platform: 'discord',
      user: { id: interaction.user.id, name: interaction.user.username },
      channelId,
      ...(threadId ? { threadId } : {}),
      isChannelManager: async () => perms?.has(PermissionFlagsBits.ManageChannels) ?? false,
    };
  }
}

/** In a thread, the conversation is the thread and the channel is its parent. */
function channelAndThread(channel: unknown, channelId: string): { channelId: string; threadId: string | undefined } {
  const c = channel as { isThread?: () => boolean; parentId?: string | null; id?: string } | null | undefined;
  if (c?.isThread?.() && c.parentId) return { channelId: c.parentId, threadId: c.id ?? channelId };
  return { channelId, threadId: undefined };
}

/** Sources and Timeline buttons for a brief, unless the core already added them. */
function briefButtons(messages: Message[]): Action[] {
  const brief = messages.find((m) => m.kind === 'brief' && m.topic);
  if (!brief?.topic) return [];
  const present = new Set(messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map((a) => a.id) : []))));
  const out: Action[] = [];
  if (!present.has('brief.sources')) out.push(viewAction(brief.topic, 'sources', 'Sources'));
  if (!present.has('brief.timeline')) out.push(viewAction(brief.topic, 'timeline', 'Timeline'));
  return out;
}
