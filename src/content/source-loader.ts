/**
 * Loads a topic's source documents: `briefs/<topic>/sources/sources.yml` for metadata and
 * the `.txt` / `.md` files next to it for the text.
 *
 * Problems are returned as curator-facing `FileIssue`s with repo-relative paths and 1-based
 * line numbers from the YAML. Entries with errors are skipped; everything else loads.
 * A text file that sources.yml does not list is still loaded, with unknown metadata and a
 * warning. Files are read with fs/promises and bounded concurrency.
 */
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { FileIssue } from '../domain/errors.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { containedDir, ContentReadError, DEFAULT_CONTENT_LIMITS, readContainedText, readContainedTextIn, type ContentLimits } from './safe-read.ts';
import { sentenceRanges, splitSentences } from './sentences.ts';
import type { Sentence, SourceDocument, SourceMeta } from '../domain/document-types.ts';

export const SOURCES_FILE = 'sources.yml';
export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const KNOWN_KEYS = new Set(['id', 'file', 'title', 'outlet', 'published', 'url', 'retrieved', 'duplicateOf', 'similarity']);
const READ_CONCURRENCY = 32;

/** Builds the document model (passages, sentences with absolute offsets) for one body. */
export function buildSourceDocument(meta: SourceMeta, body: string, topic: string, relPath: string): SourceDocument {
  const { passages, stripped } = stripBoilerplate(body);
  const sentences: Sentence[] = [];
  for (const passage of passages) {
    for (const r of splitSentences(passage.text)) {
      const start = passage.start + r.start;
      const end = passage.start + r.end;
      sentences.push({ index: sentences.length, passageIndex: passage.index, start, end, text: body.slice(start, end) });
    }
  }
  return { meta, topic, path: relPath, body, passages, sentences, stripped };
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Longest stretch of work between two turns of the event loop while loading. */
const SLICE_MS = 10;

/**
 * buildSourceDocument for loading while the bot serves: the same result, but it hands the
 * event loop back every SLICE_MS, even inside one very long passage, so a reload of a
 * large source never holds up other requests.
 */
export async function buildSourceDocumentSliced(meta: SourceMeta, body: string, topic: string, relPath: string): Promise<SourceDocument> {
  let sliceStart = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
  const { passages, stripped } = stripBoilerplate(body);
  await pause();
  const sentences: Sentence[] = [];
  let n = 0;
  for (const passage of passages) {
    for (const r of sentenceRanges(passage.text)) {
      const start = passage.start + r.start;
      const end = passage.start + r.end;
      sentences.push({ index: sentences.length, passageIndex: passage.index, start, end, text: body.slice(start, end) });
      if (++n % 64 === 0) await pause();
    }
    await pause();
  }
  return { meta, topic, path: relPath, body, passages, sentences, stripped };
}

/** Lower-case ASCII letters and digits joined by dashes: "Café Talks, Day 2" → "cafe-talks-day-2". */
export function slugWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "000_3fe693ddca6ee84f.txt" → "000-3fe693ddca6ee84f". */
export function slugifySourceId(fileName: string): string {
  return slugWords(path.basename(fileName, path.extname(fileName))) || 'source';
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function errorCode(err: unknown): unknown {
  return typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
}

interface ParsedEntries {
  metas: Array<{ meta: SourceMeta; line: number }>;
  issues: FileIssue[];
}

/** One list item of sources.yml, before validation. `fields` is null when the item is not a mapping. */
interface RawEntry {
  line: number;
  fields: Array<{ key: string; value: unknown; keyLine: number; valueLine: number }> | null;
}

const FAST_LINE = /^(- | {2})([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const FAST_NOT_STRING = /^(?:true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A single-line scalar as YAML 1.2 reads it, or undefined when the fast path should not decide. */
function fastScalar(raw: string | undefined): { value: unknown } | undefined {
  if (raw === undefined || raw === '' || raw.startsWith('#')) return { value: null };
  let m = /^"([^"\\]*)"(?:[ \t]+#.*)?$/.exec(raw);
  if (m) return { value: m[1] };
  m = /^'((?:[^']|'')*)'(?:[ \t]+#.*)?$/.exec(raw);
  if (m) return { value: (m[1] ?? '').replace(/''/g, "'") };
  const plain = raw.replace(/[ \t]+#.*$/, '');
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(plain) || /:(?:\s|$)/.test(plain) || FAST_NOT_STRING.test(plain)) return undefined;
  return { value: /^(?:null|Null|NULL|~)$/.test(plain) ? null : plain };
}

