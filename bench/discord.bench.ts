/**
 * Discord adapter latency: from the fake Discord dispatching INTERACTION_CREATE to the
 * interaction callback request reaching the fake, p50/p99, for `/brief show
 * topic:china-russia-aid` through the real DiscordAdapter + real core, compared in the
 * same run with a bare discord.js client that replies with a constant string.
 * Target: the adapter within 1.3× of the bare client (p50).
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import { DiscordAdapter } from '../src/adapters/discord/discord-adapter.ts';
import { silentLogger } from '../src/bot/logger.ts';
import { FakeDiscord, FAKE_TOKEN, GUILD_ID } from '../test/fakes/discord/fake-discord.ts';
import { slashCommand } from '../test/fakes/discord/interaction-payloads.ts';
import { makeTestCore } from '../test/helpers/make-core.ts';
import { fmt, percentile } from './stats.ts';

const WARMUP = 100;
const ROUNDS = 6;
const PER_ROUND = 100;

async function measureOne(fake: FakeDiscord, settle: () => Promise<void>): Promise<number> {
  const payload = slashCommand('show', { topic: 'china-russia-aid' });
  const token = payload['token'] as string;
  const arrived = fake.waitForRequest((r) => r.path.endsWith(`/${token}/callback`), fake.requests.length);
  const t0 = performance.now();
  const state = fake.interact(payload);
  const req = await arrived;
  await fake.waitForInteraction(state);
  await settle();
  if (req.status >= 300) throw new Error(`callback failed with ${req.status}`);
  return req.arrivedAt - t0;
}

async function main(): Promise<void> {
  const tc = await makeTestCore();
  const fakeA = await FakeDiscord.start();
  const fakeB = await FakeDiscord.start();
  const adapter = new DiscordAdapter({
    config: { token: FAKE_TOKEN, guildId: GUILD_ID, apiUrl: fakeA.apiUrl },
    core: tc.core,
    logger: silentLogger,
    options: { waitGuildTimeoutMs: 1000 },
  });
  await adapter.start();
  const bare = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages], rest: { api: fakeB.apiUrl }, waitGuildTimeout: 1000 });
  let bareInflight: Promise<unknown> = Promise.resolve();
  bare.on(Events.InteractionCreate, (i) => {
    if (i.isChatInputCommand()) bareInflight = i.reply({ content: 'Here is your brief.', flags: MessageFlags.Ephemeral }).catch(() => undefined);
  });
  const ready = once(bare, Events.ClientReady);
  await bare.login(FAKE_TOKEN);
  await ready;

  const adapterTimes: number[] = [];
  const bareTimes: number[] = [];
  const trimRequests = (f: FakeDiscord): void => {
    f.requests.length = 0;
    f.interactions.clear();
    for (const list of f.channels.values()) list.length = 0;
  };
  for (let i = 0; i < WARMUP; i += 1) {
    await measureOne(fakeA, () => adapter.idle());
    await measureOne(fakeB, () => bareInflight.then(() => undefined));
  }
  for (let r = 0; r < ROUNDS; r += 1) {
    trimRequests(fakeA);
    trimRequests(fakeB);
    (globalThis as { gc?: () => void }).gc?.();
    // Alternate which side goes first so drift affects both equally.
    for (let i = 0; i < PER_ROUND; i += 1) {
      if ((r + i) % 2 === 0) {
        adapterTimes.push(await measureOne(fakeA, () => adapter.idle()));
        bareTimes.push(await measureOne(fakeB, () => bareInflight.then(() => undefined)));
      } else {
        bareTimes.push(await measureOne(fakeB, () => bareInflight.then(() => undefined)));
        adapterTimes.push(await measureOne(fakeA, () => adapter.idle()));
      }
    }
  }
  await adapter.stop();
  await bare.destroy();
  await fakeA.stop();
  await fakeB.stop();
  await tc.close();

  const p50a = percentile(adapterTimes, 50);
  const p50b = percentile(bareTimes, 50);
  const p99a = percentile(adapterTimes, 99);
  const p99b = percentile(bareTimes, 99);
  console.log(`discord: INTERACTION_CREATE → interaction callback at the fake (${adapterTimes.length} runs each, loopback)`);
  console.log(`  /brief show china-russia-aid (adapter + real core)  p50 ${fmt(p50a)}  p95 ${fmt(percentile(adapterTimes, 95))}  p99 ${fmt(p99a)}`);
  console.log(`  bare discord.js, constant reply                    p50 ${fmt(p50b)}  p95 ${fmt(percentile(bareTimes, 95))}  p99 ${fmt(p99b)}`);
  const ratio = p50a / p50b;
  console.log(`  ratio p50 ${ratio.toFixed(2)}×, p99 ${(p99a / p99b).toFixed(2)}× (target ≤ 1.30× at p50) ${ratio <= 1.3 ? 'OK' : 'OVER TARGET'}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
