/**
 * Parses brief.md (YAML front matter + Markdown sections) into claims with line numbers.
 * It checks only the syntax; brief-validator.ts checks quotes, ids and dates against sources.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { FileIssue } from '../domain/errors.ts';
import type { Citation, Claim, KeyPoint, SectionId, TimelineEntry } from '../domain/brief-types.ts';
import { scanCitations, tidy } from './citation-syntax.ts';

export interface ParsedBrief {
  title: string | null;
  aliases: string[];
  tags: string[];
  status: Claim | null;
  updated: string | null;
  /** Line of the `updated:` key, for date errors. */
  updatedLine: number;
  /** `draft: true`: written by `briefbot draft` and not yet approved by a curator. */
  draft: boolean;
  summary: Claim[];
  keyPoints: KeyPoint[];
  timeline: TimelineEntry[];
  whosWho: Claim[];
  differences: Claim[];
  /** Sections present, with the line of their heading. */
  sections: Map<SectionId, number>;
}

const SECTION_ALIASES: Record<string, SectionId> = {
  summary: 'summary',
  'key points': 'key-points',
  timeline: 'timeline',
  "who's who": 'whos-who',
  'whos who': 'whos-who',
  'where sources differ': 'where-sources-differ',
  'where the sources differ': 'where-sources-differ',
};

interface Block {
  kind: 'bullet' | 'paragraph';
  text: string;
  /** Line number of each '\n'-separated line of `text`. */
  lines: number[];
}

export function parseBrief(text: string, path: string): { brief: ParsedBrief; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const err = (line: number, message: string, fix: string): void => {
    issues.push({ path, line, message, fix, severity: 'error' });
  };
  const brief: ParsedBrief = {
    title: null,
    aliases: [],
    tags: [],
    status: null,
    updated: null,
    updatedLine: 1,
    draft: false,
    summary: [],
    keyPoints: [],
    timeline: [],
    whosWho: [],
    differences: [],
    sections: new Map(),
  };
  const allLines = text.replace(/\r\n?/g, '\n').split('\n');
  let bodyStart = 0;
  if (allLines[0]?.trim() === '---') {
    const end = allLines.findIndex((l, idx) => idx > 0 && l.trim() === '---');
    if (end === -1) {
      err(1, 'front matter is not closed', 'add a line "---" after the front matter');
      return { brief, issues };
    }
    parseFrontMatter(allLines.slice(1, end).join('\n'), 2, brief, err);
    bodyStart = end + 1;
  } else {
    err(1, 'missing YAML front matter', 'start the file with "---", then title, status and updated, then "---"');
  }

  let section: SectionId | null = null;
  let blocks: Block[] = [];
  const flush = (): void => {
    if (section) addSection(section, blocks, brief, err);
    blocks = [];
  };
  for (let i = bodyStart; i < allLines.length; i++) {
    const raw = allLines[i] ?? '';
    const lineNo = i + 1;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const level = heading[1]?.length ?? 0;
      if (level === 1) continue; // an optional document title
      flush();
      const name = (heading[2] ?? '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
      const id = SECTION_ALIASES[name];
      if (!id) {
        section = null;
        err(lineNo, `unknown section "${heading[2] ?? ''}"`, 'sections are: Summary, Key points, Timeline, Who\'s who, Where sources differ');
      } else if (brief.sections.has(id)) {
        section = null;
        err(lineNo, `section "${heading[2] ?? ''}" appears twice`, `merge it with the one on line ${brief.sections.get(id)}`);
      } else {
        section = id;
        brief.sections.set(id, lineNo);
      }
      continue;
    }
    if (raw.trim() === '') {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'paragraph') blocks.push({ kind: 'paragraph', text: '', lines: [] });
      continue;
    }
    if (!section) {
      if (raw.trim() !== '') err(lineNo, 'text outside a section', 'put it under one of the "## " section headings');
      continue;
    }
    const bullet = /^\s{0,3}[-*+]\s+(.*)$/.exec(raw);
    const last = blocks[blocks.length - 1];
    if (bullet) {
      blocks.push({ kind: 'bullet', text: bullet[1] ?? '', lines: [lineNo] });
    } else if (last && last.text !== '' && (last.kind === 'paragraph' || /^\s+/.test(raw))) {
      last.text += `\n${raw.trim()}`;
      last.lines.push(lineNo);
    } else if (last && last.kind === 'paragraph' && last.text === '') {
      last.text = raw.trim();
      last.lines.push(lineNo);
    } else {
      blocks.push({ kind: 'paragraph', text: raw.trim(), lines: [lineNo] });
    }
  }
  flush();
  for (const required of ['summary', 'key-points', 'timeline'] as const) {
    if (!brief.sections.has(required)) {
      err(allLines.length, `missing section "${required}"`, `add a "## ${required === 'key-points' ? 'Key points' : required[0]?.toUpperCase() + required.slice(1)}" section`);
    }
  }
  return { brief, issues };
}

