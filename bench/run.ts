/** `npm run bench`: runs every bench/*.bench.ts in its own process, one after another. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
// The CLI runs the bundle in dist/ only while it is newer than src/: build it, so start-up
// benchmarks measure what `npm install` ships rather than the tsx fallback.
spawnSync(process.execPath, [path.join(dir, '..', 'scripts', 'build.js')], { stdio: 'inherit' });
let failed = 0;
for (const f of files) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(dir, f)], { stdio: 'inherit', env: { ...process.env, LOG_LEVEL: 'silent' } });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${f} failed with exit code ${r.status}`);
  }
  console.log('');
}
process.exitCode = failed > 0 ? 1 : 0;
