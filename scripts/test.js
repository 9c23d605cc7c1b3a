// Runs every test/**/*.test.ts with node's test runner (Node 20's --test takes no globs).
// Extra arguments filter by path substring: `npm run test:unit -- slack`.
//
// The test files are first bundled with esbuild (the TypeScript compiler tsx uses too), one
// ES module per test file with shared chunks, into node_modules/.cache/briefbot-tests, and
// node runs those with source maps on, so failures point at the .ts lines. Loading a test
// file through tsx's module hooks cost each of the ~85 test processes about a quarter of a
// second of CPU before any test ran: on this 2-core machine the suite took 43 s that way
// and takes about 30 s bundled. Packages stay external (loaded from node_modules as usual),
// and `import.meta.url`/`dirname`/`filename` keep the value they have in the source file,
// so paths computed from them are the same as under tsx. `BRIEFBOT_TEST_TSX=1` runs the
// sources through tsx instead, as before.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distIsFresh } from './dist-fresh.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'node_modules', '.cache', 'briefbot-tests');

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : find(full);
    return e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Replaces import.meta.url, dirname and filename by the source file's own values. */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta')) return { contents: text, loader: 'ts' };
      return {
        contents: text
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path)),
        loader: 'ts',
      };
    });
  },
};

/** Bundles the test files; returns the built file of each, in the same order. */
async function bundle(files) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: files.map((f) => path.join(root, f)),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: outDir,
    outbase: root,
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    sourcemap: 'inline',
    plugins: [keepImportMeta],
    logLevel: 'warning',
  });
  return files.map((f) => path.join(outDir, f.replace(/\.ts$/, '.mjs')));
}

const filters = process.argv.slice(2);
const files = find(path.join(root, 'test'))
  .map((f) => path.relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
// The CLI tests run bin/briefbot.js, which runs dist/ when it is newer than src/ and the
// sources through tsx otherwise (several times slower to start). Rebuild a stale dist/ first
// (about half a second), so they run what `npm start` runs.
if (!distIsFresh(root)) {
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'inherit' });
}

const viaTsx = process.env['BRIEFBOT_TEST_TSX'] === '1';
const loader = viaTsx ? ['--import', 'tsx'] : ['--enable-source-maps'];
const targets = viaTsx ? files : await bundle(files);
const r = spawnSync(process.execPath, [...loader, '--test', '--test-reporter=spec', `--test-concurrency=${process.env['TEST_CONCURRENCY'] ?? os.availableParallelism() + 1}`, ...targets], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(r.status ?? 1);
