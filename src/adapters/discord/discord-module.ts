/** Discord in the adapter registry: DISCORD_TOKEN (and DISCORD_GUILD_ID to register /brief in one guild). */
import { nonEmpty, type AdapterModule } from '../kit/adapter-module.ts';
import type { DiscordConfig } from './discord-config.ts';

export const discordModule: AdapterModule<DiscordConfig> = {
  platform: 'discord',
  enableHint: 'DISCORD_TOKEN',
  readConfig(env) {
    const token = nonEmpty(env['DISCORD_TOKEN']);
    if (!token) return undefined;
    return { token, guildId: nonEmpty(env['DISCORD_GUILD_ID']), apiUrl: nonEmpty(env['DISCORD_API_URL']) };
  },
  async create(config, deps) {
    const { DiscordAdapter } = await import('./discord-adapter.ts');
    return new DiscordAdapter({ config, core: deps.core, logger: deps.logger.child({ adapter: 'discord' }) });
  },
  describe: () => 'Discord (gateway)',
};
