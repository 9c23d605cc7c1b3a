/**
 * Slack adapter latency: signed `/brief china-russia-aid` slash commands through the real
 * SlackAdapter (our signature gate + Bolt HTTPReceiver + real core) on loopback, compared
 * in the same run with a bare Bolt app whose handler acks a constant string.
 *
 * The load generator and the fake Slack (response_url sink) run in a worker thread, so
 * the clock stops when the ack reaches the client, as it would for Slack, rather than when
 * the server process happens to be idle. The adapter's after-ack work (rendering the brief
 * and sending its parts to response_url) still competes with its own later requests.
 * - Latency: sequential requests, p50/p95/p99 time to the HTTP response; between requests
 *   the adapter finishes sending the brief, so one request's work does not land on the next.
 * - Throughput: 16 concurrent clients: acks/s, and briefs fully delivered/s for the adapter.
 * Target: adapter p50 within 1.3× of the bare app.
 */
import { Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
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
const ROUNDS = Number(process.env['SLACK_BENCH_ROUNDS'] ?? 6);
const PER_ROUND = 250;
const CONCURRENCY = 16;
const THROUGHPUT_REQUESTS = 2000;

interface Results {
  latA: number[];
  latB: number[];
  thrA: { ackRate: number; completeRate: number };
  thrB: { ackRate: number; completeRate: number };
}

// ---- worker: fake Slack + load generator -------------------------------------------

interface Target {
  port: number;
  agent: Agent;
  settle(n: number): Promise<void>;
}

async function one(t: Target, body: string): Promise<number> {
  const t0 = performance.now();
  const res = await postSigned(t.port, '/slack/events', body, FORM, { secret: SECRET }, t.agent);
  const dt = performance.now() - t0;
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
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
  return { ackRate: total / (acked / 1000), completeRate: total / ((performance.now() - t0) / 1000) };
}

async function workerMain(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const fake = await FakeSlack.start({ recordResponses: false });
  const body = slashCommandBody({ text: 'china-russia-aid', response_url: fake.responseUrl('bench') });
  port.postMessage({ apiUrl: fake.apiUrl, botToken: fake.botToken });
  const { adapterPort, barePort, partsPerBrief } = (await new Promise((resolve) => port.once('message', resolve))) as { adapterPort: number; barePort: number; partsPerBrief: number };
  const a: Target = {
    port: adapterPort,
    agent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
    settle: (n) => fake.waitUntil(() => (fake.responseCount >= n * partsPerBrief ? true : undefined)).then(() => undefined),
  };
  const b: Target = { port: barePort, agent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }), settle: async () => undefined };
  const doneA = { count: 0 };
  const doneB = { count: 0 };
  const warm: number[] = [];
  await sequential(a, body, WARMUP, doneA, warm);
  await sequential(b, body, WARMUP, doneB, warm);
  const latA: number[] = [];
  const latB: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the order per round so drift affects both equally.
    const pair = r % 2 === 0 ? [[a, doneA, latA], [b, doneB, latB]] as const : [[b, doneB, latB], [a, doneA, latA]] as const;
    for (const [t, done, out] of pair) await sequential(t, body, PER_ROUND, done, out);
  }
  const thrB = await concurrent(b, body, THROUGHPUT_REQUESTS, doneB);
  const thrA = await concurrent(a, body, THROUGHPUT_REQUESTS, doneA);
  a.agent.destroy();
  b.agent.destroy();
  await fake.close();
  port.postMessage({ latA, latB, thrA, thrB } satisfies Results);
}

// ---- main: the two Slack apps under test --------------------------------------------

async function main(): Promise<void> {
  // Workers do not inherit the tsx loader on Node 20: register it, then load this file.
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${self}); });`, { eval: true });
  const next = (): Promise<unknown> => new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const { apiUrl, botToken } = (await next()) as { apiUrl: string; botToken: string };
  const tc = await makeTestCore();
  const adapter = new SlackAdapter({
    config: { botToken, signingSecret: SECRET, appToken: undefined, apiUrl, port: 0 },
    core: tc.core,
    events: tc.events,
    logger: silentLogger,
    host: '127.0.0.1',
  });
  await adapter.start();
  const bare = new bolt.App({ token: botToken, signingSecret: SECRET, clientOptions: { slackApiUrl: apiUrl }, logger: boltLogger(silentLogger) });
  bare.command('/brief', async ({ ack }) => {
    await ack('ok');
  });
  const server = (await bare.start({ port: 0, host: '127.0.0.1' })) as Server;
  const reply = await tc.core.handleCommand('china-russia-aid', { platform: 'slack', user: { id: 'U1' }, channelId: 'C1', isChannelManager: async () => false });
  const partsPerBrief = reply.messages.flatMap((m) => renderBlockKit(m)).length;
  const results = next();
  worker.postMessage({ adapterPort: adapter.port, barePort: (server.address() as AddressInfo).port, partsPerBrief });
  const { latA, latB, thrA, thrB } = (await results) as Results;

  const row = (name: string, lat: number[], thr: Results['thrA'], complete: boolean): string =>
    `  ${name.padEnd(36)} p50 ${fmt(percentile(lat, 50)).padStart(8)}  p95 ${fmt(percentile(lat, 95)).padStart(8)}  p99 ${fmt(percentile(lat, 99)).padStart(8)}  ${thr.ackRate.toFixed(0).padStart(5)} req/s` +
    (complete ? `  (${thr.completeRate.toFixed(0)} briefs fully delivered/s)` : '');
  console.log(`Slack: signed /brief china-russia-aid over loopback HTTP (${ROUNDS * PER_ROUND} sequential requests each; ${CONCURRENCY} concurrent clients for req/s)`);
  console.log(row('SlackAdapter (verify + Bolt + core)', latA, thrA, true));
  console.log(row('bare Bolt app (acks a constant)', latB, thrB, false));
  console.log(`  after each ack the adapter sends the brief as ${partsPerBrief} response_url messages (split to Slack's limits)`);
  const r50 = percentile(latA, 50) / percentile(latB, 50);
  const r99 = percentile(latA, 99) / percentile(latB, 99);
  console.log(`  ratio adapter/bare: p50 ${r50.toFixed(2)}×, p99 ${r99.toFixed(2)}×, req/s ${(thrB.ackRate / thrA.ackRate).toFixed(2)}× slower  (target p50 ≤ 1.3×: ${r50 <= 1.3 ? 'met' : 'NOT met'})`);

  await adapter.stop();
  await bare.stop();
  await tc.close();
  await worker.terminate();
}

if (isMainThread) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  void workerMain();
}