/**
 * Reads the common shape of sources.yml (a list of flat "key: value" maps with one-line
 * scalars, two-space indent, comments) without the full YAML parser, which is far slower
 * on long lists. Returns null for anything else so the YAML parser decides.
 */
function fastEntries(text: string): RawEntry[] | null {
  const entries: RawEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const m = FAST_LINE.exec(line);
    if (!m) return null;
    const scalar = fastScalar(m[3]);
    if (!scalar) return null;
    if (m[1] === '- ') entries.push({ line: i + 1, fields: [] });
    const current = entries[entries.length - 1];
    if (!current?.fields) return null;
    current.fields.push({ key: m[2] ?? '', value: scalar.value, keyLine: i + 1, valueLine: i + 1 });
  }
  return entries;
}

/** Reads sources.yml with the YAML parser; syntax and shape problems become issues. */
function yamlEntries(text: string, error: Report): RawEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const nodeLine = (node: unknown, fallback: number): number => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : fallback;
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      error(lineCounter.linePos(e.pos[0]).line, `YAML syntax error: ${e.message.split('\n')[0] ?? e.message}`, 'check indentation and quoting on that line');
    }
    return [];
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return [];
  if (!isSeq(root)) {
    error(nodeLine(root, 1), 'sources.yml must be a list of sources', 'write one "- id: ...\\n  file: ..." entry per source document');
    return [];
  }
  return root.items.map((item): RawEntry => {
    const line = nodeLine(item, 1);
    if (!isMap(item)) return { line, fields: null };
    return {
      line,
      fields: (item.items as Array<Pair<unknown, unknown>>).map((pair) => {
        const keyLine = nodeLine(pair.key, line);
        const valueNode = pair.value as Node | null;
        const value = isScalar(valueNode) ? valueNode.value : valueNode === null ? null : (valueNode as { toJSON?: () => unknown }).toJSON?.();
        return { key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key), value, keyLine, valueLine: nodeLine(valueNode, keyLine) };
      }),
    };
  });
}

/**
 * Parses and validates sources.yml text. `ymlPath` is repo-relative, for issues.
 * `fastPath: false` forces the full YAML parser (the fast reader gives the same result).
 */
export function parseSourcesYaml(text: string, ymlPath: string, options: { fastPath?: boolean } = {}): ParsedEntries {
  const issues: FileIssue[] = [];
  const metas: ParsedEntries['metas'] = [];
  const error: Report = (line, message, fix) => issues.push({ path: ymlPath, line, message, fix, severity: 'error' });
  const warning: Report = (line, message, fix) => issues.push({ path: ymlPath, line, message, fix, severity: 'warning' });
  const entries = (options.fastPath === false ? null : fastEntries(text)) ?? yamlEntries(text, error);
  const seenIds = new Map<string, number>();
  const seenFiles = new Map<string, number>();
  for (const raw of entries) {
    if (!raw.fields) {
      error(raw.line, 'each source must be a mapping with id, file, title, outlet, published and url', 'write "- id: my-source" followed by "  file: name.txt"');
      continue;
    }
    const entry = readEntry(raw, error, warning);
    if (!entry) continue;
    const { meta, idLine, fileLine } = entry;
    const firstId = seenIds.get(meta.id);
    if (firstId !== undefined) {
      error(idLine, `duplicate source id "${meta.id}" (first used on line ${firstId})`, 'give every source a unique id');
      continue;
    }
    seenIds.set(meta.id, idLine);
    const firstFile = seenFiles.get(meta.file);
    if (firstFile !== undefined) {
      error(fileLine, `file "${meta.file}" is already listed on line ${firstFile}`, 'list each file once');
      continue;
    }
    seenFiles.set(meta.file, fileLine);
    metas.push({ meta, line: fileLine });
  }
  return { metas, issues };
}

type Report = (line: number, message: string, fix: string) => void;

