/**
 * The outer guard of a running bot: an error that escapes every handler (a rejected
 * promise nobody awaited, an exception thrown from a timer or a library callback) is
 * logged and the process keeps serving. One bad request or one broken topic must never
 * take the bot, its other topics or /healthz down. The guard is installed by `briefbot
 * start` only; one-shot commands keep Node's default of exiting on such an error.
 */
import type { Logger } from '../bot/logger.ts';

export interface ProcessLike {
  on(event: 'unhandledRejection' | 'uncaughtException', listener: (err: unknown) => void): unknown;
  off(event: 'unhandledRejection' | 'uncaughtException', listener: (err: unknown) => void): unknown;
}

/** Installs the guard; returns a function that removes it. */
export function installProcessGuard(logger: Logger, proc: ProcessLike = process): () => void {
  let count = 0;
  const report = (kind: string) => (err: unknown): void => {
    count++;
    logger.error({ err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err), kind, count }, 'unhandled error caught by the process guard; still serving');
  };
  const onRejection = report('unhandledRejection');
  const onException = report('uncaughtException');
  proc.on('unhandledRejection', onRejection);
  proc.on('uncaughtException', onException);
  return () => {
    proc.off('unhandledRejection', onRejection);
    proc.off('uncaughtException', onException);
  };
}
