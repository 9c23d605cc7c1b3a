/**
 * A JSON Discord gateway for discord.js: HELLO, IDENTIFY → READY + GUILD_CREATE,
 * heartbeat ACKs, dispatches with sequence numbers, RESUME with replay, and closing
 * the socket on demand to exercise reconnection.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export interface GatewayWorld {
  token: string;
  botUser: Record<string, unknown>;
  applicationId: string;
  guilds: () => Record<string, unknown>[];
  url: () => string;
}

interface Sent {
  s: number;
  t: string;
  d: unknown;
}

export class FakeGateway extends EventEmitter {
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  private sessionId: string | null = null;
  private seq = 0;
  private readonly history: Sent[] = [];
  private sessions = 0;
  /** Counts for assertions. */
  readonly stats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0 };

  constructor(private readonly world: GatewayWorld) {
    super();
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
  }

  /** True while a client is connected and has identified or resumed. */
  get live(): boolean {
    return this.socket !== null && this.sessionId !== null;
  }

  private onConnection(ws: WebSocket): void {
    this.stats.connections += 1;
    this.socket?.terminate();
    this.socket = ws;
    ws.on('message', (raw) => this.onMessage(ws, raw.toString()));
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
    });
    ws.on('error', () => undefined);
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private onMessage(ws: WebSocket, raw: string): void {
    const msg = JSON.parse(raw) as { op: number; d: Record<string, unknown> | number | null };
    switch (msg.op) {
      case 1:
        this.stats.heartbeats += 1;
        this.send(ws, { op: 11 });
        return;
      case 2: {
        const d = msg.d as { token?: string };
        if (d.token !== this.world.token && d.token !== `Bot ${this.world.token}`) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.stats.identifies += 1;
        this.sessions += 1;
        this.sessionId = `session-${this.sessions}`;
        this.seq = 0;
        this.history.length = 0;
        const guilds = this.world.guilds();
        this.dispatch('READY', {
          v: 10,
          user: this.world.botUser,
          guilds: guilds.map((g) => ({ id: g['id'], unavailable: true })),
          session_id: this.sessionId,
          resume_gateway_url: this.world.url(),
          application: { id: this.world.applicationId, flags: 0 },
          shard: [0, 1],
        });
        for (const g of guilds) this.dispatch('GUILD_CREATE', g);
        this.emit('identified');
        return;
      }
      case 6: {
        const d = msg.d as { session_id?: string; seq?: number };
        if (!this.sessionId || d.session_id !== this.sessionId) {
          this.send(ws, { op: 9, d: false });
          return;
        }
        this.stats.resumes += 1;
        for (const e of this.history) if (e.s > (d.seq ?? 0)) this.send(ws, { op: 0, s: e.s, t: e.t, d: e.d });
        this.dispatch('RESUMED', {});
        this.emit('resumed');
        return;
      }
      default:
        return;
    }
  }

  private send(ws: WebSocket, payload: Record<string, unknown>): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  /** Sends a dispatch now, or keeps it for replay on RESUME when no client is connected. */
  dispatch(t: string, d: unknown): void {
    this.seq += 1;
    const sent: Sent = { s: this.seq, t, d };
    this.history.push(sent);
    if (this.history.length > 1000) this.history.shift();
    if (this.socket) this.send(this.socket, { op: 0, s: sent.s, t, d });
  }

  /**
   * Closes the client's socket with a code: 4000 (unknown error) lets discord.js resume;
   * 4009 (session timed out) also ends the session, so a RESUME gets INVALID_SESSION.
   */
  closeClient(code = 4000): void {
    if (code === 4009) this.sessionId = null;
    const ws = this.socket;
    this.socket = null;
    ws?.close(code, 'fake gateway closed the connection');
  }

  /** Waits for the next 'identified' or 'resumed'. */
  next(event: 'identified' | 'resumed'): Promise<void> {
    return new Promise((resolve) => this.once(event, () => resolve()));
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.socket = null;
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
