/**
 * The platform-neutral `/brief` command router. Built-in subcommands: a topic, list, sources,
 * timeline, help. Features register more (ask, subscribe, unsubscribe, subscriptions).
 */
import type { BriefCatalog } from '../briefs/brief-catalog.ts';
import type { Brief } from '../briefs/brief-types.ts';
import type { CommandContext } from '../contracts.ts';
import { BriefbotError } from '../errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { briefCardMessage, briefMessage, differencesMessage, helpMessage, listMessage, sourcesMessage, timelineMessage, whosWhoMessage, type HelpEntry } from '../messages/brief-messages.ts';
import { notice, type Message, type Reply } from '../messages/message-model.ts';
import { topicNotFound } from '../messages/topic-replies.ts';
import { cleanInput } from '../input-text.ts';
import type { RouterCommand } from './router-types.ts';
import { closestWord } from './suggest.ts';

export const MAX_INPUT_LENGTH = 4000;

/** Subcommands that show one view of a topic. */
const SECTIONS: Record<string, (b: Brief) => Message> = {
  full: briefMessage,
  quotes: briefMessage,
  sources: sourcesMessage,
  timeline: timelineMessage,
  whoswho: whosWhoMessage,
  who: whosWhoMessage,
  differences: differencesMessage,
};

export interface CommandRouterOptions {
  catalog: BriefCatalog;
  logger?: Logger;
}

export function reply(messages: Message | Message[], ephemeral = true): Reply {
  return { messages: Array.isArray(messages) ? messages : [messages], ephemeral };
}

export class CommandRouter {
  private readonly catalog: BriefCatalog;
  private readonly logger: Logger;
  private readonly commands = new Map<string, RouterCommand>();

  constructor(options: CommandRouterOptions) {
    this.catalog = options.catalog;
    this.logger = options.logger ?? silentLogger;
  }

  register(command: RouterCommand): this {
    this.commands.set(command.name.toLowerCase(), command);
    return this;
  }

  has(name: string): boolean {
    return this.commands.has(name);
  }

  helpEntries(): HelpEntry[] {
    const entries: HelpEntry[] = [
      { usage: '<topic>', description: 'Show the short brief on a topic: status, summary and key points, with their sources.' },
      { usage: 'full <topic>', description: 'Show the whole brief, with the exact quote behind every claim (also: /brief <topic> full).' },
      { usage: 'list', description: 'List the topics with briefs.' },
      { usage: 'sources <topic>', description: "List a topic's source documents with outlet and date." },
      { usage: 'timeline <topic>', description: 'Show the dated timeline of a topic.' },
      { usage: 'whoswho <topic>', description: 'Show the people and organisations in a topic, with quotes.' },
      { usage: 'differences <topic>', description: 'Show where the sources of a topic differ, with quotes.' },
    ];
    for (const c of this.commands.values()) entries.push({ usage: c.usage, description: c.description });
    entries.push({ usage: 'help', description: 'Show this help.' });
    return entries;
  }

  /** Handles the text of a `/brief` command. Never throws; failures become short replies. */
  async handle(rawText: string, ctx: CommandContext): Promise<Reply> {
    if (rawText.length > MAX_INPUT_LENGTH * 4) return reply(tooLong(rawText.length));
    let text = cleanInput(rawText);
    text = text.replace(/^\/?brief(?:\s+|$)/i, '');
    if (text.length > MAX_INPUT_LENGTH) return reply(tooLong(text.length));
    const [first = '', ...rest] = text.split(' ');
    const sub = first.toLowerCase();
    const args = rest.join(' ');
    try {
      if (sub === '' || sub === 'list' || sub === 'topics') return reply(listMessage(this.catalog.list()));
      if (sub === 'help' || sub === '--help' || sub === '-h' || sub === '?') return reply(helpMessage(this.helpEntries()));
      const section = SECTIONS[sub];
      if (section) {
        if (args === '') return reply(this.needTopic(sub));
        return this.withTopic(args, section);
      }
      if (sub === 'show' && args !== '') return this.withTopic(args, briefCardMessage);
      // "/brief china-russia-aid full" (or "--full"): the whole brief.
      const full = /^(.*\S)\s+(?:full|quotes|--full)$/i.exec(text);
      if (full?.[1] && this.catalog.resolve(full[1]).kind === 'found') return this.withTopic(full[1], briefMessage);
      const command = this.commands.get(sub);
      if (command) return await command.handle(args, ctx);
      const typo = this.subcommandTypo(sub, text);
      if (typo) return reply(typo);
      return this.withTopic(text, briefCardMessage);
    } catch (err) {
      this.logger.error({ err, command: sub }, 'command failed');
      const userMessage = err instanceof BriefbotError ? err.userMessage : 'Sorry, that command failed. Please try again in a moment.';
      return reply(notice('Something went wrong', userMessage, 'error'));
    }
  }

  /** Resolves a topic and builds a message, or explains what topics exist. */
  withTopic(query: string, build: (b: Brief) => Message): Reply {
    const res = this.catalog.resolve(query);
    if (res.kind === 'found') return reply(build(res.brief));
    return reply(topicNotFound(res) as Message);
  }

  /** Names that can follow /brief (built-in and registered). */
  subcommands(): string[] {
    return ['list', 'help', 'show', ...Object.keys(SECTIONS), ...this.commands.keys()];
  }

  /**
   * "/brief timelin china-russia-aid": the first word is a near miss of a subcommand and the
   * text is not a topic; suggest the command instead of reading it as a topic name.
   */
  private subcommandTypo(sub: string, text: string): Message | null {
    if (this.catalog.resolve(text).kind === 'found') return null;
    const guess = closestWord(sub, this.subcommands());
    if (!guess) return null;
    const rest = text.slice(sub.length).trim();
    const suggestion = `/brief ${guess}${rest ? ` ${rest}` : ''}`;
    return notice('Unknown command', `There is no /brief ${clip(sub)}. Did you mean ${clip(suggestion)}? Type /brief help for the commands.`, 'error');
  }

  private needTopic(sub: string): Message {
    const topics = this.catalog.list().map((b) => b.slug);
    return notice('Which topic?', `Usage: /brief ${sub} <topic>. Topics: ${topics.join(', ') || 'none yet'}.`, 'error');
  }
}

function tooLong(n: number): Message {
  return notice('Too long', `That message is ${n.toLocaleString('en-US')} characters; commands and questions are limited to ${MAX_INPUT_LENGTH.toLocaleString('en-US')}.`, 'error');
}

export function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
