/**
 * Inbound Slack traffic → core calls: `/brief` commands, button presses, the "Ask a
 * question" modal, and @-mentions (follow-up questions, answered in the thread).
 *
 * Every interaction is acked first (well inside Slack's 3 s), then the work continues and
 * the answer goes out through `respond`, chat.postEphemeral or chat.postMessage.
 */
import { runTurnSafely, userText } from '../kit/safe-reply.ts';
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { BriefbotCore } from '../../bot/briefbot-core.ts';
import type { CommandContext, InboundEventLog, PostedMessage } from '../../bot/contracts.ts';
import type { TurnInput } from '../../bot/turn.ts';
import type { Logger } from '../../bot/logger.ts';
import type { Reply } from '../../domain/messages/message-model.ts';
import type { SlackAdminCheck } from './permissions.ts';
import type { AfterAckQueue } from './after-ack-queue.ts';
import { responseUrlPoster } from './response-url.ts';
import type { Command } from '../../domain/command.ts';
import { commandOfButton } from '../kit/share.ts';
import type { ReplySender } from './reply-sender.ts';

export const COMMAND = '/brief';
export const ASK_VIEW_ID = 'brief.ask.modal';
const QUESTION_BLOCK = 'question';
const VISIBILITY_BLOCK = 'visibility';

export interface InboundDeps {
  core: BriefbotCore;
  events: InboundEventLog;
  logger: Logger;
  sender: ReplySender;
  admins: SlackAdminCheck;
  now: () => Date;
  /** Runs the work after each ack (see after-ack-queue.ts). */
  afterAck: AfterAckQueue;
}

/**
 * Mention text from Slack markup to plain text: drops the bot's own mention, turns other
 * mentions, channels and links into readable text, and unescapes &amp; &lt; &gt;.
 */
export function cleanMentionText(text: string, botUserId: string | undefined): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => (id === botUserId ? '' : `@${name ?? id}`))
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name ?? '@group')
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_m, url: string, label?: string) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function registerInbound(app: App, deps: InboundDeps): void {
  const { core, events, logger, sender, admins, now, afterAck } = deps;

  const context = (user: { id: string; name?: string | undefined }, channelId: string, threadId?: string): CommandContext => ({
    platform: 'slack',
    user: user.name ? { id: user.id, name: user.name } : { id: user.id },
    channelId,
    ...(threadId ? { threadId } : {}),
    isChannelManager: () => admins.isChannelManager(user.id, channelId),
  });

  /**
   * One turn through the bot (it remembers thread topics); `send` posts a reply. When
   * sending fails, `onSendFailed` tells the user what it can.
   */
  const serve = async (what: string, input: TurnInput, ctx: CommandContext, send: (reply: Reply) => Promise<PostedMessage[]>, onSendFailed: (err: unknown) => Promise<void>): Promise<void> => {
    try {
      await runTurnSafely(core, { input, ctx, respond: send }, logger);
    } catch (err) {
      logger.error({ err, what }, 'slack: could not send a reply');
      await onSendFailed(err).catch(() => undefined);
    }
  };

  // /brief <anything>: every router command.
  app.command(COMMAND, async ({ command, ack }) => {
    await ack();
    afterAck.run(async () => {
      const respond = responseUrlPoster(command.response_url);
      const ctx = context({ id: command.user_id, name: command.user_name }, command.channel_id);
      await serve(
        'command',
        { kind: 'command', command: command.text },
        ctx,
        (reply) => sender.send(reply, { channel: command.channel_id, user: command.user_id, respond, ...(reply.command ? { share: reply.command } : {}) }),
        (err) => respond({ response_type: 'ephemeral', text: userText(err) }),
      );
    });
  });

  // Buttons: each carries the command it runs (kit/share.ts), "Share in channel" included.
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: /^brief\./ }, async ({ action, ack, body, client }) => {
    await ack();
    afterAck.run(async () => {
      const respond = responseUrlPoster(body.response_url);
      const channel = body.channel?.id ?? (body.container['channel_id'] as string | undefined);
      const threadTs = (body.container['thread_ts'] as string | undefined) ?? body.message?.['thread_ts'];
      const user = { id: body.user.id, name: body.user.username ?? body.user.name };
      const command: Command | null = commandOfButton(action.value ?? '', action.action_id);
      if (command?.kind === 'ask' && command.topic !== undefined && command.question.trim() === '') {
        try {
          await client.views.open({ trigger_id: body.trigger_id, view: askModal(command.topic, channel, threadTs) });
        } catch (err) {
          logger.error({ err }, 'slack: views.open failed');
          await respond({ response_type: 'ephemeral', replace_original: false, text: 'Sorry, the question form could not be opened. Try `/brief ask <topic> <question>`.' }).catch(() => undefined);
        }
        return;
      }
      if (!channel) return;
      const ctx = context(user, channel, threadTs);
      const tellUser = (err: unknown): Promise<void> => respond({ response_type: 'ephemeral', replace_original: false, text: userText(err) });
      if (!command) {
        await tellUser(new Error('a button value that is not a command'));
        return;
      }
      const send = (reply: Reply): Promise<PostedMessage[]> => {
        // Shared content is posted for everyone; errors stay private.
        const isError = reply.messages.every((m) => m.kind === 'error' || m.kind === 'notice');
        const visibility = command.kind === 'publish' ? { ephemeral: isError } : {};
        return sender.send({ ...reply, ...visibility }, { channel, user: user.id, respond, ...(reply.command ? { share: reply.command } : {}), ...(threadTs ? { threadTs } : {}) });
      };
      await serve(action.action_id, { kind: 'command', command }, ctx, send, tellUser);
    });
  });

  // "Ask a question" modal submitted: answer privately, or in the channel if asked to.
  app.view(ASK_VIEW_ID, async ({ ack, view, body }) => {
    const question = (view.state.values[QUESTION_BLOCK]?.[QUESTION_BLOCK]?.value ?? '').replace(/\s+/g, ' ').trim();
    if (question === '') {
      await ack({ response_action: 'errors', errors: { [QUESTION_BLOCK]: 'Please type a question.' } });
      return;
    }
    await ack();
    afterAck.run(async () => {
      const inChannel = (view.state.values[VISIBILITY_BLOCK]?.[VISIBILITY_BLOCK]?.selected_options ?? []).some((o) => o.value === 'in_channel');
      const meta = parseMeta(view.private_metadata);
      if (!meta.channel) return;
      const ctx = context({ id: body.user.id, name: body.user.name }, meta.channel, meta.thread);
      const command: Command = { kind: 'ask', topic: meta.topic, question };
      const channel = meta.channel;
      await serve(
        'ask',
        { kind: 'command', command },
        ctx,
        (reply) =>
          sender.send(
            // The asker chose who sees the answer; errors always stay private.
            { ...reply, ephemeral: !inChannel || reply.messages.every((m) => m.kind === 'error') },
            { channel, user: body.user.id, share: command, ...(meta.thread ? { threadTs: meta.thread } : {}) },
          ),
        async () => undefined,
      );
    });
  });

  // @Briefbot mentions: follow-up questions, answered in the thread (once per event).
  app.event('app_mention', async ({ event, body, context: boltContext }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !(await events.claimEvent(`slack:${eventId}`, now()))) {
      logger.debug({ eventId }, 'slack: duplicate event delivery ignored');
      return;
    }
    if (event.bot_id || !event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    const text = cleanMentionText(event.text, boltContext.botUserId);
    const ctx = context({ id: event.user }, event.channel, threadTs);
    const user = event.user;
    await serve('mention', { kind: 'mention', text }, ctx, (reply) => sender.send(reply, { channel: event.channel, user, threadTs }), async () => undefined);
  });

  app.error(async (err) => {
    logger.error({ err }, 'slack: unhandled Bolt error');
  });
}

