import type { CommandContext } from '../contracts.ts';
import type { Reply } from '../messages/message-model.ts';

/**
 * A subcommand of `/brief`. Built-ins (topic, list, sources, timeline, help) live in the
 * router; features add theirs with `CommandRouter.register` (ask, subscribe, ...).
 */
export interface RouterCommand {
  /** First word after /brief, lower case, e.g. "subscribe". */
  name: string;
  /** One-line usage shown in help, e.g. "subscribe <topic> daily 08:00 [Europe/Berlin]". */
  usage: string;
  description: string;
  /** `args` is the text after the command name, trimmed and sanitised (no control characters). */
  handle(args: string, ctx: CommandContext): Promise<Reply>;
}
