/**
 * The contract every chat platform adapter registers with (src/adapters/registry.ts): it
 * reads its own settings from the environment, and creates itself, loading its platform
 * library only then. Adding a platform is its own folder plus one line in the registry;
 * nothing in the core or the app names a platform.
 */
import type { BriefbotCore } from '../../bot/briefbot-core.ts';
import type { ChatAdapter, InboundEventLog } from '../../bot/contracts.ts';
import type { Logger } from '../../bot/logger.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/** Settings every adapter may use, from config/briefbot.yml and the environment. */
export interface SharedSettings {
  /** The HTTP port (PORT, or http.port) for adapters that serve HTTP. */
  port: number;
}

export interface AdapterDeps {
  core: BriefbotCore;
  /** Inbound event keys, claimed once (platform retries are not answered twice). */
  events: InboundEventLog;
  logger: Logger;
}

export interface AdapterModule<C = unknown> {
  /** The platform's id: in subscriptions ("slack"), permissions ("slack:U123") and logs. */
  readonly platform: string;
  /** The environment variables that turn it on, for the hint printed in console mode. */
  readonly enableHint: string;
  /**
   * Its settings, when the environment configures it; undefined when it is not configured.
   * A half-configured platform (a token without its secret) throws a ConfigError saying
   * what to set.
   */
  readConfig(env: Env, shared: SharedSettings): C | undefined;
  /** Creates the adapter (not yet started). Platform libraries are imported here, not before. */
  create(config: C, deps: AdapterDeps): Promise<ChatAdapter>;
  /** One line for people: what runs and where ("Slack (HTTP on port 3000 …)"). */
  describe?(adapter: ChatAdapter): string;
}

/** An adapter module with the settings it read, ready to create. */
export interface ConfiguredAdapter {
  module: AdapterModule;
  config: unknown;
}

export const nonEmpty = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());
