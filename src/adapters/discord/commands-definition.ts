/**
 * The `/brief` application command: its definition, the typed command each invocation
 * asks for (from its options, no text to parse), and idempotent registration.
 */
import type { Command } from '../../domain/command.ts';
import { cleanInput } from '../../domain/input-text.ts';
import { Routes, type REST } from 'discord.js';
import type { Logger } from '../../bot/logger.ts';

/** Discord option types used here. */
const SUB = 1;
const STRING = 3;

export interface CommandOption {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
  options?: CommandOption[];
}

export interface CommandDefinition {
  name: string;
  description: string;
  type: 1;
  options: CommandOption[];
  contexts: number[];
}

const topicOption = (description = 'Topic: slug, title or alias'): CommandOption => ({
  type: STRING,
  name: 'topic',
  description,
  required: true,
  autocomplete: true,
  max_length: 100,
});

/** The /brief command. `show` is the brief itself. */
export const BRIEF_COMMAND: CommandDefinition = {
  name: 'brief',
  description: 'Sourced briefs on developing stories',
  type: 1,
  contexts: [0],
  options: [
    { type: SUB, name: 'show', description: 'Show the short brief on a topic', options: [topicOption()] },
    { type: SUB, name: 'full', description: 'Show the whole brief, with the quote behind every claim', options: [topicOption()] },
    { type: SUB, name: 'list', description: 'List the topics with briefs' },
    { type: SUB, name: 'sources', description: 'List the sources of a topic', options: [topicOption()] },
    { type: SUB, name: 'timeline', description: 'Show the timeline of a topic', options: [topicOption()] },
    { type: SUB, name: 'whoswho', description: 'Show the people and organisations in a topic', options: [topicOption()] },
    { type: SUB, name: 'differences', description: 'Show where the sources of a topic differ', options: [topicOption()] },
    {
      type: SUB,
      name: 'ask',
      description: 'Ask a question, answered with quotes from the sources',
      options: [topicOption(), { type: STRING, name: 'question', description: 'Your question', required: true, max_length: 500 }],
    },
    {
      type: SUB,
      name: 'subscribe',
      description: 'Post a recap of a topic to this channel on a schedule (Manage Channels)',
      options: [
        topicOption(),
        {
          type: STRING,
          name: 'schedule',
          description: '"daily 08:00", "weekdays 08:00", "weekly mon 09:00" or a cron expression',
          required: true,
          autocomplete: true,
          max_length: 100,
        },
        { type: STRING, name: 'timezone', description: 'IANA time zone, e.g. Europe/Berlin (default: the configured one)', max_length: 64 },
      ],
    },
    { type: SUB, name: 'unsubscribe', description: 'Stop the recaps of a topic in this channel (Manage Channels)', options: [topicOption()] },
    {
      type: SUB,
      name: 'add',
      description: "Add a web page to a topic's sources (Manage Channels)",
      options: [topicOption(), { type: STRING, name: 'url', description: 'The article address (https://…)', required: true, max_length: 2000 }],
    },
    { type: SUB, name: 'subscriptions', description: 'List the recap subscriptions of this channel' },
    { type: SUB, name: 'help', description: 'How to use Briefbot' },
  ],
};

export const SCHEDULE_SUGGESTIONS = ['daily 08:00', 'weekdays 08:00', 'weekly mon 09:00', 'daily 18:00', '0 */6 * * *'];

/** Subcommands whose work may be slow (questions, store writes): always deferred. */
export const SLOW_SUBCOMMANDS = new Set(['ask', 'subscribe', 'unsubscribe', 'subscriptions', 'add']);

