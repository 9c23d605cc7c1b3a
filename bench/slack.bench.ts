/**
 * Slack adapter latency: signed `/brief china-russia-aid` slash commands through the real
 * SlackAdapter (our signature gate + Bolt HTTPReceiver + real core) on loopback, compared
 * in the same run with a bare Bolt app whose handler acks a constant string.
 *
 * - Latency: sequential requests, p50/p95/p99 of time to the HTTP response (the ack).
 *   Between requests we let the adapter finish its after-ack work (the brief rendered
 *   and sent to the response_url sink) so one request's work does not land on the next.
 * - Throughput: 16 concurrent clients, acks per second (and, for the adapter, complete
 *   briefs delivered per second).
 * Target: adapter p50 within 1.3× of the bare app.
 */
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import bolt from '@slack/bolt';
import { boltLogger } from '../src/adapters/slack/bolt-logger.ts';
import { renderBlockKit } from '../src/adapters/slack/render-block-kit.ts';
import { SlackAdapter } from '../src/adapters/slack/slack-adapter.ts';
import { silentLogger } from '../src/core/logger.ts';
import { FakeSlack } from '../test/fakes/slack/fake-slack.ts';
import { FORM, postSigned, slashCommandBody } from '../test/fakes/slack/slack-requests.ts';
import { makeTestCore } from '../test/helpers/make-core.ts';
import { fmt, percentile } from './stats.ts';

const SECRET = 'bench-signing-secret';
const WARMUP = 200;
const ROUNDS = Number(process.env["SLACK_BENCH_ROUNDS"] ?? 6);
const PER_ROUND = 250;
const CONCURRENCY = 16;
const THROUGHPUT_REQUESTS = 2000;

interface Target {
  name: string;
  port: number;
  agent: Agent;
  /** Resolves when the after-ack work of `n` requests has reached the fake. */
  settle(n: number): Promise<void>;
}

async function one(t: Target, body: string): Promise<number> {
  const t0 = performance.now();
  const res = await postSigned(t.port, '/slack/events', body, FORM, { secret: SECRET }, t.agent);
  const dt = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${t.name}: HTTP ${res.status}`);
  return dt;
}

async function sequential(t: Target, body: string, n: number, done: { count: number }, out: number[]): Promise<void> {
  for (let i = 0; i < n; i++) {
    out.push(await one(t, body));
    done.count++;
    await t.settle(done.count);
  }
}

async function concurrent(t: Target, body: string, total: number, done: { count: number }): Promise<{ ackRate: number; completeRate: number }> {
  let next = 0;
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (next < total) {
      next++;
      await one(t, body);
      done.count++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const acked = performance.now() - t0;
  await t.settle(done.count);
  const completed = performance.now() - t0;
  return { ackRate: total / (acked / 1000), completeRate: total / (completed / 1000) };
}

async function main(): Promise<void> {
  const fake = await FakeSlack.start({ recordResponses: false });
  const body = slashCommandBody({ text: 'china-russia-aid', response_url: fake.responseUrl('bench') });
  const tc = await makeTestCore();

  // How many response_url posts one brief takes (it is split to fit Slack's limits).
  const adapter = new SlackAdapter({
    config: { botToken: fake.botToken, signingSecret: SECRET, appToken: undefined, apiUrl: fake.apiUrl, port: 0 },
    core: tc.core,
    events: tc.events,
    logger: silentLogger,
    host: '127.0.0.1',
  });
  await adapter.start();
  const agentA = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const reply = await tc.core.handleCommand('china-russia-aid', { platform: 'slack', user: { id: 'U1' }, channelId: 'C1', isChannelManager: async () => false });
  const partsPerBrief = reply.messages.flatMap((m) => renderBlockKit(m)).length;
  const baseResponses = fake.responseCount;
  const adapterTarget: Target = {
    name: 'adapter',
    port: adapter.port ?? 0,
    agent: agentA,
    settle: (n) => fake.waitUntil(() => (fake.responseCount >= baseResponses + n * partsPerBrief ? true : undefined)).then(() => undefined),
  };

  const bare = new bolt.App({ token: fake.botToken, signingSecret: SECRET, clientOptions: { slackApiUrl: fake.apiUrl }, logger: boltLogger(silentLogger) });
  bare.command('/brief', async ({ ack }) => {
    await ack('ok');
  });
  const server = (await bare.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
  const barePort = (server.address() as import('node:net').AddressInfo).port;
  const bareTarget: Target = { name: 'bare', port: barePort, agent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }), settle: async () => undefined };

  const doneA = { count: 0 };
  const doneB = { count: 0 };
  const warm: number[] = [];
  await sequential(adapterTarget, body, WARMUP, doneA, warm);
  await sequential(bareTarget, body, WARMUP, doneB, warm);

  const latA: number[] = [];
  const latB: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the order per round so drift affects both equally.
    if (r % 2 === 0) {
      await sequential(adapterTarget, body, PER_ROUND, doneA, latA);
      await sequential(bareTarget, body, PER_ROUND, doneB, latB);
    } else {
      await sequential(bareTarget, body, PER_ROUND, doneB, latB);
      await sequential(adapterTarget, body, PER_ROUND, doneA, latA);
    }
    (globalThis as { gc?: () => void }).gc?.();
  }
  const thrB = await concurrent(bareTarget, body, THROUGHPUT_REQUESTS, doneB);
  const thrA = await concurrent(adapterTarget, body, THROUGHPUT_REQUESTS, doneA);

  const row = (name: string, lat: number[], thr: { ackRate: number; completeRate: number }, complete: boolean): string =>
    `  ${name.padEnd(34)} p50 ${fmt(percentile(lat, 50)).padStart(8)}  p95 ${fmt(percentile(lat, 95)).padStart(8)}  p99 ${fmt(percentile(lat, 99)).padStart(8)}  ${thr.ackRate.toFixed(0).padStart(6)} acks/s` +
    (complete ? `  ${thr.completeRate.toFixed(0)} briefs delivered/s` : '');
  console.log(`Slack: signed /brief china-russia-aid over loopback HTTP (${ROUNDS * PER_ROUND} sequential requests each, ${CONCURRENCY} concurrent for req/s)`);
  console.log(row('SlackAdapter (verify + Bolt + core)', latA, thrA, true));
  console.log(row('bare Bolt app (ack constant)', latB, thrB, false));
  console.log(`  brief = ${partsPerBrief} response_url messages after the ack (split to Slack's limits)`);
  const ratio50 = percentile(latA, 50) / percentile(latB, 50);
  const ratio99 = percentile(latA, 99) / percentile(latB, 99);
  console.log(`  ratio adapter/bare: p50 ${ratio50.toFixed(2)}×, p99 ${ratio99.toFixed(2)}×, req/s ${(thrB.ackRate / thrA.ackRate).toFixed(2)}× (target p50 ≤ 1.3×) ${ratio50 <= 1.3 ? 'OK' : 'OVER TARGET'}`);

  await adapter.stop();
  await bare.stop();
  await tc.close();
  await fake.close();
  agentA.destroy();
  bareTarget.agent.destroy();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
