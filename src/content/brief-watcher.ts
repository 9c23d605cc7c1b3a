/**
 * Reloads briefs when their files change. A broken edit leaves the last good version in
 * service and logs the errors; a fixed edit swaps the new version in.
 *
 * It watches folders, not files: the briefs folder, each topic folder and each topic's
 * sources/ folder, each with its own non-recursive watcher. A save that replaces a file
 * (editors' atomic save, `sed -i`) is a rename in the folder and is seen like any other
 * change. Watchers are re-armed on every reload, so a sources/ folder that is deleted,
 * re-created or replaced by a file is handled without an error escaping: Node's own
 * recursive watcher threw an unhandled ENOTDIR there and ended the process.
 */
import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentLimits } from './safe-read.ts';
import { formatIssue } from '../domain/errors.ts';
import type { Logger } from '../bot/logger.ts';
import { loadTopic, type MutableBriefCatalog, type TopicLoad } from './brief-loader.ts';
import { allClaims } from './brief-validator.ts';

export interface BriefWatcherOptions {
  briefsDir: string;
  repoRoot: string;
  catalog: MutableBriefCatalog;
  logger: Logger;
  limits?: ContentLimits;
  /** Quiet period before a reload, so an editor's save burst reloads once. */
  debounceMs?: number;
  /** Called after each reload attempt (tests await it). */
  onReload?: (result: TopicLoad) => void;
}

const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;

async function isRealDir(p: string): Promise<boolean> {
  const st = await lstat(p).catch(() => null);
  return st?.isDirectory() ?? false;
}

export class BriefWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Topics being reloaded, and whether another change arrived meanwhile. */
  private readonly running = new Map<string, { again: boolean }>();
  private readonly options: BriefWatcherOptions;
  private started = false;

  constructor(options: BriefWatcherOptions) {
    this.options = options;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.arm(this.options.briefsDir, null);
    // Synchronously, so a change right after start() is seen.
    let names: string[] = [];
    try {
      names = readdirSync(this.options.briefsDir);
    } catch {
      names = [];
    }
    for (const name of names) {
      if (!SLUG_RE.test(name)) continue;
      const topicDir = path.join(this.options.briefsDir, name);
      for (const dir of [topicDir, path.join(topicDir, 'sources')]) {
        if (lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) this.arm(dir, name);
      }
    }
  }

  stop(): void {
    this.started = false;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Folders being watched (for tests and diagnostics). */
  watchedFolders(): string[] {
    return [...this.watchers.keys()].sort();
  }

  /** Watches briefs/<slug>/ and briefs/<slug>/sources/ where they are real folders; drops stale watchers. */
  private async armTopic(slug: string): Promise<void> {
    const topicDir = path.join(this.options.briefsDir, slug);
    for (const dir of [topicDir, path.join(topicDir, 'sources')]) {
      if (!this.started) return;
      if (await isRealDir(dir)) this.arm(dir, slug);
      else this.disarm(dir);
    }
  }

  private arm(dir: string, slug: string | null): void {
    if (this.watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, filename) => {
        if (slug !== null) return this.schedule(slug);
        const name = filename?.toString();
        if (name && SLUG_RE.test(name)) this.schedule(name);
      });
    } catch (err) {
      this.options.logger.warn({ dir, err: (err as Error).message }, 'cannot watch folder; changes in it are picked up at the next reload of its topic');
      return;
    }
    watcher.on('error', (err) => {
      this.disarm(dir);
      if (slug === null) {
        this.options.logger.error({ err: err.message }, 'the briefs folder can no longer be watched; restart to pick up new topics');
        return;
      }
      this.options.logger.debug({ dir, err: err.message }, 'watched folder went away; re-arming at the next reload');
      this.schedule(slug);
    });
    this.watchers.set(dir, watcher);
  }

  private disarm(dir: string): void {
    this.watchers.get(dir)?.close();
    this.watchers.delete(dir);
  }

  private schedule(slug: string): void {
    if (!this.started) return;
    const existing = this.timers.get(slug);
    if (existing) clearTimeout(existing);
    const timer = setTimeout(() => {
      this.timers.delete(slug);
      void this.reloadSerially(slug);
    }, this.options.debounceMs ?? 150);
    timer.unref();
    this.timers.set(slug, timer);
  }

  /** One reload per topic at a time; a change during a reload triggers one more. */
  private async reloadSerially(slug: string): Promise<void> {
    const state = this.running.get(slug);
    if (state) {
      state.again = true;
      return;
    }
    const mine = { again: false };
    this.running.set(slug, mine);
    try {
      do {
        mine.again = false;
        await this.reload(slug).catch((err: unknown) => this.options.logger.error({ topic: slug, err: (err as Error).message }, 'reload failed'));
      } while (mine.again && this.started);
    } finally {
      this.running.delete(slug);
    }
  }

  /** Reloads one topic now (and re-arms its folder watchers). */
  async reload(slug: string): Promise<TopicLoad> {
    const { briefsDir, repoRoot, catalog, logger } = this.options;
    const dir = path.join(briefsDir, slug);
    if (this.started) await this.armTopic(slug);
    let result: TopicLoad;
    if (!(await lstat(dir).catch(() => null))) {
      catalog.delete(slug);
      logger.info({ topic: slug, reload: true }, `${slug}: topic folder removed; no longer served`);
      result = { slug, brief: null, issues: [] };
    } else {
      result = await loadTopic(dir, repoRoot, this.options.limits ? { limits: this.options.limits } : {});
      for (const issue of result.issues) {
        const log = issue.severity === 'error' ? logger.error.bind(logger) : logger.warn.bind(logger);
        log({ topic: slug }, formatIssue(issue));
      }
      const errors = result.issues.filter((i) => i.severity === 'error').length;
      if (result.brief) {
        catalog.set(result.brief);
        const quotes = allClaims(result.brief).reduce((n, c) => n + c.citations.length, 0);
        logger.info({ topic: slug, version: result.brief.version, quotes, reload: true }, `${slug} reloaded: ${quotes} quote${quotes === 1 ? '' : 's'} verified`);
      } else if (catalog.get(slug) && !catalog.get(slug)?.unreviewed) {
        logger.error({ topic: slug, errors, reload: true }, `${slug} has ${errors} error${errors === 1 ? '' : 's'}; keeping the last good version in service`);
      } else if (result.sourcesOnly) {
        catalog.set(result.sourcesOnly);
        const n = result.sourcesOnly.sources.length;
        const why = errors > 0 ? `its brief has ${errors} error${errors === 1 ? '' : 's'}` : 'it has no brief.md';
        (errors > 0 ? logger.error.bind(logger) : logger.info.bind(logger))({ topic: slug, errors, reload: true }, `${slug} reloaded: ${why}, so it is served from its ${n} source${n === 1 ? '' : 's'} alone`);
      } else {
        catalog.delete(slug);
        logger.error({ topic: slug, errors, reload: true }, `${slug} has ${errors} error${errors === 1 ? '' : 's'}; not served until they are fixed`);
      }
    }
    this.options.onReload?.(result);
    return result;
  }
}
