/**
 * Checks a parsed brief against its sources: every quote must be in the cited document
 * (after normalising whitespace, quote marks, dashes and case only) and not in boilerplate,
 * every source id must exist, and dates must be valid and in order.
 */
import type { FileIssue } from '../domain/errors.ts';
import type { SourceDocument } from '../domain/document-types.ts';
import { findQuote } from './quote-match.ts';
import type { Citation, Claim } from '../domain/brief-types.ts';
import type { ParsedBrief } from './brief-parser.ts';
import { gapWithoutCitations } from './claim-readability.ts';

export function allClaims(b: Pick<ParsedBrief, 'status' | 'summary' | 'keyPoints' | 'timeline' | 'whosWho' | 'differences'>): Claim[] {
  return [...(b.status ? [b.status] : []), ...b.summary, ...b.keyPoints, ...b.timeline, ...b.whosWho, ...b.differences];
}

export function validateBrief(parsed: ParsedBrief, sources: readonly SourceDocument[], path: string): FileIssue[] {
  const issues: FileIssue[] = [];
  const err = (line: number, message: string, fix: string): void => {
    issues.push({ path, line, message, fix, severity: 'error' });
  };
  const byId = new Map(sources.map((s) => [s.meta.id, s]));
  const known = [...byId.keys()].join(', ') || '(none)';
  for (const claim of allClaims(parsed)) {
    for (const c of claim.citations) checkCitation(c, byId, known, err);
    const gap = gapWithoutCitations(claim);
    if (gap !== null) {
      issues.push({
        path,
        line: claim.line,
        message: `without its quotes this claim reads "${short(gap)}": citations show as markers, so the sentence must say what the quotes say`,
        fix: 'write the supported words into the sentence and cite after them, e.g. "one report says hundreds of men [@a: …] and another thousands of fighters [@b: …]."',
        severity: 'warning',
      });
    }
  }

  if (parsed.updated !== null && !isValidDate(parsed.updated, 'day')) {
    err(parsed.updatedLine, `bad date "${parsed.updated}" for "updated"`, 'write it as YYYY-MM-DD, e.g. 2026-11-23');
  }
  let previous: { date: string; line: number } | null = null;
  for (const entry of parsed.timeline) {
    if (!isValidDate(entry.date, 'any')) {
      err(entry.line, `bad date "${entry.date}" in the timeline`, 'write YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date)');
      continue;
    }
    if (previous && sortKey(entry.date) < sortKey(previous.date)) {
      err(entry.line, `timeline out of order: ${entry.date} comes after ${previous.date} (line ${previous.line})`, 'list timeline entries oldest first');
    }
    previous = { date: entry.date, line: entry.line };
  }
  return issues;
}

function checkCitation(
  c: Citation,
  byId: Map<string, SourceDocument>,
  known: string,
  err: (line: number, message: string, fix: string) => void,
): void {
  const doc = byId.get(c.sourceId);
  if (!doc) {
    err(c.line, `unknown source id "${c.sourceId}"`, `use one of: ${known} (listed in sources/sources.yml)`);
    return;
  }
  const range = findQuote(doc.body, c.quote);
  if (!range) {
    err(c.line, `quote not found in "${c.sourceId}": "${short(c.quote)}"`, `${nearMiss(doc.body, c.quote)}copy the words exactly from ${doc.path}; only spacing, quote marks, dashes and case may differ`);
    return;
  }
  const inBoilerplate = doc.stripped.find((s) => range.start >= s.start && range.end <= s.end);
  if (inBoilerplate) {
    err(c.line, `quote from "${c.sourceId}" is web boilerplate (${inBoilerplate.rule}), not article text`, 'cite the article text instead');
  }
}

/** Says how far the quote matches, to point the curator at the first differing word. */
function nearMiss(body: string, quote: string): string {
  const words = quote.split(/\s+/).filter((w) => w !== '');
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (findQuote(body, words.slice(0, mid).join(' '))) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= 3 && lo < words.length) return `the quote matches up to "${words.slice(Math.max(0, lo - 3), lo).join(' ')}" but differs at "${words[lo]}"; `;
  return '';
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidDate(s: string, precision: 'day' | 'any'): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  if (precision === 'day' && m[3] === undefined) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "2023" < "2023-02" < "2023-02-01": a coarser date sorts before the finer dates it contains. */
function sortKey(date: string): string {
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