/** The command an invocation asks for, from its options (no text to parse). */
export function commandFromOptions(subcommand: string, options: Record<string, string | undefined>, resolveTopic: (t: string) => string): Command {
  const topic = options['topic'] !== undefined ? resolveTopic(options['topic']) : '';
  const oneLine = (s: string | undefined): string => cleanInput(s ?? '');
  switch (subcommand) {
    case 'show':
      return { kind: 'view', view: 'card', topic };
    case 'full':
    case 'sources':
    case 'timeline':
    case 'whoswho':
    case 'differences':
      return { kind: 'view', view: subcommand, topic };
    case 'unsubscribe':
      return { kind: 'unsubscribe', topic };
    case 'ask':
      return { kind: 'ask', topic, question: oneLine(options['question']) };
    case 'add':
      return { kind: 'add', topic, url: oneLine(options['url']).replace(/\s+/g, '') };
    case 'subscribe':
      return { kind: 'subscribe', topic, schedule: [oneLine(options['schedule']), oneLine(options['timezone'])].filter((s) => s !== '').join(' ') };
    case 'subscriptions':
      return { kind: 'subscriptions' };
    case 'list':
      return { kind: 'list' };
    default:
      return { kind: 'help' };
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const OPTION_KEYS = ['type', 'name', 'description', 'required', 'autocomplete', 'choices', 'options', 'min_value', 'max_value', 'min_length', 'max_length', 'channel_types'];
const OPTION_DEFAULTS: Record<string, Json> = { required: false, autocomplete: false };

function normaliseOption(raw: Record<string, unknown>): Json {
  const out: Record<string, Json> = {};
  for (const key of OPTION_KEYS) {
    const v = raw[key];
    if (v === undefined || v === null || v === OPTION_DEFAULTS[key]) continue;
    if (key === 'options' && Array.isArray(v)) {
      if (v.length > 0) out[key] = v.map((o) => normaliseOption(o as Record<string, unknown>));
    } else {
      out[key] = v as Json;
    }
  }
  return out;
}

/**
 * The parts of a command Discord keeps from what we send, with defaults made explicit
 * (Discord omits `required: false`, adds ids, versions, localisations...).
 */
export function normaliseCommand(raw: Record<string, unknown>): string {
  const out: Record<string, Json> = {
    name: raw['name'] as string,
    description: raw['description'] as string,
    type: (raw['type'] as number | undefined) ?? 1,
    options: ((raw['options'] as Record<string, unknown>[] | undefined) ?? []).map(normaliseOption),
    default_member_permissions: (raw['default_member_permissions'] as string | null | undefined) ?? null,
    nsfw: (raw['nsfw'] as boolean | undefined) ?? false,
  };
  const contexts = raw['contexts'] as number[] | null | undefined;
  if (contexts) out['contexts'] = [...contexts].sort();
  return JSON.stringify(out);
}

export interface RegistrationResult {
  scope: 'guild' | 'global';
  changed: boolean;
}

/**
 * Registers /brief. Fetches the existing commands first and changes nothing when /brief
 * is already up to date. Other commands of the application are kept as they are.
 */
export async function registerCommands(rest: REST, applicationId: string, guildId: string | undefined, logger: Logger): Promise<RegistrationResult> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const scope = guildId ? 'guild' : 'global';
  const existing = (await rest.get(route)) as Record<string, unknown>[];
  const wanted = normaliseCommand(BRIEF_COMMAND as unknown as Record<string, unknown>);
  const current = existing.find((c) => c['name'] === BRIEF_COMMAND.name && ((c['type'] as number | undefined) ?? 1) === 1);
  if (current && normaliseCommand(current) === wanted) {
    logger.debug({ scope }, 'discord: /brief is up to date');
    return { scope, changed: false };
  }
  const others = existing.filter((c) => c !== current).map(stripServerFields);
  await rest.put(route, { body: [...others, BRIEF_COMMAND] });
  logger.info({ scope }, 'discord: registered /brief');
  return { scope, changed: true };
}

function stripServerFields(c: Record<string, unknown>): Record<string, unknown> {
  // Keeping `id` makes the bulk overwrite update those commands rather than recreate them.
  const { application_id: _a, version: _v, guild_id: _g, ...rest } = c;
  return rest;
}