function readEntry(raw: RawEntry, error: Report, warning: Report): { meta: SourceMeta; idLine: number; fileLine: number } | null {
  const itemLine = raw.line;
  const fields = new Map<string, { value: unknown; line: number }>();
  for (const { key, value, keyLine, valueLine } of raw.fields ?? []) {
    if (!KNOWN_KEYS.has(key)) {
      warning(keyLine, `unknown field "${key}" is ignored`, 'use only id, file, title, outlet, published and url');
      continue;
    }
    if (fields.has(key)) {
      error(keyLine, `field "${key}" is given twice`, 'keep one of them');
      return null;
    }
    fields.set(key, { value, line: valueLine });
  }
  let ok = true;
  const id = fields.get('id');
  const file = fields.get('file');
  if (id === undefined || id.value === null || id.value === '') {
    error(itemLine, 'source is missing its id', 'add "id: some-short-name" (lower-case letters, digits and dashes)');
    ok = false;
  } else if (typeof id.value !== 'string' || !SOURCE_ID_PATTERN.test(id.value)) {
    error(id.line, `bad source id "${String(id.value)}"`, 'use lower-case letters, digits and dashes, starting with a letter or digit');
    ok = false;
  }
  if (file === undefined || file.value === null || file.value === '') {
    error(itemLine, 'source is missing its file', 'add "file: name.txt" naming a file in this sources/ folder');
    ok = false;
  } else if (typeof file.value !== 'string' || path.isAbsolute(file.value) || file.value.split(/[\\/]/).includes('..')) {
    error(file.line, `bad file "${String(file.value)}"`, 'give a file name inside this sources/ folder');
    ok = false;
  }
  const text = (key: string): string | null | undefined => {
    const f = fields.get(key);
    if (f === undefined || f.value === null || f.value === '') return null;
    if (typeof f.value === 'string') return f.value;
    if (typeof f.value === 'number' || typeof f.value === 'boolean') return String(f.value);
    error(f.line, `${key} must be text or null`, `quote the ${key}, or write null when it is unknown`);
    return undefined;
  };
  const title = text('title');
  const outlet = text('outlet');
  const url = text('url');
  if (url && !/^https?:\/\/\S+$/i.test(url)) {
    error(fields.get('url')?.line ?? itemLine, `bad url "${url}"`, 'write the full http(s) address, or null when it is unknown');
    ok = false;
  }
  let published: string | null = null;
  const pub = fields.get('published');
  if (pub !== undefined && pub.value !== null && pub.value !== '') {
    const raw = pub.value instanceof Date && !Number.isNaN(pub.value.getTime()) ? pub.value.toISOString().slice(0, 10) : pub.value;
    if (typeof raw === 'string' && isIsoDate(raw)) published = raw;
    else {
      error(pub.line, `bad published date "${String(pub.value)}"`, 'write the date as YYYY-MM-DD, or null when the text does not show it');
      ok = false;
    }
  }
  if (!ok || title === undefined || outlet === undefined || url === undefined || !id || !file) return null;
  const duplicateOf = text('duplicateOf');
  if (duplicateOf === undefined) return null;
  return {
    meta: { id: id.value as string, file: file.value as string, title, outlet, published, url, ...(duplicateOf ? { duplicateOf } : {}) },
    idLine: id.line,
    fileLine: file.line,
  };
}

export interface LoadSourcesOptions {
  /** Real path of the briefs folder; nothing outside it is read. Default: the topic's parent. */
  rootReal?: string;
  limits?: ContentLimits;
}

/**
 * Loads every source document of a topic. `topicDir` is the topic folder (briefs/<topic>),
 * `repoRoot` is used to make issue paths and document paths repo-relative. Never throws for
 * content problems: an unreadable folder or file becomes an issue. Yields to the event loop
 * after each document, so a reload never holds up serving.
 */
