/**
 * What a user asks Briefbot to do, as a typed value. Platforms with structured input
 * (Discord options, Slack modals, buttons) build a `Command` directly; text channels (the
 * console, Slack's `/brief <text>`, a mention that starts with /brief) parse one with
 * `parseCommand`. Buttons and "Share in channel" carry a `Command` (encoded with
 * `encodeCommand`), never a command string to re-parse. Pure: no I/O, no catalog.
 */

/** The views of one topic. `card` is the short brief; `full` has every quote. */
export type TopicView = 'card' | 'full' | 'sources' | 'timeline' | 'whoswho' | 'differences';

export const TOPIC_VIEWS: readonly TopicView[] = ['card', 'full', 'sources', 'timeline', 'whoswho', 'differences'];

export type Command =
  | { kind: 'list' }
  | { kind: 'help' }
  | { kind: 'view'; view: TopicView; topic: string }
  /**
   * A question. From a text channel the topic and the question arrive as one text and
   * `topic` is absent (the handler knows the topics and splits them); structured input
   * gives both.
   */
  | { kind: 'ask'; topic?: string; question: string }
  | { kind: 'subscribe'; topic: string; schedule: string }
  | { kind: 'unsubscribe'; topic: string }
  | { kind: 'subscriptions' }
  | { kind: 'add'; topic: string; url: string }
  /** Run `command` and post its reply for everyone in the channel ("Share in channel"). */
  | { kind: 'publish'; command: Command };

/** Subcommand words of text channels, each with the command it starts. */
const VIEW_WORDS: Readonly<Record<string, TopicView>> = {
  show: 'card',
  full: 'full',
  quotes: 'full',
  sources: 'sources',
  timeline: 'timeline',
  whoswho: 'whoswho',
  who: 'whoswho',
  differences: 'differences',
};

const OTHER_WORDS = ['list', 'topics', 'help', 'ask', 'subscribe', 'unsubscribe', 'subscriptions', 'add'] as const;

/** Every word that can follow /brief, for "did you mean" on a mistyped one. */
export const SUBCOMMAND_WORDS: readonly string[] = [...Object.keys(VIEW_WORDS), ...OTHER_WORDS.filter((w) => w !== 'topics')];

/**
 * Where a schedule starts in "subscribe <topic> <schedule>": the first word, after the
 * topic's, that opens one ("daily", "weekdays", "mon", "08:00", a cron field).
 */
export const SCHEDULE_START = /^(daily|day|everyday|weekdays?|weekends?|weekly|every|at|(mon|tue|wed|thu|fri|sat|sun)[a-z]*(,[a-z]+)*|[\d*?][^\s]*)$/i;

/**
 * The command a line of text asks for. `text` is already cleaned (cleanInput): one line,
 * single spaces. A leading "/brief" is optional. Text that starts with no subcommand is a
 * topic to show ("china-russia-aid", "china-russia-aid full"); whether that topic exists,
 * or is a mistyped subcommand, is for the handler to say.
 */
export function parseCommand(text: string): Command {
  const rest0 = text.trim().replace(/^\/?brief(?:\s+|$)/i, '');
  const space = rest0.indexOf(' ');
  const first = (space < 0 ? rest0 : rest0.slice(0, space)).toLowerCase();
  const args = space < 0 ? '' : rest0.slice(space + 1).trim();
  if (first === '' || first === 'list' || first === 'topics') return { kind: 'list' };
  if (first === 'help' || first === '--help' || first === '-h' || first === '?') return { kind: 'help' };
  const view = VIEW_WORDS[first];
  if (view) return { kind: 'view', view, topic: args };
  switch (first) {
    case 'ask':
      return { kind: 'ask', question: args };
    case 'subscribe': {
      const words = args.split(' ').filter((w) => w !== '');
      const at = words.findIndex((w, i) => i > 0 && SCHEDULE_START.test(w));
      return at < 0 ? { kind: 'subscribe', topic: args, schedule: '' } : { kind: 'subscribe', topic: words.slice(0, at).join(' '), schedule: words.slice(at).join(' ') };
    }
    case 'unsubscribe':
      return { kind: 'unsubscribe', topic: args };
    case 'subscriptions':
      return { kind: 'subscriptions' };
    case 'add': {
      const words = args.split(' ').filter((w) => w !== '');
      return { kind: 'add', topic: words[0] ?? '', url: words.slice(1).join(' ') };
    }
  }
  // "/brief china-russia-aid full" (or "quotes", "--full"), "/brief china-russia-aid
  // timeline": the view's word after the topic, as people also type it.
  const after = /^(.*\S)\s+(full|quotes|--full|sources|timeline|whoswho|differences)$/i.exec(rest0);
  if (after?.[1] && after[2]) return { kind: 'view', view: VIEW_WORDS[after[2].toLowerCase().replace(/^--/, '')] ?? 'full', topic: after[1] };
  return { kind: 'view', view: 'card', topic: rest0 };
}

/** The /brief text that asks for `command`: shown where there are no buttons (the console). */
export function commandText(command: Command): string {
  switch (command.kind) {
    case 'list':
    case 'help':
    case 'subscriptions':
      return `/brief ${command.kind}`;
    case 'view':
      return command.view === 'card' ? `/brief ${command.topic}` : `/brief ${command.view} ${command.topic}`;
    case 'ask':
      return ['/brief ask', command.topic, command.question || '<question>'].filter((s) => s).join(' ');
    case 'subscribe':
      return `/brief subscribe ${command.topic} ${command.schedule}`.trim();
    case 'unsubscribe':
      return `/brief unsubscribe ${command.topic}`;
    case 'add':
      return `/brief add ${command.topic} ${command.url}`.trim();
    case 'publish':
      return commandText(command.command);
  }
}

/**
 * A command as a short string for a button's value or id (Slack `value`, up to 2,000
 * characters; Discord `custom_id`, up to 100): JSON of its fields, in a fixed order.
 */
export function encodeCommand(command: Command): string {
  return JSON.stringify(command);
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length <= 4000;

/** The command a button carried, or null for anything that is not one (old or forged values). */
export function decodeCommand(value: string): Command | null {
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  return asCommand(raw, 0);
}

function asCommand(raw: unknown, depth: number): Command | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  switch (r['kind']) {
    case 'list':
    case 'help':
    case 'subscriptions':
      return { kind: r['kind'] };
    case 'view':
      return isString(r['topic']) && TOPIC_VIEWS.includes(r['view'] as TopicView) ? { kind: 'view', view: r['view'] as TopicView, topic: r['topic'] } : null;
    case 'ask':
      if (!isString(r['question'])) return null;
      if (r['topic'] === undefined) return { kind: 'ask', question: r['question'] };
      return isString(r['topic']) ? { kind: 'ask', topic: r['topic'], question: r['question'] } : null;
    case 'subscribe':
      return isString(r['topic']) && isString(r['schedule']) ? { kind: 'subscribe', topic: r['topic'], schedule: r['schedule'] } : null;
    case 'unsubscribe':
      return isString(r['topic']) ? { kind: 'unsubscribe', topic: r['topic'] } : null;
    case 'add':
      return isString(r['topic']) && isString(r['url']) ? { kind: 'add', topic: r['topic'], url: r['url'] } : null;
    case 'publish': {
      // One level: a shared reply is not itself shared again.
      const inner = depth === 0 ? asCommand(r['command'], depth + 1) : null;
      return inner && inner.kind !== 'publish' ? { kind: 'publish', command: inner } : null;
    }
    default:
      return null;
  }
}
