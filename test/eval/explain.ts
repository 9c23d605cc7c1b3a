/**
 * Why the engine answered as it did: the top candidates of the re-ranker for one question
 * of a tuning topic, with confidence, rank and whether each holds the expected facts.
 * `node --import tsx test/eval/explain.ts <topic> <question id|question text> [n]`.
 * Refuses questions of held-out topics: their misses must not be looked at.
 */
import path from 'node:path';
import { loadBriefs } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { rerank } from '../../src/qa/qa-scoring.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { sentenceText } from '../../src/qa/sentence-features.ts';
import { writeDucTopics } from './duc-topics.ts';
import { ROOT } from './eval-lib.ts';
import { loadTopicSets } from './qa-topics-eval.ts';

const [topic, asked, n = '8'] = process.argv.slice(2);
if (!topic || !asked) throw new Error('usage: explain.ts <topic> <question id|text> [n]');
const set = loadTopicSets().find((s) => s.topic === topic);
if (set?.role === 'held-out') throw new Error(`${topic} is held out: its answers are not to be looked at`);
const cache = path.join(ROOT, '.cache', 'duc2004');
let dir = path.join(ROOT, 'briefs');
if (set) {
  dir = path.join(cache, 'qa-explain');
  writeDucTopics(cache, [set.cluster], dir);
}
const { catalog } = await loadBriefs(dir, dir === path.join(ROOT, 'briefs') ? ROOT : dir);
const brief = catalog.get(topic);
if (!brief) throw new Error(`no topic ${topic}`);
const item = set?.questions.find((q) => q.id === asked);
const question = item?.question ?? asked;
const engine = new QaEngine(catalog, { threshold: 0 });
const index = engine.indexFor(brief);
const q = analyzeQuestion(question, index.persons.tokens, index.persons.names);
console.log(question, item?.facts ? `facts: ${item.facts.join(' & ')} sources: ${item.sources?.join(',')}` : '');
console.log(`type ${q.type} terms ${q.terms.join(' ')} entities ${[...q.entityTerms].join(' ')} light ${[...q.light].join(' ')}`);
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
for (const s of rerank(index, q, { explain: true }).slice(0, Number(n))) {
  const unit = index.unit(s.unit);
  const text = sentenceText(index, unit).replace(/\s+/g, ' ');
  const doc = brief.sources[unit.doc]?.meta.id ?? '?';
  const holds = item?.facts ? item.facts.every((f) => f.split('|').some((a) => norm(text).includes(norm(a)))) : false;
  console.log(`${holds ? '*' : ' '} ${s.confidence.toFixed(2)} ${s.rank.toFixed(3)} ${doc}: ${text.slice(0, 220)}`);
  const low = Object.entries(s.factors ?? {}).filter(([, v]) => v !== 1).map(([k, v]) => `${k} ${v.toFixed(2)}`);
  if (low.length > 0) console.log(`      ${low.join(', ')}`);
}
