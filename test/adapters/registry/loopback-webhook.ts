/**
 * A minimal platform written only for tests, to show what a new adapter takes: this one
 * file (its AdapterModule) and one registry entry. It receives commands as HTTP POSTs
 * ({"user", "channel", "text"}) on 127.0.0.1 and answers each with the core's reply as
 * plain text; recaps are POSTed to a callback URL.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AdapterDeps, AdapterModule } from '../../../src/adapters/kit/adapter-module.ts';
import type { ChatAdapter, DeliveryTarget, PostedMessage } from '../../../src/bot/contracts.ts';
import { renderText } from '../../../src/domain/messages/render-text.ts';

export interface WebhookConfig {
  callbackUrl: string;
}

export class WebhookAdapter implements ChatAdapter {
  readonly platform = 'webhook';
  port = 0;
  private server: Server | null = null;
  private posted = 0;
  readonly delivery: DeliveryTarget = {
    platform: 'webhook',
    post: async (channelId, messages): Promise<PostedMessage> => {
      await send(this.config.callbackUrl, JSON.stringify({ channel: channelId, text: messages.map((m) => renderText(m)).join('\n') }));
      return { messageId: String(++this.posted), channelId };
    },
  };

  constructor(
    private readonly config: WebhookConfig,
    private readonly deps: AdapterDeps,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString('utf8')));
      req.on('end', () => {
        const { user, channel, text } = JSON.parse(body) as { user: string; channel: string; text: string };
        // One turn through the bot: it runs the command and remembers thread topics; this
        // adapter only answers the request (a private reply: nothing posted in a channel).
        void this.deps.core.run({
          input: { kind: 'command', command: text },
          ctx: { platform: 'webhook', user: { id: user }, channelId: channel, isChannelManager: async () => false },
          respond: async (reply) => {
            res.writeHead(200, { 'content-type': 'text/plain' }).end(reply.messages.map((m) => renderText(m)).join('\n'));
            return [];
          },
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function send(url: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const webhookModule: AdapterModule<WebhookConfig> = {
  platform: 'webhook',
  enableHint: 'WEBHOOK_CALLBACK_URL',
  readConfig: (env) => (env['WEBHOOK_CALLBACK_URL'] ? { callbackUrl: env['WEBHOOK_CALLBACK_URL'] } : undefined),
  create: async (config, deps) => new WebhookAdapter(config, deps),
  describe: (a) => `the webhook on port ${(a as WebhookAdapter).port}`,
};
