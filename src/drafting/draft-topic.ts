/**
 * What `briefbot draft <topic>` writes, and where, so that the curator's words always win:
 * - no brief.md yet: a full draft, written as brief.md (`draft: true` until approved);
 * - brief.md exists but is itself an unapproved draft, or does not pass `check`: a new full
 *   draft beside it, as brief.draft.md;
 * - a reviewed brief.md: only additions, drafted from the sources the brief does not cite
 *   yet, merged into a copy of the curator's brief (brief.draft.md) so that
 *   `diff -u brief.md brief.draft.md` shows exactly what is proposed.
 * Whatever is written is first parsed and validated as `briefbot check` would; a draft that
 * failed would be a bug, and is refused rather than written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DRAFT_BRIEF_FILE, type TopicLoad } from '../content/brief-loader.ts';
import { parseBrief } from '../content/brief-parser.ts';
import { allClaims, validateBrief } from '../content/brief-validator.ts';
import { BriefbotError, formatIssue } from '../domain/errors.ts';
import { draftBrief, type DraftOptions } from './draft-brief.ts';
import type { Draft } from './draft-types.ts';
import { renderDraftMarkdown, renderSection } from './render-draft.ts';

export type DraftMode = 'new' | 'beside' | 'additions';

export interface TopicDraft {
  mode: DraftMode;
  draft: Draft;
  /** What would be written. */
  markdown: string;
  /** Where it would be written (brief.md or brief.draft.md in the topic folder). */
  target: string;
  /** In `additions` mode, the sources drafted from (those the brief does not cite). */
  uncited: string[];
}

export async function draftTopic(load: TopicLoad, topicDir: string, today: string, options: DraftOptions = {}): Promise<TopicDraft> {
  const reviewed = load.brief && !load.brief.draft ? load.brief : null;
  const documents = reviewed?.sources ?? load.brief?.sources ?? load.sourcesOnly?.sources ?? [];
  if (documents.length === 0) throw new BriefbotError('BAD_INPUT', `${load.slug} has no sources to draft from; add articles with "briefbot add ${load.slug} <url|file>"`);
  const title = load.brief?.title ?? load.sourcesOnly?.title ?? load.slug;
  const briefPath = path.join(topicDir, 'brief.md');
  const besidePath = path.join(topicDir, DRAFT_BRIEF_FILE);
  if (!reviewed) {
    const draft = await draftBrief(load.slug, title, documents, options);
    if (draft.summary.length === 0) throw new BriefbotError('BAD_INPUT', `${load.slug}: its sources hold no sentence a brief can quote`);
    const exists = await readFile(briefPath, 'utf8').then(() => true, () => false);
    const markdown = renderDraftMarkdown(draft, today);
    verify(markdown, documents, exists ? besidePath : briefPath);
    return { mode: exists ? 'beside' : 'new', draft, markdown, target: exists ? besidePath : briefPath, uncited: [] };
  }
  const cited = new Set(allClaims(reviewed).flatMap((c) => c.citations.map((x) => x.sourceId)));
  const fresh = documents.filter((d) => !cited.has(d.meta.id) && !d.meta.duplicateOf);
  const draft = await draftBrief(load.slug, title, fresh, options);
  const current = await readFile(briefPath, 'utf8');
  const markdown = mergeAdditions(current, draft);
  verify(markdown, documents, besidePath);
  return { mode: 'additions', draft, markdown, target: besidePath, uncited: fresh.map((d) => d.meta.id) };
}

function verify(markdown: string, documents: Parameters<typeof validateBrief>[1], file: string): void {
  const parsed = parseBrief(markdown, file);
  const errors = [...parsed.issues, ...validateBrief(parsed.brief, documents, file)].filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new BriefbotError('INTERNAL', `the draft does not pass check (a bug in drafting; nothing was written):\n${errors.slice(0, 5).map(formatIssue).join('\n')}`);
}

/** The curator's brief with the draft's entries added at the end of each section (timeline entries in date order). */
export function mergeAdditions(current: string, draft: Draft): string {
  const lines = current.replace(/\n+$/, '').split('\n');
  const sectionEnd = (heading: RegExp): number => {
    const start = lines.findIndex((l) => heading.test(l));
    if (start < 0) return -1;
    let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
    if (end < 0) end = lines.length;
    while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
    return end;
  };
  const insert = (heading: RegExp, title: string, entries: string[]): void => {
    if (entries.length === 0) return;
    const at = sectionEnd(heading);
    if (at < 0) lines.push('', `## ${title}`, '', ...entries);
    else lines.splice(at, 0, ...entries);
  };
  // Timeline entries go where their date falls among the curator's.
  for (const entry of renderSection(draft, 'timeline')) {
    const date = /^- \*\*([^*]+?):\*\*/.exec(entry)?.[1] ?? '';
    const start = lines.findIndex((l) => /^##\s+timeline\s*$/i.test(l));
    const end = sectionEnd(/^##\s+timeline\s*$/i);
    if (start < 0 || end < 0) {
      insert(/^##\s+timeline\s*$/i, 'Timeline', [entry]);
      continue;
    }
    let at = end;
    for (let i = start + 1; i < end; i++) {
      const d = /^- \*\*([^*]+?):\*\*/.exec(lines[i]!)?.[1];
      if (d !== undefined && d > date) {
        at = i;
        break;
      }
    }
    lines.splice(at, 0, entry);
  }
  insert(/^##\s+summary\s*$/i, 'Summary', renderSection(draft, 'summary').length > 0 ? ['', ...renderSection(draft, 'summary')] : []);
  insert(/^##\s+key points\s*$/i, 'Key points', renderSection(draft, 'keyPoints'));
  insert(/^##\s+who'?s who\s*$/i, "Who's who", renderSection(draft, 'whosWho'));
  insert(/^##\s+where sources differ\s*$/i, 'Where sources differ', renderSection(draft, 'differences'));
  return `${lines.join('\n')}\n`;
}

export async function writeDraft(result: TopicDraft): Promise<void> {
  // brief.md is created only when absent (never overwriting a curator's file); the draft
  // beside it is the tool's own file and is replaced.
  await writeFile(result.target, result.markdown, { flag: result.mode === 'new' ? 'wx' : 'w' });
}
