/**
 * Loads a topic's source documents: `briefs/<topic>/sources/sources.yml` for metadata and
 * the `.txt` / `.md` files next to it for the text.
 *
 * Problems are returned as curator-facing `FileIssue`s with repo-relative paths and 1-based
 * line numbers from the YAML. Entries with errors are skipped; everything else loads.
 * A text file that sources.yml does not list is still loaded, with unknown metadata and a
 * warning. sources.yml is parsed by sources-yaml.ts; each file is read by safe-read.ts (inside
 * the briefs folder only), and its document built a slice at a time, a few files at once.
 */
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { FileIssue } from '../domain/errors.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { containedDir, ContentReadError, DEFAULT_CONTENT_LIMITS, readContainedText, readContainedTextIn, type ContentLimits } from './safe-read.ts';
import { LoadedSource, passageCount } from './loaded-source.ts';
import { parseSourcesYaml, type ParsedEntries } from './sources-yaml.ts';
import type { SourceDocument, SourceMeta } from '../domain/document-types.ts';

export const SOURCES_FILE = 'sources.yml';
const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const READ_CONCURRENCY = 32;

/**
 * Builds the document model for one body: its passages (boilerplate left out) now, and its
 * sentences with absolute offsets on first use. Listing topics, checking briefs and recaps
 * need no sentences; the Q&A index and drafting split them when they first ask, so a bot
 * with thousands of sources is ready without splitting them all (loaded-source.ts).
 */
export function buildSourceDocument(meta: SourceMeta, body: string, topic: string, relPath: string): SourceDocument {
  const { passages, stripped } = stripBoilerplate(body);
  return new LoadedSource(meta, topic, relPath, body, passages, stripped);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * buildSourceDocument for loading while the bot serves: it hands the event loop back after
 * the boilerplate pass, so a reload of many sources never holds up other requests.
 */
export async function buildSourceDocumentSliced(meta: SourceMeta, body: string, topic: string, relPath: string): Promise<SourceDocument> {
  const { passages, stripped } = stripBoilerplate(body);
  await yieldToEventLoop();
  return new LoadedSource(meta, topic, relPath, body, passages, stripped);
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
    if (passageCount(doc) === 0) {
      issues.push({ path: doc.path, line: 1, message: 'source has no text left after boilerplate removal', fix: 'check that the file holds the article text', severity: 'warning' });
    }
  }
  issues.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
  return { documents, issues };
}
