/**
 * Start-up and idle memory, as a user meets them (issue: hardening):
 *  - time from `node bin/briefbot.js …` starting to its first useful output: `brief`,
 *    `ask`, and a question piped into `start` (the console), against `node -e 0`;
 *  - idle RSS of `briefbot start` per mode (console; Slack in HTTP mode against a fake Slack
 *    on 127.0.0.1) against a bare Bolt app process. Targets: first brief ≤ 0.4 s, first
 *    answer ≤ 0.3 s, idle RSS ≤ 1.2× bare Bolt.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeSlack } from '../test/fakes/slack/fake-slack.ts';
import { repoRoot } from '../test/helpers/make-core.ts';
import { fmt, median, procMemory } from './stats.ts';

const RUNS = Number(process.env['START_BENCH_RUNS'] ?? 9);
const BIN = path.join(repoRoot, 'bin', 'briefbot.js');
const CLEAN_ENV = { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', DATABASE_URL: '', NODE_OPTIONS: '', LOG_LEVEL: 'warn', BRIEFBOT_SQLITE_PATH: ':memory:' };

/** Spawns `args`, writes `input`, and resolves with the ms until stdout matches `ready`. */
function timeToOutput(args: string[], ready: RegExp, input?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: CLEAN_ENV, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let done = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!done && ready.test(out)) {
        done = true;
        resolve(performance.now() - t0);
        child.kill();
      }
    });
    child.on('close', () => {
      if (!done) reject(new Error(`no match for ${ready} in: ${out.slice(0, 300)}`));
    });
    if (input !== undefined) child.stdin.write(input);
    else child.stdin.end();
  });
}

async function timed(name: string, args: string[], ready: RegExp, target: number | null, input?: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeToOutput(args, ready, input));
  const m = median(times);
  console.log(`  ${name.padEnd(52)} median ${fmt(m).padStart(8)}  min ${fmt(Math.min(...times)).padStart(8)}${target === null ? '' : `  (target ≤ ${fmt(target)}: ${m <= target ? 'met' : 'NOT met'})`}`);
  return m;
}

/** Starts a long-running process, waits until `ready` shows on stdout or stderr, settles, and reads its RSS. */
function idleRss(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, input?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = '';
    let measured = false;
    const onData = (d: Buffer): void => {
      seen += d.toString('utf8');
      if (measured || !ready.test(seen)) return;
      measured = true;
      // Let start-up garbage be collected as it would be on an idle bot.
      setTimeout(() => {
        const rss = procMemory(child.pid ?? 0);
        child.kill();
        resolve(rss);
      }, 1500);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', () => {
      if (!measured) reject(new Error(`never ready (${ready}): ${seen.slice(0, 400)}`));
    });
    if (input !== undefined) child.stdin.write(input);
  });
}

async function main(): Promise<void> {
  console.log(`Start-up: process start to first useful output (${RUNS} runs each, compiled dist/)`);
  await timed('node -e 0 (to stdout)', ['-e', 'console.log("x")'], /x/, null);
  await timed('briefbot brief china-russia-aid', [BIN, 'brief', 'china-russia-aid'], /STATUS/, 400);
  await timed('briefbot ask china-russia-aid "…"', [BIN, 'ask', 'china-russia-aid', 'When did Blinken meet Wang Yi?'], /\[1\]/, 300);
  await timed('briefbot start (console), a question piped in', [BIN, 'start'], /\[1\]/, 300, '/brief ask china-russia-aid When did Blinken meet Wang Yi?\n');

  console.log('Idle RSS (1.5 s after ready)');
  const fake = await FakeSlack.start({ recordResponses: false });
  try {
    const bareScript = `
      const { App } = require('@slack/bolt');
      const app = new App({ token: ${JSON.stringify(fake.botToken)}, signingSecret: 's', clientOptions: { slackApiUrl: ${JSON.stringify(fake.apiUrl)} } });
      app.command('/brief', async ({ ack }) => { await ack('ok'); });
      app.start({ port: 0, host: '127.0.0.1' }).then(() => console.log('ready'));`;
    const bare = median(await Promise.all([0, 1, 2].map(() => idleRss(['-e', bareScript], CLEAN_ENV, /ready/))));
    const slackEnv = { ...CLEAN_ENV, LOG_LEVEL: 'info', SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0' };
    const slack = median(await Promise.all([0, 1, 2].map(() => idleRss([BIN, 'start'], slackEnv, /slack adapter started/))));
    const consoleRss = median(await Promise.all([0, 1, 2].map(() => idleRss([BIN, 'start'], CLEAN_ENV, /STATUS/, '/brief china-russia-aid\n'))));
    const row = (name: string, rss: number): string => `  ${name.padEnd(52)} ${(rss / 1048576).toFixed(0).padStart(5)} MB  ${(rss / bare).toFixed(2)}× bare Bolt${name.startsWith('bare') ? '' : ` (target ≤ 1.2×: ${rss / bare <= 1.2 ? 'met' : 'NOT met'})`}`;
    console.log(row('bare Bolt app (HTTP, one command listener)', bare));
    console.log(row('briefbot start, console (after one /brief)', consoleRss));
    console.log(row('briefbot start, Slack HTTP mode', slack));
  } finally {
    await fake.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
