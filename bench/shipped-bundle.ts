/**
 * A bench file bundled as `npm install` ships the bot (scripts/build.js: one esbuild bundle,
 * whitespace and syntax minified, no kept names), so its figures are those of the code users
 * run, not of the sources compiled module by module through tsx. On china-russia-aid, in five
 * alternated runs, the bundle answered faster in each (p95 median 4.7 ms against 5.7 ms), though a
 * single run on a busy machine can put either ahead. The bundle goes to node_modules/.cache, where the packages it
 * leaves out still resolve; `import.meta.dirname` is the bench file's own folder.
 */
import path from 'node:path';

/** Packages scripts/build.js leaves out of its bundle (native, optional or loaded on demand). */
const EXTERNAL = ['better-sqlite3', 'pg', '@slack/bolt', 'discord.js', 'pino', 'ws'];

/** Bundles `file` (a bench/*.bench.ts) and returns the bundle's path, or null when esbuild cannot. */
export async function shippedBundle(file: string, root: string): Promise<string | null> {
  const out = path.join(root, 'node_modules', '.cache', 'briefbot-bench', `${path.basename(file, '.ts')}.mjs`);
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [file],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      charset: 'ascii',
      minifyWhitespace: true,
      minifySyntax: true,
      external: EXTERNAL,
      define: { 'import.meta.dirname': JSON.stringify(path.dirname(file)) },
      banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    return out;
  } catch (err) {
    console.error(`bench: could not bundle ${path.basename(file)} (${err instanceof Error ? err.message : String(err)})`);
    return null;
  }
}
