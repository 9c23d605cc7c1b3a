/**
 * The near-duplicate detector on a set of pairs built from the seed articles: true copies
 * (the spun rewrite in the seeds, a syndicated copy with other furniture, a shortened
 * copy), same story but a different article (every other seed pair), and unrelated text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { alignedShare, DuplicateIndex, fingerprint } from '../../src/ingest/near-duplicates.ts';
import { repoRoot } from '../helpers/make-core.ts';

const dir = path.join(repoRoot, 'briefs', 'china-russia-aid', 'sources');
const seeds = new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f.slice(0, 3), readFileSync(path.join(dir, f), 'utf8')]));
const seed = (k: string): string => seeds.get(k) ?? assert.fail(k);

const UNRELATED = [
  'Harbour strike enters second week\n\nDock workers at the port of Valmora walked out on Monday over pay. The union says 4,000 members have joined the strike. Shipping lines have diverted twelve container ships to other ports.\n',
  'Wheat prices fell for a third day on Thursday as rain eased worries about the harvest in the northern plains. Traders said export demand remained weak. The central bank left rates unchanged.\n',
];

/** [a, b, is a copy] */
function pairs(): Array<[string, string, boolean, string]> {
  const out: Array<[string, string, boolean, string]> = [];
  const keys = [...seeds.keys()];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const [a, b] = [keys[i] as string, keys[j] as string];
      out.push([seed(a), seed(b), a === '002' && b === '003', `${a}-${b}`]);
    }
  }
  const syndicated = `WIRE SERVICE COPY\nShare this article\n\n${seed('000').split('\n').slice(1).join('\n')}\n\nRead more: other stories\n© Another Outlet`;
  out.push([seed('000'), syndicated, true, 'syndicated 000']);
  const paragraphs = seed('001').split(/\n\s*\n|\n/).filter((p) => p.trim() !== '');
  out.push([seed('001'), paragraphs.slice(0, Math.ceil(paragraphs.length * 0.6)).join('\n\n'), true, 'shortened 001']);
  for (const [k, text] of seeds) for (const [n, u] of UNRELATED.entries()) out.push([text, u, false, `${k}-unrelated${n}`]);
  return out;
}

describe('near-duplicate detection', () => {
  it('separates copies and rewrites from same-story articles and unrelated text (precision and recall 1 on this set)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const [a, b, copy, name] of pairs()) {
      const index = new DuplicateIndex();
      index.add(fingerprint('a', a));
      const found = index.check(fingerprint('b', b)) !== null;
      if (found && copy) tp++;
      else if (found) {
        fp++;
        wrong.push(`${name} flagged`);
      } else if (copy) {
        fn++;
        wrong.push(`${name} missed`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.equal(tp, 3);
    assert.equal(fp + fn, 0);
  });

  it('scores the spun rewrite in the seeds far above every same-story pair', () => {
    const spun = alignedShare(fingerprint('002', seed('002')), fingerprint('003', seed('003')));
    const others = pairs().filter(([, , copy, name]) => !copy && !name.includes('unrelated')).map(([a, b]) => alignedShare(fingerprint('a', a), fingerprint('b', b)));
    assert.ok(spun >= 0.4, `spun pair ${spun}`);
    assert.ok(Math.max(...others) <= 0.15, `same-story pairs up to ${Math.max(...others)}`);
  });

  it('finds the copy among many documents through the index, not by comparing with each one', () => {
    const index = new DuplicateIndex();
    for (let i = 0; i < 300; i++) index.add(fingerprint(`noise-${i}`, `Report ${i} about topic ${i % 17}. ${UNRELATED[i % 2]} Figure ${i * 7} was noted in district ${i}.`));
    index.add(fingerprint('002', seed('002')));
    assert.deepEqual(index.check(fingerprint('003', seed('003')))?.id, '002');
  });
});
