/**
 * A loaded source document, kept compact: a bot may hold ten thousand of them, and most are
 * never quoted in a run. Its passages and stripped lines are kept as offsets and made into
 * objects on first use; its sentences are split on first use. A body that needs two bytes a
 * character in memory (curly quotes and dashes are enough) is kept as UTF-8 until something
 * reads it, which halves it for English news; the first read decodes it once, exactly (only a
 * well-formed body is kept so, and UTF-8 round-trips every well-formed string), and keeps the
 * string instead. Offsets are into the decoded body, as everywhere else. Its text fields are
 * read through getters, so a spread (`{ ...doc, meta }`) copies only meta, topic and path: to
 * change a document's metadata, build it again (buildSourceDocument).
 */
import type { Passage, Sentence, SourceDocument, SourceMeta, StrippedLine } from '../domain/document-types.ts';
import { splitSentences } from './sentences.ts';

/** A character outside Latin-1: the string is stored at two bytes a character. */
const WIDE = /[^\u0000-\u00ff]/;
/** A surrogate without its pair: UTF-8 cannot carry it, so such a body stays a string. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NONE = new Int32Array(0);
const NO_RULES: readonly string[] = [];

export class LoadedSource implements SourceDocument {
  readonly meta: SourceMeta;
  readonly topic: string;
  readonly path: string;
  #text: string | null;
  #utf8: Buffer | null;
  /** start, end of each passage in turn. */
  readonly #passageRanges: Int32Array;
  /** start, end of each stripped line in turn, with its rule's name. */
  readonly #strippedRanges: Int32Array;
  readonly #strippedRules: readonly string[];
  #passages: Passage[] | null = null;
  #stripped: StrippedLine[] | null = null;
  #sentences: Sentence[] | null = null;

  constructor(meta: SourceMeta, topic: string, relPath: string, body: string, passages: readonly Passage[], stripped: readonly StrippedLine[]) {
    this.meta = meta;
    this.topic = topic;
    this.path = relPath;
    const compact = WIDE.test(body) && !LONE_SURROGATE.test(body);
    this.#text = compact ? null : body;
    this.#utf8 = compact ? Buffer.from(body, 'utf8') : null;
    this.#passageRanges = Int32Array.from(passages.flatMap((p) => [p.start, p.end]));
    // Most sources have no boilerplate line: they share one empty pair of lists.
    this.#strippedRanges = stripped.length > 0 ? Int32Array.from(stripped.flatMap((s) => [s.start, s.end])) : NONE;
    this.#strippedRules = stripped.length > 0 ? stripped.map((s) => s.rule) : NO_RULES;
  }

  /** The original text, byte-for-byte as stored. */
  get body(): string {
    if (this.#text === null) {
      this.#text = (this.#utf8 as Buffer).toString('utf8');
      this.#utf8 = null;
    }
    return this.#text;
  }

  /** The body's UTF-8 bytes or the body itself, whichever is held: what a hash of the body reads without decoding it. */
  get bodyForHash(): string | Buffer {
    return this.#text ?? (this.#utf8 as Buffer);
  }

  get passageCount(): number {
    return this.#passageRanges.length / 2;
  }

  get passages(): Passage[] {
    if (this.#passages === null) {
      const body = this.body;
      const r = this.#passageRanges;
      const out: Passage[] = [];
      for (let i = 0; i < r.length; i += 2) out.push({ index: i / 2, start: r[i] as number, end: r[i + 1] as number, text: body.slice(r[i], r[i + 1]) });
      this.#passages = out;
    }
    return this.#passages;
  }

  get stripped(): StrippedLine[] {
    if (this.#stripped === null) {
      const body = this.#strippedRules.length > 0 ? this.body : '';
      const r = this.#strippedRanges;
      this.#stripped = this.#strippedRules.map((rule, i) => ({ start: r[2 * i] as number, end: r[2 * i + 1] as number, rule, text: body.slice(r[2 * i], r[2 * i + 1]) }));
    }
    return this.#stripped;
  }

  /** The sentences of every passage, with offsets into the whole body; split on first use. */
  get sentences(): Sentence[] {
    if (this.#sentences === null) {
      const body = this.body;
      const sentences: Sentence[] = [];
      for (const passage of this.passages) {
        for (const r of splitSentences(passage.text)) {
          const start = passage.start + r.start;
          const end = passage.start + r.end;
          sentences.push({ index: sentences.length, passageIndex: passage.index, start, end, text: body.slice(start, end) });
        }
      }
      this.#sentences = sentences;
    }
    return this.#sentences;
  }

  /** The plain fields, as a document literal would have them (for JSON and logs). */
  toJSON(): SourceDocument {
    return { meta: this.meta, topic: this.topic, path: this.path, body: this.body, passages: this.passages, sentences: this.sentences, stripped: this.stripped };
  }
}

/** What to hash for a document's body: its UTF-8 bytes, without decoding a compact body. */
export function bodyForHash(doc: SourceDocument): string | Buffer {
  return doc instanceof LoadedSource ? doc.bodyForHash : doc.body;
}

/** How many passages the document keeps, without making their objects. */
export function passageCount(doc: SourceDocument): number {
  return doc instanceof LoadedSource ? doc.passageCount : doc.passages.length;
}
