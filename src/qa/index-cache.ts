/**
 * A big topic's index kept on disk between processes. Building the index of 10,000 articles
 * means reading every sentence for names, terms and speakers (seconds); a later process with
 * the same sources, the same code and the same topic lexicons reads back what they gave
 * (TopicIndex.core and the speaker profiles) and only attaches the brief's claims and builds
 * the postings. One file per topic (`<dir>/<slug>.idx`), replaced when its key changes; a file
 * that cannot be read or belongs to another key is ignored and the index is built as before.
 *
 * The file: "BBIX1\n", the header's length (uint32), the header as JSON (key, plain values,
 * and the length of each typed array), then the typed arrays one after the other.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brief } from '../domain/brief-types.ts';
import { lexiconSignature } from './lexicon.ts';
import { TopicIndex, type IndexCore } from './qa-index.ts';
import { seedSpeakerProfiles, speakerIndex } from './speakers.ts';

const MAGIC = 'BBIX1\n';
/** Bump when what the file holds changes shape. */
const FORMAT = 2;
/** Topics with fewer sentences build faster than a file is worth keeping. */
const DEFAULT_MIN_UNITS = 5_000;

export interface IndexCacheOptions {
  /** Where the files go (created on first save). */
  dir: string;
  /** Smallest topic (in indexed sentences) worth keeping; default 5,000. */
  minUnits?: number;
  /** Told of a file that could not be written (the index is still served). */
  onError?: (err: Error) => void;
}

type Typed = Int32Array | Uint32Array | Float32Array;
type ArrayName = 'unitCols' | 'tokens' | 'lowerCount' | 'capitalCount' | 'unitOf' | 'docTerms' | 'postingStart' | 'postingIds' | 'postingTf';
type Arrays = Partial<Record<ArrayName, Typed>>;

interface Header {
  key: string;
  core: Omit<IndexCore, 'unitCols' | 'tokens' | 'lowerCount' | 'capitalCount' | 'unitOf' | 'docTerms' | 'postings'>;
  profiles: [string, string[]][];
  unitOfLengths: number[];
  docTermsLengths: number[];
  arrays: { name: ArrayName; kind: 'i32' | 'u32' | 'f32'; length: number }[];
}

const KINDS = { i32: Int32Array, u32: Uint32Array, f32: Float32Array } as const;
const kindOf = (a: Typed): 'i32' | 'u32' | 'f32' => (a instanceof Float32Array ? 'f32' : a instanceof Uint32Array ? 'u32' : 'i32');

export class IndexCache {
  private readonly dir: string;
  private readonly minUnits: number;
  private readonly onError: (err: Error) => void;

  constructor(options: IndexCacheOptions) {
    this.dir = options.dir;
    this.minUnits = options.minUnits ?? DEFAULT_MIN_UNITS;
    this.onError = options.onError ?? (() => undefined);
  }

  /** The kept index of `brief`, or null when there is none for its sources, code and lexicons. */
  load(brief: Brief): TopicIndex | null {
    let buf: Buffer;
    try {
      buf = readFileSync(this.fileOf(brief));
    } catch {
      return null;
    }
    try {
      if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
      const headerLength = buf.readUInt32LE(MAGIC.length);
      let at = MAGIC.length + 4;
      const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as Header;
      if (header.key !== keyOf(brief)) return null;
      at = align(at + headerLength);
      const arrays: Arrays = {};
      for (const a of header.arrays) {
        // A view of the file's bytes where they are aligned (a large file's buffer is its own), else a copy.
        const offset = buf.byteOffset + at;
        arrays[a.name] = offset % 4 === 0 ? new KINDS[a.kind](buf.buffer as ArrayBuffer, offset, a.length) : new KINDS[a.kind](new Uint8Array(buf.subarray(at, at + a.length * 4)).buffer);
        at += a.length * 4;
      }
      const { postingStart, postingIds, postingTf } = arrays;
      const core: IndexCore = {
        ...header.core,
        ...(postingStart && postingIds && postingTf ? { postings: { start: postingStart as Int32Array, ids: postingIds as Int32Array, tf: postingTf as Float32Array } } : {}),
        unitCols: arrays.unitCols as Int32Array,
        tokens: arrays.tokens as Int32Array,
        lowerCount: arrays.lowerCount as Uint32Array,
        capitalCount: arrays.capitalCount as Uint32Array,
        unitOf: split(arrays.unitOf as Int32Array, header.unitOfLengths),
        docTerms: split(arrays.docTerms as Int32Array, header.docTermsLengths),
      };
      const index = TopicIndex.fromCore(brief, core);
      seedSpeakerProfiles(index, new Map(header.profiles.map(([p, terms]) => [p, new Set(terms)])));
      return index;
    } catch {
      return null;
    }
  }

