/**
 * The plain baseline `npm run eval` compares against: BM25 over the same cleaned sentences,
 * lower-cased words minus stop words (no stemming, synonyms, entities or question types),
 * answering with the single top sentence and abstaining only when nothing matches at all.
 */
import type { Brief } from '../../src/domain/brief-types.ts';
import type { Answer } from '../../src/qa/qa-engine.ts';
import { STOP_WORDS } from '../../src/qa/text-analysis.ts';

interface Row {
  brief: Brief;
  doc: number;
  sentence: number;
  tf: Map<string, number>;
  len: number;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
}

export class Bm25Baseline {
  private readonly rows: Row[] = [];
  private readonly df = new Map<string, number>();
  private readonly avgLen: number;

  constructor(brief: Brief) {
    let total = 0;
    brief.sources.forEach((doc, d) => {
      doc.sentences.forEach((s, i) => {
        const ws = words(s.text);
        const tf = new Map<string, number>();
        for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
        for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
        this.rows.push({ brief, doc: d, sentence: i, tf, len: ws.length });
        total += ws.length;
      });
    });
    this.avgLen = total / Math.max(1, this.rows.length);
  }

  ask(question: string): Answer {
    const q = [...new Set(words(question))];
    const n = this.rows.length;
    let best: Row | null = null;
    let bestScore = 0;
    for (const row of this.rows) {
      let score = 0;
      for (const w of q) {
        const f = row.tf.get(w);
        if (!f) continue;
        const df = this.df.get(w) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * row.len) / this.avgLen));
      }
      if (score > bestScore) {
        bestScore = score;
        best = row;
      }
    }
    const conversation = { topic: null, entities: [], lastQuestion: question, updatedAt: new Date(0).toISOString() };
    if (!best) return { question, topic: null, answer: 'No match.', abstained: true, citations: [], confidence: 0, routed: false, conversation };
    const doc = best.brief.sources[best.doc];
    const s = doc?.sentences[best.sentence];
    if (!doc || !s) throw new Error('baseline index out of range');
    const m = doc.meta;
    return {
      question,
      topic: best.brief.slug,
      answer: s.text,
      abstained: false,
      citations: [{ source: m.id, quote: s.text, path: doc.path, title: m.title, outlet: m.outlet, published: m.published, url: m.url }],
      confidence: bestScore,
      routed: false,
      conversation,
    };
  }
}
