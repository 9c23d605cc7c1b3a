import type { Command } from '../domain/command.ts';
import type { CommandContext } from './contracts.ts';
import type { Reply } from '../domain/messages/message-model.ts';

/** The commands features add to the router (the topic views, list and help are built in). */
export const FEATURE_KINDS = ['ask', 'subscribe', 'unsubscribe', 'subscriptions', 'add'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/**
 * The handler of one kind of command. Built-ins (topic views, list, help, share) live in
 * the router; features add theirs with `CommandRouter.register` (ask, subscribe, ...).
 */
export interface RouterCommand<K extends FeatureKind = FeatureKind> {
  /** The command it handles; also its word after /brief, e.g. "subscribe". */
  kind: K;
  /** One-line usage shown in help, e.g. "subscribe <topic> daily 08:00 [Europe/Berlin]". */
  usage: string;
  description: string;
  /** Text fields arrive cleaned (no control characters, single spaces). */
  handle(command: Extract<Command, { kind: K }>, ctx: CommandContext): Promise<Reply>;
}

/** A handler of any one feature kind (for lists of them). */
export type AnyRouterCommand = { [K in FeatureKind]: RouterCommand<K> }[FeatureKind];
