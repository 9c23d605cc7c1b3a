/**
 * The Slack adapter: wires the real @slack/bolt App to the core.
 *
 * - HTTP mode (no app token): our HTTP server on config.port serves `/healthz` and
 *   `POST /slack/events`; the latter is signature-checked by verify.ts and then handled by
 *   Bolt's HTTPReceiver (whose own check is switched off, see http-gate.ts).
 * - Socket Mode (SLACK_APP_TOKEN set): Bolt's SocketModeReceiver; our HTTP server still
 *   serves `/healthz` on config.port.
 * - config.apiUrl overrides the Web API base (Enterprise Grid, tests).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import bolt from '@slack/bolt';
import type { BriefbotCore } from '../../bot/briefbot-core.ts';
import type { ChatAdapter, InboundEventLog } from '../../bot/contracts.ts';
import { PlatformError } from '../../domain/errors.ts';
import type { Logger } from '../../bot/logger.ts';
import type { SlackConfig } from './slack-config.ts';
import { boltLogger } from './bolt-logger.ts';
import { AfterAckQueue } from './after-ack-queue.ts';
import { EVENTS_NOT_ARRIVING, EventsHealth, type EventsHealthOptions } from './events-health.ts';
import { createSlackHttpServer, type HttpLimits } from './http-gate.ts';
import { registerInbound } from './inbound.ts';
import { SlackDelivery, SlackPoster, translateSlackError, type PosterOptions } from './outbound.ts';
import { SlackAdminCheck } from './permissions.ts';
import { ReplySender } from './reply-sender.ts';

const { App, HTTPReceiver, SocketModeReceiver, webApi } = bolt;

export interface SlackAdapterDeps {
  config: SlackConfig;
  core: BriefbotCore;
  events: InboundEventLog;
  logger: Logger;
  /** Interface to listen on. Default: all interfaces. Tests use 127.0.0.1. */
  host?: string;
  /** Clock (signature timestamps, event log, admin cache). Default Date.now. */
  now?: () => number;
  /** Waits between retries of thread continuations; inject in tests. */
  sleep?: PosterOptions['sleep'];
  /** Socket Mode ping timeout (ms); also the reconnect back-off unit. Default 5000. */
  socketPingTimeoutMs?: number;
  /** Timeouts and connection caps of the HTTP server (defaults in http-gate.ts). */
  httpLimits?: Partial<HttpLimits>;
  /** When to warn that events never arrive (HTTP mode). */
  eventsHealth?: EventsHealthOptions;
}

export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  readonly delivery: SlackDelivery;
  readonly mode: 'http' | 'socket';
  private readonly app: InstanceType<typeof App>;
  private readonly socketReceiver: InstanceType<typeof SocketModeReceiver> | undefined;
  private readonly server: Server;
  private readonly logger: Logger;
  private socketConnected = false;
  private readonly afterAck: AfterAckQueue;
  private readonly eventsHealth: EventsHealth;
  private started = false;

  constructor(private readonly deps: SlackAdapterDeps) {
    const { config, core, events } = deps;
    this.logger = deps.logger.child({ adapter: 'slack' });
    this.afterAck = new AfterAckQueue(this.logger);
    this.eventsHealth = new EventsHealth(deps.eventsHealth);
    const now = deps.now ?? Date.now;
    const logger = boltLogger(this.logger);
    const apiUrl = config.apiUrl ? (config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/`) : undefined;
    const baseClientOptions = apiUrl ? { slackApiUrl: apiUrl } : {};
    // Interactive replies: a couple of quick retries (the client waits out Retry-After).
    const clientOptions = { ...baseClientOptions, retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 } };
    this.mode = config.appToken ? 'socket' : 'http';

    let receiver: InstanceType<typeof HTTPReceiver> | InstanceType<typeof SocketModeReceiver>;
    if (config.appToken) {
      this.socketReceiver = new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        clientPingTimeout: deps.socketPingTimeoutMs ?? 5000,
        installerOptions: { clientOptions },
      });
      this.socketReceiver.client.on('connected', () => {
        this.socketConnected = true;
      });
      this.socketReceiver.client.on('disconnected', () => {
        this.socketConnected = false;
      });
      this.socketReceiver.client.on('reconnecting', () => {
        this.socketConnected = false;
      });
      receiver = this.socketReceiver;
    } else {
      if (!config.signingSecret) throw new PlatformError('SLACK_SIGNING_SECRET is required in HTTP mode');
      // Signatures are checked by our gate (verify.ts) before Bolt sees the request.
      receiver = new HTTPReceiver({ signingSecret: config.signingSecret, signatureVerification: false, logger, processBeforeResponse: false });
    }
    this.app = new App({ token: config.botToken, receiver, logger, clientOptions, deferInitialization: true });

    // Recaps: a separate client that surfaces 429s (RateLimitError) instead of waiting,
    // so the scheduler owns retries.
    const deliveryClient = new webApi.WebClient(config.botToken, { ...baseClientOptions, logger, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
    const posterOptions: PosterOptions = deps.sleep ? { sleep: deps.sleep } : {};
    this.delivery = new SlackDelivery(new SlackPoster(deliveryClient, this.logger, posterOptions), this.logger);

    const sender = new ReplySender(new SlackPoster(this.app.client, this.logger, posterOptions), this.logger);
    const admins = new SlackAdminCheck(this.app.client, this.logger, now);
    registerInbound(this.app, { core, events, logger: this.logger, sender, admins, now: () => new Date(now()), afterAck: this.afterAck });

    const httpReceiver = receiver instanceof HTTPReceiver ? receiver : undefined;
    this.server = createSlackHttpServer({
      signingSecret: config.signingSecret,
      logger: this.logger,
      now,
      ...(httpReceiver ? { forward: httpReceiver.requestListener } : {}),
      ...(deps.httpLimits ? { limits: deps.httpLimits } : {}),
      onRequest: (kind) => {
        if (kind === 'event') this.eventsHealth.event();
        else if (kind === 'command' && this.eventsHealth.command(now())) this.logger.warn(EVENTS_NOT_ARRIVING);
      },
      health: () => ({ platform: 'slack', mode: this.mode, ...(this.mode === 'socket' ? { socket: this.socketConnected ? 'connected' : 'disconnected' } : {}) }),
    });
  }

  /** The bound HTTP port (useful with config.port 0); undefined before start(). */
  get port(): number | undefined {
    const address = this.server.address() as AddressInfo | string | null;
    return address && typeof address === 'object' ? address.port : undefined;
  }

  async start(): Promise<void> {
    if (this.started) return;
    try {
      await this.app.init(); // auth.test: fails fast on a bad token
    } catch (err) {
      throw translateSlackError(err, 'Slack auth.test (check SLACK_BOT_TOKEN)');
    }
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.deps.config.port, this.deps.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.started = true;
    if (this.socketReceiver) {
      try {
        await this.app.start();
      } catch (err) {
        await this.stop();
        throw translateSlackError(err, 'Slack Socket Mode connect (check SLACK_APP_TOKEN)');
      }
    }
    this.logger.info({ mode: this.mode, port: this.port }, 'slack adapter started');
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Answers to interactions already acked are still sent.
    if (!(await this.afterAck.drain())) this.logger.warn({ pending: this.afterAck.size }, 'slack: stopped with answers still pending');
    if (this.socketReceiver) {
      // receiver.stop() does not wait for the socket to close; disconnect() does.
      await this.socketReceiver.client.disconnect().catch((err: unknown) => this.logger.warn({ err }, 'slack: socket disconnect failed'));
    }
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
    });
    this.logger.info('slack adapter stopped');
  }
}
