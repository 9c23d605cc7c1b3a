/** Slack in the adapter registry: SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode). */
import { ConfigError } from '../../domain/errors.ts';
import { nonEmpty, type AdapterModule } from '../kit/adapter-module.ts';
import type { SlackConfig } from './slack-config.ts';

export const slackModule: AdapterModule<SlackConfig> = {
  platform: 'slack',
  enableHint: 'SLACK_BOT_TOKEN',
  readConfig(env, shared) {
    const botToken = nonEmpty(env['SLACK_BOT_TOKEN']);
    if (!botToken) return undefined;
    const signingSecret = nonEmpty(env['SLACK_SIGNING_SECRET']);
    const appToken = nonEmpty(env['SLACK_APP_TOKEN']);
    if (!signingSecret && !appToken) {
      throw new ConfigError('SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not: set it (HTTP mode) or set SLACK_APP_TOKEN (Socket Mode)');
    }
    return { botToken, signingSecret: signingSecret ?? '', appToken, apiUrl: nonEmpty(env['SLACK_API_URL']), port: shared.port };
  },
  async create(config, deps) {
    const { SlackAdapter } = await import('./slack-adapter.ts');
    return new SlackAdapter({ config, core: deps.core, events: deps.events, logger: deps.logger });
  },
  describe(adapter) {
    const slack = adapter as { port?: number; mode?: string };
    return slack.mode === 'socket' ? 'Slack (Socket Mode)' : `Slack (HTTP on port ${slack.port ?? '?'}, events at /slack/events, health at /healthz)`;
  },
};
