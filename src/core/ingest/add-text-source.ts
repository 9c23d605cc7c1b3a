/**
 * `briefbot add <topic> <file>`: adds a saved article (.txt or .md) to a topic.
 *
 * The text is stored as `sources/<id>.txt`, the file quotes are then checked against, and is
 * never rewritten; an entry with its metadata and the time it was added is appended to
 * `sources.yml`. Ids are readable and stable: outlet, date and a short slug of the title,
 * made unique within the topic. Nothing is invented: what the file and the flags do not say
 * stays null. An exact re-add (the same text, or the same URL) is refused. Nothing is half
 * written: the text file and the new sources.yml are written to temporary names and renamed
 * into place, and a failure removes what was written.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { BriefbotError } from '../errors.ts';
import { isIsoDate, parseSourcesYaml, SOURCES_FILE } from '../documents/source-loader.ts';
import { readContainedText } from '../documents/safe-read.ts';
import type { SourceMeta } from '../documents/types.ts';

export interface AddTextSourceInput {
  /** The topic folder (briefs/<topic>). */
  topicDir: string;
  /** The file to add. */
  file: string;
  /** Metadata given by the curator; each overrides what the file shows. */
  given: { title?: string; outlet?: string; published?: string; url?: string };
  now: Date;
  maxBytes: number;
}

export interface AddedSource {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown']);

function slug(s: string, max: number): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, max).replace(/-+$/g, '');
}

/** The first line, when it reads like a headline: short, and not a sentence of body text. */
export function titleFromText(text: string): string | null {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l !== '');
  if (!first) return null;
  const words = first.split(/\s+/).length;
  if (first.length > 160 || words < 2 || words > 25) return null;
  if (/[.!?…]["'”’]?$/.test(first) && !/\?$/.test(first)) return null; // a sentence, not a headline
  return first;
}

/** A readable, stable id: `<outlet>-<date>-<title words>`, unique among `taken`. */
export function sourceIdFor(meta: { title: string | null; outlet: string | null; published: string | null }, fallback: string, taken: ReadonlySet<string>): string {
  const parts = [meta.outlet ? slug(meta.outlet, 24) : '', meta.published ?? '', slug(meta.title ?? fallback, 40)].filter((p) => p !== '');
  const base = parts.join('-') || 'source';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const sha = (s: string): string => createHash('sha256').update(s.replace(/\r\n/g, '\n').trim()).digest('hex');

export async function addTextSource(input: AddTextSourceInput): Promise<AddedSource> {
  const { topicDir, file, given, now } = input;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') throw new BriefbotError('BAD_INPUT', `${file}: saved web pages are not supported yet; save the article's text as .txt or .md`);
  if (!TEXT_EXTENSIONS.has(ext)) throw new BriefbotError('BAD_INPUT', `${file}: only .txt and .md files can be added`);
  if (given.published !== undefined && !isIsoDate(given.published)) throw new BriefbotError('BAD_INPUT', `--published "${given.published}" is not a date; write YYYY-MM-DD`);
  if (given.url !== undefined && !/^https?:\/\/\S+$/i.test(given.url)) throw new BriefbotError('BAD_INPUT', `--url "${given.url}" is not an http(s) address`);
  const sourcesDir = path.join(topicDir, 'sources');
  if (!(await stat(sourcesDir).catch(() => null))?.isDirectory()) {
    throw new BriefbotError('BAD_INPUT', `${topicDir} has no sources/ folder; create the topic with "briefbot new <topic> --title …"`);
  }
  let text: string;
  try {
    const abs = path.resolve(file);
    text = await readContainedText(abs, path.parse(abs).root, input.maxBytes);
  } catch (err) {
    throw new BriefbotError('BAD_INPUT', `${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  if (text.trim() === '') throw new BriefbotError('BAD_INPUT', `${file} is empty`);

  const ymlPath = path.join(sourcesDir, SOURCES_FILE);
  const yml = await readFile(ymlPath, 'utf8').catch(() => '');
  const { metas, issues } = parseSourcesYaml(yml, ymlPath);
  if (issues.some((i) => i.severity === 'error')) throw new BriefbotError('BAD_INPUT', `${ymlPath} has errors; run "briefbot check" and fix them first`);
  const existing: SourceMeta[] = metas.map((m) => m.meta);
  const digest = sha(text);
  for (const name of await readdir(sourcesDir)) {
    if (!TEXT_EXTENSIONS.has(path.extname(name).toLowerCase())) continue;
    const other = await readFile(path.join(sourcesDir, name), 'utf8').catch(() => null);
    if (other !== null && sha(other) === digest) throw new BriefbotError('BAD_INPUT', `${file} is already in this topic, as sources/${name}`);
  }
  if (given.url && existing.some((m) => m.url === given.url)) throw new BriefbotError('BAD_INPUT', `${given.url} is already in this topic`);

  const meta = {
    title: given.title ?? titleFromText(text),
    outlet: given.outlet ?? null,
    published: given.published ?? null,
    url: given.url ?? null,
  };
  const files = new Set((await readdir(sourcesDir)).map((n) => path.basename(n, path.extname(n))));
  const id = sourceIdFor(meta, path.basename(file, ext), new Set([...existing.map((m) => m.id), ...files]));
  const target = path.join(sourcesDir, `${id}.txt`);
  const entry = stringify([{ id, file: `${id}.txt`, ...meta, retrieved: now.toISOString() }], { lineWidth: 0 });
  const base = yml.split('\n').filter((l) => l.trim() !== '[]').join('\n').replace(/\n*$/, '\n');
  const tmpText = path.join(sourcesDir, `.${id}.txt.adding`);
  const tmpYml = path.join(sourcesDir, `.${SOURCES_FILE}.adding`);
  try {
    await writeFile(tmpText, text, { flag: 'wx' });
    await writeFile(tmpYml, `${base}${entry}`, { flag: 'wx' });
    await rename(tmpText, target);
    await rename(tmpYml, ymlPath);
  } catch (err) {
    await rm(tmpText, { force: true });
    await rm(tmpYml, { force: true });
    if (!(await readFile(ymlPath, 'utf8').catch(() => '')).includes(`id: ${id}\n`)) await rm(target, { force: true });
    throw new BriefbotError('INTERNAL', `could not add ${file}: ${(err as Error).message}; the topic is unchanged`, { cause: err });
  }
  return { id, file: `${id}.txt`, ...meta };
}
