/**
 * Reloads briefs when their files change. A broken edit leaves the last good version in
 * service and logs the errors; a fixed edit swaps the new version in.
 */
import { watch, type FSWatcher } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { loadTopic, type MutableBriefCatalog, type TopicLoad } from './brief-loader.ts';

export interface BriefWatcherOptions {
  briefsDir: string;
  repoRoot: string;
  catalog: MutableBriefCatalog;
  logger: Logger;
  /** Quiet period before a reload, so an editor's save burst reloads once. */
  debounceMs?: number;
  /** Called after each reload attempt (tests await it). */
  onReload?: (result: TopicLoad) => void;
}

export class BriefWatcher {
  private watcher: FSWatcher | null = null;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly options: BriefWatcherOptions;

  constructor(options: BriefWatcherOptions) {
    this.options = options;
  }

  start(): void {
    if (this.watcher) return;
    this.watcher = watch(this.options.briefsDir, { recursive: true }, (_event, filename) => {
      if (!filename) return;
      const slug = filename.toString().split(/[\\/]/)[0];
      if (slug && !slug.startsWith('.')) this.schedule(slug);
    });
    this.watcher.on('error', (err) => this.options.logger.error({ err }, 'brief watcher failed; hot reload is off'));
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(slug: string): void {
    const existing = this.timers.get(slug);
    if (existing) clearTimeout(existing);
    const timer = setTimeout(() => {
      this.timers.delete(slug);
      void this.reload(slug);
    }, this.options.debounceMs ?? 150);
    timer.unref();
    this.timers.set(slug, timer);
  }

  /** Reloads one topic now. */
  async reload(slug: string): Promise<TopicLoad> {
    const { briefsDir, repoRoot, catalog, logger } = this.options;
    const dir = path.join(briefsDir, slug);
    let result: TopicLoad;
    if (!existsSync(dir)) {
      catalog.delete(slug);
      logger.info({ topic: slug }, 'topic folder removed; brief no longer served');
      result = { slug, brief: null, issues: [] };
    } else {
      result = await loadTopic(dir, repoRoot);
      for (const issue of result.issues) {
        const log = issue.severity === 'error' ? logger.error.bind(logger) : logger.warn.bind(logger);
        log({ topic: slug }, formatIssue(issue));
      }
      if (result.brief) {
        catalog.set(result.brief);
        logger.info({ topic: slug, version: result.brief.version }, 'brief reloaded');
      } else if (catalog.get(slug)) {
        logger.error({ topic: slug }, 'brief has errors; keeping the last good version in service');
      }
    }
    this.options.onReload?.(result);
    return result;
  }
}