interface AskMeta {
  topic: string;
  channel: string | undefined;
  thread: string | undefined;
}

function parseMeta(raw: string): AskMeta {
  try {
    const m = JSON.parse(raw) as Partial<Record<'t' | 'c' | 'th', string>>;
    return { topic: m.t ?? '', channel: m.c, thread: m.th };
  } catch {
    return { topic: '', channel: undefined, thread: undefined };
  }
}

/** The "Ask a question" modal for one topic. */
export function askModal(topic: string, channel: string | undefined, thread: string | undefined) {
  return {
    type: 'modal' as const,
    callback_id: ASK_VIEW_ID,
    private_metadata: JSON.stringify({ t: topic, ...(channel ? { c: channel } : {}), ...(thread ? { th: thread } : {}) }),
    title: { type: 'plain_text' as const, text: 'Ask a question' },
    submit: { type: 'plain_text' as const, text: 'Ask' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    blocks: [
      {
        type: 'input' as const,
        block_id: QUESTION_BLOCK,
        label: { type: 'plain_text' as const, text: `Your question about ${topic}`.slice(0, 2000) },
        element: {
          type: 'plain_text_input' as const,
          action_id: QUESTION_BLOCK,
          multiline: true,
          max_length: 500,
          placeholder: { type: 'plain_text' as const, text: 'e.g. What did the sources say about deliveries in June?' },
        },
      },
      {
        type: 'input' as const,
        block_id: VISIBILITY_BLOCK,
        optional: true,
        label: { type: 'plain_text' as const, text: 'Who sees the answer' },
        element: {
          type: 'checkboxes' as const,
          action_id: VISIBILITY_BLOCK,
          options: [{ text: { type: 'plain_text' as const, text: 'Post the answer in the channel' }, value: 'in_channel' }],
        },
      },
    ],
  };
}
