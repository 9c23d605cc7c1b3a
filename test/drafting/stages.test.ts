/** Drafting stages on small topics written for the test: candidates, summary, who's who, differences. */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { collectCandidates } from '../../src/drafting/candidates.ts';
import { withoutDateline } from '../../src/content/dateline.ts';
import { readFigures, findDifferences } from '../../src/drafting/differences.ts';
import { byteLength, selectSummary } from '../../src/drafting/summary.ts';
import { buildWhosWho, describe as describeName } from '../../src/drafting/whos-who.ts';
import { findWordingDifferences } from '../../src/drafting/wording-differences.ts';
import { documentsOf, sourceTopic } from '../helpers/source-topic.ts';

const A = `VALMORA, Norland (Coast Wire) -- Dock workers at the port of Valmora walked out on Monday over pay, halting three container terminals.
The union says 4,000 members have joined the strike, which the port authority calls illegal.
Maria Diaz, the union's chief negotiator, said the workers would stay out until wages rose.
Is this the end of the dispute?
He added that talks could resume.`;
const B = `Dock workers at the port of Valmora walked out on Monday over pay, halting three container terminals across the harbour.
Port authority chair Tomas Berg said hundreds of workers had crossed the picket lines by Wednesday.
About 2,500 members of the union have joined the strike, a port spokesman said on Tuesday.
Ships were queuing outside the harbour as the strike entered its third day.`;
const C = `Ships were queuing outside the harbour of Valmora as the strike entered its third day, with forty vessels at anchor.
Tomas Berg, the chair of the port authority, told reporters that the strike was costing the port a fortune every day.
The labour ministry said it would appoint a mediator to help the union and the port authority resume talks.`;
// B again, syndicated: marked as a near-copy, it counts once.
const B_COPY = B.replace('across the harbour', 'in the harbour');

