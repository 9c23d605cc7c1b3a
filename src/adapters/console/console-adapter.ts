/**
 * The terminal adapter: try Briefbot with no credentials. It reads commands at a prompt
 * when stdin is a terminal, or line by line from a pipe, and prints replies as text.
 * It never exits the process itself; `closed` resolves when input ends or the user quits.
 */
import type { TurnInput } from '../../bot/turn.ts';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BriefbotCore } from '../../bot/briefbot-core.ts';
import type { ChatAdapter, CommandContext } from '../../bot/contracts.ts';
import { silentLogger, type Logger } from '../../bot/logger.ts';
import type { Reply } from '../../domain/messages/message-model.ts';
import { SUBCOMMAND_WORDS } from '../../domain/command.ts';
import { ConsoleDelivery } from './console-delivery.ts';
import { renderForConsole } from './console-render.ts';

export interface ConsoleAdapterOptions {
  core: BriefbotCore;
  input: Readable;
  output: Writable;
  /** Interactive prompt (stdin is a terminal). */
  interactive: boolean;
  /** Terminal width for wrapping (a number, or read on every reply); 0 = no wrapping. */
  width?: number | (() => number);
  logger?: Logger;
}

export const CONSOLE_CHANNEL = 'console';

export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console' as const;
  readonly delivery: ConsoleDelivery;
  /** Resolves once input has ended (or /quit) and every line has been answered. */
  readonly closed: Promise<void>;
  private resolveClosed: () => void = () => {};
  private rl: Interface | null = null;
  private readonly options: ConsoleAdapterOptions;
  private readonly logger: Logger;
  /** Topic of the last brief shown: later plain text is a question about it. */
  private currentTopic: string | null = null;
  /** Each console session is its own conversation: "he" never refers to a previous run's talk. */
  private readonly sessionThread = `session-${process.pid}-${Date.now().toString(36)}`;

  constructor(options: ConsoleAdapterOptions) {
    this.options = options;
    this.logger = options.logger ?? silentLogger;
    this.delivery = new ConsoleDelivery((text) => this.write(text), () => this.width());
    this.closed = new Promise((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  async start(): Promise<void> {
    const { input, output, interactive } = this.options;
    const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
    this.rl = rl;
    if (interactive) {
      this.write(wrapWords('Briefbot console. Type /brief help, /brief list, or /brief <topic>. After a brief, ask questions in plain words. /quit to leave.', this.width()));
      rl.setPrompt('briefbot> ');
      rl.prompt();
    }
    void this.run(rl);
  }

  async stop(): Promise<void> {
    this.rl?.close();
    await this.closed;
  }

  private async run(rl: Interface): Promise<void> {
    try {
      for await (const line of rl) {
        const text = line.trim();
        if (/^\/?(?:quit|exit)$/i.test(text)) break;
        if (text !== '') await this.handleLine(text);
        if (this.options.interactive) rl.prompt();
      }
    } catch (err) {
      this.logger.error({ err }, 'console input failed');
    } finally {
      rl.close();
      this.resolveClosed();
    }
  }

  /** Handles one line of input; exposed for tests. */
  async handleLine(text: string): Promise<Reply> {
    const ctx: CommandContext = {
      platform: 'console',
      user: { id: 'console-user', name: 'you' },
      channelId: CONSOLE_CHANNEL,
      threadId: this.sessionThread,
      isChannelManager: async () => true, // the person at the terminal owns it
    };
    let input: TurnInput;
    if (text.startsWith('/')) {
      if (!/^\/brief\b/i.test(text)) {
        // "/ask <topic> ...": a subcommand typed as a command of its own.
        const word = /^\/(\S+)/.exec(text)?.[1]?.toLowerCase() ?? '';
        // A suggested question keeps its own question mark ("… who?", not "… who??").
        const suggestion = `/brief ${text.slice(1)}`;
        const hint = SUBCOMMAND_WORDS.includes(word) ? `Did you mean ${suggestion}${/[?.!]$/.test(suggestion) ? '' : '?'}` : 'Commands start with /brief (try /brief help); /quit leaves.';
        this.write(`Unknown command. ${hint}\n`);
        return { messages: [], ephemeral: true };
      }
      input = { kind: 'command', command: text.replace(/^\/brief\b/i, '').trim() };
    } else if (!this.isCommandLine(text) && (this.currentTopic || looksLikeQuestion(text))) {
      // Plain sentences are questions: about the brief on screen, or routed to the topic
      // whose documents answer best (the reply says which).
      input = { kind: 'mention', text };
    } else {
      input = { kind: 'command', command: text };
    }
    return this.options.core.run({
      input,
      ctx,
      respond: async (reply) => {
        for (const m of reply.messages) this.write(renderForConsole(m, this.width()));
        // A brief on screen makes the session about its topic (the bot remembers it).
        const brief = reply.messages.find((m) => m.kind === 'brief' && m.topic);
        if (!brief?.topic) return [];
        this.currentTopic = brief.topic;
        return [{ channelId: CONSOLE_CHANNEL, messageId: this.sessionThread }];
      },
    });
  }

  /**
   * A line typed without "/brief" that is a command all the same: a subcommand alone ("help",
   * "list") or followed by a topic ("ask <topic> <question>", "timeline <topic>"). Any other
   * plain line after a brief is a question about it ("who is ...", "list the weapons sent").
   */
  private isCommandLine(text: string): boolean {
    const [first = '', second] = text.toLowerCase().split(/\s+/);
    if (first === 'who' || !SUBCOMMAND_WORDS.includes(first)) return false;
    if (second === undefined) return true;
    return second === this.currentTopic || this.options.core.suggestTopics(second, 1).some((t) => t.slug === second);
  }

  private width(): number {
    const w = this.options.width ?? 0;
    return typeof w === 'function' ? w() : w;
  }

  /**
   * Prints something that is not a reply (a log line) without mangling the prompt: the
   * prompt line is cleared, the text written, and the prompt (with what was typed) redrawn.
   */
  aboveThePrompt(write: () => void): void {
    const rl = this.rl;
    const out = this.options.output as NodeJS.WriteStream;
    if (!this.options.interactive || !rl || typeof out.clearLine !== 'function') return write();
    out.clearLine(0);
    out.cursorTo(0);
    write();
    rl.prompt(true);
  }

  private write(text: string): void {
    this.options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}

/** Wraps a line of plain text at word boundaries (0: no wrapping). */
function wrapWords(text: string, width: number): string {
  if (width <= 0) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** A question rather than a bare topic name or subcommand: ends with "?" or has three or more words. */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || text.trim().split(/\s+/).length >= 3;
}
