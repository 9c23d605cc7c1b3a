/**
 * Where big topics' Q&A indexes are kept between runs (qa/index-cache.ts): an `index-cache`
 * folder beside the SQLite state file, so it lives and goes with the bot's other local state.
 * None when that state is in memory (tests, benchmarks of a cold start).
 */
import path from 'node:path';
import type { AppConfig } from './config.ts';

export function indexCacheDir(config: Pick<AppConfig, 'root' | 'store'>): string | null {
  if (config.store.sqlitePath === ':memory:') return null;
  return path.join(path.dirname(path.resolve(config.root, config.store.sqlitePath)), 'index-cache');
}