type Err = (line: number, message: string, fix: string) => void;

function parseFrontMatter(yamlText: string, firstLine: number, brief: ParsedBrief, err: Err): void {
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: false });
  const lineOf = (key: string): number => {
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lc.linePos(node.range[0]).line + firstLine - 1 : firstLine;
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) err(lc.linePos(e.pos[0]).line + firstLine - 1, `front matter: ${e.message.split('\n')[0] ?? ''}`, 'fix the YAML on that line');
    return;
  }
  let data: unknown;
  try {
    // maxAliasCount bounds what aliases may expand to (the "billion laughs" attack).
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    err(firstLine, `front matter cannot be read: ${(e as Error).message}`, 'write the values out instead of using YAML anchors and aliases');
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    err(firstLine, 'front matter must be a mapping of keys to values', 'write "title: …", "status: …", "updated: YYYY-MM-DD"');
    return;
  }
  const fm = data as Record<string, unknown>;
  const known = new Set(['title', 'aliases', 'tags', 'status', 'updated', 'draft']);
  for (const key of Object.keys(fm)) {
    if (!known.has(key)) err(lineOf(key), `unknown front matter field "${key}"`, 'known fields: title, aliases, tags, status, updated, draft');
  }
  if (fm['draft'] !== undefined && fm['draft'] !== null) {
    if (typeof fm['draft'] !== 'boolean') err(lineOf('draft'), '"draft" must be true or false', 'write "draft: true" for a draft not yet reviewed, or remove the line to approve it');
    else brief.draft = fm['draft'];
  }
  const str = (key: string): string | null => {
    const v = fm[key];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      err(firstLine, `missing required field "${key}"`, `add "${key}: …" to the front matter`);
      return null;
    }
    if (typeof v !== 'string') {
      err(lineOf(key), `"${key}" must be text`, `quote the value of "${key}"`);
      return null;
    }
    return v.trim();
  };
  brief.title = str('title');
  const updated = str('updated');
  brief.updated = updated;
  brief.updatedLine = lineOf('updated');
  for (const key of ['aliases', 'tags'] as const) {
    const v = fm[key];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      err(lineOf(key), `"${key}" must be a list of words`, `write ${key}: [first, second]`);
      continue;
    }
    brief[key] = (v as string[]).map((x) => x.trim());
  }
  const status = str('status');
  if (status !== null) {
    const line = lineOf('status');
    const claim = toClaim(status, [line], line, err, false);
    if (claim) brief.status = claim;
  }
}

function addSection(section: SectionId, blocks: Block[], brief: ParsedBrief, err: Err): void {
  for (const block of blocks) {
    if (block.text.trim() === '') continue;
    const firstLine = block.lines[0] ?? 1;
    if (section === 'summary') {
      if (block.kind === 'bullet') {
        const claim = toClaim(block.text, block.lines, firstLine, err, false);
        if (claim) brief.summary.push(claim);
        continue;
      }
      const scan = scanCitations(block.text);
      reportScanErrors(scan.errors, block, err);
      for (const group of sentenceGroups(scan.segments)) {
        const citations = group.flatMap((seg) => seg.citations);
        const line = lineAt(block, citations[0]?.start ?? 0);
        const { plain, inline } = joinSegments(group);
        if (citations.length === 0) {
          err(line, `claim without a citation: "${short(plain)}"`, 'end the claim with [@source-id: exact quote]');
          continue;
        }
        if (plain === '') {
          err(line, 'citation without a claim', 'put the claim the citation supports before it');
          continue;
        }
        const claim: Claim = { text: plain, citations: citations.map((c) => toCitation(c, block)), line: lineAt(block, 0) };
        if (inline.length > 0) claim.inline = inline;
        brief.summary.push(claim);
      }
      continue;
    }
    if (block.kind !== 'bullet') {
      err(firstLine, `"${short(block.text)}" is not a list item`, 'write each entry as a "- " bullet in this section');
      continue;
    }
    const claim = toClaim(block.text, block.lines, firstLine, err, true);
    if (!claim) continue;
    if (section === 'key-points') {
      const actors = claim.label ? claim.label.split(/\s*(?:,|;|\band\b|&)\s*/).filter((a) => a !== '') : [];
      if (actors.length === 0) err(firstLine, 'key point without actors', 'start it with the actors in bold: "- **Mayor Diaz, the union:** …"');
      brief.keyPoints.push({ ...claim, actors });
    } else if (section === 'timeline') {
      if (!claim.label) {
        err(firstLine, 'timeline entry without a date', 'start it with the date in bold: "- **2023-02-18:** …"');
        continue;
      }
      brief.timeline.push({ ...claim, date: claim.label });
    } else if (section === 'whos-who') {
      if (!claim.label) err(firstLine, "who's who entry without a name", 'start it with the name in bold: "- **Maria Diaz:** …"');
      brief.whosWho.push(claim);
    } else {
      brief.differences.push(claim);
    }
  }
}

