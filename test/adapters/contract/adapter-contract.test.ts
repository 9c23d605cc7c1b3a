/**
 * Every adapter keeps the same contract (adapter-contract.ts), each against its own fake
 * platform on 127.0.0.1: Slack (real Bolt), Discord (real discord.js), the console, and the
 * loopback webhook platform that exists only to show what a new adapter takes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConsoleDelivery } from '../../../src/adapters/console/console-delivery.ts';
import { silentLogger } from '../../../src/bot/logger.ts';
import { BIDI_CONTROLS } from '../../../src/domain/messages/safe-text.ts';
import { CHANNEL_ID } from '../../fakes/discord/fake-discord.ts';
import { checkMessageBody } from '../../fakes/discord/discord-limits.ts';
import { buttonPress, slashCommand } from '../../fakes/discord/interaction-payloads.ts';
import { allStrings, checkMessage, PING_PATTERN } from '../../fakes/slack/slack-limits.ts';
import { makeTestCore } from '../../helpers/make-core.ts';
import { startHarness as startDiscord } from '../discord/harness.ts';
import { webhookModule, type WebhookAdapter } from '../registry/loopback-webhook.ts';
import { startHarness as startSlack } from '../slack/harness.ts';
import { adapterContract, type ContractHarness } from './adapter-contract.ts';

type Obj = Record<string, unknown>;
const bidi = (strings: string[]): string[] => strings.filter((s) => new RegExp(BIDI_CONTROLS.source).test(s)).map((s) => `bidi control in: ${s.slice(0, 60)}`);

adapterContract('slack', { history: true, rateLimits: true, buttons: true }, async (): Promise<ContractHarness> => {
  const h = await startSlack();
  const channel = 'CCONTRACT';
  const okPosts = (): { args: Obj; response: Obj }[] => h.fake.callsTo('chat.postMessage').filter((c) => c.args['channel'] === channel && c.status === 200);
  const posts = (): Obj[] => okPosts().map((c) => c.args);
  return {
    platform: 'slack',
    channel,
    delivery: h.adapter.delivery,
    posted: posts,
    problems: (p) => {
      const strings = allStrings(p);
      const limit = checkMessage(p as Obj);
      return [
        ...strings.filter((s) => PING_PATTERN.test(s)).map((s) => `could ping: ${s.slice(0, 80)}`),
        ...bidi(strings),
        ...(limit ? [`over Slack's limits: ${limit.error} ${limit.detail ?? ''}`] : []),
        ...((p as Obj)['link_names'] === 'false' || (p as Obj)['link_names'] === false ? [] : ['link_names is not false']),
      ];
    },
    visibleText: (ps) => ps.flatMap((p) => allStrings(p)).join('\n'),
    conversations: h.testCore.store,
    rateLimitNextPost: (sec) => h.fake.rateLimit('chat.postMessage', sec),
    shareBrief: async (topic) => {
      await h.command(topic, { responseId: 'contract-cmd', channel });
      const reply = await h.fake.waitUntil(() => h.fake.responses.find((r) => r.id === 'contract-cmd'));
      const elements = ((reply.body['blocks'] as Obj[] | undefined) ?? []).flatMap((b) => (b['elements'] as Obj[] | undefined) ?? []);
      const value = String(elements.find((e) => e['action_id'] === 'brief.share')?.['value'] ?? '');
      const before = posts().length;
      await h.button('brief.share', value, { channel, responseId: 'contract-share' });
      // The first new message in the channel outside a thread is the shared reply's root.
      const root = await h.fake.waitUntil(() => okPosts().slice(before).find((c) => c.args['thread_ts'] === undefined));
      const ts = String(root.response['ts']);
      return { channelId: channel, messageId: ts, payloads: posts().slice(before) };
    },
    close: () => h.close(),
  };
});

adapterContract('discord', { history: true, rateLimits: true, buttons: true }, async (): Promise<ContractHarness> => {
  const tc = await makeTestCore();
  const h = await startDiscord(tc.core, { adapter: { maxRateLimitWaitMs: 1000 } });
  const posts = (): Obj[] => h.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`) && r.status === 200).map((r) => r.body as Obj);
  const problems = (p: unknown): string[] => {
    const body = p as Obj;
    const mentions = JSON.stringify(body['allowed_mentions']);
    return [
      ...(mentions === JSON.stringify({ parse: [] }) || mentions === JSON.stringify({ parse: [], replied_user: false }) ? [] : [`allowed_mentions is ${mentions}`]),
      ...bidi(allStrings(body)),
      ...checkMessageBody(body, { requireContent: true }).map((x) => `over Discord's limits: ${JSON.stringify(x)}`),
    ];
  };
  return {
    platform: 'discord',
    channel: CHANNEL_ID,
    delivery: h.adapter.delivery,
    posted: posts,
    problems,
    visibleText: (ps) => ps.flatMap((p) => allStrings(p)).join('\n'),
    conversations: tc.store,
    rateLimitNextPost: (sec) => {
      let seen = 0;
      h.fake.rateLimit((m, path) => m === 'POST' && path.endsWith(`/channels/${CHANNEL_ID}/messages`) && ++seen === 1, { retryAfterSec: sec });
    },
    shareBrief: async (topic) => {
      const state = h.fake.interact(slashCommand('show', { topic }));
      await h.fake.waitForInteraction(state);
      const cb = h.fake.requests.find((r) => r.path.endsWith(`${state.token}/callback`));
      const data = (cb?.body as { data: { components: { components: { label: string; custom_id: string }[] }[] } }).data;
      const button = data.components.flatMap((r) => r.components).find((b) => b.label === 'Share in channel');
      const shared = h.fake.interact(buttonPress(button?.custom_id ?? '', state.original ?? {}));
      await h.fake.waitForInteraction(shared);
      await h.adapter.idle();
      const shareCb = h.fake.requests.find((r) => r.path.endsWith(`${shared.token}/callback`));
      const payload = (shareCb?.body as { data: Obj }).data;
      return { channelId: CHANNEL_ID, messageId: String(shared.original?.id), payloads: [payload] };
    },
    close: async () => {
      await h.close();
      await tc.close();
    },
  };
});

adapterContract('console', { history: false, rateLimits: false, buttons: false }, async (): Promise<ContractHarness> => {
  const tc = await makeTestCore();
  const out: string[] = [];
  const delivery = new ConsoleDelivery((text) => out.push(text), 80);
  return {
    platform: 'console',
    channel: 'console',
    delivery,
    posted: () => [...out],
    // A terminal runs escape sequences: none may come from a document.
    problems: (p) => [...(/\u001b/.test(String(p)) ? ['terminal escape sequence'] : []), ...bidi([String(p)])],
    visibleText: (ps) => ps.join('\n'),
    conversations: tc.store,
    close: () => tc.close(),
  };
});

adapterContract('webhook (a new platform from its module alone)', { history: false, rateLimits: false, buttons: false }, async (): Promise<ContractHarness> => {
  const tc = await makeTestCore();
  const received: string[] = [];
  const callback = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => {
      received.push(body);
      res.end();
    });
  });
  await new Promise<void>((r) => callback.listen(0, '127.0.0.1', r));
  const config = webhookModule.readConfig({ WEBHOOK_CALLBACK_URL: `http://127.0.0.1:${(callback.address() as AddressInfo).port}/recaps` }, { port: 0 });
  const adapter = (await webhookModule.create(config!, { core: tc.core, events: tc.events, logger: silentLogger })) as WebhookAdapter;
  return {
    platform: 'webhook',
    channel: 'hooks',
    delivery: adapter.delivery!,
    posted: () => received.map((b) => JSON.parse(b) as Obj),
    problems: (p) => [...(/\u001b/.test(JSON.stringify(p)) ? ['escape sequence'] : []), ...bidi(allStrings(p))],
    visibleText: (ps) => ps.flatMap((p) => allStrings(p)).join('\n'),
    conversations: tc.store,
    close: async () => {
      callback.closeAllConnections();
      await new Promise<void>((r) => callback.close(() => r()));
      await tc.close();
    },
  };
});

