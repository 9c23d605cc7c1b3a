/**
 * The text sources of a topic folder, kept fingerprinted between adds. Adding an article
 * must check it against every source already there (exact copies by hash, near-copies by
 * the duplicate index), but must not read and fingerprint every source again each time:
 * this cache keeps each file's hash and fingerprint, checked against the file's size and
 * modification time, so an add to a topic of 10,000 sources reads only the files that are
 * new or changed since the last add in this process. The duplicate index is extended in
 * place when sources were only added, and rebuilt from the kept fingerprints (no reading)
 * when one was removed, changed or marked a duplicate.
 */
import { createHash } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DuplicateIndex, fingerprint, type Fingerprint } from './near-duplicates.ts';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown']);

/** The hash exact copies are recognised by: line endings and outer whitespace do not count. */
export const textDigest = (s: string): string => createHash('sha256').update(s.replace(/\r\n/g, '\n').trim()).digest('hex');

interface Entry {
  size: number;
  mtimeMs: number;
  digest: string;
  /** Fingerprinted under the file's source id at the time. */
  fp: Fingerprint;
  id: string;
}

interface Folder {
  entries: Map<string, Entry>;
  index: DuplicateIndex;
  /** file → the entry the index holds for it, to tell whether it can be extended in place. */
  indexed: Map<string, Entry>;
}

export interface TopicTexts {
  /** The file holding exactly this text, if any. */
  fileWithDigest(digest: string): string | null;
  /** The near-duplicate index over the sources that are not themselves duplicates. */
  index: DuplicateIndex;
}

export class SourceFingerprints {
  private readonly folders = new Map<string, Folder>();
  /** Files read (new or changed) by the last load. */
  lastReads = 0;

  /**
   * Brings the folder's entries up to date and returns them. `idOfFile` maps listed files
   * to their source ids; `excluded` holds the ids left out of the index (duplicates).
   */
  async load(sourcesDir: string, idOfFile: ReadonlyMap<string, string>, excluded: ReadonlySet<string>): Promise<TopicTexts> {
    const folder = this.folders.get(sourcesDir) ?? { entries: new Map<string, Entry>(), index: new DuplicateIndex(), indexed: new Map<string, Entry>() };
    this.folders.set(sourcesDir, folder);
    const names = (await readdir(sourcesDir)).filter((f) => TEXT_EXTENSIONS.has(path.extname(f).toLowerCase()) && !f.startsWith('.'));
    const present = new Set(names);
    this.lastReads = 0;
    for (const name of [...folder.entries.keys()]) if (!present.has(name)) folder.entries.delete(name);
    const infos = await statAll(sourcesDir, names);
    for (const [k, name] of names.entries()) {
      const info = infos[k];
      if (!info?.isFile()) {
        folder.entries.delete(name);
        continue;
      }
      const id = idOfFile.get(name) ?? path.basename(name, path.extname(name));
      const known = folder.entries.get(name);
      if (known && known.size === info.size && known.mtimeMs === info.mtimeMs && known.id === id) continue;
      this.lastReads++;
      const text = await readFile(path.join(sourcesDir, name), 'utf8').catch(() => null);
      if (text === null) {
        folder.entries.delete(name);
        continue;
      }
      folder.entries.set(name, { size: info.size, mtimeMs: info.mtimeMs, digest: textDigest(text), fp: fingerprint(id, text), id });
    }
    // Which sources the index should hold now: listed ones that are not duplicates.
    const wanted = new Map<string, Entry>();
    for (const [name, e] of folder.entries) if (idOfFile.has(name) && !excluded.has(e.id)) wanted.set(name, e);
    // Extended in place only when every indexed entry is still wanted, unchanged.
    const onlyAdded = [...folder.indexed].every(([name, e]) => wanted.get(name) === e);
    if (!onlyAdded) {
      folder.index = new DuplicateIndex();
      folder.indexed = new Map();
    }
    for (const [name, e] of wanted) {
      if (folder.indexed.has(name)) continue;
      folder.index.add(e.fp);
      folder.indexed.set(name, e);
    }
    return {
      index: folder.index,
      fileWithDigest: (digest) => [...folder.entries].find(([, e]) => e.digest === digest)?.[0] ?? null,
    };
  }
}

/**
 * Stats every file: synchronously, which is several times faster than one promise per
 * file, in slices of 500 with a yield between them so chat is never held up for long.
 */
async function statAll(dir: string, names: readonly string[]): Promise<Array<Stats | null>> {
  const out: Array<Stats | null> = [];
  for (let i = 0; i < names.length; i += 500) {
    if (i > 0) await new Promise<void>((r) => setImmediate(r));
    for (const name of names.slice(i, i + 500)) {
      try {
        out.push(statSync(path.join(dir, name)));
      } catch {
        out.push(null);
      }
    }
  }
  return out;
}

/** One cache per process: the bot's feed polls and chat adds share it. */
export const sharedFingerprints = new SourceFingerprints();