const LABEL_RE = /^\*\*(.+?):?\*\*:?\s*/;

/** One claim whose citations may appear anywhere in its text. */
function toClaim(text: string, lines: number[], line: number, err: Err, allowLabel: boolean): Claim | null {
  const block: Block = { kind: 'bullet', text, lines };
  let label: string | undefined;
  let body = text;
  let labelOffset = 0;
  if (allowLabel) {
    const m = LABEL_RE.exec(text);
    if (m) {
      label = tidy(m[1] ?? '').replace(/:$/, '');
      body = text.slice(m[0].length);
      labelOffset = m[0].length;
    }
  }
  const scan = scanCitations(body);
  reportScanErrors(scan.errors.map((e) => ({ ...e, offset: e.offset + labelOffset })), block, err);
  const citations: Citation[] = scan.segments.flatMap((s) => s.citations.map((c) => toCitation({ ...c, start: c.start + labelOffset }, block)));
  const { plain, inline } = joinSegments(scan.segments);
  if (citations.length === 0) {
    if (scan.errors.length === 0) err(line, `claim without a citation: "${short(plain || text)}"`, 'add [@source-id: exact quote] after the claim');
    return null;
  }
  if (plain === '') {
    err(line, 'citation without a claim', 'write the claim the citation supports');
    return null;
  }
  const claim: Claim = label === undefined ? { text: plain, citations, line } : { text: plain, citations, line, label };
  if (inline.length > 0) claim.inline = inline;
  return claim;
}

/**
 * Groups a paragraph's segments into claims: a segment whose text goes on the sentence of
 * the one before (it starts lower-case or with punctuation) joins that claim, so a citation
 * in the middle of a sentence does not cut it in two.
 */
function sentenceGroups<T extends { text: string; citations: readonly unknown[] }>(segments: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const seg of segments) {
    const last = groups[groups.length - 1];
    const continues = last !== undefined && /^\s*[\p{Ll}.,;:!?)\]}”’]/u.test(seg.text);
    if (continues) last.push(seg);
    else groups.push([seg]);
  }
  return groups;
}

/**
 * Joins the text segments of one claim, remembering where each group of citations stood
 * when more words follow it in the sentence (citations followed only by punctuation count
 * as the claim's end citations).
 */
export function joinSegments(segments: ReadonlyArray<{ text: string; citations: readonly unknown[] }>): { plain: string; inline: Array<{ at: number; citations: number[] }> } {
  let plain = '';
  const pending: Array<{ at: number; citations: number[] }> = [];
  let index = 0;
  for (const seg of segments) {
    const t = tidy(seg.text);
    if (t !== '') plain += plain === '' || /^[.,;:!?)\]}”’]/.test(t) ? t : ` ${t}`;
    if (seg.citations.length > 0) pending.push({ at: plain.length, citations: seg.citations.map(() => index++) });
  }
  const inline = pending.filter((m) => /[\p{L}\p{N}]/u.test(plain.slice(m.at)));
  return { plain, inline };
}

function toCitation(c: { sourceId: string; quote: string; start: number }, block: Block): Citation {
  return { sourceId: c.sourceId, quote: c.quote, line: lineAt(block, c.start) };
}

function reportScanErrors(errors: Array<{ offset: number; message: string; fix: string }>, block: Block, err: Err): void {
  for (const e of errors) err(lineAt(block, e.offset), e.message, e.fix);
}

/** Line number of an offset in a block's '\n'-joined text. */
function lineAt(block: Block, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < block.text.length; i++) if (block.text[i] === '\n') line++;
  return block.lines[line] ?? block.lines[0] ?? 1;
}

function short(s: string): string {
  const t = tidy(s);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
