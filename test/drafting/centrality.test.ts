/** Centroid centrality, and what it changes in the summary: the story's core over an aside. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectCandidates, termsOf, type Candidate } from '../../src/drafting/candidates.ts';
import { centroidCentrality } from '../../src/drafting/centrality.ts';
import { selectSummary } from '../../src/drafting/summary.ts';
import { documentsOf, sourceTopic } from '../helpers/source-topic.ts';

const cand = (id: number, text: string): Candidate => ({ id, source: `s${id}`, published: null, dated: null, docIndex: id, position: 1, quote: text, text, ...termsOf(text) });

const FLOOD = [
  'Flood water rose over the river banks in the old town overnight.',
  'The river flood closed the old town bridge and the station.',
  'Rescue boats took families from the flooded old town at dawn.',
  'The council said flood water in the old town was a metre deep.',
  'Families left the old town as the river kept rising.',
];
const ASIDE = 'A visiting jazz quartet, three painters, a sculptor, two poets and a puppeteer opened the autumn arts weekend in a marquee nearby.';

describe('centroid centrality', () => {
  it('ranks sentences sharing the topic’s recurring words above an aside, within 0..1, even in a handful of sentences', () => {
    const cands = [...FLOOD, ASIDE, 'The, of and.'].map((t, i) => cand(i, t));
    const c = centroidCentrality(cands);
    assert.equal(c.length, cands.length);
    for (const x of c) assert.ok(x >= 0 && x <= 1, `${x} within 0..1`);
    const aside = c[FLOOD.length]!;
    assert.ok(c.slice(0, FLOOD.length).every((x) => x > aside), `core sentences above the aside: ${c.map((x) => x.toFixed(2)).join(' ')}`);
    assert.equal(c[FLOOD.length + 1], 0, 'no content words, no centrality');
    assert.deepEqual(centroidCentrality([]), []);
    assert.deepEqual(centroidCentrality([cand(0, FLOOD[0]!)]), [0], 'one sentence: nothing else to be central to');
  });

  it('in the summary, an aside full of words no other sentence has loses to the story', async () => {
    const topic = sourceTopic('flood', [
      { id: 'a', published: '2026-11-02', text: 'Flood water rose over the river banks in the old town of Kelby overnight.\nThe river flood closed the old town bridge, the council said.\nFamilies left the old town of Kelby as the river kept rising.\nThe river flood cut power to the old town for a day.\n' },
      { id: 'b', published: '2026-11-03', text: `Rescue boats took families from the flooded old town of Kelby at dawn.\n${ASIDE}\nBoats carried food to families stranded by the flood in the old town.\n` },
      { id: 'c', published: '2026-11-04', text: 'The flood water in the old town of Kelby began to fall as the river dropped.\nThe council said the flood water in the old town had been a metre deep.\n' },
    ]);
    try {
      const cands = collectCandidates(documentsOf(await topic.load()));
      const aside = (chosen: readonly Candidate[]) => chosen.some((x) => x.text === ASIDE);
      assert.ok(aside(selectSummary(cands, { maxBytes: 300, centralityPower: 0 }).chosen), 'without centrality the aside wins a place on its many new words (so the test can fail)');
      assert.ok(!aside(selectSummary(cands, { maxBytes: 300 }).chosen), 'with it, the story does');
    } finally {
      topic.cleanup();
    }
  });
});
