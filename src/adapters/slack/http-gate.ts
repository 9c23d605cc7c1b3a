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
 *
 * This is the bot's public face, so no request may stop it or hold its port:
 * - a body over SLACK_BODY_LIMIT is refused with 413 as soon as that is known (from
 *   Content-Length before reading, or while reading) and the connection is closed;
 * - a signed body that does not parse to the object shape Slack sends (JSON object, or a
 *   form whose `payload` is a JSON object) gets 400 and never reaches Bolt;
 * - two signature or timestamp headers are refused with 400;
 * - headers, whole requests and idle keep-alive connections have timeouts, and each
 *   client address may hold only so many connections at once.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../../bot/logger.ts';
import { checkSlackBodyShape, type BodyKind } from './body-shape.ts';
import { verifySlackSignature } from './verify.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

/**
 * The largest body accepted, decided once. Slack's slash commands, events and
 * interactions are a few kB; the largest (a view submission carrying a whole modal) stays
 * well under 64 KiB. 256 KiB leaves room and refuses anything built to waste our time.
 */
export const SLACK_BODY_LIMIT = 256 * 1024;

/** Connection limits of the HTTP server. All in milliseconds except the counts. */
export interface HttpLimits {
  /** Time for a client to send the complete request headers. Default 10 s. */
  headersTimeoutMs: number;
  /** Time for a client to send the whole request, body included. Default 15 s. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open after a response. Default 5 s. */
  keepAliveTimeoutMs: number;
  /** Connections open at once from one client address. Default 64. */
  maxConnectionsPerAddress: number;
  /** Connections open at once in all. Default 2048. */
  maxConnections: number;
  /** How often the server looks for connections past their timeouts. Default 1 s. */
  checkIntervalMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnectionsPerAddress: 64,
  maxConnections: 2048,
  checkIntervalMs: 1_000,
};

export interface SlackHttpGateOptions {
  signingSecret: string;
  logger: Logger;
  /** Current time in ms. */
  now: () => number;
  /** Bolt's request listener; absent in Socket Mode (then only /healthz is served). */
  forward?: RequestListener;
  health: () => Record<string, unknown>;
  /** Largest accepted body in bytes. Default SLACK_BODY_LIMIT. */
  bodyLimit?: number;
  toleranceSec?: number;
  limits?: Partial<HttpLimits>;
  /** Told of every verified, well-formed request by kind (events health, metrics). */
  onRequest?: (kind: BodyKind) => void;
}

type HeaderRead = { ok: true; value: string | undefined } | { ok: false };

/** One header's value; a header sent twice is refused rather than guessed at. */
function single(req: IncomingMessage, name: string): HeaderRead {
  const all = req.headersDistinct[name];
  if (all && all.length > 1) return { ok: false };
  return { ok: true, value: all?.[0] };
}

function end(res: ServerResponse, status: number, body?: string, type = 'text/plain; charset=utf-8', close = false): void {
  if (res.headersSent || res.writableEnded) return;
  const headers: Record<string, string> = close ? { connection: 'close' } : {};
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
  } else {
    res.writeHead(status, { ...headers, 'content-type': type });
    res.end(body);
  }
}

/** Reads the body up to `limit` bytes; resolves null as soon as it is known to be larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > limit) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, total)));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('request aborted')));
  });
}

export function createSlackHttpServer(options: SlackHttpGateOptions): Server {
  const { signingSecret, logger, now, forward, health } = options;
  const limit = options.bodyLimit ?? SLACK_BODY_LIMIT;
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };

  const tooLarge = (req: IncomingMessage, res: ServerResponse): void => {
    end(res, 413, `request body larger than ${limit} bytes`, undefined, true);
    // Stop reading what is left; the response says the connection closes.
    res.on('finish', () => req.destroy());
  };

  const handleEvents = async (req: IncomingMessage, res: ServerResponse, fwd: RequestListener): Promise<void> => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limit) return tooLarge(req, res);
    const body = await readBody(req, limit);
    if (body === null) return tooLarge(req, res);
    const contentType = single(req, 'content-type');
    const type = contentType.ok ? (contentType.value ?? '').split(';')[0]?.trim().toLowerCase() ?? '' : '';
    if (type === 'application/x-www-form-urlencoded' && /^ssl_check=1(&|$)/.test(body.toString('latin1', 0, 12))) {
      return end(res, 200);
    }
    const timestamp = single(req, 'x-slack-request-timestamp');
    const signature = single(req, 'x-slack-signature');
    if (!timestamp.ok || !signature.ok || !contentType.ok) {
      logger.warn({ path: req.url }, 'slack: refused a request with a repeated signature, timestamp or content-type header');
      return end(res, 400, 'repeated header');
    }
    const check = verifySlackSignature({
      signingSecret,
      timestamp: timestamp.value,
      signature: signature.value,
      rawBody: body,
      nowMs: now(),
      ...(options.toleranceSec === undefined ? {} : { toleranceSec: options.toleranceSec }),
    });
    if (!check.ok) {
      logger.warn({ reason: check.reason, path: req.url }, 'slack: refused request with a bad signature');
      return end(res, 401);
    }
    const shape = checkSlackBodyShape(type, body);
    if (!shape.ok) {
      logger.warn({ reason: shape.reason, path: req.url }, 'slack: refused a signed request whose body is not a Slack payload');
      return end(res, 400, shape.reason);
    }
    options.onRequest?.(shape.kind);
    // Well-formed, but nothing here listens for it: ack at once instead of letting Bolt
    // hold the request for its unhandled-request timeout.
    if (shape.route === 'ignored') return end(res, 200);
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    fwd(req, res);
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    (req, res) => {
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
    },
  );
  server.maxConnections = limits.maxConnections;
  // A socket with no traffic at all for the request timeout is closed too.
  server.setTimeout(limits.requestTimeoutMs, (socket: Socket) => socket.destroy());

  const perAddress = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    const open = (perAddress.get(address) ?? 0) + 1;
    if (open > limits.maxConnectionsPerAddress) {
      logger.warn({ address, open: open - 1 }, 'slack: too many connections from one address; closing the newest');
      socket.destroy();
      return;
    }
    perAddress.set(address, open);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
  // Malformed requests: answer 400 and close, as Node does by default, but never throw.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (socket.writable && !socket.destroyed) {
      const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    }
    socket.destroy();
  });
  return server;
}
