/**
 * The chat platforms Briefbot can run on. A new platform is a folder under src/adapters/
 * with an AdapterModule (kit/adapter-module.ts) and one line here; the console, which needs
 * no credentials, is not listed: it runs when no platform is configured.
 */
import { discordModule } from './discord/discord-module.ts';
import type { AdapterModule } from './kit/adapter-module.ts';
import { slackModule } from './slack/slack-module.ts';

export const PLATFORM_ADAPTERS: readonly AdapterModule[] = [slackModule as AdapterModule, discordModule as AdapterModule];
