// Compiles src/ to dist/ for a faster start. Run by `npm install` (prepare) and `npm run build`.
// A failed build is not fatal for installation: bin/briefbot.js then runs the sources via tsx.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status === 0) {
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, '.build-stamp'), new Date().toISOString() + '\n');
} else {
  rmSync(dist, { recursive: true, force: true });
  console.error('briefbot: build failed; the sources will run through tsx instead (slower start).');
}
