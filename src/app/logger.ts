/** The one real logger: pino, created at start-up and passed to everything as the Logger port. */
import { pino, destination, type DestinationStream } from 'pino';
import type { Logger } from '../bot/logger.ts';

export { silentLogger, type Logger } from '../bot/logger.ts';

export interface LoggerOptions {
  level?: string;
  /** Where logs go. Defaults to stderr so stdout stays clean for command output. */
  destination?: number;
  /** A stream to write JSON lines to instead (the interactive console formats them). */
  stream?: DestinationStream;
}

/**
 * The one logger. Silent under `node --test` (NODE_ENV=test) unless a level is given.
 * Secrets are redacted by path in case an options object is ever logged whole.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  return pino(
    {
      level,
      base: null,
      redact: {
        paths: ['token', 'signingSecret', 'appToken', '*.token', '*.signingSecret', '*.appToken', 'headers.authorization', '*.headers.authorization', 'databaseUrl', '*.databaseUrl'],
        censor: '[redacted]',
      },
    },
    options.stream ?? destination({ dest: options.destination ?? 2, sync: true }),
  );
}