  /** Keeps `index` (with its speaker profiles, built now if they were not) for the next process. */
  save(brief: Brief, index: TopicIndex): void {
    if (index.size < this.minUnits) return;
    try {
      const { unitCols, tokens, lowerCount, capitalCount, unitOf, docTerms, postings, ...plain } = index.core();
      const arrays: Arrays = { unitCols, tokens, lowerCount, capitalCount, unitOf: join(unitOf), docTerms: join(docTerms), ...(postings ? { postingStart: postings.start, postingIds: postings.ids, postingTf: postings.tf } : {}) };
      const header: Header = {
        key: keyOf(brief),
        core: plain,
        profiles: [...speakerIndex(index).profiles].map(([p, terms]) => [p, [...terms]]),
        unitOfLengths: unitOf.map((a) => a.length),
        docTermsLengths: docTerms.map((a) => a.length),
        arrays: (Object.keys(arrays) as ArrayName[]).map((name) => ({ name, kind: kindOf(arrays[name] as Typed), length: (arrays[name] as Typed).length })),
      };
      const json = Buffer.from(JSON.stringify(header), 'utf8');
      const head = Buffer.alloc(align(MAGIC.length + 4 + json.length));
      head.write(MAGIC, 0, 'latin1');
      head.writeUInt32LE(json.length, MAGIC.length);
      json.copy(head, MAGIC.length + 4);
      const parts = [head, ...header.arrays.map((a) => Buffer.from((arrays[a.name] as Typed).buffer, (arrays[a.name] as Typed).byteOffset, a.length * 4))];
      mkdirSync(this.dir, { recursive: true });
      const file = this.fileOf(brief);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.concat(parts));
      renameSync(tmp, file);
    } catch (err) {
      this.onError(err as Error);
    }
  }

  private fileOf(brief: Brief): string {
    return path.join(this.dir, `${brief.slug}.idx`);
  }
}

/** What a kept index must have been built from: the topic's version (its sources and brief), the code, the lexicons. */
function keyOf(brief: Brief): string {
  return createHash('sha256').update(JSON.stringify([FORMAT, brief.slug, brief.version, codeId(), lexiconSignature(), os.endianness()])).digest('hex');
}

let code: string | null = null;

/**
 * The running code, as the names, sizes and times of its files (the bundle's folder, dist/cli/,
 * or under tsx the whole of src/): any change to them makes kept indexes stale.
 */
function codeId(): string {
  if (code !== null) return code;
  const self = fileURLToPath(import.meta.url);
  const root = self.endsWith('.ts') ? path.dirname(path.dirname(self)) : path.dirname(self);
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const file = path.join(dir, name);
      const st = statSync(file);
      if (st.isDirectory()) walk(file);
      else hash.update(`${path.relative(root, file)}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  walk(root);
  code = hash.digest('hex');
  return code;
}

function align(n: number): number {
  return (n + 3) & ~3;
}

function join(parts: Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Views of `all`, one per length in turn (no copies: they share the file's buffer). */
function split(all: Int32Array, lengths: number[]): Int32Array[] {
  const out: Int32Array[] = [];
  let at = 0;
  for (const n of lengths) {
    out.push(all.subarray(at, at + n));
    at += n;
  }
  return out;
}
