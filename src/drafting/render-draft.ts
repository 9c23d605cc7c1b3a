/**
 * A draft as brief.md, in the format `briefbot check` reads (see "Writing a brief" in
 * README.md): front matter with the title, the status and `draft: true`, then the five
 * sections, every claim followed by its `[@source: quote]` citations. Each quote is the
 * claim's own verbatim text, so the file passes `check` as written; the curator edits the
 * wording, removes what is not worth keeping, and deletes `draft: true` to approve it.
 */
import { stringify } from 'yaml';
import type { Draft, DraftCitation, DraftItem } from './draft-types.ts';

const cites = (cs: readonly DraftCitation[]): string => cs.map((c) => `[@${c.source}: ${c.quote}]`).join(' ');
const claim = (item: DraftItem): string => `${item.text} ${cites(item.citations)}`;
/** Bold labels end at "**": a label may not hold it, nor a colon the parser reads as its end. */
const label = (s: string): string => s.replace(/\*+/g, '').replace(/:/g, ' -').trim();

/** One section's entries as brief.md lines (the summary as paragraphs). */
export function renderSection(draft: Draft, section: 'summary' | 'keyPoints' | 'timeline' | 'whosWho' | 'differences'): string[] {
  switch (section) {
    case 'summary':
      return draft.summary.map(claim).flatMap((p, i) => (i === 0 ? [p] : ['', p]));
    case 'keyPoints':
      return draft.keyPoints.map((k) => `- **${label(k.actors.join(', '))}:** ${claim(k)}`);
    case 'timeline':
      return draft.timeline.map((t) => `- **${t.date}:** ${claim(t)}`);
    case 'whosWho':
      return draft.whosWho.map((p) => `- **${label(p.name)}:** ${p.description}. ${cites(p.citations)}`);
    case 'differences':
      return draft.differences.map((d) => `- **${label(d.about)}:** ${d.sides.map((s, i) => `${i === 0 ? 'One source reports' : 'another reports'}: ${claim(s)}`).join('; ')}`);
  }
}

export function renderDraftMarkdown(draft: Draft, today: string): string {
  const front = stringify({ title: draft.title, draft: true, updated: today }, { lineWidth: 0 }).trimEnd();
  // The status is the newest development; a draft always has one (a summary sentence at worst).
  const statusItem = draft.status ?? draft.summary.at(-1);
  if (!statusItem) throw new Error('a draft needs at least one sentence');
  const lines: string[] = ['---', front, `status: >-\n  ${claim(statusItem)}`, '---', ''];
  lines.push('## Summary', '', ...renderSection(draft, 'summary'), '');
  lines.push('## Key points', '', ...renderSection(draft, 'keyPoints'), '');
  lines.push('## Timeline', '', ...renderSection(draft, 'timeline'), '');
  if (draft.whosWho.length > 0) lines.push("## Who's who", '', ...renderSection(draft, 'whosWho'), '');
  if (draft.differences.length > 0) lines.push('## Where sources differ', '', ...renderSection(draft, 'differences'), '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
