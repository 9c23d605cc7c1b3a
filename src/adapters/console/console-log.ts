/**
 * Logs for a person at the terminal: in an interactive console, pino's JSON lines would
 * land over the prompt. This stream turns each record into one short readable line
 * ("warning: china-russia-aid reloaded: 110 quotes verified") and shows only what a
 * curator trying the bot needs: warnings and errors, and brief reloads. Servers keep JSON.
 */

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warning', 50: 'error', 60: 'fatal' };
/** Fields worth a glance, in this order; the rest stay in JSON logs. */
const SHOWN = ['topic', 'adapter', 'platform', 'channel', 'reason', 'err'];

export interface ConsoleLogStream {
  write(line: string): boolean;
}

function describeErr(err: unknown): string {
  if (typeof err === 'string') return err;
  if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string') return (err as { message: string }).message;
  return JSON.stringify(err);
}

/** Formats one pino JSON record; null when it is not for the console. */
export function formatConsoleLog(line: string): string | null {
  let rec: Record<string, unknown>;
  try {
    rec = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const level = typeof rec['level'] === 'number' ? rec['level'] : 30;
  if (level < 40 && rec['reload'] !== true) return null;
  const extras = SHOWN.filter((k) => rec[k] !== undefined && !(k === 'topic' && String(rec['msg'] ?? '').startsWith(String(rec[k]))))
    .map((k) => `${k}: ${k === 'err' ? describeErr(rec[k]) : String(rec[k])}`);
  const label = level >= 40 ? `${LEVELS[level] ?? 'log'}: ` : '';
  return `${label}${String(rec['msg'] ?? '')}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

/**
 * A pino destination writing readable lines to `output` (the terminal). `around` lets the
 * console clear and redraw its prompt around a log line.
 */
export function consoleLogStream(output: NodeJS.WritableStream, around?: (write: () => void) => void): ConsoleLogStream {
  return {
    write(chunk: string): boolean {
      for (const line of chunk.split('\n')) {
        if (line.trim() === '') continue;
        const text = formatConsoleLog(line);
        if (text === null) continue;
        const write = (): void => void output.write(`${text}\n`);
        if (around) around(write);
        else write();
      }
      return true;
    },
  };
}
