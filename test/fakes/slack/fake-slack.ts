/**
 * A fake Slack on 127.0.0.1 for tests and benchmarks: the Web API (reached through
 * slackApiUrl), a response_url sink, and a Socket Mode websocket. It checks tokens,
 * enforces Slack's message limits (slack-limits.ts), can be told to answer 429 with
 * Retry-After, and records every call.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkMessage } from './slack-limits.ts';

export interface ApiCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  /** What the fake answered. */
  status: number;
  response: Record<string, unknown>;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

/** A message the fake accepted through chat.postMessage, as conversations.history returns it. */
export interface StoredSlackMessage {
  type: 'message';
  ts: string;
  text: unknown;
  blocks?: unknown;
  thread_ts?: string;
  user: string;
  bot_id: string;
  app_id: string;
  metadata?: { event_type: string; event_payload: Obj };
}

export interface FakeUser {
  id: string;
  name: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  botUserId?: string;
  users?: FakeUser[];
  /** Keep response_url bodies in `responses` (default true; benches count only). */
  recordResponses?: boolean;
  /** Wall clock for message ts values (ms since the epoch); default Date.now. */
  now?: () => number;
}

type Obj = Record<string, unknown>;

function parseBody(raw: string, contentType: string | undefined): Obj {
  if ((contentType ?? '').includes('application/json')) return raw ? (JSON.parse(raw) as Obj) : {};
  const out: Obj = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = (k === 'blocks' || k === 'attachments' || k === 'view' || k === 'metadata') && /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

export class FakeSlack extends EventEmitter {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Socket Mode acks received: envelope_id → ack payload. */
  readonly acks = new Map<string, Obj>();
  socketConnections = 0;
  /** Messages posted with chat.postMessage, per channel, oldest first (threads included). */
  readonly messages = new Map<string, StoredSlackMessage[]>();
  /** response_url posts received (counted even when bodies are not recorded). */
  responseCount = 0;
  readonly botToken: string;
  readonly appToken: string;
  readonly botUserId: string;
  private readonly users = new Map<string, FakeUser>();
  private readonly recordResponses: boolean;
  private readonly now: () => number;
  private readonly rateLimits = new Map<string, { retryAfterSec: number; remaining: number }>();
  private readonly failures = new Map<string, { error: string; remaining: number }>();
  private failAfterStoreRemaining = 0;
  /** Channel id → the member who created it (conversations.info). */
  readonly channelCreators = new Map<string, string>();
  private responseUrlStatus = 200;
  private tsCounter = 0;
  private envelopeCounter = 0;
  private socket: WebSocket | undefined;
  private readonly server: Server;
  private readonly wss: WebSocketServer;

  private constructor(options: FakeSlackOptions) {
    super();
    this.setMaxListeners(100);
    this.botToken = options.botToken ?? 'xoxb-test-token';
    this.appToken = options.appToken ?? 'xapp-test-token';
    this.botUserId = options.botUserId ?? 'UBOT';
    for (const u of options.users ?? []) this.users.set(u.id, u);
    this.recordResponses = options.recordResponses ?? true;
    this.now = options.now ?? Date.now;
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500);
        res.end(String(err));
      });
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => this.onSocket(ws));
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id = 'r1'): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Top-level messages in `channel` (what a reader of the channel sees), oldest first. */
  channelMessages(channel: string): StoredSlackMessage[] {
    return (this.messages.get(channel) ?? []).filter((m) => m.thread_ts === undefined);
  }

  /** Every message in `channel`, thread replies included, oldest first. */
  allMessages(channel: string): StoredSlackMessage[] {
    return [...(this.messages.get(channel) ?? [])];
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Answer the next `times` calls of `method` with HTTP 429 and Retry-After. */
  rateLimit(method: string, retryAfterSec: number, times = 1): void {
    this.rateLimits.set(method, { retryAfterSec, remaining: times });
  }

  /**
   * Let the next `times` calls of chat.postMessage through (the message is stored, as it is
   * on Slack's side) but answer HTTP 500, as Slack does when it fails after storing.
   */
  failAfterStore(times = 1): void {
    this.failAfterStoreRemaining = times;
  }

  /** Answer the next `times` calls of `method` with `{ok:false, error}`. */
  fail(method: string, error: string, times = 1): void {
    this.failures.set(method, { error, remaining: times });
  }

  setResponseUrlStatus(status: number): void {
    this.responseUrlStatus = status;
  }

  /** Resolves once `count` calls to `method` (matching `where`) were answered. */
  waitForCalls(method: string, count = 1, where: (c: ApiCall) => boolean = () => true): Promise<ApiCall[]> {
    return this.waitUntil(() => {
      const found = this.callsTo(method).filter(where);
      return found.length >= count ? found : undefined;
    });
  }

  waitForResponses(count: number): Promise<ResponseUrlPost[]> {
    return this.waitUntil(() => (this.responses.length >= count ? this.responses : undefined));
  }

  /** Resolves with the value once `probe` returns one; re-checked after every recorded event. */
  waitUntil<T>(probe: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = (): void => {
        const v = probe();
        if (v !== undefined) {
          this.off('activity', check);
          resolve(v);
        }
      };
      this.on('activity', check);
      check();
    });
  }

  // ---- Socket Mode -------------------------------------------------------------

  /** Pushes an envelope to the connected app; resolves with its ack payload. */
  async pushEnvelope(type: 'slash_commands' | 'events_api' | 'interactive', payload: Obj, extra: Obj = {}): Promise<Obj> {
    const socket = this.socket;
    if (!socket) throw new Error('no Socket Mode connection');
    const envelopeId = `env-${++this.envelopeCounter}`;
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    return this.waitUntil(() => this.acks.get(envelopeId));
  }

  /** Sends Slack's `disconnect` message (as when Slack recycles a connection). */
  sendDisconnect(reason = 'refresh_requested'): void {
    this.socket?.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
  }

  waitForConnections(n: number): Promise<number> {
    return this.waitUntil(() => (this.socketConnections >= n && this.socket ? this.socketConnections : undefined));
  }

  private onSocket(ws: WebSocket): void {
    this.socketConnections++;
    this.socket = ws;
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as Obj;
      if (typeof msg['envelope_id'] === 'string') {
        this.acks.set(msg['envelope_id'], (msg['payload'] as Obj | undefined) ?? {});
        this.emit('activity');
      }
    });
    ws.on('close', () => {
      if (this.socket === ws) this.socket = undefined;
      this.emit('activity');
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'fake' } }));
    this.emit('activity');
  }

  // ---- HTTP ---------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/response/')) {
      this.responseCount++;
      if (this.recordResponses) this.responses.push({ id: url.pathname.slice('/response/'.length), body: raw ? (JSON.parse(raw) as Obj) : {} });
      res.writeHead(this.responseUrlStatus);
      res.end(this.responseUrlStatus === 200 ? 'ok' : 'expired_url');
      this.emit('activity');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404);
      res.end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const args = parseBody(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof args['token'] === 'string' ? args['token'] : undefined;
    const { status, body, headers } = this.answer(method, token, args);
    this.calls.push({ method, token, args, status, response: body });
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
    this.emit('activity');
  }

  private answer(method: string, token: string | undefined, args: Obj): { status: number; body: Obj; headers?: Record<string, string> } {
    const limited = this.rateLimits.get(method);
    if (limited && limited.remaining > 0) {
      limited.remaining--;
      return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(limited.retryAfterSec) } };
    }
    const expected = method === 'apps.connections.open' ? this.appToken : this.botToken;
    // Slack answers auth problems with HTTP 200 and ok:false.
    if (token !== expected) return { status: 200, body: { ok: false, error: token ? 'invalid_auth' : 'not_authed' } };
    const failure = this.failures.get(method);
    if (failure && failure.remaining > 0) {
      failure.remaining--;
      return { status: 200, body: { ok: false, error: failure.error } };
    }
    const ok = (body: Obj): { status: number; body: Obj } => ({ status: 200, body: { ok: true, ...body } });
    const err = (error: string, detail?: string): { status: number; body: Obj } => ({ status: 200, body: { ok: false, error, ...(detail ? { errors: [detail] } : {}) } });
    switch (method) {
      case 'auth.test':
        return ok({ url: 'https://fake.slack.com/', team: 'Fake', user: 'briefbot', team_id: 'T1', user_id: this.botUserId, bot_id: 'B1' });
      case 'apps.connections.open':
        return ok({ url: `ws://127.0.0.1:${this.port}/socket?ticket=${this.socketConnections + 1}` });
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        if (typeof args['channel'] !== 'string' || args['channel'] === '') return err('channel_not_found');
        const problem = checkMessage(args);
        if (problem) return err(problem.error, problem.detail);
        if (method === 'chat.postEphemeral') return ok({ message_ts: this.nextTs() });
        const ts = method === 'chat.update' ? String(args['ts']) : this.nextTs();
        if (method === 'chat.postMessage') {
          const metadata = args['metadata'];
          if (metadata !== undefined) {
            const m = metadata as Obj;
            if (typeof m !== 'object' || typeof m['event_type'] !== 'string' || typeof m['event_payload'] !== 'object') return err('invalid_metadata_format');
          }
          this.storeMessage(String(args['channel']), {
            type: 'message',
            ts,
            text: args['text'],
            ...(args['blocks'] ? { blocks: args['blocks'] } : {}),
            ...(typeof args['thread_ts'] === 'string' ? { thread_ts: args['thread_ts'] } : {}),
            user: this.botUserId,
            bot_id: 'B1',
            app_id: 'A1',
            ...(metadata ? { metadata: metadata as StoredSlackMessage['metadata'] & object } : {}),
          });
        }
        if (method === 'chat.postMessage' && this.failAfterStoreRemaining > 0) {
          this.failAfterStoreRemaining--;
          return { status: 500, body: { ok: false, error: 'internal_error' } };
        }
        return ok({ channel: args['channel'], ts, message: { text: args['text'], ts, ...(args['thread_ts'] ? { thread_ts: args['thread_ts'] } : {}) } });
      }
      case 'conversations.replies': {
        // Like Slack: the parent then its replies, oldest first; metadata only with include_all_metadata.
        const channel = args['channel'];
        const ts = args['ts'];
        if (typeof channel !== 'string' || channel === '') return err('channel_not_found');
        if (typeof ts !== 'string') return err('invalid_arguments');
        const withMeta = args['include_all_metadata'] === true || args['include_all_metadata'] === 'true';
        const all = this.allMessages(channel);
        const parent = all.find((m) => m.ts === ts);
        if (!parent) return err('thread_not_found');
        const thread = [parent, ...all.filter((m) => m.thread_ts === ts && m.ts !== ts)].map((m) => {
          if (withMeta) return m;
          const { metadata: _metadata, ...rest } = m;
          return rest;
        });
        return ok({ messages: thread, has_more: false });
      }
      case 'conversations.history': {
        // Like Slack: top-level messages newest first, within [oldest, latest], `limit` of
        // them (default 100), metadata only with include_all_metadata.
        const channel = args['channel'];
        if (typeof channel !== 'string' || channel === '') return err('channel_not_found');
        const oldest = Number(args['oldest'] ?? 0);
        const latest = args['latest'] === undefined ? Infinity : Number(args['latest']);
        const limit = Math.min(999, Number(args['limit'] ?? 100));
        const withMeta = args['include_all_metadata'] === true || args['include_all_metadata'] === 'true';
        const inRange = this.channelMessages(channel)
          .filter((m) => Number(m.ts) >= oldest && Number(m.ts) <= latest)
          .reverse();
        const page = inRange.slice(0, limit).map((m) => {
          if (withMeta) return m;
          const { metadata: _metadata, ...rest } = m;
          return rest;
        });
        return ok({ messages: page, has_more: inRange.length > limit, pin_count: 0 });
      }
      case 'views.open':
        if (typeof args['trigger_id'] !== 'string') return err('invalid_trigger_id');
        return ok({ view: { id: 'V1', ...(args['view'] as Obj) } });
      case 'conversations.info': {
        const channel = args['channel'];
        if (typeof channel !== 'string' || channel === '') return err('channel_not_found');
        const creator = this.channelCreators.get(channel);
        return ok({ channel: { id: channel, name: channel.toLowerCase(), is_channel: true, ...(creator ? { creator } : {}) } });
      }
      case 'users.info': {
        const user = this.users.get(String(args['user']));
        return user ? ok({ user }) : err('user_not_found');
      }
      default:
        return err('unknown_method');
    }
  }

  /** Slack ts values: seconds of the wall clock, then a per-fake counter (unique, increasing). */
  private nextTs(): string {
    this.tsCounter++;
    return `${Math.floor(this.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private storeMessage(channel: string, msg: StoredSlackMessage): void {
    let list = this.messages.get(channel);
    if (!list) {
      list = [];
      this.messages.set(channel, list);
    }
    list.push(msg);
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.removeAllListeners();
  }
}
