/**
 * Core benchmarks (issue: core briefs):
 *  - time from process start to the first brief printed (`/brief` piped into `briefbot start`);
 *  - loading and validating a topic of 1,000 documents;
 *  - `/brief` handling time in the core, p50 and p99.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadTopic } from '../src/content/brief-loader.ts';
import { makeTestCore, repoRoot } from '../test/helpers/make-core.ts';
import { testContext } from '../test/helpers/context.ts';
import { fmt, median, percentile } from './stats.ts';

function startToFirstBrief(runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'briefbot.js'), 'start'], {
      input: '/brief china-russia-aid\n',
      env: { ...process.env, SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    const t1 = performance.now();
    if (r.status !== 0 || !r.stdout.includes('STATUS')) throw new Error(`start failed: ${r.stderr}`);
    times.push(t1 - t0);
  }
  return times;
}

/** A topic with 1,000 documents made from the real ones, and the real brief citing them. */
function makeBigTopic(): { root: string; dir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briefbot-bench-'));
  const dir = path.join(root, 'briefs', 'big-topic');
  const src = path.join(repoRoot, 'briefs', 'china-russia-aid');
  cpSync(src, dir, { recursive: true });
  const files = readdirSync(path.join(src, 'sources')).filter((f) => f.endsWith('.txt')).sort();
  const yml = [readFileSync(path.join(src, 'sources', 'sources.yml'), 'utf8')];
  let n = 0;
  while (files.length + n < 1000) {
    const base = files[n % files.length] ?? '';
    const name = `copy-${String(n).padStart(4, '0')}.txt`;
    writeFileSync(path.join(dir, 'sources', name), readFileSync(path.join(src, 'sources', base), 'utf8') + `\n\nCopy ${n}.\n`);
    yml.push(`- id: copy-${n}\n  file: ${name}\n  title: null\n  outlet: null\n  published: null\n  url: null\n`);
    n++;
  }
  writeFileSync(path.join(dir, 'sources', 'sources.yml'), yml.join('\n'));
  mkdirSync(path.join(root, 'config'), { recursive: true });
  return { root, dir };
}

async function main(): Promise<void> {
  console.log('## core');
  const starts = startToFirstBrief(7);
  console.log(`process start → first brief printed: median ${fmt(median(starts))}, min ${fmt(Math.min(...starts))} (${starts.length} runs)`);

  const big = makeBigTopic();
  try {
    const loads: number[] = [];
    let docs = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = await loadTopic(big.dir, big.root);
      loads.push(performance.now() - t0);
      if (!r.brief) throw new Error(`big topic failed: ${r.issues[0]?.message}`);
      docs = r.brief.sources.length;
    }
    console.log(`load + validate a topic of ${docs} documents: median ${fmt(median(loads))} (${loads.length} runs)`);
  } finally {
    rmSync(big.root, { recursive: true, force: true });
  }

  const { core } = await makeTestCore();
  const ctx = testContext();
  for (let i = 0; i < 200; i++) await core.handleCommand('china-russia-aid', ctx);
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    await core.handleCommand('china-russia-aid', ctx);
    times.push(performance.now() - t0);
  }
  console.log(`/brief china-russia-aid in the core: p50 ${fmt(percentile(times, 50))}, p99 ${fmt(percentile(times, 99))} (${times.length} runs)`);
}

await main();
