/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process, one after another, from the
 * sources through tsx; the engine's own benches (SHIPPED) run again bundled as the bot ships
 * (shipped-bundle.ts), which is what `npm start` answers with.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedBundle } from './shipped-bundle.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
// The CLI runs the bundle in dist/ only while it is newer than src/: build it, so start-up
// benchmarks measure what `npm install` ships rather than the tsx fallback.
spawnSync(process.execPath, [path.join(dir, '..', 'scripts', 'build.js')], { stdio: 'inherit' });
/** Benches whose figures are the engine's answering speed, run a second time as shipped. */
const SHIPPED = new Set(['qa.bench.ts']);
let failed = 0;
const run = (f: string, args: string[], env: Record<string, string>): void => {
  const r = spawnSync(process.execPath, ['--expose-gc', ...args], { stdio: 'inherit', env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${f} failed with exit code ${r.status}`);
  }
  console.log('');
};
for (const f of files) {
  run(f, ['--import', 'tsx', path.join(dir, f)], {});
  if (!SHIPPED.has(f)) continue;
  const bundle = await shippedBundle(path.join(dir, f), path.join(dir, '..'));
  if (bundle) run(f, [bundle], { BRIEFBOT_BENCH_BUILD: 'shipped' });
}
process.exitCode = failed > 0 ? 1 : 0;
