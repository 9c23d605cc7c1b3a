#!/usr/bin/env node
// The `briefbot` command. `npm install` bundles src/ into dist/ (npm run build); when dist/ is
// up to date it runs from there, which starts faster. After an edit to src/ it runs the
// TypeScript sources directly through tsx, so there is never a stale build in service.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import v8 from 'node:v8';
import { distIsFresh } from '../scripts/dist-fresh.js';

// A running bot spends nearly all its time idle, waiting on chat events and the minute tick:
// V8's memory-saving mode (a small young generation, a tighter heap) cuts its idle RSS by
// about a tenth at no measurable cost to how fast Slack commands are acknowledged (see
// `npm run bench -- start` and `-- slack`). Set before anything else is loaded.
if (process.argv[2] === 'start') v8.setFlagsFromString('--optimize-for-size');

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
