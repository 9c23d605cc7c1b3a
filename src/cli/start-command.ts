/** `briefbot start`: runs the bot until input ends (console) or SIGTERM/SIGINT (platforms). */
import type { AppConfig } from '../app/config.ts';
import { installProcessGuard } from '../app/process-guard.ts';
import { startApp } from '../app/start-app.ts';
import { createLogger } from '../core/logger.ts';
import type { CliIO } from './io.ts';

export async function runStart(config: AppConfig, io: CliIO, options: { forceConsole: boolean }): Promise<number> {
  // In a terminal session info logs would interleave with the conversation; keep them to warnings
  // unless LOG_LEVEL asks for more.
  const consoleOnly = !config.slack && !config.discord;
  const level = consoleOnly && !io.env['LOG_LEVEL'] ? 'warn' : config.logLevel;
  const logger = createLogger({ level });
  const removeGuard = installProcessGuard(logger);
  const app = await startApp({
    config,
    logger,
    stdin: io.stdin as NodeJS.ReadStream,
    stdout: io.stdout as NodeJS.WriteStream,
    forceConsole: options.forceConsole,
  });
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
