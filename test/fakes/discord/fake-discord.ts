/**
 * A fake Discord on 127.0.0.1 for driving the real discord.js: REST under /api/v10 and
 * a JSON gateway on the same port. It checks auth and Discord's payload limits (400 +
 * 50035), can answer 429 with rate-limit headers, and records every request.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { checkChoices, checkMessageBody, invalidFormBody } from './discord-limits.ts';
import { FakeGateway } from './fake-gateway.ts';
import { snowflake } from './snowflake.ts';

export interface RecordedRequest {
  method: string;
  /** Decoded path, e.g. /api/v10/webhooks/1/tok/messages/@original. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | unknown[] | null;
  status: number;
  /** performance.now() when the request reached the fake (before its body was read). */
  arrivedAt: number;
}

export interface StoredMessage extends Record<string, unknown> {
  id: string;
  channel_id: string;
}

export interface InteractionState {
  id: string;
  token: string;
  responded: boolean;
  callbackType: number | null;
  original: StoredMessage | null;
  followUps: StoredMessage[];
  deleted: boolean;
}

interface RateLimitRule {
  match: (method: string, path: string) => boolean;
  remaining: number;
  retryAfterSec: number;
  global: boolean;
}

interface FailureRule {
  match: (method: string, path: string) => boolean;
  remaining: number;
  status: number;
}

export const FAKE_TOKEN = 'fake-bot-token';
export const APP_ID = '1100000000000000001';
export const GUILD_ID = '1100000000000000002';
export const CHANNEL_ID = '1100000000000000003';

