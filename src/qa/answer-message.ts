/**
 * Turns an Answer into the neutral message model (kind 'answer'): the quoted sentence(s) with
 * numbered citations, the sources with outlet and date, and a plain line when the documents
 * do not answer. Also the stable JSON shape printed by `briefbot ask --json`.
 */
import { CitationCollector, type Block, type Message, type SourceRef } from '../domain/messages/message-model.ts';
import type { Answer } from './qa-engine.ts';

const MAX_TITLE = 120;

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function sourceLine(c: Answer['citations'][number]): string {
  const who = c.outlet ?? c.title ?? c.source;
  return c.published ? `${who}, ${c.published}` : who;
}

export function answerToMessage(answer: Answer): Message {
  const title = clip(answer.question.trim() === '' ? 'Question' : answer.question, MAX_TITLE);
  const blocks: Block[] = [];
  const cites = new CitationCollector();
  const sources: SourceRef[] = [];
  const context: string[] = [];
  if (answer.topic) context.push(`Topic: ${answer.topic}`);
  if (answer.routed && answer.topic) context.push('matched automatically from your question');
  if (answer.interpretation) context.push(`read as: ${clip(answer.interpretation, 200)}`);

  if (answer.abstained || answer.citations.length === 0) {
    blocks.push({ type: 'paragraph', spans: [{ text: answer.answer, citations: [] }] });
    if (context.length > 0) blocks.push({ type: 'context', text: context.join(' · ') });
    return { kind: 'answer', title, ...(answer.topic ? { topic: answer.topic } : {}), blocks, citations: [], sources: [], summary: clip(answer.answer, 200) };
  }

  // The fact first ("317 athletes [1]"), then the quote it was read from.
  if (answer.short && answer.citations[0]) blocks.push({ type: 'paragraph', spans: [{ text: answer.short, citations: [1] }] });
  for (const c of answer.citations) {
    const n = cites.add(c.source, c.quote);
    blocks.push({ type: 'quote', text: c.quote, citations: [n] });
    if (!sources.some((s) => s.id === c.source)) {
      sources.push({ id: c.source, title: c.title, outlet: c.outlet, published: c.published, url: c.url, path: c.path });
    }
  }
  context.push(`From ${[...new Set(answer.citations.map(sourceLine))].join('; ')}`);
  blocks.push({ type: 'context', text: context.join(' · ') });
  const first = answer.citations[0]?.quote ?? answer.answer;
  return {
    kind: 'answer',
    title,
    ...(answer.topic ? { topic: answer.topic } : {}),
    blocks,
    citations: cites.citations,
    sources,
    summary: clip(`${first} (${answer.citations[0] ? sourceLine(answer.citations[0]) : ''})`, 200),
  };
}

export function answerToJson(answer: Answer): {
  question: string;
  topic: string | null;
  answer: string;
  short?: string;
  abstained: boolean;
  citations: { source: string; quote: string; path: string }[];
} {
  return {
    question: answer.question,
    topic: answer.topic,
    answer: answer.answer,
    ...(answer.short ? { short: answer.short } : {}),
    abstained: answer.abstained,
    citations: answer.citations.map((c) => ({ source: c.source, quote: c.quote, path: c.path })),
  };
}
