/**
 * Q&A on a big topic as a user meets it: the real CLI (`briefbot ask`, the dist/ bundle that
 * `npm install` builds) in a fresh process, on a topic folder of 10,000 articles (5-20 shuffled
 * real sentences each, the same recipe as qa.bench.ts). Measures, per run, the wall time from
 * process start to the printed answer (every source read, the topic's index built, the question
 * answered) and the process's peak RSS, beside `node -e 0` for scale. The peak is read by a
 * preloaded module that prints `process.resourceUsage().maxRSS` at exit, so nothing in the
 * bot knows it is measured. Then the bot as a team runs it: `briefbot start` (the console),
 * from process start to ready (its answer to `list`: every topic loaded, indexes built per
 * topic on first use) with its RSS then, and the first question on the big topic after that
 * (the index built) with the peak RSS. `ask` runs both with an in-memory store (the index built
 * every time) and with the default one, whose folder keeps the index after the first run.
 * Run: node --import tsx bench/qa-cold.bench.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadBriefs } from '../src/content/brief-loader.ts';
import { prng } from '../test/helpers/prng.ts';
import { median, procMemory } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOCS = 10_000;
const RUNS = 5;

/** `briefbot start` in the console: ms to ready and RSS then, ms from question to answer and peak RSS. */
function botRun(bin: string, dir: string, question: string): Promise<{ ready: number; readyMb: number; answer: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, 'start', '--root', dir], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'silent', BRIEFBOT_SQLITE_PATH: ':memory:' }, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let ready = 0;
    let readyMb = 0;
    let asked = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (ready === 0 && /big-topic/.test(out)) {
        ready = performance.now() - t0;
        readyMb = procMemory(child.pid ?? 0) / 1048576;
        out = '';
        asked = performance.now();
        child.stdin.write(`/brief ask big-topic ${question}\n`);
      } else if (ready > 0 && /\[1\]/.test(out)) {
        const answer = performance.now() - asked;
        const peakMb = procMemory(child.pid ?? 0, 'VmHWM') / 1048576;
        child.kill();
        resolve({ ready, readyMb, answer, peakMb });
      }
    });
    child.on('close', () => reject(new Error(`bot ended early: ${out.slice(0, 300)}`)));
    child.stdin.write('/brief list\n');
  });
}

const { catalog } = await loadBriefs(path.join(ROOT, 'briefs'), ROOT);
const pool = (catalog.get('china-russia-aid')?.sources ?? []).flatMap((d) => d.sentences.map((s) => s.text));
if (pool.length === 0) throw new Error('china-russia-aid did not load');

const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-qa-cold-'));
try {
  const sources = path.join(dir, 'briefs', 'big-topic', 'sources');
  mkdirSync(sources, { recursive: true });
  const rand = prng(42);
  const entries = [];
  for (let i = 0; i < DOCS; i++) {
    const n = 5 + Math.floor(rand() * 16);
    const paras: string[] = [];
    for (let k = 0; k < n; k++) paras.push(pool[Math.floor(rand() * pool.length)] as string);
    const id = `article-${i}`;
    writeFileSync(path.join(sources, `${id}.txt`), paras.join('\n\n') + '\n');
    entries.push({ id, file: `${id}.txt`, title: null, outlet: 'Synthetic Wire', published: '2023-02-20', url: null });
  }
  writeFileSync(path.join(sources, 'sources.yml'), stringify(entries, { lineWidth: 0 }));
  const reporter = path.join(dir, 'report-rss.mjs');
  writeFileSync(reporter, "process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`));\n");

  const run = (args: string[], env: Record<string, string> = {}): { ms: number; rssMb: number; out: string } => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', reporter, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'silent', ...env } });
    const ms = performance.now() - t0;
    const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN);
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 500)}`);
    return { ms, rssMb: kb / 1024, out: r.stdout };
  };
  const bin = path.join(ROOT, 'bin', 'briefbot.js');
  const ask = ['ask', 'big-topic', 'Whom did Blinken meet in Munich?', '--root', dir];
  // An in-memory store keeps no index on disk: every run builds it. The default store's
  // folder (data/ under the topic root) keeps it after the first run (qa/index-cache.ts).
  const noKeep = { BRIEFBOT_SQLITE_PATH: ':memory:' };
  run([bin, ...ask], noKeep); // warm the file cache
  const firstKept = run([bin, ...ask]); // builds and keeps the index
  const base: number[] = [];
  const times: number[] = [];
  const peaks: number[] = [];
  const keptTimes: number[] = [];
  const keptPeaks: number[] = [];
  let answer = '';
  let keptAnswer = '';
  for (let i = 0; i < RUNS; i++) {
    base.push(run(['-e', '0']).rssMb);
    const r = run([bin, ...ask], noKeep);
    times.push(r.ms);
    peaks.push(r.rssMb);
    answer = r.out;
    const k = run([bin, ...ask]);
    keptTimes.push(k.ms);
    keptPeaks.push(k.rssMb);
    keptAnswer = k.out;
  }
  const bots = [];
  for (let i = 0; i < RUNS; i++) bots.push(await botRun(bin, dir, 'Whom did Blinken meet in Munich?'));
  console.log(`qa-cold — briefbot ask in a fresh process, topic of ${DOCS.toLocaleString('en-US')} articles`);
  console.log(`  start to answer: median ${median(times).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}) (target: ready under 2 s)`);
  console.log(`  peak RSS: median ${median(peaks).toFixed(0)} MB (node -e 0: ${median(base).toFixed(0)} MB) (target under 200 MB)`);
  console.log(`  with the index kept on disk: first run (builds and keeps it) ${firstKept.ms.toFixed(0)} ms; then start to answer median ${median(keptTimes).toFixed(0)} ms (runs ${keptTimes.map((t) => t.toFixed(0)).join(', ')}), peak RSS median ${median(keptPeaks).toFixed(0)} MB`);
  if (keptAnswer !== answer) console.log(`  the kept index answered differently:\n${keptAnswer.slice(0, 300)}\n---\n${answer.slice(0, 300)}`);
  console.log(`  briefbot start (console): ready (list answered) median ${median(bots.map((b) => b.ready)).toFixed(0)} ms, RSS then ${median(bots.map((b) => b.readyMb)).toFixed(0)} MB (targets: under 2 s, under 200 MB)`);
  console.log(`    then the first question on it (its index built): median ${median(bots.map((b) => b.answer)).toFixed(0)} ms, peak RSS ${median(bots.map((b) => b.peakMb)).toFixed(0)} MB`);
  if (!/Blinken|Wang/.test(answer)) console.log(`  unexpected answer: ${answer.slice(0, 200)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
