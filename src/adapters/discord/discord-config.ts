/** What the Discord adapter needs from configuration (read from the environment by src/app/config.ts). */
export interface DiscordConfig {
  token: string;
  /** Registers /brief in this guild (instant) instead of globally. */
  guildId: string | undefined;
  /** REST API base URL (tests); Discord's own when undefined. */
  apiUrl: string | undefined;
}
