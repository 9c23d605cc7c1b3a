/**
 * Loads every briefs/<topic>/ folder: sources (with boilerplate stripped), brief.md parsed
 * and validated. A brief with errors is not served; the others still are.
 */
import { createHash } from 'node:crypto';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { FileIssue } from '../domain/errors.ts';
import { containedDir, ContentReadError, DEFAULT_CONTENT_LIMITS, readContainedText, readOptionalText, type ContentLimits } from './safe-read.ts';
import { bodyForHash } from './loaded-source.ts';
import { loadSources } from './source-loader.ts';
import type { SourceDocument } from '../domain/document-types.ts';
import type { Brief } from '../domain/brief-types.ts';
import type { BriefCatalog, TopicResolution } from './brief-catalog.ts';
import { parseBrief } from './brief-parser.ts';
import { validateBrief } from './brief-validator.ts';
import { readTopicSettings, TOPIC_SETTINGS_FILE, type TopicSettings } from './topic-settings.ts';
import { EMPTY_LEXICON, parseTopicLexicon, type TopicLexicon } from './topic-lexicon.ts';
import { resolveTopic } from './topic-resolver.ts';

export interface TopicLoad {
  slug: string;
  /** The reviewed brief, or null when it has errors (or there is no brief.md). */
  brief: Brief | null;
  /**
   * When there is no usable brief but there are sources: the topic served from its sources
   * alone (Brief.unreviewed). A reload prefers the last good reviewed version to it.
   */
  sourcesOnly?: Brief;
  issues: FileIssue[];
}

const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;

function rel(repoRoot: string, p: string): string {
  return path.relative(repoRoot, p).split(path.sep).join('/') || '.';
}

/** The brief `briefbot draft --write` proposes beside a reviewed one. */
export const DRAFT_BRIEF_FILE = 'brief.draft.md';

export interface LoadOptions {
  limits?: ContentLimits;
  /** Real path of the briefs folder (computed when absent). */
  rootReal?: string;
  /** The brief's file in the topic folder (default brief.md; the preview reads brief.draft.md). */
  briefFile?: string;
}

function failed(slug: string, where: string, message: string, fix: string): TopicLoad {
  return { slug, brief: null, issues: [{ path: where, line: 1, message, fix, severity: 'error' }] };
}

/**
 * Loads and validates one topic folder. Never throws: whatever is wrong with the folder
 * (links out of the briefs folder, pipes, devices, oversized files, YAML bombs) becomes
 * an issue of this topic alone.
 */
