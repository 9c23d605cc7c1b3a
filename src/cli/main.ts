/**
 * The `briefbot` command line: start, brief, list, ask, check, recap.
 * This and src/app/config.ts are the only places that read process.env.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { loadConfig, type AppConfig } from '../app/config.ts';
import { ConfigError, formatIssue } from '../core/errors.ts';
import { runAsk, runBrief, runCheck, runList, runRecap } from './commands.ts';
import { runStart } from './start-command.ts';

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `briefbot — sourced briefs on developing stories, in Slack, Discord or a terminal

Usage:
  briefbot start                         run the bot (console when no platform credentials are set)
  briefbot brief <topic> [--json]        print a brief
  briefbot list [--json]                 list topics
  briefbot ask <topic> "<question>" [--json]
                                         answer a question from the topic's documents;
                                         without a question, read one per line from stdin (JSON lines out)
  briefbot check [dir]                   validate briefs (exits 1 on any error)
  briefbot recap <topic> --since <date|version> [--json]
                                         what changed in a brief since a date or version

Options:
  --json          machine-readable output
  --root <dir>    project folder holding briefs/ and config/ (default: current folder if it has briefs/)
  --config <file> settings file (default: config/briefbot.yml, or BRIEFBOT_CONFIG)
  -h, --help      show this help
  -v, --version   show the version`;

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
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
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    io.stderr.write(`briefbot: ${(err as Error).message}\nRun "briefbot --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command = values.help ? 'help' : 'start', ...args] = positionals;
  if (values.version) {
    io.stdout.write('briefbot 0.1.0\n');
    return 0;
  }
  if (values.help || command === 'help') {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const root = path.resolve(values.root ?? (existsSync(path.join(process.cwd(), 'briefs')) ? process.cwd() : packageRoot));
  loadDotenv({ path: path.join(root, '.env'), quiet: true, processEnv: io.env as Record<string, string> });
  let config: AppConfig;
  try {
    config = loadConfig(values.config === undefined ? { root, env: io.env } : { root, env: io.env, configPath: values.config });
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`briefbot: ${err.message}\n`);
      for (const issue of err.issues) io.stderr.write(`${formatIssue(issue)}\n`);
      return 2;
    }
    throw err;
  }
  const json = values.json ?? false;
  try {
    switch (command) {
      case 'start':
        return await runStart(config, io, { forceConsole: values.console ?? false });
      case 'brief':
        return await runBrief(config, io, args.join(' '), json);
      case 'list':
        return await runList(config, io, json);
      case 'check':
        return await runCheck(config, io, args[0]);
      case 'ask':
        return await runAsk(config, io, args[0], args.slice(1).join(' '), json);
      case 'recap':
        return await runRecap(config, io, args.join(' '), values.since, json);
      default:
        io.stderr.write(`briefbot: unknown command "${command}"\nRun "briefbot --help" for usage.\n`);
        return 2;
    }
  } catch (err) {
    io.stderr.write(`briefbot: ${(err as Error).message}\n`);
    return 1;
  }
}
