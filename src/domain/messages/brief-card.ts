/**
 * The short brief: what a chat reply to `/brief <topic>` shows. Title, status, the summary
 * and the key points, as many whole claims as fit the card (under about 250 words in all), each with markers
 * that name its sources (not its quotes), and buttons (or, in the console, commands) for
 * the rest: timeline, who's who, where sources differ, and the full brief with every quote.
 */
import type { Brief, Claim } from '../brief-types.ts';
import { askAction, shareAction, viewAction } from './actions.ts';
import { inlineParts, SourceCollector, type Action, type Block, type BulletItem, type Message, type SourceRef, type Span } from './message-model.ts';

/** Words of claim text a card holds at most (title, dateline and buttons not counted). */
export const CARD_WORDS = 150;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** The buttons (and console commands) that open the rest of a brief. */
export function cardActions(brief: Brief): Action[] {
  const slug = brief.slug;
  const actions: Action[] = [];
  if (brief.timeline.length > 0) actions.push(viewAction(slug, 'timeline', 'Timeline', true));
  if (brief.whosWho.length > 0) actions.push(viewAction(slug, 'whoswho', "Who's who", true));
  if (brief.differences.length > 0) actions.push(viewAction(slug, 'differences', 'Where sources differ', true));
  actions.push(viewAction(slug, 'full', 'Full brief with quotes', true), viewAction(slug, 'sources', 'Sources', true), askAction(slug, true), shareAction(slug));
  return actions;
}

/**
 * Chooses whole claims for the card: the status always; then summary and key points share
 * what is left, the summary first but leaving the key points at least a third, so the card
 * shows some of each; whatever is left over goes to whichever still has claims.
 */
export function chooseCardClaims(brief: Brief, budget = CARD_WORDS): { summary: Claim[]; keyPoints: Claim[]; leftOut: number } {
  let left = budget - words(brief.status.text);
  const take = (claims: readonly Claim[], allowance: number, from = 0): Claim[] => {
    const out: Claim[] = [];
    let used = 0;
    for (const c of claims.slice(from)) {
      const w = words(c.text) + (c.label ? words(c.label) : 0);
      if (used + w > allowance) break;
      out.push(c);
      used += w;
    }
    return out;
  };
  const summaryShare = brief.keyPoints.length > 0 ? Math.floor((left * 2) / 3) : left;
  const summary = take(brief.summary, summaryShare);
  left -= summary.reduce((n, c) => n + words(c.text), 0);
  const keyPoints = take(brief.keyPoints, left);
  left -= keyPoints.reduce((n, c) => n + words(c.text) + (c.label ? words(c.label) : 0), 0);
  // Room left after the key points: more of the summary, in order.
  const more = summary.length < brief.summary.length ? take(brief.summary, left, summary.length) : [];
  const chosenSummary = [...summary, ...more];
  return { summary: chosenSummary, keyPoints, leftOut: brief.summary.length - chosenSummary.length + brief.keyPoints.length - keyPoints.length };
}

export function buildBriefCard(brief: Brief, sourceRef: (doc: Brief['sources'][number]) => SourceRef, dateline: string): Message {
  const cites = new SourceCollector();
  const spans = (c: Claim): Span[] => {
    const each = cites.addEach(c.citations);
    return c.inline ? inlineParts(c.text, each, c.inline) : [{ text: c.text, citations: [...new Set(each)] }];
  };
  const bullet = (c: Claim & { actors?: string[] }): BulletItem => {
    const label = c.actors?.join(', ') ?? c.label;
    const each = cites.addEach(c.citations);
    const item: BulletItem = { text: c.text, citations: [...new Set(each)] };
    if (c.inline) item.parts = inlineParts(c.text, each, c.inline);
    if (label) item.label = label;
    return item;
  };
  const chosen = chooseCardClaims(brief);
  const blocks: Block[] = [
    { type: 'context', text: dateline },
    { type: 'heading', text: 'Status' },
    { type: 'paragraph', spans: spans(brief.status) },
  ];
  if (chosen.summary.length > 0) blocks.push({ type: 'heading', text: 'Summary' }, { type: 'paragraph', spans: chosen.summary.flatMap(spans) });
  if (chosen.keyPoints.length > 0) blocks.push({ type: 'heading', text: 'Key points' }, { type: 'bullets', items: chosen.keyPoints.map(bullet) });
  const quotes = [brief.status, ...brief.summary, ...brief.keyPoints, ...brief.timeline, ...brief.whosWho, ...brief.differences].reduce((n, c) => n + c.citations.length, 0);
  const more = chosen.leftOut > 0 ? `${chosen.leftOut} more point${chosen.leftOut === 1 ? '' : 's'} and ` : '';
  blocks.push({ type: 'context', text: `Markers name the sources. ${more}all ${quotes} quotes are in the full brief.` });
  blocks.push({ type: 'actions', actions: cardActions(brief) });
  const byId = new Map(brief.sources.map((d) => [d.meta.id, d]));
  const sources = cites.citations.flatMap((c) => {
    const doc = byId.get(c.sourceId);
    return doc ? [sourceRef(doc)] : [];
  });
  return { kind: 'brief', title: brief.title, topic: brief.slug, blocks, citations: cites.citations, sources, summary: `${brief.title}: ${brief.status.text}` };
}
