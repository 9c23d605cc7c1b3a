/**
 * `briefbot add <topic> <url|file>`: adds an article to a topic: a web page (fetched through
 * safe-fetch.ts), a saved .html page (text and metadata extracted by extract-article.ts), or
 * a .txt/.md file.
 *
 * The text is stored as `sources/<id>.txt`, the file quotes are then checked against, and is
 * never rewritten; an entry with its metadata and the time it was added is appended to
 * `sources.yml`. Ids are readable and stable: outlet, date and a short slug of the title,
 * made unique within the topic. Nothing is invented: what the file and the flags do not say
 * stays null. An exact re-add (the same text, or the same URL) is refused. Nothing is half
 * written: the text file and the new sources.yml are written to temporary names and renamed
 * into place, and a failure removes what was written. Adds to one topic run one at a time,
 * across processes too (topic-lock.ts), so none loses another's sources.yml entry.
 */
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { MONTH_ABBREVIATION_SOURCE, monthNumber, MONTHS } from '../domain/calendar.ts';
import { BriefbotError } from '../domain/errors.ts';
import { slugWords, SOURCES_FILE } from '../content/source-loader.ts';
import { isIsoDate, parseSourcesYaml } from '../content/sources-yaml.ts';
import { readContainedText } from '../content/safe-read.ts';
import type { SourceMeta } from '../domain/document-types.ts';
import type { ExtractedArticle } from './extract-article.ts';
import { fingerprint, type DuplicateMatch } from './near-duplicates.ts';
import { sharedFingerprints, TEXT_EXTENSIONS, textDigest } from './source-fingerprints.ts';
import type { FetchedPage } from './safe-fetch.ts';
import { withSourcesLock } from './topic-lock.ts';

export interface AddSourceInput {
  /** The topic folder (briefs/<topic>). */
  topicDir: string;
  /** The http(s) URL or the file to add. */
  file: string;
  /** Fetches a URL (the one network path); absent: URLs are refused. */
  fetch?: (url: string) => Promise<FetchedPage>;
  /** Metadata given by the curator; each overrides what the file shows. */
  given: { title?: string; outlet?: string; published?: string; url?: string };
  now: Date;
  maxBytes: number;
}

/** What was added: its sources.yml metadata, and the source it nearly copies, if any. */
export type AddedSource = Omit<SourceMeta, 'duplicateOf'> & { duplicate?: DuplicateMatch };


function slug(s: string, max: number): string {
  const out = slugWords(s);
  if (out.length <= max) return out;
  // Cut at a word boundary when there is one, not inside a word.
  const cut = out.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : out.slice(0, max)).replace(/-+$/g, '');
}

