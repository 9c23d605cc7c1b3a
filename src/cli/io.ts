/**
 * The CLI's input and output, and how it reports a failure: one line on stderr for people
 * and, with --json, `{"error": {"code", "message"}}` on stdout for scripts, with the same
 * exit code either way.
 */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export type CliErrorCode = 'usage' | 'config' | 'no_briefs' | 'unknown_topic' | 'check_failed' | 'failed';

/** A failure a command reports; main prints it (and its JSON form) once. */
export class CliFailure extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
    readonly exitCode: number,
    /** Extra lines for people (issues, suggestions), printed after the message on stderr. */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** Prints a failure: the message and details on stderr; with --json also on stdout. */
export function reportFailure(io: CliIO, failure: CliFailure, json: boolean): number {
  const text = failure.message.endsWith('\n') ? failure.message : `${failure.message}\n`;
  io.stderr.write(text);
  for (const d of failure.details) io.stderr.write(d.endsWith('\n') ? d : `${d}\n`);
  if (json) {
    const message = [failure.message.trim(), ...failure.details.map((d) => d.trim())].filter((s) => s !== '').join('\n');
    io.stdout.write(`${JSON.stringify({ error: { code: failure.code, message } }, null, 2)}\n`);
  }
  return failure.exitCode;
}
