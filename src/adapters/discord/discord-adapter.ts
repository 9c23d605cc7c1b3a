/**
 * The Discord adapter: a discord.js v14 gateway client that serves `/brief`, answers
 * mentions in threads and replies, and delivers recaps to channels.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, RESTEvents, type Interaction, type Message as DiscordMessage } from 'discord.js';
import type { DiscordConfig } from './discord-config.ts';
import type { BriefbotCore } from '../../bot/briefbot-core.ts';
import type { ChatAdapter, DeliveryTarget } from '../../bot/contracts.ts';
import type { Logger } from '../../bot/logger.ts';
import { registerCommands, type RegistrationResult } from './commands-definition.ts';
import { DiscordInbound } from './inbound.ts';
import { DiscordDelivery, translateDiscordError } from './outbound.ts';

export interface DiscordAdapterOptions {
  /** Reply directly when the core answers within this time, else defer first. Default 1500 ms. */
  deferAfterMs?: number;
  /**
   * Rate limits up to this long are waited out in place, as the headers say; longer ones
   * are thrown as RateLimitError for the caller (the recap scheduler) to retry. Default 30 s.
   */
  maxRateLimitWaitMs?: number;
  /** discord.js waitGuildTimeout. Default 15 s (Discord's own default). */
  waitGuildTimeoutMs?: number;
  now?: () => number;
}

export interface DiscordAdapterDeps {
  config: DiscordConfig;
  core: BriefbotCore;
  logger: Logger;
  options?: DiscordAdapterOptions;
}

export class DiscordAdapter implements ChatAdapter {
  readonly platform = 'discord' as const;
  readonly delivery: DeliveryTarget;
  /** The discord.js client (exposed for diagnostics and tests). */
  readonly client: Client;
  /** Result of the last command registration, once started. */
  registration: RegistrationResult | undefined;

  private readonly config: DiscordConfig;
  private readonly logger: Logger;
  private readonly inbound: DiscordInbound;
  private readonly inflight = new Set<Promise<void>>();
  private started = false;

  constructor(deps: DiscordAdapterDeps) {
    this.config = deps.config;
    this.logger = deps.logger;
    const options = deps.options ?? {};
    const maxWait = options.maxRateLimitWaitMs ?? 30_000;
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      allowedMentions: { parse: [], repliedUser: false },
      waitGuildTimeout: options.waitGuildTimeoutMs ?? 15_000,
      rest: {
        ...(deps.config.apiUrl ? { api: deps.config.apiUrl } : {}),
        rejectOnRateLimit: (data) => data.retryAfter > maxWait || data.timeToReset > maxWait,
      },
    });
    this.inbound = new DiscordInbound(this.client, deps.core, deps.logger, {
      deferAfterMs: options.deferAfterMs ?? 1500,
      now: options.now ?? Date.now,
    });
    this.delivery = new DiscordDelivery({ rest: () => this.client.rest, logger: deps.logger });
    this.client.on(Events.InteractionCreate, (i: Interaction) => this.track(this.inbound.handleInteraction(i)));
    this.client.on(Events.MessageCreate, (m: DiscordMessage) => this.track(this.inbound.handleMessage(m)));
    this.client.on(Events.Error, (err) => this.logger.error({ err }, 'discord: client error'));
    this.client.on(Events.ShardDisconnect, (_e, shard) => this.logger.warn({ shard }, 'discord: gateway disconnected'));
    this.client.on(Events.ShardResume, (shard, replayed) => this.logger.info({ shard, replayed }, 'discord: gateway resumed'));
    this.client.rest.on(RESTEvents.RateLimited, (info) =>
      this.logger.warn({ route: info.route, method: info.method, retryAfter: info.retryAfter, global: info.global }, 'discord: rate limited, waiting'),
    );
  }

  /** Logs in, waits for the gateway to be ready and registers /brief (only if it changed). */
  async start(): Promise<void> {
    if (this.started) return;
    const ready = once(this.client, Events.ClientReady);
    try {
      this.client.rest.setToken(this.config.token);
      await this.client.login(this.config.token);
      await ready;
      const appId = this.client.application?.id ?? this.client.user?.id;
      if (!appId) throw new Error('no application id in READY');
      this.registration = await registerCommands(this.client.rest, appId, this.config.guildId, this.logger);
    } catch (err) {
      await this.client.destroy().catch(() => undefined);
      throw translateDiscordError(err, 'starting the Discord adapter');
    }
    this.started = true;
    this.logger.info({ user: this.client.user?.tag, guild: this.config.guildId ?? 'global' }, 'discord: ready');
  }

  /** Resolves once every event handled so far has been fully answered. */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  /** Lets in-flight answers finish, then closes the gateway connection. */
  async stop(): Promise<void> {
    await this.idle();
    const shards = gatewayShards(this.client);
    await this.client.destroy();
    // @discordjs/ws ignores destroy() while a shard waits to reconnect (Discord unreachable)
    // and then reconnects anyway, keeping the process alive: cancel that reconnect.
    for (const shard of shards) {
      shard.internalConnect = async () => undefined;
      if (shard.status !== 0) await shard.destroy().catch(() => undefined);
    }
    this.started = false;
  }

  private track(p: Promise<void>): void {
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
  }
}

interface GatewayShard {
  status: number;
  internalConnect: () => Promise<void>;
  destroy: () => Promise<void>;
}

/** The @discordjs/ws shards behind the client (internal API, read defensively). */
function gatewayShards(client: Client): GatewayShard[] {
  const ws = client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, GatewayShard> } } | null };
  const shards = ws._ws?.strategy?.shards;
  return shards ? [...shards.values()] : [];
}
