/** Shared fixtures for the Q&A tests: the real china-russia-aid catalog and small made-up briefs. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadBriefs, MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine, type QaEngineOptions } from '../../src/qa/qa-engine.ts';
import { rerank } from '../../src/qa/qa-scoring.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { sentenceText } from '../../src/qa/sentence-features.ts';
import { speakerMatch } from '../../src/qa/speakers.ts';
import { speakerQuery } from '../../src/qa/speaker-questions.ts';
import type { Brief, Claim } from '../../src/domain/brief-types.ts';
import type { CommandContext } from '../../src/bot/contracts.ts';
import { buildSourceDocument } from '../../src/content/source-loader.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TOPIC = 'china-russia-aid';

let real: Promise<MutableBriefCatalog> | null = null;

/** The catalog loaded from briefs/ (loaded once per test file). */
export async function realCatalog(): Promise<MutableBriefCatalog> {
  real ??= loadBriefs(path.join(ROOT, 'briefs'), ROOT).then(({ catalog }) => catalog);
  return real;
}

export async function realBrief(): Promise<Brief> {
  const b = (await realCatalog()).get(TOPIC);
  if (!b) throw new Error('china-russia-aid brief did not load');
  return b;
}

const EMPTY: Claim = { text: '', citations: [], line: 1 };

/** `docs` with six short documents (ids c to h) of `line(i)` added: enough sources for a topic's term weights to mean something. */
export function withFiller(docs: Record<string, string>, line: (i: number) => string): Record<string, string> {
  'cdefgh'.split('').forEach((k, i) => { docs[k] = `${line(i)}\n`; });
  return docs;
}

/** A minimal valid brief around made-up source texts (id → body), published 2024-03-01 unless `published` dates one (id → date). */
export function makeBrief(slug: string, title: string, bodies: Record<string, string>, version = 'v1', published: Readonly<Record<string, string>> = {}): Brief {
  const sources = Object.entries(bodies).map(([id, body]) =>
    buildSourceDocument({ id, file: `${id}.txt`, title: null, outlet: `${id} outlet`, published: published[id] ?? '2024-03-01', url: null }, body, slug, `briefs/${slug}/sources/${id}.txt`),
  );
  return {
    slug, title, aliases: [], tags: [], status: EMPTY, updated: '2024-03-02', summary: [], keyPoints: [], timeline: [], whosWho: [], differences: [],
    sources, path: `briefs/${slug}/brief.md`, version,
  };
}

export const EU_AI_ACT = makeBrief('eu-ai-act', 'The EU AI Act', {
  'ai-vote': [
    'The European Parliament approved the Artificial Intelligence Act on March 13, 2024, with 523 votes in favour.',
    'Thierry Breton, the EU internal market commissioner, said the law makes Europe a global standard-setter for trustworthy AI.',
    'Bans on social scoring systems apply six months after the law enters into force.',
    'Companies that break the rules face fines of up to 35 million euros or seven percent of global turnover.',
  ].join('\n\n'),
});

export function ctx(overrides: Partial<CommandContext> = {}): CommandContext {
  return { platform: 'console', user: { id: 'u1' }, channelId: 'console', isChannelManager: async () => false, ...overrides };
}

export const FIXED_NOW = new Date('2024-05-01T08:00:00.000Z');

/** An engine over one made-up brief (see makeBrief), on the fixed clock. */
/** Asserts that `engine` answers `question` on `topic` (no abstention) and that its first quote matches `quote`. */
export function assertAnswers(engine: QaEngine, topic: string, question: string, quote: RegExp): void {
  const a = engine.ask(question, { topic });
  assert.equal(a.abstained, false, a.answer);
  assert.match(a.citations[0]?.quote ?? '', quote);
}

export function madeEngine(slug: string, title: string, bodies: Record<string, string>, options: QaEngineOptions = {}): QaEngine {
  return engineOver(makeBrief(slug, title, bodies), options);
}

/** An engine over `brief` alone (a dated one from makeBrief, say), on the fixed clock. */
export function engineOver(brief: Brief, options: QaEngineOptions = {}): QaEngine {
  return new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW, ...options });
}

/** How the engine scores, for `question` over `brief`, the first sentence matching `sentence` (with its factors), or undefined. */
export function scoredSentence(brief: Brief, question: string, sentence: RegExp): ReturnType<typeof rerank>[number] | undefined {
  const index = engineOver(brief).indexFor(brief);
  const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
  return rerank(index, q, { explain: true }).find((x) => sentence.test(sentenceText(index, index.unit(x.unit))));
}

/** How well `phrase` (a question's speaker) speaks in the first sentence of `brief` matching `sentence` (speakerMatch: 1, 0.9 or 0). */
export function speakerScoreOf(brief: Brief, sentence: RegExp, phrase: string): number {
  const index = engineOver(brief).indexFor(brief);
  const query = speakerQuery(phrase, index.persons.tokens);
  for (let u = 0; u < index.size; u++) {
    const unit = index.unit(u);
    if (sentence.test(brief.sources[unit.doc]?.sentences[unit.sentence]?.text ?? '')) return speakerMatch(index, u, query);
  }
  throw new Error(`no sentence ${sentence}`);
}

