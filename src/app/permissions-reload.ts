/**
 * `permissions.allow` without a restart: the config file is watched (its folder, so a save
 * that replaces the file is seen) and re-read on change or on SIGHUP. A valid file updates
 * the allow-list at once and says so; a broken one is reported with its lines and the
 * previous list stays in force. Only the allow-list reloads: other settings need a restart.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { ConfigError, formatIssue } from '../domain/errors.ts';
import type { Logger } from '../bot/logger.ts';
import { loadFileConfig } from './config.ts';

export class PermissionsReload {
  private allow: readonly string[];
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly onHup = (): void => void this.reload('SIGHUP');

  constructor(
    initial: readonly string[],
    private readonly configPath: string | null,
    private readonly logger: Logger,
    private readonly debounceMs = 200,
  ) {
    this.allow = initial;
  }

  /** The allow-list in force now. */
  readonly current = (): readonly string[] => this.allow;

  start(): void {
    process.on('SIGHUP', this.onHup);
    if (!this.configPath) return;
    const file = path.basename(this.configPath);
    try {
      this.watcher = watch(path.dirname(this.configPath), (_event, name) => {
        if (name?.toString() !== file) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.reload('file changed'), this.debounceMs);
        this.timer.unref();
      });
      this.watcher.on('error', (err) => this.logger.warn({ err: err.message }, 'config file can no longer be watched; send SIGHUP to reload permissions'));
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'cannot watch the config file; send SIGHUP to reload permissions');
    }
  }

  stop(): void {
    process.off('SIGHUP', this.onHup);
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Re-reads the config file; returns true when the allow-list changed. */
  reload(why: string): boolean {
    if (!this.configPath) return false;
    try {
      const next = loadFileConfig(this.configPath).permissions.allow;
      const changed = next.length !== this.allow.length || next.some((a, i) => a !== this.allow[i]);
      this.allow = next;
      if (changed) this.logger.info({ why, entries: next.length }, `permissions reloaded: ${next.length} allow-list entr${next.length === 1 ? 'y' : 'ies'}`);
      return changed;
    } catch (err) {
      const issues = err instanceof ConfigError ? err.issues.map(formatIssue) : [(err as Error).message];
      this.logger.error({ why, issues }, 'config file has errors; permissions not reloaded, the previous allow-list stays in force');
      return false;
    }
  }
}
