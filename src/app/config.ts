/**
 * Configuration: parsed and validated once at start-up with zod, then passed down
 * through constructors. Nothing below src/app reads process.env.
 *
 * Sources, later wins: defaults < config/briefbot.yml < environment (.env via dotenv).
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'zod';
import { ConfigError, type FileIssue } from '../domain/errors.ts';
import { parseSchedule } from '../schedule/schedule-parser.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../content/safe-read.ts';
import type { FetchLimits } from '../ingest/safe-fetch.ts';
import type { AdapterModule, ConfiguredAdapter } from '../adapters/kit/adapter-module.ts';
import { PLATFORM_ADAPTERS } from '../adapters/registry.ts';

const timeZone = z.string().refine(isValidTimeZone, { message: 'unknown IANA time zone (use e.g. "Europe/Berlin" or "UTC")' });

export const subscriptionConfigSchema = z
  .object({
    /** An adapter's platform id ("slack", "discord", "console"); checked against the registry at start-up. */
    platform: z.string().regex(/^[a-z][a-z0-9-]*$/, 'write the platform in lower case, e.g. "slack"'),
    channel: z.string().min(1),
    topic: z.string().min(1),
    /** "daily 08:00", "weekdays 08:00", "weekly mon 09:00" or a 5-field cron expression. */
    schedule: z.string().min(1),
    timezone: timeZone.optional(),
  })
  .strict()
  .superRefine((sub, ctx) => {
    try {
      parseSchedule(sub.schedule, sub.timezone ?? 'UTC');
    } catch (err) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['schedule'], message: (err as Error).message });
    }
  });