export async function loadSources(
  topicDir: string,
  repoRoot: string,
  topic: string,
  options: LoadSourcesOptions = {},
): Promise<{ documents: SourceDocument[]; issues: FileIssue[] }> {
  const sourcesDir = path.join(topicDir, 'sources');
  const rel = (abs: string): string => toPosix(path.relative(repoRoot, abs));
  const ymlAbs = path.join(sourcesDir, SOURCES_FILE);
  const ymlRel = rel(ymlAbs);
  const issues: FileIssue[] = [];
  const limits = options.limits ?? DEFAULT_CONTENT_LIMITS;
  const rootReal = options.rootReal ?? (await realpath(path.dirname(topicDir)));

  let entries: string[];
  let candidates: Set<string>;
  let realDir: string;
  try {
    realDir = await containedDir(sourcesDir, rootReal);
    const dirents = await readdir(realDir, { withFileTypes: true });
    // Everything but folders is "present" (a listed pipe or device is refused when read, by
    // name); only files and links are candidates for unlisted sources.
    entries = dirents.filter((d) => !d.isDirectory()).map((d) => d.name);
    candidates = new Set(dirents.filter((d) => d.isFile() || d.isSymbolicLink()).map((d) => d.name));
  } catch (err) {
    if (err instanceof ContentReadError && err.failure === 'not-found') {
      issues.push({ path: rel(sourcesDir), line: 1, message: 'no sources/ folder: this topic has no source documents', fix: 'create the folder and add the articles as .txt files', severity: 'warning' });
    } else {
      const reason = err instanceof ContentReadError ? err.message : `cannot be read (${String(errorCode(err) ?? err)})`;
      issues.push({ path: rel(sourcesDir), line: 1, message: `sources/ ${reason}`, fix: 'make sources/ a real folder inside the briefs folder', severity: 'error' });
    }
    return { documents: [], issues };
  }
  const present = new Set(entries);

  let listed: ParsedEntries['metas'] = [];
  if (present.has(SOURCES_FILE)) {
    try {
      const parsed = parseSourcesYaml(await readContainedText(ymlAbs, rootReal, limits.maxFileBytes), ymlRel);
      issues.push(...parsed.issues);
      listed = parsed.metas;
    } catch (err) {
      const reason = err instanceof ContentReadError ? err.message : `cannot be read (${String(errorCode(err) ?? err)})`;
      issues.push({ path: ymlRel, line: 1, message: `${SOURCES_FILE} ${reason}`, fix: `make ${SOURCES_FILE} a regular file inside the briefs folder`, severity: 'error' });
    }
  }

  const usedIds = new Set(listed.map((l) => l.meta.id));
  const listedFiles = new Set(listed.map((l) => toPosix(path.normalize(l.meta.file))));
  const toLoad: SourceMeta[] = [];
  for (const { meta, line } of listed) {
    const inTop = !meta.file.includes('/') && !meta.file.includes('\\');
    if (inTop && !present.has(meta.file)) {
      issues.push({ path: ymlRel, line, message: `file "${meta.file}" not found in ${rel(sourcesDir)}`, fix: 'fix the file name or add the file', severity: 'error' });
      continue;
    }
    toLoad.push(meta);
  }
  const unlisted = [...candidates]
    .filter((name) => TEXT_EXTENSIONS.has(path.extname(name).toLowerCase()) && !listedFiles.has(name) && !/^readme\./i.test(name) && !name.startsWith('.'))
    .sort();
  for (const name of unlisted) {
    let id = slugifySourceId(name);
    for (let n = 2; usedIds.has(id); n++) id = `${slugifySourceId(name)}-${n}`;
    usedIds.add(id);
    toLoad.push({ id, file: name, title: null, outlet: null, published: null, url: null });
    issues.push({
      path: rel(path.join(sourcesDir, name)),
      line: 1,
      message: `not listed in ${ymlRel}; loaded as source "${id}" with unknown title, outlet, date and url`,
      fix: `add "- id: ${id}" with "file: ${name}", title, outlet, published and url (null when unknown) to ${ymlRel}`,
      severity: 'warning',
    });
  }

  const loaded = await mapLimit(toLoad, READ_CONCURRENCY, async (meta) => {
    const abs = path.join(sourcesDir, meta.file);
    try {
      const body = await readContainedTextIn(realDir, meta.file, rootReal, limits.maxFileBytes);
      return await buildSourceDocumentSliced(meta, body, topic, rel(abs));
    } catch (err) {
      const line = listed.find((l) => l.meta === meta)?.line ?? 1;
      const reason = err instanceof ContentReadError && err.failure === 'not-found' ? `not found in ${rel(sourcesDir)}` : err instanceof ContentReadError ? err.message : `cannot be read (${String(errorCode(err) ?? err)})`;
      const isListed = listed.some((l) => l.meta === meta);
      const fix = err instanceof ContentReadError && err.failure === 'too-large'
        ? 'trim the file to the article text, or raise content.maxFileBytes'
        : err instanceof ContentReadError && err.failure === 'not-found'
          ? 'fix the file name or add the file'
          : 'keep sources as regular text files inside the briefs folder';
      issues.push({ path: isListed ? ymlRel : rel(abs), line, message: `file "${meta.file}" ${reason}`, fix, severity: 'error' });
      return null;
    }
  });
  const documents = loaded.filter((d): d is SourceDocument => d !== null);
  for (const doc of documents) {
    if (doc.passages.length === 0) {
      issues.push({ path: doc.path, line: 1, message: 'source has no text left after boilerplate removal', fix: 'check that the file holds the article text', severity: 'warning' });
    }
  }
  issues.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
  return { documents, issues };
}
