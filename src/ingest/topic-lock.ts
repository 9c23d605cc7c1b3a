/**
 * One writer at a time per topic's sources folder. Adding an article reads sources.yml,
 * appends an entry and renames the new file into place; two adds at once (a feed poll and
 * a curator's `briefbot add`, or two replicas sharing the folder) would each write the
 * file without the other's entry. The lock is a file created exclusively, so it holds
 * across processes; a lock left by a process that died is taken over once it is older
 * than `staleMs`. Within one process, callers queue instead of polling the file.
 */
import { open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BriefbotError } from '../domain/errors.ts';

export const LOCK_FILE = '.sources.lock';

export interface LockOptions {
  /** Give up after waiting this long. */
  waitMs: number;
  /** A lock file older than this was left by a process that died. */
  staleMs: number;
}

const DEFAULTS: LockOptions = { waitMs: 30_000, staleMs: 120_000 };
const queues = new Map<string, Promise<unknown>>();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function acquire(file: string, opts: LockOptions): Promise<void> {
  const deadline = Date.now() + opts.waitMs;
  for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const age = await stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > opts.staleMs) {
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new BriefbotError('INTERNAL', `${path.dirname(file)} is being changed by another process (${file}); try again, or remove that file if no Briefbot is running`);
    await sleep(delay);
  }
}

/** Runs `work` holding the sources folder's lock. */
export async function withSourcesLock<T>(sourcesDir: string, work: () => Promise<T>, options: Partial<LockOptions> = {}): Promise<T> {
  const opts = { ...DEFAULTS, ...options };
  const file = path.join(sourcesDir, LOCK_FILE);
  const previous = queues.get(file) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(async () => {
    await acquire(file, opts);
    try {
      return await work();
    } finally {
      await rm(file, { force: true });
    }
  });
  queues.set(file, run);
  try {
    return await run;
  } finally {
    if (queues.get(file) === run) queues.delete(file);
  }
}