export const fileConfigSchema = z
  .object({
    briefsDir: z.string().default('briefs'),
    timezone: timeZone.default('UTC'),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    store: z.object({ sqlitePath: z.string().default('data/briefbot.db') }).strict().default({}),
    recaps: z
      .object({
        graceWindowHours: z.number().min(0).max(168).default(6),
        whenUnchanged: z.enum(['skip', 'line']).default('line'),
        maxAttempts: z.number().int().min(1).max(20).default(5),
      })
      .strict()
      .default({}),
    permissions: z
      .object({
        /** Users allowed to subscribe/unsubscribe besides admins: "slack:U123", "discord:81234". */
        allow: z.array(z.string().regex(/^[a-z][a-z0-9-]*:\S+$/, 'write entries as "<platform>:<user id>", e.g. "slack:U0123ABC"')).default([]),
      })
      .strict()
      .default({}),
    subscriptions: z.array(subscriptionConfigSchema).default([]),
    http: z.object({ port: z.number().int().min(0).max(65535).default(3000) }).strict().default({}),
    ingest: z
      .object({
        /** Fetch from private, loopback and link-local addresses too (tests, intranets). */
        allowPrivateHosts: z.boolean().default(false),
        /** Largest page fetched, in bytes. */
        maxBytes: z.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
        /** Time for a whole fetch, redirects included. */
        timeoutMs: z.number().int().min(100).max(120_000).default(15_000),
        /** Watched feeds (listed in each topic's topic.yml). */
        feeds: z
          .object({
            /** Poll feeds while `briefbot start` runs. */
            enabled: z.boolean().default(true),
            /** How often each feed is fetched (a conditional GET), in minutes. */
            pollMinutes: z.number().min(1).max(24 * 60).default(15),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    content: z
      .object({
        /** Largest source, brief.md or sources.yml read, in bytes; larger files are reported, not read. */
        maxFileBytes: z.number().int().min(1024).max(512 * 1024 * 1024).default(DEFAULT_MAX_FILE_BYTES),
        /** Serve briefs drafted by `briefbot draft` before a curator approves them, labelled "draft, not yet reviewed". */
        serveDrafts: z.boolean().default(true),
      })
      .strict()
      .default({}),
  })
  .strict();

export type FileConfig = z.infer<typeof fileConfigSchema>;
export type SubscriptionConfig = z.infer<typeof subscriptionConfigSchema>;

export interface AppConfig extends FileConfig {
  /** Absolute project root; relative paths in config resolve against it. */
  root: string;
  configPath: string | null;
  databaseUrl: string | undefined;
  /** The chat platforms the environment configures, in registry order (none: the console runs). */
  adapters: ConfiguredAdapter[];
  /** Every platform id known: the registry's and "console". */
  platforms: string[];
}

export function isValidTimeZone(tz: string): boolean {
  // The default needs no check; building a formatter loads ICU's locale and zone data
  // (about 10 MB of memory) that an idle bot without subscriptions never needs.
  if (tz === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

type Env = Record<string, string | undefined>;

const MAX_CONFIG_BYTES = 1024 * 1024;

/** The config file's text; a folder, pipe, device or oversized file is a ConfigError, not a hang or a stack trace. */
function readConfigText(configPath: string): string {
  const fail = (message: string, fix: string): never => {
    throw new ConfigError(`invalid config ${configPath}`, [{ path: configPath, line: 1, message, fix, severity: 'error' }]);
  };
  let fd: number;
  try {
    fd = openSync(configPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(code === 'EISDIR' ? 'is a folder, not a file' : `cannot be opened (${code ?? 'error'})`, 'point --config or BRIEFBOT_CONFIG at a YAML file');
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail('is a folder, not a file', 'point --config or BRIEFBOT_CONFIG at a YAML file');
    if (!st.isFile()) return fail('is not a regular file (a device, pipe or socket)', 'point --config or BRIEFBOT_CONFIG at a YAML file');
    if (st.size > MAX_CONFIG_BYTES) return fail(`is ${st.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit for a config file`, 'keep config/briefbot.yml to settings; subscriptions belong there, content in briefs/');
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads and validates the YAML file. Errors carry `path:line` for each problem. */
/** Where each item of `subscriptions` starts in the config file (1-based lines), for reports. */
const subscriptionLines = new WeakMap<FileConfig, number[]>();

/** The config file line of subscription `index`, when it came from a file. */
export function subscriptionLine(config: FileConfig, index: number): number | undefined {
  return subscriptionLines.get(config)?.[index];
}

export function loadFileConfig(configPath: string | null): FileConfig {
  if (!configPath || !existsSync(configPath)) return fileConfigSchema.parse({});
  const rel = configPath;
  const text = readConfigText(configPath);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const issues: FileIssue[] = doc.errors.map((e) => ({
      path: rel,
      line: lineCounter.linePos(e.pos[0]).line,
      message: `YAML syntax error: ${e.message.split('\n')[0] ?? e.message}`,
      fix: 'check indentation and quoting on that line',
      severity: 'error',
    }));
    throw new ConfigError(`invalid config ${rel}`, issues);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(`invalid config ${rel}`, [
      { path: rel, line: 1, message: `cannot be read: ${(err as Error).message}`, fix: 'write the values out instead of using YAML anchors and aliases', severity: 'error' },
    ]);
  }
  const parsed = fileConfigSchema.safeParse(data ?? {});
  if (parsed.success) {
    const lines = parsed.data.subscriptions.map((_s, i) => {
      const node = doc.getIn(['subscriptions', i], true) as { range?: [number, number, number] } | undefined;
      return lineCounter.linePos(node?.range?.[0] ?? 0).line;
    });
    subscriptionLines.set(parsed.data, lines);
    return parsed.data;
  }
  const issues: FileIssue[] = parsed.error.issues.map((issue) => {
    const node = doc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
    const parentNode = doc.getIn(issue.path.slice(0, -1), true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0] ?? parentNode?.range?.[0] ?? 0;
    const where = issue.path.join('.') || '(top level)';
    return {
      path: rel,
      line: lineCounter.linePos(offset).line,
      message: `${where}: ${issue.message}`,
      fix: issue.code === 'unrecognized_keys' ? 'remove or rename the unknown key' : 'see the settings table in README.md',
      severity: 'error',
    };
  });
  throw new ConfigError(`invalid config ${rel}`, issues);
}

/** The limits of the one fetching module, from `ingest` settings. */
export function fetchLimitsOf(config: Pick<FileConfig, 'ingest'>): FetchLimits {
  return { timeoutMs: config.ingest.timeoutMs, maxBytes: config.ingest.maxBytes, maxRedirects: 5, allowPrivateHosts: config.ingest.allowPrivateHosts };
}

/**
 * Subscriptions in the config file whose topic is not among `topics` (the topic folders),
 * as curator-facing issues with the file and line.
 */
export function unknownSubscriptionTopics(config: AppConfig, topics: readonly string[]): FileIssue[] {
  const known = new Set(topics);
  const file = config.configPath ? path.relative(config.root, config.configPath) || config.configPath : 'config/briefbot.yml';
  return config.subscriptions.flatMap((sub, i) =>
    known.has(sub.topic)
      ? []
      : [{
          path: file,
          line: subscriptionLine(config, i) ?? 1,
          message: `subscription for ${sub.platform}:${sub.channel} names topic "${sub.topic}", which does not exist`,
          fix: `use one of: ${[...known].sort().join(', ') || '(no topics yet)'}, or create briefs/${sub.topic}/`,
          severity: 'error' as const,
        }],
  );
}

/** Builds the whole application config from the config file and the environment. */
export function loadConfig(options: { root: string; env: Env; configPath?: string; modules?: readonly AdapterModule[] }): AppConfig {
  const { root, env } = options;
  const explicit = options.configPath ?? nonEmpty(env['BRIEFBOT_CONFIG']);
  const configPath = explicit ?? path.join(root, 'config', 'briefbot.yml');
  const absConfig = path.resolve(root, configPath);
  // Only the default may be absent: a named file that is missing would silently drop the
  // settings and subscriptions kept in it.
  if (explicit !== undefined && !existsSync(absConfig)) {
    const via = options.configPath !== undefined ? '--config' : 'BRIEFBOT_CONFIG';
    throw new ConfigError(`config file ${absConfig} (from ${via}) does not exist`, [
      { path: absConfig, line: 1, message: 'no such file', fix: `fix the path in ${via}, or leave ${via} out to use config/briefbot.yml`, severity: 'error' },
    ]);
  }
  const file = loadFileConfig(existsSync(absConfig) ? absConfig : null);
  const logLevel = (env['LOG_LEVEL'] as FileConfig['logLevel'] | undefined) ?? file.logLevel;
  const port = env['PORT'] ? Number(env['PORT']) : file.http.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${env['PORT']}"`);
  }
  const modules = options.modules ?? PLATFORM_ADAPTERS;
  const adapters: ConfiguredAdapter[] = [];
  for (const module of modules) {
    const config = module.readConfig(env, { port });
    if (config !== undefined) adapters.push({ module, config });
  }
  const platforms = ['console', ...modules.map((m) => m.platform)];
  const file_ = configPath ? path.relative(root, absConfig) || absConfig : 'config/briefbot.yml';
  const unknownPlatform = (where: string, line: number | undefined, platform: string): FileIssue => ({ path: file_, line: line ?? 1, message: `${where} names platform "${platform}", which Briefbot does not have`, fix: `use one of: ${platforms.join(', ')}`, severity: 'error' });
  const platformIssues: FileIssue[] = [
    ...file.subscriptions.flatMap((sub, i) => (platforms.includes(sub.platform) ? [] : [unknownPlatform(`subscription ${i + 1}`, subscriptionLines.get(file)?.[i], sub.platform)])),
    ...file.permissions.allow.flatMap((entry) => (platforms.includes(entry.split(':')[0] ?? '') ? [] : [unknownPlatform(`permissions.allow entry "${entry}"`, 1, entry.split(':')[0] ?? '')])),
  ];
  if (platformIssues.length > 0) throw new ConfigError(`invalid config ${file_}`, platformIssues);
  const sqlitePath = nonEmpty(env['BRIEFBOT_SQLITE_PATH']) ?? file.store.sqlitePath;
  const app: AppConfig = {
    ...file,
    store: { ...file.store, sqlitePath },
    logLevel,
    http: { port },
    root,
    configPath: existsSync(absConfig) ? absConfig : null,
    databaseUrl: nonEmpty(env['DATABASE_URL']),
    adapters,
    platforms,
  };
  const lines = subscriptionLines.get(file);
  if (lines) subscriptionLines.set(app, lines);
  return app;
}

function nonEmpty(v: string | undefined): string | undefined {
  return v && v.trim() !== '' ? v.trim() : undefined;
}
