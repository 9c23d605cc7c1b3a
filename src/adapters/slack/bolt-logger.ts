/** Bridges Bolt's logger interface onto the app's pino logger (one log stream, redacted). */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';

function format(msg: unknown[]): string {
  return msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
}

type Level = 'trace' | 'debug' | 'warn' | 'error';

export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  // Bolt logs a lot at debug (sometimes whole payloads): check the level before formatting.
  const at =
    (level: Level) =>
    (...msg: unknown[]): void => {
      if (child.isLevelEnabled(level)) child[level](format(msg));
    };
  return {
    // Bolt's debug is very chatty: map it to trace, and its info to debug.
    debug: at('trace'),
    info: at('debug'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => undefined,
    getLevel: () => (logger.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO),
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}
