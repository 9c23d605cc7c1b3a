/**
 * The platform-neutral `/brief` command router. Built-in subcommands: a topic, list, sources,
 * timeline, help. Features register more (ask, subscribe, unsubscribe, subscriptions).
 */
import type { BriefCatalog } from '../content/brief-catalog.ts';
import type { Brief } from '../domain/brief-types.ts';
import type { CommandContext } from './contracts.ts';
import { BriefbotError } from '../domain/errors.ts';
import { silentLogger, type Logger } from './logger.ts';
import { briefCardMessage, briefMessage, differencesMessage, helpMessage, listMessage, sourcesMessage, timelineMessage, whosWhoMessage, type HelpEntry } from '../domain/messages/brief-messages.ts';
import { notice, type Message, type Reply } from '../domain/messages/message-model.ts';
import { topicNotFound } from '../domain/messages/topic-replies.ts';
import { cleanInput } from '../domain/input-text.ts';
import { FEATURE_KINDS, type AnyRouterCommand, type FeatureKind } from './router-types.ts';
import { parseCommand, SUBCOMMAND_WORDS, type Command, type TopicView } from '../domain/command.ts';

const FEATURES: ReadonlySet<string> = new Set(FEATURE_KINDS);
import { closestWord } from './suggest.ts';

export const MAX_INPUT_LENGTH = 4000;

/** What each view of a topic is built with. */
const VIEWS: Record<TopicView, (b: Brief) => Message> = {
  card: briefCardMessage,
  full: briefMessage,
  sources: sourcesMessage,
  timeline: timelineMessage,
  whoswho: whosWhoMessage,
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
  private readonly commands = new Map<FeatureKind, (command: Command, ctx: CommandContext) => Promise<Reply>>();
  private readonly usages: Array<{ usage: string; description: string }> = [];

  constructor(options: CommandRouterOptions) {
    this.catalog = options.catalog;
    this.logger = options.logger ?? silentLogger;
  }

  register(command: AnyRouterCommand): this {
    const handle = command.handle as (c: Command, ctx: CommandContext) => Promise<Reply>;
    this.commands.set(command.kind, (c, ctx) => handle(c, ctx));
    this.usages.push({ usage: command.usage, description: command.description });
    return this;
  }

  has(kind: string): boolean {
    return this.commands.has(kind as FeatureKind);
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
    entries.push(...this.usages);
    entries.push({ usage: 'help', description: 'Show this help.' });
    return entries;
  }

  /**
   * Handles a command: typed (from buttons and structured platform input) or the text of a
   * `/brief` command, which is cleaned and parsed first. Never throws; failures become
   * short replies.
   */
  async handle(input: string | Command, ctx: CommandContext): Promise<Reply> {
    let command: Command;
    let text = '';
    if (typeof input === 'string') {
      if (input.length > MAX_INPUT_LENGTH * 4) return reply(tooLong(input.length));
      text = cleanInput(input).replace(/^\/?brief(?:\s+|$)/i, '');
      if (text.length > MAX_INPUT_LENGTH) return reply(tooLong(text.length));
      command = parseCommand(text);
    } else {
      command = input;
    }
    try {
      return { ...(await this.run(command, ctx, text)), command };
    } catch (err) {
      this.logger.error({ err, command: command.kind }, 'command failed');
      const userMessage = err instanceof BriefbotError ? err.userMessage : 'Sorry, that command failed. Please try again in a moment.';
      return reply(notice('Something went wrong', userMessage, 'error'));
    }
  }

  private async run(command: Command, ctx: CommandContext, text: string): Promise<Reply> {
    switch (command.kind) {
      case 'list':
        return reply(listMessage(this.catalog.list()));
      case 'help':
        return reply(helpMessage(this.helpEntries()));
      case 'view': {
        const topic = command.topic.trim();
        if (command.view === 'card' && text !== '' && !/^show\b/i.test(text)) {
          // "/brief timelin china-russia-aid": a near miss of a subcommand, not a topic.
          const typo = this.subcommandTypo(text);
          if (typo) return reply(typo);
        }
        if (topic === '') return reply(this.needTopic(command.view === 'card' ? 'show' : command.view));
        return this.withTopic(topic, VIEWS[command.view]);
      }
      case 'publish': {
        if (command.command.kind === 'publish') return reply(notice('Unknown button', 'That button is no longer supported. Try /brief help.', 'error'));
        const r = await this.run(command.command, ctx, '');
        return { messages: r.messages, ephemeral: r.messages.some((m) => m.kind === 'error') };
      }
      default: {
        const handler = this.commands.get(command.kind);
        if (handler) return handler(command, ctx);
        return reply(notice('Not available', `/brief ${command.kind} is not enabled on this Briefbot. Type /brief help for the commands.`, 'error'));
      }
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
    return SUBCOMMAND_WORDS.filter((w) => !FEATURES.has(w) || this.commands.has(w as FeatureKind));
  }

  /**
   * "/brief timelin china-russia-aid": the first word is a near miss of a subcommand and the
   * text is not a topic; suggest the command instead of reading it as a topic name.
   */
  private subcommandTypo(text: string): Message | null {
    if (this.catalog.resolve(text).kind === 'found') return null;
    const sub = text.split(' ', 1)[0]?.toLowerCase() ?? '';
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
