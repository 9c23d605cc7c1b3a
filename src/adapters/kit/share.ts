/**
 * "Share in channel", the same on every platform: a private reply that others could use
 * gets a button carrying a `publish` command (the command that made the reply), and
 * pressing it runs that command and posts the reply for everyone. Buttons carry typed
 * commands (`encodeCommand`), so nothing is rebuilt from command text.
 */
import { decodeCommand, encodeCommand, type Command, type TopicView } from '../../domain/command.ts';
import type { Action, Message, MessageKind } from '../../domain/messages/message-model.ts';

export const SHARE_ACTION_ID = 'brief.share';

/** Replies worth sharing; errors and notices stay private. */
const SHAREABLE: ReadonlySet<MessageKind> = new Set(['brief', 'sources', 'timeline', 'list', 'answer', 'recap']);

/** A button's payload: its command, encoded. */
export const buttonValue = (action: Action): string => encodeCommand(action.command);

/**
 * The command a pressed button carried, or null for a value that is not one. Buttons
 * posted before buttons carried commands have an action id and a topic as their value
 * ('brief.timeline', 'china-russia-aid'): they keep working.
 */
export function commandOfButton(value: string, actionId?: string): Command | null {
  const command = decodeCommand(value);
  if (command || actionId === undefined || !/^[a-z0-9][a-z0-9-]{0,80}$/.test(value)) return command;
  const view = LEGACY_VIEWS[actionId];
  if (view) return { kind: 'view', view, topic: value };
  if (actionId === 'brief.share') return { kind: 'publish', command: { kind: 'view', view: 'card', topic: value } };
  if (actionId === 'brief.ask') return { kind: 'ask', topic: value, question: '' };
  return null;
}

const LEGACY_VIEWS: Readonly<Record<string, TopicView>> = {
  'brief.show': 'card',
  'brief.full': 'full',
  'brief.sources': 'sources',
  'brief.timeline': 'timeline',
  'brief.whoswho': 'whoswho',
  'brief.differences': 'differences',
};

/** The share button for a reply made by `command`, or null when its encoding is over `maxValue` characters. */
export function shareAction(command: Command, maxValue: number): Action | null {
  if (command.kind === 'publish') return null;
  const action: Action = { id: SHARE_ACTION_ID, label: 'Share in channel', command: { kind: 'publish', command }, style: 'primary' };
  return buttonValue(action).length <= maxValue ? action : null;
}

export function hasShareButton(messages: readonly Message[]): boolean {
  return messages.some((m) => m.blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.id === SHARE_ACTION_ID)));
}

export function isShareable(messages: readonly Message[]): boolean {
  return messages.some((m) => SHAREABLE.has(m.kind));
}

/** Last messages with a share button, per original message and share value (renders are cached by identity). */
const shared = new WeakMap<Message, Map<string, Message>>();

/** Adds a "Share in channel" button to the last message, unless the reply already offers one. */
export function withShareButton(messages: readonly Message[], command: Command | undefined, maxValue: number): Message[] {
  const out = [...messages];
  const last = out[out.length - 1];
  if (!command || !last || !isShareable(out) || hasShareButton(out)) return out;
  const button = shareAction(command, maxValue);
  if (!button) return out;
  const value = buttonValue(button);
  let variants = shared.get(last);
  const known = variants?.get(value);
  if (known) {
    out[out.length - 1] = known;
    return out;
  }
  const blocks = [...last.blocks];
  const lastBlock = blocks[blocks.length - 1];
  if (lastBlock?.type === 'actions') blocks[blocks.length - 1] = { ...lastBlock, actions: [...lastBlock.actions, button] };
  else blocks.push({ type: 'actions', actions: [button] });
  const withButton: Message = { ...last, blocks };
  if (!variants) shared.set(last, (variants = new Map()));
  if (variants.size < 32) variants.set(value, withButton);
  out[out.length - 1] = withButton;
  return out;
}

/** Frozen (shared, per-brief-version) messages map to one stable copy, so renders can be cached. */
const withoutShareCache = new WeakMap<Message, Message>();

/** In a channel everyone already sees the message: drop "Share in channel" buttons. */
export function withoutShareButtons(message: Message): Message {
  if (!message.blocks.some((b) => b.type === 'actions')) return message;
  const cached = withoutShareCache.get(message);
  if (cached) return cached;
  const blocks = message.blocks.flatMap((b): Message['blocks'] => {
    if (b.type !== 'actions') return [b];
    const actions = b.actions.filter((a) => a.id !== SHARE_ACTION_ID);
    return actions.length > 0 ? [{ ...b, actions }] : [];
  });
  const out = { ...message, blocks };
  if (Object.isFrozen(message)) withoutShareCache.set(message, Object.freeze(out));
  return out;
}
