/**
 * Slack adapter latency and throughput against a bare Bolt app, measured so that it
 * cannot flatter:
 *
 * - Each app runs in its own worker thread (its own event loop), so one app's after-ack
 *   work never lands on the other's requests. The load generator and the fake Slack
 *   (the response_url sink) run in the main thread.
 * - Latency: signed `/brief china-russia-aid` slash commands alternate A, B, A, B… one at
 *   a time, without waiting for the adapter to finish delivering the brief in between, so
 *   its after-ack work competes with its next request as it would in production.
 * - Throughput: rounds of CONCURRENCY clients, alternating which app goes first; acks/s
 *   per round. For the adapter, every brief must also be delivered in full to
 *   response_url; the time until the last part arrives gives "briefs delivered/s".
 * - Spread: the median of per-round medians with the lowest and highest round.
 * Targets (issue: hardening): ack p50 and p95 within 1.3× of bare Bolt, req/s ≥ 0.7×.
 */
import { Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { FakeSlack } from '../test/fakes/slack/fake-slack.ts';
import { FORM, postSigned, slashCommandBody } from '../test/fakes/slack/slack-requests.ts';
import { fmt, median, percentile } from './stats.ts';

const SECRET = 'bench-signing-secret';
const WARMUP = 300;
const LATENCY_ROUNDS = Number(process.env['SLACK_BENCH_ROUNDS'] ?? 6);
const PER_ROUND = 250;
const CONCURRENCY = 8;
const THROUGHPUT_ROUNDS = 6;
const PER_THROUGHPUT_ROUND = 600;

type Role = 'adapter' | 'bare';

// ---- worker: one app under test --------------------------------------------------

async function workerMain(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const { role, apiUrl, botToken } = workerData as { role: Role; apiUrl: string; botToken: string };
  const [boltModule, { boltLogger }, { silentLogger }] = await Promise.all([
    import('@slack/bolt'),
    import('../src/adapters/slack/bolt-logger.ts'),
    import('../src/bot/logger.ts'),
  ]);
  let listening: number;
  let partsPerBrief = 0;
  if (role === 'adapter') {
    const [{ SlackAdapter }, { makeTestCore }, { renderBlockKit }] = await Promise.all([
      import('../src/adapters/slack/slack-adapter.ts'),
      import('../test/helpers/make-core.ts'),
      import('../src/adapters/slack/render-block-kit.ts'),
    ]);
    const tc = await makeTestCore();
    const adapter = new SlackAdapter({ config: { botToken, signingSecret: SECRET, appToken: undefined, apiUrl, port: 0 }, core: tc.core, events: tc.events, logger: silentLogger, host: '127.0.0.1' });
    await adapter.start();
    listening = adapter.port ?? 0;
    const reply = await tc.core.handleCommand('china-russia-aid', { platform: 'slack', user: { id: 'U1' }, channelId: 'C1', isChannelManager: async () => false });
    partsPerBrief = reply.messages.flatMap((m) => renderBlockKit(m)).length;
  } else {
    const bare = new boltModule.App({ token: botToken, signingSecret: SECRET, clientOptions: { slackApiUrl: apiUrl }, logger: boltLogger(silentLogger) });
    bare.command('/brief', async ({ ack }) => {
      await ack('ok');
    });
    const server = (await bare.start({ port: 0, host: '127.0.0.1' })) as Server;
    listening = (server.address() as AddressInfo).port;
  }
  port.postMessage({ port: listening, partsPerBrief });
}

// ---- main: fake Slack + load generator ---------------------------------------------

interface App {
  role: Role;
  port: number;
  agent: Agent;
  worker: Worker;
}

async function startApp(role: Role, fake: FakeSlack): Promise<App & { partsPerBrief: number }> {
  const self = JSON.stringify(import.meta.url);
  // Workers do not inherit the tsx loader on Node 20: register it, then load this file.
  const worker = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${self}); });`, { eval: true, workerData: { role, apiUrl: fake.apiUrl, botToken: fake.botToken } });
  const ready = (await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  })) as { port: number; partsPerBrief: number };
  return { role, port: ready.port, partsPerBrief: ready.partsPerBrief, agent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }), worker };
}

async function one(app: App, body: string): Promise<number> {
  const t0 = performance.now();
  const res = await postSigned(app.port, '/slack/events', body, FORM, { secret: SECRET }, app.agent);
  const dt = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${app.role}: HTTP ${res.status}`);
  return dt;
}