export async function loadTopic(topicDir: string, repoRoot: string, options: LoadOptions = {}): Promise<TopicLoad> {
  const slug = path.basename(topicDir);
  try {
    return await loadTopicUnguarded(topicDir, repoRoot, options);
  } catch (err) {
    const reason = err instanceof ContentReadError ? err.message : `could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
    return failed(slug, rel(repoRoot, topicDir), reason, 'fix or remove this topic folder; the other topics are still served');
  }
}

async function loadTopicUnguarded(topicDir: string, repoRoot: string, options: LoadOptions): Promise<TopicLoad> {
  const slug = path.basename(topicDir);
  const briefPath = path.join(topicDir, options.briefFile ?? 'brief.md');
  const relBrief = rel(repoRoot, briefPath);
  if (!SLUG_RE.test(slug)) {
    return failed(slug, rel(repoRoot, topicDir), `topic folder "${slug}" is not a valid slug`, 'rename it to lower-case letters, digits and dashes, e.g. port-strike');
  }
  const limits = options.limits ?? DEFAULT_CONTENT_LIMITS;
  const rootReal = options.rootReal ?? (await realpath(path.dirname(topicDir)));
  await containedDir(topicDir, rootReal);
  let text: string;
  try {
    text = await readContainedText(briefPath, rootReal, limits.maxFileBytes);
  } catch (err) {
    if (!(err instanceof ContentReadError && err.failure === 'not-found')) {
      return failed(slug, relBrief, `brief.md ${err instanceof ContentReadError ? err.message : String(err)}`, 'make brief.md a regular file inside the briefs folder');
    }
    // No brief yet: a topic with sources is still served, from its sources alone.
    const [{ documents, issues: sourceIssues }, lex, settings] = await Promise.all([loadSources(topicDir, repoRoot, slug, { rootReal, limits }), readLexicon(topicDir, repoRoot, rootReal), readSettings(topicDir, repoRoot, rootReal)]);
    if (documents.length === 0) return { slug, brief: null, issues: [...sourceIssues, ...settings.issues, { path: relBrief, line: 1, message: 'no brief.md and no sources yet: not served', fix: `add articles with "briefbot add ${slug} <file>", or write brief.md; see "Writing a brief" in README.md`, severity: 'warning' }] };
    const issues: FileIssue[] = [...sourceIssues, ...lex.issues, ...settings.issues, { path: relBrief, line: 1, message: `brief.md is missing: the topic is served from its ${documents.length} source${documents.length === 1 ? '' : 's'} alone, with no reviewed brief`, fix: 'write brief.md when the story is ready; see "Writing a brief" in README.md', severity: 'warning' }];
    return { slug, brief: null, sourcesOnly: sourcesOnlyBrief(slug, relBrief, documents, lex.lexicon, settings.settings?.title ?? null), issues };
  }
  const [{ documents, issues: sourceIssues }, parsed, lex, settings] = await Promise.all([
    loadSources(topicDir, repoRoot, slug, { rootReal, limits }),
    Promise.resolve(parseBrief(text, relBrief)),
    readLexicon(topicDir, repoRoot, rootReal),
    readSettings(topicDir, repoRoot, rootReal),
  ]);
  const issues = [...sourceIssues, ...lex.issues, ...settings.issues, ...parsed.issues, ...validateBrief(parsed.brief, documents, relBrief)];
  const p = parsed.brief;
  if (issues.some((i) => i.severity === 'error') || !p.title || !p.status || !p.updated) {
    // Not served as a brief; its sources still are, until a good version exists.
    const fallback = documents.length > 0 ? { sourcesOnly: sourcesOnlyBrief(slug, relBrief, documents, lex.lexicon, p.title ?? settings.settings?.title ?? null) } : {};
    return { slug, brief: null, issues, ...fallback };
  }
  if (p.draft && limits.serveDrafts === false) {
    // A draft held back until approved: the topic is served from its sources meanwhile.
    const held: FileIssue = { path: relBrief, line: 1, message: 'brief.md is a draft not yet approved (draft: true) and content.serveDrafts is false: the topic is served from its sources', fix: 'review the draft and remove "draft: true" to serve it', severity: 'warning' };
    const fallback = documents.length > 0 ? { sourcesOnly: sourcesOnlyBrief(slug, relBrief, documents, lex.lexicon, p.title) } : {};
    return { slug, brief: null, issues: [...issues, held], ...fallback };
  }
  const hash = createHash('sha256').update(text).update('\0').update(JSON.stringify(lex.lexicon));
  for (const d of documents) hash.update('\0').update(d.meta.id).update('\0').update(JSON.stringify(d.meta)).update(bodyForHash(d));
  const brief: Brief = {
    slug,
    title: p.title,
    aliases: p.aliases,
    tags: p.tags,
    status: p.status,
    updated: p.updated,
    summary: p.summary,
    keyPoints: p.keyPoints,
    timeline: p.timeline,
    whosWho: p.whosWho,
    differences: p.differences,
    sources: documents,
    path: relBrief,
    version: hash.digest('hex').slice(0, 12),
    ...(p.draft ? { draft: true as const } : {}),
    ...(lex.lexicon === EMPTY_LEXICON ? {} : { lexicon: lex.lexicon }),
  };
  return { slug, brief, issues };
}

/**
 * Loads every topic under briefsDir. An entry that is not a usable folder (a dangling
 * link, a link out of the briefs folder, a loop) is reported as that topic's issue;
 * plain files next to the topics (a README) are ignored.
 */
export async function loadAllTopics(briefsDir: string, repoRoot: string, options: LoadOptions = {}): Promise<TopicLoad[]> {
  let entries: string[];
  let rootReal: string;
  try {
    rootReal = await realpath(briefsDir);
    entries = await readdir(rootReal);
  } catch {
    return [];
  }
  const loads: Array<Promise<TopicLoad>> = [];
  for (const e of entries.sort()) {
    if (e.startsWith('.')) continue;
    const full = path.join(briefsDir, e);
    try {
      await containedDir(full, rootReal);
    } catch (err) {
      if (err instanceof ContentReadError && err.failure === 'not-regular') continue; // a plain file
      loads.push(Promise.resolve(failed(e, rel(repoRoot, full), err instanceof ContentReadError ? err.message : String(err), 'fix or remove this entry; the other topics are still served')));
      continue;
    }
    loads.push(loadTopic(full, repoRoot, { ...options, rootReal }));
  }
  return Promise.all(loads);
}

/** The topic's lexicon.yml, if it has one; a broken one is a warning and is not used. */
async function readLexicon(topicDir: string, repoRoot: string, rootReal: string): Promise<{ lexicon: TopicLexicon; issues: FileIssue[] }> {
  const file = rel(repoRoot, path.join(topicDir, 'lexicon.yml'));
  const { text, problem } = await readOptionalText(path.join(topicDir, 'lexicon.yml'), rootReal, 256 * 1024);
  if (problem !== null) return { lexicon: EMPTY_LEXICON, issues: [{ path: file, line: 1, message: `lexicon.yml ${problem}`, fix: 'make lexicon.yml a regular text file under 256 KiB, or remove it', severity: 'warning' }] };
  return text === null ? { lexicon: EMPTY_LEXICON, issues: [] } : parseTopicLexicon(text, file);
}

/**
 * The topic's topic.yml (title, watched feeds), if it has one. Its problems are warnings
 * here: they stop a feed from being polled, never the brief from being served.
 */
async function readSettings(topicDir: string, repoRoot: string, rootReal: string): Promise<{ settings: TopicSettings | null; issues: FileIssue[] }> {
  const { settings, issues } = await readTopicSettings(topicDir, rootReal, rel(repoRoot, path.join(topicDir, TOPIC_SETTINGS_FILE)));
  return { settings, issues: issues.map((i) => ({ ...i, severity: 'warning' as const })) };
}

/**
 * A topic served from its sources alone: no claims, so nothing unchecked is ever shown as
 * reviewed. Its title comes from the brief's front matter when it parsed, else from
 * topic.yml (`title:`), else the slug.
 */
function sourcesOnlyBrief(slug: string, relBrief: string, documents: SourceDocument[], lexicon: TopicLexicon, title: string | null): Brief {
  const name = title;
  const hash = createHash('sha256').update('sources-only\0').update(JSON.stringify(lexicon));
  for (const d of documents) hash.update('\0').update(d.meta.id).update('\0').update(JSON.stringify(d.meta)).update(bodyForHash(d));
  const dates = documents.map((d) => d.meta.published).filter((x): x is string => x !== null).sort();
  return {
    slug,
    title: name ?? slug,
    aliases: [],
    tags: [],
    status: { text: '', citations: [], line: 0 },
    updated: dates.at(-1) ?? '',
    summary: [],
    keyPoints: [],
    timeline: [],
    whosWho: [],
    differences: [],
    sources: documents,
    path: relBrief,
    version: `src-${hash.digest('hex').slice(0, 12)}`,
    unreviewed: true,
    ...(lexicon === EMPTY_LEXICON ? {} : { lexicon }),
  };
}

export async function loadBriefs(briefsDir: string, repoRoot: string, options: LoadOptions = {}): Promise<{ catalog: MutableBriefCatalog; issues: FileIssue[]; topics: TopicLoad[] }> {
  const topics = await loadAllTopics(briefsDir, repoRoot, options);
  const catalog = new MutableBriefCatalog(topics.flatMap((t) => (t.brief ? [t.brief] : t.sourcesOnly ? [t.sourcesOnly] : [])));
  return { catalog, issues: topics.flatMap((t) => t.issues), topics };
}

/** The catalog in service. `set` swaps in a new good version of a brief atomically. */
export class MutableBriefCatalog implements BriefCatalog {
  private readonly briefs = new Map<string, Brief>();
  private readonly listeners = new Set<(slugs: string[]) => void>();

  constructor(briefs: Brief[] = []) {
    for (const b of briefs) this.briefs.set(b.slug, b);
  }

  list(): Brief[] {
    return [...this.briefs.values()].sort((a, b) => a.slug.localeCompare(b.slug));
  }

  get(slug: string): Brief | undefined {
    return this.briefs.get(slug);
  }

  resolve(query: string): TopicResolution {
    return resolveTopic(query, this.list());
  }

  set(brief: Brief): void {
    const old = this.briefs.get(brief.slug);
    if (old?.version === brief.version) return;
    this.briefs.set(brief.slug, brief);
    this.emit([brief.slug]);
  }

  delete(slug: string): void {
    if (this.briefs.delete(slug)) this.emit([slug]);
  }

  onChange(listener: (slugs: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(slugs: string[]): void {
    for (const l of this.listeners) l(slugs);
  }
}
