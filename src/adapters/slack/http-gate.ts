/**
 * The adapter's HTTP server: `/healthz`, and `POST /slack/events` guarded by our own
 * signature check (verify.ts) before the request reaches Bolt's HTTPReceiver.
 *
 * Bolt's HTTPReceiver can verify signatures too; we switch that off
 * (`signatureVerification: false`) and verify here instead, exactly once per request,
 * with an injectable clock and a tolerance that also refuses far-future timestamps. The
 * raw body we read is handed to Bolt as `req.rawBody`, which Bolt reuses as-is, so both
 * see the same bytes. Unsigned `ssl_check=1` pings from Slack are answered here (200)
 * and never reach any handler.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../core/logger.ts';
import { verifySlackSignature } from './verify.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

export interface SlackHttpGateOptions {
  signingSecret: string;
  logger: Logger;
  /** Current time in ms. */
  now: () => number;
  /** Bolt's request listener; absent in Socket Mode (then only /healthz is served). */
  forward?: RequestListener;
  health: () => Record<string, unknown>;
  /** Largest accepted body in bytes (Slack payloads are small). Default 1 MiB. */
  bodyLimit?: number;
  toleranceSec?: number;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? undefined : v;
}

function end(res: ServerResponse, status: number, body?: string, type = 'text/plain; charset=utf-8'): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status);
    res.end();
  } else {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks, total)));
    req.on('error', reject);
  });
}

export function createSlackHttpServer(options: SlackHttpGateOptions): Server {
  const { signingSecret, logger, now, forward, health } = options;
  const limit = options.bodyLimit ?? 1024 * 1024;

  const handleEvents = async (req: IncomingMessage, res: ServerResponse, fwd: RequestListener): Promise<void> => {
    const body = await readBody(req, limit);
    if (body === null) return end(res, 413);
    if (header(req, 'content-type') === 'application/x-www-form-urlencoded' && /^ssl_check=1(&|$)/.test(body.toString('latin1', 0, 12))) {
      return end(res, 200);
    }
    const check = verifySlackSignature({
      signingSecret,
      timestamp: header(req, 'x-slack-request-timestamp'),
      signature: header(req, 'x-slack-signature'),
      rawBody: body,
      nowMs: now(),
      ...(options.toleranceSec === undefined ? {} : { toleranceSec: options.toleranceSec }),
    });
    if (!check.ok) {
      logger.warn({ reason: check.reason, path: req.url }, 'slack: refused request with a bad signature');
      return end(res, 401);
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    fwd(req, res);
  };

  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
        return end(res, 200, JSON.stringify({ status: 'ok', ...health() }), 'application/json');
      }
      if (path === SLACK_EVENTS_PATH && forward) {
        if (req.method !== 'POST') return end(res, 405);
        handleEvents(req, res, forward).catch((err: unknown) => {
          logger.error({ err }, 'slack: request failed');
          end(res, 500);
        });
        return;
      }
      end(res, 404);
    } catch (err) {
      logger.error({ err }, 'slack: request failed');
      end(res, 500);
    }
  });
}
