/**
 * The `briefbot` command line: start, brief, list, ask, check, recap, and the curator's
 * new, add, draft, feeds and preview.
 * This and src/app/config.ts are the only places that read process.env.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { loadConfig, type AppConfig } from '../app/config.ts';
import { ConfigError, formatIssue } from '../domain/errors.ts';
import { CliFailure, reportFailure, type CliIO } from './io.ts';

export type { CliIO } from './io.ts';

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `briefbot — sourced briefs on developing stories, in Slack, Discord or a terminal

Usage:
  briefbot start                         run the bot (console when no platform credentials are set)
  briefbot brief <topic> [--full] [--json]
                                         print the short brief (--full: every section and quote)
  briefbot list [--json]                 list topics
  briefbot ask <topic> "<question>" [--json]
                                         answer a question from the topic's documents;
                                         without a question, read one per line from stdin (JSON lines out)
  briefbot check [dir]                   validate briefs (exits 1 on any error)
  briefbot new <topic> --title "<title>"  start a topic (served from its sources until brief.md exists)
  briefbot add <topic> <url|file>... [--title --outlet --published YYYY-MM-DD --url]
                                         add web pages, saved .html pages or .txt/.md files
                                         to a topic's sources
  briefbot draft <topic> [--write] [--json] [--summary-bytes N]
                                         draft a brief from the topic's sources (every sentence a
                                         verified quote); --write writes brief.md, or brief.draft.md
                                         beside an existing one, never overwriting it
  briefbot preview <topic> [--draft] [--port N] [--out file.html]
                                         the topic as Slack and Discord will show it, with what
                                         check finds, on a local web page (http://127.0.0.1:4870/);
                                         --draft shows brief.draft.md
  briefbot feeds <topic> [--poll] [--json]
                                         the topic's watched feeds (topic.yml): last poll,
                                         status, articles added; --poll polls them now
  briefbot recap <topic> --since <date|version> [--json]
                                         what changed in a brief since a date or version

Options:
  --json          machine-readable output
  --root <dir>    project folder holding briefs/ and config/ (default: current folder if it has briefs/)
  --config <file> settings file (default: config/briefbot.yml, or BRIEFBOT_CONFIG)
  -h, --help      show this help
  -v, --version   show the version`;

const COMMANDS = ['start', 'brief', 'list', 'check', 'ask', 'recap', 'new', 'add', 'draft', 'preview', 'feeds', 'help'];

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        root: { type: 'string' },
        config: { type: 'string' },
        since: { type: 'string' },
        console: { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        poll: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        'summary-bytes': { type: 'string' },
        title: { type: 'string' },
        outlet: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        port: { type: 'string' },
        draft: { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    const json = argv.includes('--json');
    return reportFailure(io, new CliFailure('usage', `briefbot: ${(err as Error).message}`, 2, ['Run "briefbot --help" for usage.']), json);
  }
  const { values, positionals } = parsed;
  const json = values.json ?? false;
  const [command = values.help ? 'help' : 'start', ...args] = positionals;
  if (values.version) {
    io.stdout.write('briefbot 0.1.0\n');
    return 0;
  }
  if (values.help || command === 'help') {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    if (!COMMANDS.includes(command)) {
      const { closestWord } = await import('../bot/suggest.ts');
      const guess = closestWord(command, COMMANDS);
      throw new CliFailure('usage', `briefbot: unknown command "${command}"`, 2, [guess ? `Did you mean "briefbot ${guess}"? Run "briefbot --help" for usage.` : 'Run "briefbot --help" for usage.']);
    }
    if (values.root !== undefined && !isDir(path.resolve(values.root))) {
      throw new CliFailure('usage', `briefbot: --root ${values.root}: no such folder`, 2, ['Give the project folder that holds briefs/ and config/.']);
    }
    const root = path.resolve(values.root ?? (existsSync(path.join(process.cwd(), 'briefs')) ? process.cwd() : packageRoot));
    loadDotenv({ path: path.join(root, '.env'), quiet: true, processEnv: io.env as Record<string, string> });
    let config: AppConfig;
    try {
      config = loadConfig(values.config === undefined ? { root, env: io.env } : { root, env: io.env, configPath: values.config });
    } catch (err) {
      if (err instanceof ConfigError) throw new CliFailure('config', `briefbot: ${err.message}`, 2, err.issues.map(formatIssue));
      throw err;
    }
    const briefs = path.resolve(config.root, config.briefsDir);
    if (!(command === 'check' && args[0]) && command !== 'new' && !isDir(briefs)) {
      throw new CliFailure('no_briefs', `briefbot: no briefs folder at ${briefs}`, 2, [
        `Create it with one folder per topic (briefs/<topic>/brief.md), set briefsDir in ${config.configPath ?? 'config/briefbot.yml'}, or run from the project folder (or pass --root).`,
      ]);
    }
    // Each command's code is loaded only when it runs: `brief` does not pay for the store or the bot.
    switch (command) {
      case 'start': {
        const { runStart } = await import('./start-command.ts');
        return await runStart(config, io, { forceConsole: values.console ?? false });
      }
      case 'brief':
        return await (await import('./commands.ts')).runBrief(config, io, args.join(' '), json, values.full ?? false);
      case 'list':
        return await (await import('./commands.ts')).runList(config, io, json);
      case 'check':
        return await (await import('./commands.ts')).runCheck(config, io, args[0]);
      case 'ask':
        return await (await import('./commands.ts')).runAsk(config, io, args[0], args.length > 1 ? args.slice(1).join(' ') : undefined, json);
      case 'new':
        return await (await import('./curate-commands.ts')).runNew(config, io, args[0], values.title);
      case 'add': {
        const flags = Object.fromEntries(Object.entries({ title: values.title, outlet: values.outlet, published: values.published, url: values.url }).filter(([, v]) => v !== undefined)) as Record<string, string>;
        return await (await import('./curate-commands.ts')).runAdd(config, io, args[0], args.slice(1), flags, json);
      }
      case 'draft':
        return await (await import('./draft-command.ts')).runDraft(config, io, args[0], { write: values.write ?? false, json, summaryBytes: values['summary-bytes'] });
      case 'preview':
        return await (await import('./preview-command.ts')).runPreview(config, io, args[0], { draft: values.draft ?? false, port: values.port, out: values.out });
      case 'feeds':
        return await (await import('./feeds-command.ts')).runFeeds(config, io, args[0], values.poll ?? false, json);
      default:
        return await (await import('./commands.ts')).runRecap(config, io, args.join(' '), values.since, json);
    }
  } catch (err) {
    if (err instanceof CliFailure) return reportFailure(io, err, json);
    return reportFailure(io, new CliFailure('failed', `briefbot: ${(err as Error).message}`, 1), json);
  }
}
