import path from 'node:path';
import { loadAllTopics } from './src/core/briefs/brief-loader.ts';
import { draftTopic } from './src/core/drafting/draft-topic.ts';
const dir = '.cache/duc2004/topics';
const loads = await loadAllTopics(dir, dir);
let ok = 0; const t0 = performance.now(); const counts = { tl: 0, ww: 0, diff: 0, kp: 0 };
for (const l of loads) {
  try { const r = await draftTopic(l, path.join(dir, l.slug), '2026-12-01'); ok++; counts.tl += r.draft.timeline.length; counts.ww += r.draft.whosWho.length; counts.diff += r.draft.differences.length; counts.kp += r.draft.keyPoints.length; }
  catch (e) { console.log(l.slug, (e as Error).message.slice(0, 600)); }
}
console.log(`${ok}/${loads.length} pass check; ${((performance.now() - t0) / loads.length).toFixed(0)} ms per topic`, counts);
