/** Starts a fake Discord and the real DiscordAdapter (real discord.js) against it. */
import { DiscordAdapter, type DiscordAdapterOptions } from '../../../src/adapters/discord/discord-adapter.ts';
import type { BriefbotCore } from '../../../src/bot/briefbot-core.ts';
import { silentLogger } from '../../../src/bot/logger.ts';
import { FakeDiscord, FAKE_TOKEN, GUILD_ID } from '../../fakes/discord/fake-discord.ts';

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  /** Starts another adapter against the same fake (e.g. a restart). */
  restart(): Promise<DiscordAdapter>;
  close(): Promise<void>;
}

export async function startHarness(core: BriefbotCore, options: { guild?: boolean; adapter?: DiscordAdapterOptions; fake?: FakeDiscord } = {}): Promise<Harness> {
  const fake = options.fake ?? (await FakeDiscord.start());
  const make = (): DiscordAdapter =>
    new DiscordAdapter({
      config: { token: FAKE_TOKEN, guildId: options.guild === false ? undefined : GUILD_ID, apiUrl: fake.apiUrl },
      core,
      logger: silentLogger,
      options: { waitGuildTimeoutMs: 1000, ...options.adapter },
    });
  let adapter = make();
  await adapter.start();
  return {
    fake,
    get adapter() {
      return adapter;
    },
    async restart() {
      await adapter.stop();
      adapter = make();
      await adapter.start();
      return adapter;
    },
    async close() {
      await adapter.stop();
      await fake.stop();
    },
  };
}
