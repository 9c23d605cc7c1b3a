/** Copies the real briefs into a temp folder so tests can edit them. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './make-core.ts';

export interface TempBriefs {
  root: string;
  briefsDir: string;
  briefPath(topic?: string): string;
  read(topic?: string): string;
  write(text: string, topic?: string): void;
  /** Replaces the first occurrence of `from` in brief.md; fails the test if absent. */
  replace(from: string, to: string, topic?: string): void;
  /** 1-based line number of the first line containing `needle`. */
  lineOf(needle: string, topic?: string): number;
  cleanup(): void;
}

export function makeTempBriefs(): TempBriefs {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briefbot-briefs-'));
  const briefsDir = path.join(root, 'briefs');
  cpSync(path.join(repoRoot, 'briefs'), briefsDir, { recursive: true });
  const briefPath = (topic = 'china-russia-aid'): string => path.join(briefsDir, topic, 'brief.md');
  const read = (topic?: string): string => readFileSync(briefPath(topic), 'utf8');
  const write = (text: string, topic?: string): void => writeFileSync(briefPath(topic), text);
  return {
    root,
    briefsDir,
    briefPath,
    read,
    write,
    replace(from, to, topic) {
      const text = read(topic);
      if (!text.includes(from)) throw new Error(`test setup: "${from}" not in brief.md`);
      write(text.replace(from, to), topic);
    },
    lineOf(needle, topic) {
      const idx = read(topic)
        .split('\n')
        .findIndex((l) => l.includes(needle));
      if (idx === -1) throw new Error(`test setup: "${needle}" not in brief.md`);
      return idx + 1;
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
