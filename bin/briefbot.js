#!/usr/bin/env node
// The `briefbot` command. `npm install` bundles src/ into dist/ (npm run build); when dist/ is
// up to date it runs from there, which starts faster. After an edit to src/ it runs the
// TypeScript sources directly through tsx, so there is never a stale build in service.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { distIsFresh } from '../scripts/dist-fresh.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let main;
if (distIsFresh(root)) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
