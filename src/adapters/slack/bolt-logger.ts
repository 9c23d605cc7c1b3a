/** Bridges Bolt's logger interface onto the app's pino logger (one log stream, redacted). */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/logger.ts';

function format(msg: unknown[]): string {
  return msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
}

export function boltLogger(logger: Logger): BoltLogger {
  let name = 'bolt';
  const child = (): Logger => logger.child({ component: name });
  return {
    // Bolt's debug output is very chatty (and can include payloads): map it to trace.
    debug: (...msg: unknown[]) => child().trace(format(msg)),
    info: (...msg: unknown[]) => child().debug(format(msg)),
    warn: (...msg: unknown[]) => child().warn(format(msg)),
    error: (...msg: unknown[]) => child().error(format(msg)),
    setLevel: () => undefined,
    getLevel: () => (logger.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO),
    setName: (n: string) => {
      name = n;
    },
  };
}