describe('drafting stages', () => {
  const topic = sourceTopic('port-strike', [
    { id: 'coast-wire', text: A, published: '2026-11-16', outlet: 'Coast Wire' },
    { id: 'harbour-times', text: B, published: '2026-11-18', outlet: 'Harbour Times' },
    { id: 'norland-post', text: C, published: '2026-11-18', outlet: 'Norland Post' },
  ]);
  after(() => topic.cleanup());

  it('candidates: no datelines, questions or pronoun openers; a repeated sentence counts once', async () => {
    const cands = collectCandidates(documentsOf(await topic.load()));
    const texts = cands.map((c) => c.text);
    assert.ok(texts.includes('Dock workers at the port of Valmora walked out on Monday over pay, halting three container terminals.'), 'the dateline is left out');
    assert.ok(!texts.some((t) => t.startsWith('Is this') || t.startsWith('He added')));
    const leads = cands.filter((c) => c.text.startsWith('Dock workers at the port'));
    assert.equal(leads.filter((c) => c.repeatOf === undefined).length, 1, 'the same lead from two wires counts once');
    assert.equal(leads.find((c) => c.repeatOf !== undefined)?.repeatOf, leads[0]!.id, 'the later copy points at the first');
    for (const c of cands) assert.ok(documentsOf(await topic.load()).find((d) => d.meta.id === c.source)!.body.replace(/\s+/g, ' ').includes(c.text), 'every candidate is verbatim');
  });

  it('a near-copy source counts once', async () => {
    const t = sourceTopic('copies', [
      { id: 'b', text: B, published: '2026-11-18' },
      { id: 'b-copy', text: B_COPY, published: '2026-11-18' },
    ]);
    try {
      const docs = documentsOf(await t.load());
      docs[1]!.meta.duplicateOf = 'b';
      assert.ok(collectCandidates(docs).every((c) => c.source === 'b'));
    } finally {
      t.cleanup();
    }
  });

  it('withoutDateline strips wire datelines only', () => {
    assert.equal(withoutDateline('PHNOM PENH, Cambodia (AP) -- Cambodian leader Hun Sen rejected talks.'), 'Cambodian leader Hun Sen rejected talks.');
    assert.equal(withoutDateline('WASHINGTON (UrduPoint News / Sputnik - 19th February, 2023) US officials said so.'), 'US officials said so.');
    assert.equal(withoutDateline('NAIROBI, Kenya (AP) _ FBI agents began questioning relatives.'), 'FBI agents began questioning relatives.');
    assert.equal(withoutDateline('US officials said so.'), 'US officials said so.');
    assert.equal(withoutDateline('NATO said on Monday it would respond.'), 'NATO said on Monday it would respond.');
  });

  it('summary: fits the byte budget with whole sentences, and does not repeat what is covered', async () => {
    const cands = collectCandidates(documentsOf(await topic.load()));
    for (const budget of [120, 300, 600]) {
      const { chosen } = selectSummary(cands, { maxBytes: budget });
      assert.ok(chosen.length > 0);
      assert.ok(byteLength(chosen.map((c) => c.text).join(' ')) <= budget, `within ${budget} bytes`);
      for (const c of chosen) assert.ok(cands.some((x) => x.text === c.text), 'whole sentences only');
    }
    const { chosen } = selectSummary(cands, { maxBytes: 600 });
    const queued = chosen.filter((c) => c.text.includes('Ships were queuing'));
    assert.ok(queued.length <= 1, 'two reports of the queue add nothing the first did not');
    const order = chosen.map((c) => c.docIndex);
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'oldest article first');
  });

  it("who's who: appositives and titles, variants merged, nobody described from outside the sources", async () => {
    const people = buildWhosWho(collectCandidates(documentsOf(await topic.load())));
    const byName = new Map(people.map((p) => [p.name, p]));
    assert.equal(byName.get('Maria Diaz')?.description, "the union's chief negotiator");
    assert.equal(byName.get('Maria Diaz')?.citations[0]?.quote, "Maria Diaz, the union's chief negotiator");
    assert.ok(byName.get('Tomas Berg'), 'Tomas Berg is described');
    assert.ok(!people.some((p) => p.name === 'Berg'), 'one entry per person');
    assert.deepEqual(describeName('Tomas Berg', 'Port authority chair Tomas Berg said so.'), { description: 'Port authority chair', quote: 'Port authority chair Tomas Berg' });
    assert.equal(describeName('Tomas Berg', 'Tomas Berg, said on Monday that it was over.'), null, 'a clause is not a description');
  });

  it('where sources differ: the same count reported differently; ranges that overlap agree', async () => {
    const diffs = findDifferences(collectCandidates(documentsOf(await topic.load())));
    assert.equal(diffs.length, 1);
    assert.match(diffs[0]!.about, /members/);
    assert.deepEqual(diffs[0]!.sides.map((s) => s.citations[0]!.source).sort(), ['coast-wire', 'harbour-times']);
    const fig = (text: string) => readFigures({ id: 0, source: 's', published: null, dated: null, docIndex: 0, position: 0, quote: text, text, words: 10, stems: [], bigrams: [] });
    assert.deepEqual(fig('Hundreds of workers crossed.'), [[100, 999, 'worker']]);
    assert.deepEqual(fig('More than 2,500 members joined.'), [[2500, 2500, 'member']]);
    assert.deepEqual(fig('It happened in 1998 and lasted 3 days.'), [], 'years and durations are not counts');
  });

  it('where sources differ: a written date or the words of a quote, only when the sentences otherwise agree', async () => {
    const t = sourceTopic('wording', [
      { id: 'one', published: '2026-11-20', text: 'The port authority closed the northern container terminal on November 4 after the crane collapse.\nThe minister promised a "thorough review" of crane safety at the northern terminal after visiting the site.\nFerries kept running to the islands on Friday despite the closure.\n' },
      { id: 'two', published: '2026-11-21', text: 'The port authority closed the northern container terminal on November 5 after the crane collapse.\nThe minister promised a "complete overhaul" of crane safety at the northern terminal after visiting the site.\nFerries kept running to the islands on Friday despite the closure.\n' },
    ]);
    try {
      const diffs = findWordingDifferences(collectCandidates(documentsOf(await t.load())));
      assert.equal(diffs.length, 2);
      assert.ok(diffs.some((d) => d.about === 'When - 2026-11-04 or 2026-11-05'));
      assert.ok(diffs.some((d) => /thorough review/.test(d.about) && /complete overhaul/.test(d.about)));
      assert.ok(!diffs.some((d) => /Friday/.test(d.sides[0]!.text)), '"on Friday" in two articles of different days is not a difference');
      for (const d of diffs) assert.deepEqual(d.sides.map((x) => x.citations[0]!.source).sort(), ['one', 'two']);
    } finally {
      t.cleanup();
    }
  });
});
