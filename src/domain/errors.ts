/**
 * Typed errors with a stable code and an optional cause, in the style of vercel/chat.
 * Platform errors are translated into these at the adapter edge, so the core never
 * sees a Slack or Discord error object.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'BAD_INPUT'
  | 'PERMISSION_DENIED'
  | 'RATE_LIMITED'
  | 'PLATFORM'
  | 'PLATFORM_UNAVAILABLE'
  | 'MESSAGE_TOO_LARGE'
  | 'CONFIG'
  | 'STORE'
  | 'INTERNAL';

export class BriefbotError extends Error {
  readonly code: ErrorCode;
  /** A short, safe sentence that may be shown to a chat user. Never a stack trace. */
  readonly userMessage: string;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; userMessage?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.userMessage = options.userMessage ?? 'Sorry, something went wrong. Please try again.';
  }
}

/** The platform refused a call because of rate limiting; retry after `retryAfterMs`. */
export class RateLimitError extends BriefbotError {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number, options: { cause?: unknown; message?: string } = {}) {
    super('RATE_LIMITED', options.message ?? `rate limited, retry after ${retryAfterMs} ms`, {
      ...(options.cause === undefined ? {} : { cause: options.cause }),
      userMessage: 'The chat platform is rate limiting Briefbot; the message will be retried.',
    });
    this.retryAfterMs = retryAfterMs;
  }
}

/** The platform is unreachable or answered with a server error; retrying may help. */
export class PlatformUnavailableError extends BriefbotError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('PLATFORM_UNAVAILABLE', message, options);
  }
}

/** The platform rejected the call for good (bad request, auth, size); retrying will not help. */
export class PlatformError extends BriefbotError {
  readonly status: number | undefined;
  readonly platformCode: string | undefined;
  constructor(message: string, options: { cause?: unknown; status?: number; platformCode?: string } = {}) {
    super('PLATFORM', message, options.cause === undefined ? {} : { cause: options.cause });
    this.status = options.status;
    this.platformCode = options.platformCode;
  }
}

/** A curator-facing problem in a brief, source or config file: `path:line: message`. */
export interface FileIssue {
  path: string;
  line: number;
  message: string;
  /** What to do about it. */
  fix?: string;
  severity: 'error' | 'warning';
}

export function formatIssue(issue: FileIssue): string {
  const fix = issue.fix ? ` (${issue.fix})` : '';
  const tag = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.path}:${issue.line}: ${tag}${issue.message}${fix}`;
}

export class ConfigError extends BriefbotError {
  readonly issues: FileIssue[];
  constructor(message: string, issues: FileIssue[] = [], options: { cause?: unknown } = {}) {
    super('CONFIG', message, options);
    this.issues = issues;
  }
}

export function isRetryable(err: unknown): boolean {
  return err instanceof RateLimitError || err instanceof PlatformUnavailableError;
}
