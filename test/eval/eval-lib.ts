/**
 * Scoring for the Q&A evaluation sets (test/fixtures/qa-eval*.json), shared by
 * `npm run eval` (test/eval/run-eval.ts) and the regression test in test/qa/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBriefs } from '../../src/content/brief-loader.ts';
import type { BriefCatalog } from '../../src/content/brief-catalog.ts';
import type { ConversationState } from '../../src/bot/contracts.ts';
import { isVerbatim } from '../../src/content/quote-match.ts';
import type { Answer, QaEngine } from '../../src/qa/qa-engine.ts';

export interface EvalItem {
  id: string;
  question: string;
  context?: string[];
  facts?: string[];
  sources?: string[];
  unanswerable?: boolean;
}

export interface EvalSet {
  topic: string;
  questions: EvalItem[];
}

export interface ItemResult {
  item: EvalItem;
  answer: Answer;
  correct: boolean;
  verbatim: boolean;
}

export interface EvalReport {
  answerable: number;
  correct: number;
  accuracy: number;
  citations: number;
  verbatimCitations: number;
  verbatimShare: number;
  unanswerable: number;
  abstained: number;
  abstainedUnanswerable: number;
  abstentionPrecision: number;
  abstentionRecall: number;
  results: ItemResult[];
}

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function loadEvalSet(file: string): EvalSet {
  return JSON.parse(readFileSync(path.resolve(ROOT, file), 'utf8')) as EvalSet;
}

export async function loadCatalog(): Promise<BriefCatalog> {
  const { catalog } = await loadBriefs(path.join(ROOT, 'briefs'), ROOT);
  return catalog;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[‐-―]/g, '-').replace(/\s+/g, ' ');
}

function sourceMatches(expected: string, source: string, file: string): boolean {
  return source === expected || file.startsWith(expected);
}

/** Correct: answered, cites an expected source, and the quotes contain every expected fact. */
export function isCorrect(item: EvalItem, answer: Answer, catalog: BriefCatalog, topic: string): boolean {
  if (item.unanswerable || answer.abstained) return false;
  const brief = catalog.get(topic);
  const fileOf = (id: string): string => brief?.sources.find((s) => s.meta.id === id)?.meta.file ?? '';
  const cited = answer.citations.some((c) => (item.sources ?? []).some((e) => sourceMatches(e, c.source, fileOf(c.source))));
  const quotes = norm(answer.citations.map((c) => c.quote).join(' \n '));
  const facts = (item.facts ?? []).every((f) => f.split('|').some((alt) => quotes.includes(norm(alt))));
  return cited && facts;
}

export function citationsVerbatim(answer: Answer, catalog: BriefCatalog): { total: number; verbatim: number } {
  let verbatim = 0;
  for (const c of answer.citations) {
    const doc = catalog.get(answer.topic ?? '')?.sources.find((s) => s.meta.id === c.source);
    if (doc && isVerbatim(doc.body, c.quote) && doc.path === c.path) verbatim++;
  }
  return { total: answer.citations.length, verbatim };
}

export type Asker = (item: EvalItem) => Answer;

/** Asks through the engine; context questions first, in the same conversation. */
export function engineAsker(engine: QaEngine, topic: string): Asker {
  return (item) => {
    let conversation: ConversationState | null = null;
    for (const q of item.context ?? []) conversation = engine.ask(q, { topic, conversation }).conversation;
    return engine.ask(item.question, { topic, conversation });
  };
}

export function runEval(set: EvalSet, ask: Asker, catalog: BriefCatalog): EvalReport {
  const results: ItemResult[] = [];
  let citations = 0;
  let verbatimCitations = 0;
  for (const item of set.questions) {
    const answer = ask(item);
    const v = citationsVerbatim(answer, catalog);
    citations += v.total;
    verbatimCitations += v.verbatim;
    results.push({ item, answer, correct: isCorrect(item, answer, catalog, set.topic), verbatim: v.total === v.verbatim });
  }
  return reportOf(results, citations, verbatimCitations);
}

/** The figures of a set of results (one set, or several pooled). */
export function reportOf(results: ItemResult[], citations: number, verbatimCitations: number): EvalReport {
  const answerable = results.filter((r) => !r.item.unanswerable);
  const unanswerable = results.filter((r) => r.item.unanswerable);
  const abstained = results.filter((r) => r.answer.abstained);
  const abstainedUnanswerable = abstained.filter((r) => r.item.unanswerable).length;
  const correct = answerable.filter((r) => r.correct).length;
  return {
    answerable: answerable.length,
    correct,
    accuracy: ratio(correct, answerable.length),
    citations,
    verbatimCitations,
    verbatimShare: ratio(verbatimCitations, citations),
    unanswerable: unanswerable.length,
    abstained: abstained.length,
    abstainedUnanswerable,
    abstentionPrecision: ratio(abstainedUnanswerable, abstained.length),
    abstentionRecall: ratio(abstainedUnanswerable, unanswerable.length),
    results,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function summaryLine(name: string, r: EvalReport): string {
  return `${name.padEnd(22)} answerable correct ${pct(r.accuracy).padStart(6)} (${r.correct}/${r.answerable})  verbatim ${pct(r.verbatimShare).padStart(6)} (${r.verbatimCitations}/${r.citations})  abstention precision ${pct(r.abstentionPrecision).padStart(6)}  recall ${pct(r.abstentionRecall).padStart(6)} (${r.abstainedUnanswerable}/${r.unanswerable})`;
}

/**
 * Short answers (the fact shown before the quote): on answers counted correct, how many
 * carry one, and how many of those contain an expected fact (so the lead is not a wrong fact).
 */
export function shortLine(name: string, r: EvalReport): string {
  const right = r.results.filter((x) => x.correct);
  const given = right.filter((x) => x.answer.short !== undefined);
  const matching = given.filter((x) => (x.item.facts ?? []).some((f) => f.split('|').some((alt) => norm(x.answer.short ?? '').includes(norm(alt)))));
  const wrongLead = r.results.filter((x) => !x.correct && !x.answer.abstained && x.answer.short !== undefined).length;
  return `${name.padEnd(22)} short answers on ${given.length} of ${right.length} right answers, ${matching.length} of them the expected fact; ${wrongLead} on wrong answers`;
}