export class FakeDiscord extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly commands = new Map<string, Record<string, unknown>[]>();
  readonly channels = new Map<string, StoredMessage[]>([[CHANNEL_ID, []]]);
  readonly interactions = new Map<string, InteractionState>();
  readonly threads: Record<string, unknown>[] = [];
  readonly gateway: FakeGateway;
  readonly botUser = { id: APP_ID, username: 'briefbot', discriminator: '0', global_name: null, avatar: null, bot: true };
  private readonly rateLimits: RateLimitRule[] = [];
  private readonly failures: FailureRule[] = [];
  private readonly nonces = new Map<string, StoredMessage>();
  private port = 0;

  private constructor(private readonly server: Server) {
    super();
    this.gateway = new FakeGateway({
      token: FAKE_TOKEN,
      botUser: this.botUser,
      applicationId: APP_ID,
      url: () => this.wsUrl,
      guilds: () => [this.guildPayload()],
    });
  }

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const f = new FakeDiscord(server);
    server.on('request', (req, res) => void f.handle(req, res));
    server.on('upgrade', (req, socket, head) => f.gateway.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    f.port = (server.address() as AddressInfo).port;
    return f;
  }

  /** Pass as DISCORD_API_URL (discord.js appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` matching requests get 429 with Retry-After / X-RateLimit-Reset-After. */
  rateLimit(match: (method: string, path: string) => boolean, options: { retryAfterSec: number; count?: number; global?: boolean }): void {
    this.rateLimits.push({ match, remaining: options.count ?? 1, retryAfterSec: options.retryAfterSec, global: options.global ?? false });
  }

  /** The next `count` matching requests fail with `status` (e.g. 500, 502). */
  fail(match: (method: string, path: string) => boolean, options: { status: number; count?: number }): void {
    this.failures.push({ match, remaining: options.count ?? 1, status: options.status });
  }

  /**
   * Forgets every nonce, as when Discord's nonce window (a few minutes) has passed: a
   * re-post with `enforce_nonce` then creates a new message.
   */
  expireNonces(): void {
    this.nonces.clear();
  }

  /** Resolves with the first request (already recorded from `since`, or future) that matches. */
  waitForRequest(pred: (r: RecordedRequest) => boolean, since = 0): Promise<RecordedRequest> {
    const hit = this.requests.slice(since).find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => {
      const on = (r: RecordedRequest): void => {
        if (pred(r)) {
          this.off('request', on);
          resolve(r);
        }
      };
      this.on('request', on);
    });
  }

  /** Dispatches INTERACTION_CREATE and tracks the interaction's responses. */
  interact(payload: Record<string, unknown>): InteractionState {
    const state: InteractionState = { id: payload['id'] as string, token: payload['token'] as string, responded: false, callbackType: null, original: null, followUps: [], deleted: false };
    this.interactions.set(state.token, state);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return state;
  }

  /** Waits until the interaction got its callback and `followUps` follow-ups. */
  async waitForInteraction(state: InteractionState, followUps = 0): Promise<InteractionState> {
    const done = (): boolean => state.responded && (state.callbackType !== 5 || state.original !== null || state.deleted) && state.followUps.length >= followUps;
    while (!done()) await new Promise((resolve) => this.once('request', resolve));
    return state;
  }

  /** A user message in a channel or thread (MESSAGE_CREATE). */
  userMessage(channelId: string, content: string, extra: Record<string, unknown> = {}): StoredMessage {
    const msg = this.storeMessage(channelId, { content, author: { id: '1100000000000000099', username: 'reader', discriminator: '0', global_name: null, avatar: null }, ...extra });
    this.gateway.dispatch('MESSAGE_CREATE', { ...msg, guild_id: GUILD_ID, member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } });
    return msg;
  }

  /** A public thread started from a message: like Discord, its id is the message id. */
  startThread(channelId: string, messageId: string, name: string): Record<string, unknown> {
    const thread = {
      id: messageId,
      type: 11,
      guild_id: GUILD_ID,
      parent_id: channelId,
      name,
      owner_id: '1100000000000000099',
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      member_count: 1,
      message_count: 0,
    };
    this.threads.push(thread);
    this.channels.set(messageId, []);
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return thread;
  }

  private guildPayload(): Record<string, unknown> {
    return {
      id: GUILD_ID,
      name: 'Newsroom',
      icon: null,
      owner_id: '1100000000000000098',
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date(0).toISOString(),
      features: [],
      emojis: [],
      stickers: [],
      members: [],
      presences: [],
      voice_states: [],
      roles: [{ id: GUILD_ID, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: [{ id: CHANNEL_ID, type: 0, name: 'news', position: 0, permission_overwrites: [], guild_id: GUILD_ID }],
      threads: this.threads,
    };
  }

  private storeMessage(channelId: string, fields: Record<string, unknown>): StoredMessage {
    const msg: StoredMessage = {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      author: this.botUser,
      ...fields,
    };
    (this.channels.get(channelId) ?? this.channels.set(channelId, []).get(channelId))?.push(msg);
    return msg;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, headers: req.headers, body, status: 0, arrivedAt };
    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      this.requests.push(record);
      res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      this.emit('request', record);
    };
    try {
      this.route(record, reply);
    } catch (err) {
      reply(500, { message: String(err), code: 0 });
    }
  }

  private route(r: RecordedRequest, reply: (status: number, json?: unknown, headers?: Record<string, string>) => void): void {
    const m = r.method;
    const p = r.path.replace(/^\/api\/v10/, '');
    const unauthenticated = p.startsWith('/interactions/') || p.startsWith('/webhooks/');
    if (!unauthenticated && r.headers.authorization !== `Bot ${FAKE_TOKEN}`) return reply(401, { message: '401: Unauthorized', code: 0 });
    const limit = this.rateLimits.find((rule) => rule.remaining > 0 && rule.match(m, p));
    if (limit) {
      limit.remaining -= 1;
      const headers: Record<string, string> = {
        'retry-after': String(limit.retryAfterSec),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(limit.retryAfterSec),
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': limit.global ? 'global' : 'user',
        ...(limit.global ? { 'x-ratelimit-global': 'true' } : {}),
      };
      return reply(429, { message: 'You are being rate limited.', retry_after: limit.retryAfterSec, global: limit.global }, headers);
    }
    const failure = this.failures.find((rule) => rule.remaining > 0 && rule.match(m, p));
    if (failure) {
      failure.remaining -= 1;
      return reply(failure.status, { message: `${failure.status}: injected failure`, code: 0 });
    }
    const body = (r.body ?? {}) as Record<string, unknown>;
    let g: RegExpMatchArray | null;
    if (m === 'GET' && p === '/gateway/bot') {
      return reply(200, { url: this.wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } });
    }
    if ((g = p.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const scope = g[2] ?? 'global';
      if (m === 'GET') return reply(200, this.commands.get(scope) ?? []);
      if (m === 'PUT') {
        const stored = (r.body as Record<string, unknown>[]).map((c, i) => serverCommand(c, g?.[1] ?? '', g?.[2], this.commands.get(scope)?.[i]));
        this.commands.set(scope, stored);
        return reply(200, stored);
      }
    }
    if ((g = p.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && m === 'POST') {
      const state = this.interactions.get(g[2] ?? '');
      if (!state || state.id !== g[1]) return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (state.responded) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const type = body['type'] as number;
      const data = (body['data'] ?? {}) as Record<string, unknown>;
      const problems = type === 8 ? checkChoices(data) : type === 4 || type === 7 ? checkMessageBody(data, { requireContent: true }) : [];
      if (problems.length > 0) return reply(400, invalidFormBody(problems));
      state.responded = true;
      state.callbackType = type;
      if (type === 4) state.original = this.storeMessage(CHANNEL_ID, { ...data, interaction_token: state.token });
      const withResponse = r.query.get('with_response') === 'true';
      if (!withResponse) return reply(204);
      return reply(200, {
        interaction: { id: state.id, type: 2, response_message_id: state.original?.id, response_message_loading: type === 5, response_message_ephemeral: ((data['flags'] as number | undefined) ?? 0) === 64 },
        resource: { type, ...(state.original ? { message: state.original } : {}) },
      });
    }
    if ((g = p.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
      const state = this.interactions.get(g[2] ?? '');
      if (!state || g[1] !== APP_ID) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (!state.responded) return reply(400, { message: 'Interaction has not been acknowledged.', code: 40060 });
      const target = g[3];
      if (target === undefined && m === 'POST') {
        const problems = checkMessageBody(body, { requireContent: true });
        if (problems.length > 0) return reply(400, invalidFormBody(problems));
        const msg = this.storeMessage(CHANNEL_ID, { ...body, interaction_token: state.token });
        state.followUps.push(msg);
        return reply(200, msg);
      }
      if (target === '@original') {
        if (m === 'PATCH') {
          const problems = checkMessageBody(body, { requireContent: false });
          if (problems.length > 0) return reply(400, invalidFormBody(problems));
          state.original = { ...(state.original ?? this.storeMessage(CHANNEL_ID, {})), ...body, edited_timestamp: new Date().toISOString() } as StoredMessage;
          return reply(200, state.original);
        }
        if (m === 'DELETE') {
          state.deleted = true;
          return reply(204);
        }
        if (m === 'GET' && state.original) return reply(200, state.original);
      }
    }
    if (m === 'GET' && p === '/users/@me') return reply(200, this.botUser);
    if ((g = p.match(/^\/channels\/(\d+)\/messages$/)) && m === 'GET') {
      // Newest first, `limit` (1-100, default 50). Like Discord, `nonce` is not returned here.
      const list = this.channels.get(g[1] ?? '');
      if (!list) return reply(404, { message: 'Unknown Channel', code: 10003 });
      const limit = Math.max(1, Math.min(100, Number(r.query.get('limit') ?? 50)));
      const page = [...list].reverse().slice(0, limit).map((msg) => {
        const { nonce: _nonce, enforce_nonce: _enforce, ...rest } = msg;
        return rest;
      });
      return reply(200, page);
    }
    if ((g = p.match(/^\/channels\/(\d+)\/messages$/)) && m === 'POST') {
      const channelId = g[1] ?? '';
      if (!this.channels.has(channelId)) return reply(404, { message: 'Unknown Channel', code: 10003 });
      const problems = checkMessageBody(body, { requireContent: true });
      if (problems.length > 0) return reply(400, invalidFormBody(problems));
      const nonce = body['nonce'];
      if (body['enforce_nonce'] === true && typeof nonce === 'string') {
        const existing = this.nonces.get(`${channelId}:${nonce}`);
        if (existing) return reply(200, existing);
      }
      const ref = body['message_reference'] as { message_id?: string } | undefined;
      const msg = this.storeMessage(channelId, { ...body, ...(ref ? { type: 19 } : {}) });
      if (typeof nonce === 'string') this.nonces.set(`${channelId}:${nonce}`, msg);
      return reply(200, msg);
    }
    return reply(404, { message: `404: Not Found (${m} ${p})`, code: 0 });
  }
}

/** What Discord stores and returns for a command: ids, versions and defaults added. */
function serverCommand(c: Record<string, unknown>, appId: string, guildId: string | undefined, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  const stripFalse = (o: Record<string, unknown>): Record<string, unknown> => {
    const { required, autocomplete, options, ...rest } = o;
    return {
      ...rest,
      ...(required ? { required } : {}),
      ...(autocomplete ? { autocomplete } : {}),
      ...(Array.isArray(options) ? { options: options.map((x) => stripFalse(x as Record<string, unknown>)) } : {}),
    };
  };
  return {
    id: (c['id'] as string | undefined) ?? (previous?.['name'] === c['name'] ? previous?.['id'] : undefined) ?? snowflake(),
    application_id: appId,
    version: snowflake(),
    default_member_permissions: null,
    type: 1,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    ...(guildId ? { guild_id: guildId } : { dm_permission: true }),
    ...stripFalse(c),
  };
}