/** A line that reads like a headline: short, and not a sentence of body text. */
function headline(line: string, minWords = 2): boolean {
  const words = line.split(/\s+/).length;
  if (line.length > 160 || words < minWords || words > 25) return false;
  return !/[.!?…]["'”’]?$/.test(line) || /\?$/.test(line); // a sentence, not a headline
}

/** A date as a page's header writes it, after an optional weekday: "December 1, 2026", "Dec. 1, 2026", "2026-12-01" (month, day, year; or year, month, day). */
const HEADER_DATE = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(${MONTHS.join('|')}|(?:${MONTH_ABBREVIATION_SOURCE})\.?)\s+(\d{1,2}),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b`;
/** A dateline of a saved page: "Published December 1, 2026", "Updated: Dec. 1, 2026 | 06:20 AM", "2026-12-01". */
const DATE_LINE_RE = new RegExp(String.raw`^(?:(?:published|posted|updated|date)\b[:\s]*)?${HEADER_DATE}(?:\s*(?:\||,|at|-)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?)?\s*$`, 'i');
/** A date after "Published", "Updated" or "date" anywhere in a header line: "Fahad Shabbir (@FahadShabbir) Published February 19, 2023". */
const DATE_IN_LINE_RE = new RegExp(String.raw`\b(?:published|posted|updated|date)\b[:\s]*${HEADER_DATE}`, 'i');
/** A byline: "By Lena Varga", "Fahad Shabbir (@FahadShabbir)". */
const BYLINE_RE = /^by\s+\p{Lu}|\(@\w+\)/iu;

/** The lines of a plain-text page before its first sentence of body text (at most eight). */
function headerLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.replace(/^#+\s*/, '').trim()).filter((l) => l !== '');
  const out: string[] = [];
  for (const l of lines.slice(0, 8)) {
    if (!headline(l, 1) && !DATE_LINE_RE.test(l)) break;
    out.push(l);
  }
  return out;
}

/**
 * The title of a plain-text page: its first line when that reads like a headline; but a line
 * of two or three words before a longer headline is a masthead ("Tarno Times", then "Engineers
 * find cracks in second bridge"), and a date or byline is no title.
 */
export function titleFromText(text: string): string | null {
  // "Home » The US claims ...": a breadcrumb's last step is the page's headline.
  const header = headerLines(text).filter((l) => !DATE_LINE_RE.test(l) && !BYLINE_RE.test(l)).map((l) => l.split(/\s+[»›]\s+/).pop() as string);
  const first = header[0];
  if (!first || !headline(first)) return null;
  const next = header[1];
  return first.split(/\s+/).length <= 3 && next !== undefined && headline(next, 4) ? next : first;
}

/** The date a plain-text page gives in its header lines ("Published December 1, 2026"), as YYYY-MM-DD, or null. */
export function publishedFromText(text: string): string | null {
  for (const l of headerLines(text)) {
    const m = DATE_LINE_RE.exec(l) ?? DATE_IN_LINE_RE.exec(l);
    if (!m) continue;
    if (m[4]) return `${m[4]}-${m[5]}-${m[6]}`;
    const month = monthNumber(m[1] as string);
    const day = Number(m[2]);
    if (month > 0 && day >= 1 && day <= 31) return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/** A readable, stable id: `<outlet>-<date>-<title words>`, unique among `taken`. */
export function sourceIdFor(meta: { title: string | null; outlet: string | null; published: string | null }, fallback: string, taken: ReadonlySet<string>): string {
  const parts = [meta.outlet ? slug(meta.outlet, 24) : '', meta.published ?? '', slug(meta.title ?? fallback, 40)].filter((p) => p !== '');
  const base = parts.join('-') || 'source';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The HTML parser (linkedom, Readability) loads only when a page is added, not at start-up. */
async function extract(html: string, pageUrl: string | null): Promise<ExtractedArticle> {
  const { extractArticle } = await import('./extract-article.ts');
  return extractArticle(html, pageUrl);
}


/** The article's text and whatever metadata its page shows. */
async function readArticle(input: AddSourceInput): Promise<{ text: string; found: Partial<Record<'title' | 'outlet' | 'published' | 'url', string | null>>; name: string }> {
  const { file } = input;
  if (/^https?:\/\//i.test(file)) {
    if (!input.fetch) throw new BriefbotError('BAD_INPUT', `${file}: fetching is not available here`);
    const page = await input.fetch(file);
    if (page.contentType === 'text') return { text: page.text, found: { title: titleFromText(page.text), published: publishedFromText(page.text), url: page.url }, name: new URL(page.url).pathname };
    const a = await extract(page.text, page.url);
    return { text: a.text, found: { title: a.title, outlet: a.outlet, published: a.published, url: a.url ?? page.url }, name: new URL(page.url).pathname };
  }
  const ext = path.extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm';
  if (!isHtml && !TEXT_EXTENSIONS.has(ext)) throw new BriefbotError('BAD_INPUT', `${file}: only web addresses, .html pages and .txt or .md files can be added`);
  let raw: string;
  try {
    const abs = path.resolve(file);
    raw = await readContainedText(abs, path.parse(abs).root, input.maxBytes);
  } catch (err) {
    throw new BriefbotError('BAD_INPUT', `${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const name = path.basename(file, ext);
  if (!isHtml) return { text: raw, found: { title: titleFromText(raw), published: publishedFromText(raw) }, name };
  const a = await extract(raw, null);
  return { text: a.text, found: { title: a.title, outlet: a.outlet, published: a.published, url: a.url }, name };
}

export async function addSource(input: AddSourceInput): Promise<AddedSource> {
  const { topicDir, given } = input;
  if (given.published !== undefined && !isIsoDate(given.published)) throw new BriefbotError('BAD_INPUT', `--published "${given.published}" is not a date; write YYYY-MM-DD`);
  if (given.url !== undefined && !/^https?:\/\/\S+$/i.test(given.url)) throw new BriefbotError('BAD_INPUT', `--url "${given.url}" is not an http(s) address`);
  const sourcesDir = path.join(topicDir, 'sources');
  if (!(await stat(sourcesDir).catch(() => null))?.isDirectory()) {
    throw new BriefbotError('BAD_INPUT', `${topicDir} has no sources/ folder; create the topic with "briefbot new <topic> --title …"`);
  }
  // A URL already in the topic is refused before it is fetched again (checked once more
  // under the lock). The page is fetched and extracted outside the lock, so a slow site
  // never holds up another add to the topic; only reading and writing sources.yml is locked.
  if (/^https?:\/\//i.test(input.file) && (await existingSources(sourcesDir)).some((m) => m.url === input.file)) throw new BriefbotError('BAD_INPUT', `${input.file} is already in this topic`);
  const article = await readArticle(input);
  if (article.text.trim() === '') throw new BriefbotError('BAD_INPUT', `${input.file} has no article text`);
  return withSourcesLock(sourcesDir, () => addLocked(input, sourcesDir, article));
}

async function existingSources(sourcesDir: string): Promise<SourceMeta[]> {
  const ymlPath = path.join(sourcesDir, SOURCES_FILE);
  const { metas, issues } = parseSourcesOnce(await readFile(ymlPath, 'utf8').catch(() => ''), ymlPath);
  if (issues.some((i) => i.severity === 'error')) throw new BriefbotError('BAD_INPUT', `${ymlPath} has errors; run "briefbot check" and fix them first`);
  return metas.map((m) => m.meta);
}

/** The last sources.yml parsed per file: a topic of 10,000 sources is not parsed again for each add. */
const parsedYml = new Map<string, { text: string; parsed: ReturnType<typeof parseSourcesYaml> }>();
function parseSourcesOnce(text: string, ymlPath: string): ReturnType<typeof parseSourcesYaml> {
  const known = parsedYml.get(ymlPath);
  if (known && known.text === text) return known.parsed;
  const parsed = parseSourcesYaml(text, ymlPath);
  parsedYml.set(ymlPath, { text, parsed });
  return parsed;
}

async function addLocked(input: AddSourceInput, sourcesDir: string, article: Awaited<ReturnType<typeof readArticle>>): Promise<AddedSource> {
  const { file, given, now } = input;
  const ymlPath = path.join(sourcesDir, SOURCES_FILE);
  const yml = await readFile(ymlPath, 'utf8').catch(() => '');
  const { metas, issues } = parseSourcesOnce(yml, ymlPath);
  if (issues.some((i) => i.severity === 'error')) throw new BriefbotError('BAD_INPUT', `${ymlPath} has errors; run "briefbot check" and fix them first`);
  const existing: SourceMeta[] = metas.map((m) => m.meta);
  // A URL already in the topic is refused before it is fetched again.
  if (/^https?:\/\//i.test(file) && existing.some((m) => m.url === file)) throw new BriefbotError('BAD_INPUT', `${file} is already in this topic`);
  const { text, found, name } = article;
  const digest = textDigest(text);
  // Exact copies are refused; near-copies (syndicated, rewritten) are added and marked.
  const idOfFile = new Map(existing.map((m) => [m.file, m.id]));
  const duplicates = new Set(existing.filter((m) => m.duplicateOf).map((m) => m.id));
  const { index, fileWithDigest } = await sharedFingerprints.load(sourcesDir, idOfFile, duplicates);
  const same = fileWithDigest(digest);
  if (same !== null) throw new BriefbotError('BAD_INPUT', `${file} is already in this topic, as sources/${same}`);
  const duplicate = index.check(fingerprint('(new)', text));

  const meta = {
    title: given.title ?? found.title ?? null,
    outlet: given.outlet ?? found.outlet ?? null,
    published: given.published ?? found.published ?? null,
    url: given.url ?? found.url ?? null,
  };
  if (meta.url && existing.some((m) => m.url === meta.url)) throw new BriefbotError('BAD_INPUT', `${meta.url} is already in this topic`);
  const files = new Set((await readdir(sourcesDir)).map((n) => path.basename(n, path.extname(n))));
  const id = sourceIdFor(meta, name, new Set([...existing.map((m) => m.id), ...files]));
  const target = path.join(sourcesDir, `${id}.txt`);
  const marks = duplicate ? { duplicateOf: duplicate.id, similarity: Number(duplicate.similarity.toFixed(2)) } : {};
  const entry = stringify([{ id, file: `${id}.txt`, ...meta, retrieved: now.toISOString(), ...marks }], { lineWidth: 0 });
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
  return { id, file: `${id}.txt`, ...meta, ...(duplicate ? { duplicate } : {}) };
}