async function burst(app: App, body: string, total: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  const client = async (): Promise<void> => {
    while (next < total) {
      next++;
      await one(app, body);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return total / ((performance.now() - t0) / 1000);
}

function spread(values: number[], f: (v: number) => string): string {
  return `${f(median(values))} (rounds ${f(Math.min(...values))}–${f(Math.max(...values))})`;
}

async function main(): Promise<void> {
  const fake = await FakeSlack.start({ recordResponses: false });
  const body = slashCommandBody({ text: 'china-russia-aid', response_url: fake.responseUrl('bench') });
  const a = await startApp('adapter', fake);
  const b = await startApp('bare', fake);
  let sentToAdapter = 0;
  const delivered = (): Promise<void> => fake.waitUntil(() => (fake.responseCount >= sentToAdapter * a.partsPerBrief ? true : undefined)).then(() => undefined);

  for (let i = 0; i < WARMUP; i++) {
    await one(a, body);
    sentToAdapter++;
    await one(b, body);
  }
  await delivered();

  // Latency: strictly alternating single requests.
  const latA: number[] = [];
  const latB: number[] = [];
  const roundP50: { a: number[]; b: number[] } = { a: [], b: [] };
  for (let r = 0; r < LATENCY_ROUNDS; r++) {
    const ra: number[] = [];
    const rb: number[] = [];
    for (let i = 0; i < PER_ROUND; i++) {
      const [first, second] = (i + r) % 2 === 0 ? [a, b] : [b, a];
      for (const app of [first, second]) {
        const dt = await one(app, body);
        if (app === a) {
          sentToAdapter++;
          ra.push(dt);
        } else rb.push(dt);
      }
    }
    latA.push(...ra);
    latB.push(...rb);
    roundP50.a.push(median(ra));
    roundP50.b.push(median(rb));
  }
  await delivered();

  // Throughput: alternating rounds of concurrent clients.
  const thr: { a: number[]; b: number[]; delivered: number[] } = { a: [], b: [], delivered: [] };
  for (let r = 0; r < THROUGHPUT_ROUNDS; r++) {
    for (const app of r % 2 === 0 ? [a, b] : [b, a]) {
      if (app === a) {
        const t0 = performance.now();
        thr.a.push(await burst(a, body, PER_THROUGHPUT_ROUND));
        sentToAdapter += PER_THROUGHPUT_ROUND;
        await delivered();
        thr.delivered.push(PER_THROUGHPUT_ROUND / ((performance.now() - t0) / 1000));
      } else thr.b.push(await burst(b, body, PER_THROUGHPUT_ROUND));
    }
  }

  const row = (name: string, lat: number[], p50s: number[], rate: number[]): string =>
    `  ${name.padEnd(36)} p50 ${spread(p50s, fmt)}  p95 ${fmt(percentile(lat, 95))}  p99 ${fmt(percentile(lat, 99))}  ${spread(rate, (v) => `${v.toFixed(0)}`)} req/s`;
  console.log(`Slack: signed /brief china-russia-aid, each app in its own worker, requests interleaved (${LATENCY_ROUNDS * PER_ROUND} each; ${CONCURRENCY} concurrent clients for req/s, ${THROUGHPUT_ROUNDS} rounds of ${PER_THROUGHPUT_ROUND})`);
  console.log(row('SlackAdapter (verify + Bolt + core)', latA, roundP50.a, thr.a));
  console.log(row('bare Bolt app (acks a constant)', latB, roundP50.b, thr.b));
  console.log(`  adapter: every brief delivered in full (${a.partsPerBrief} response_url messages each): ${spread(thr.delivered, (v) => v.toFixed(0))} briefs/s`);
  const r50 = percentile(latA, 50) / percentile(latB, 50);
  const r95 = percentile(latA, 95) / percentile(latB, 95);
  const rThr = median(thr.a) / median(thr.b);
  const ok = (v: boolean): string => (v ? 'met' : 'NOT met');
  console.log(`  ratio adapter/bare: p50 ${r50.toFixed(2)}× (${ok(r50 <= 1.3)}), p95 ${r95.toFixed(2)}× (${ok(r95 <= 1.3)}), req/s ${rThr.toFixed(2)}× (target ≥ 0.7×: ${ok(rThr >= 0.7)})`);

  for (const app of [a, b]) {
    app.agent.destroy();
    await app.worker.terminate();
  }
  await fake.close();
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
