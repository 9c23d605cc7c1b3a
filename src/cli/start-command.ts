/** `briefbot start`: runs the bot until input ends (console) or SIGTERM/SIGINT (platforms). */
import v8 from 'node:v8';
import type { AppConfig } from '../app/config.ts';
import { installProcessGuard } from '../app/process-guard.ts';
import { startApp, type RunningApp } from '../app/start-app.ts';
import { consoleLogStream } from '../adapters/console/console-log.ts';
import { createLogger } from '../app/logger.ts';
import type { AdapterModule } from '../adapters/kit/adapter-module.ts';
import { PLATFORM_ADAPTERS } from '../adapters/registry.ts';
import type { CliIO } from './io.ts';

/** One line for people: what is running and where. */
export function describeRunning(app: RunningApp, interactiveConsole: boolean, modules: readonly AdapterModule[] = PLATFORM_ADAPTERS): string {
  const parts = app.adapters.map((a) => {
    if (a.platform === 'console') return interactiveConsole ? 'the console' : 'the console, reading /brief commands from standard input (not a terminal)';
    return modules.find((m) => m.platform === a.platform)?.describe?.(a) ?? a.platform;
  });
  const platforms = app.adapters.some((a) => a.platform !== 'console');
  const hint = platforms ? 'SIGTERM or Ctrl-C stops it.' : interactiveConsole ? '' : `It stops when the input ends. Set ${modules.map((m) => m.enableHint).join(' or ')} to run on a chat platform.`;
  return `briefbot: running ${parts.join(' and ')}. ${hint}`.trim();
}

export async function runStart(config: AppConfig, io: CliIO, options: { forceConsole: boolean }): Promise<number> {
  const consoleOnly = config.adapters.length === 0;
  const interactiveConsole = (consoleOnly || options.forceConsole) && Boolean(io.stdin.isTTY);
  // At a terminal, JSON logs would land over the prompt: show warnings, errors and reloads
  // as short readable lines instead. Servers and pipes keep JSON logs (warnings only for a
  // console session, so piped output stays clean, unless LOG_LEVEL asks for more).
  let aroundPrompt: ((write: () => void) => void) | undefined;
  const logger = interactiveConsole
    ? createLogger({ level: io.env['LOG_LEVEL'] ?? 'info', stream: consoleLogStream(io.stderr, (w) => (aroundPrompt ? aroundPrompt(w) : w())) })
    : createLogger({ level: consoleOnly && !io.env['LOG_LEVEL'] ? 'warn' : config.logLevel });
  const removeGuard = installProcessGuard(logger);
  // A bot on a chat platform spends nearly all its time idle, waiting on events and the minute
  // tick: V8's memory-saving mode (a small young generation, a tighter heap) cuts its idle RSS
  // by about a tenth at no measurable cost to how fast commands are acknowledged. A console
  // session is short and interactive, so it keeps the default, which answers its first
  // question sooner (see `npm run bench -- start` and `-- slack`).
  if (!consoleOnly) v8.setFlagsFromString('--optimize-for-size');
  const app = await startApp({
    config,
    logger,
    stdin: io.stdin as NodeJS.ReadStream,
    stdout: io.stdout as NodeJS.WriteStream,
    forceConsole: options.forceConsole,
  });
  const consoleAdapter = app.console;
  if (consoleAdapter && interactiveConsole) aroundPrompt = (w) => consoleAdapter.aboveThePrompt(w);
  if (!interactiveConsole) io.stderr.write(`${describeRunning(app, false)}\n`);
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    void app.stop();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  await app.done;
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  removeGuard();
  return 0;
}
