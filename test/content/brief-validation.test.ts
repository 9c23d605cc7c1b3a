import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadBriefs, loadTopic } from '../../src/content/brief-loader.ts';
import { formatIssue } from '../../src/domain/errors.ts';
import { findQuote } from '../../src/content/quote-match.ts';
import { repoRoot } from '../helpers/make-core.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

describe('the curated china-russia-aid brief', () => {
  it('loads with no errors or warnings', async () => {
    const { catalog, issues } = await loadBriefs(path.join(repoRoot, 'briefs'), repoRoot);
    assert.deepEqual(issues.map(formatIssue), []);
    const brief = catalog.get('china-russia-aid');
    assert.ok(brief);
    assert.equal(brief.sources.length, 5);
  });

  it('cites every claim with quotes found in the cited source', async () => {
    const { catalog } = await loadBriefs(path.join(repoRoot, 'briefs'), repoRoot);
    const brief = catalog.get('china-russia-aid');
    assert.ok(brief);
    const claims = [brief.status, ...brief.summary, ...brief.keyPoints, ...brief.timeline, ...brief.whosWho, ...brief.differences];
    assert.ok(claims.length >= 30);
    for (const claim of claims) {
      assert.ok(claim.citations.length > 0, `uncited claim: ${claim.text}`);
      for (const c of claim.citations) {
        const doc = brief.sources.find((s) => s.meta.id === c.sourceId);
        assert.ok(doc, `unknown source ${c.sourceId}`);
        assert.ok(findQuote(doc.body, c.quote), `quote not in ${c.sourceId}: ${c.quote}`);
      }
    }
  });

  it('has a dated, ordered timeline from the February balloon to the June Beijing visit', async () => {
    const { catalog } = await loadBriefs(path.join(repoRoot, 'briefs'), repoRoot);
    const brief = catalog.get('china-russia-aid');
    assert.ok(brief);
    const dates = brief.timeline.map((t) => t.date);
    assert.equal(dates[0], '2023-02-04');
    assert.ok(dates.includes('2023-02-18'), 'Munich meeting');
    assert.equal(dates[dates.length - 1], '2023-06-19');
    assert.deepEqual([...dates].sort(), dates);
    assert.match(brief.status.text, /June (\d+, )?2023/);
    assert.match(brief.status.text, /lethal/);
    assert.ok(brief.differences.some((d) => /Wagner/.test(d.text + (d.label ?? ''))), 'records the Wagner size disagreement');
    assert.ok(brief.keyPoints.every((k) => k.actors.length > 0));
  });
});

describe('validation errors name the file and line', () => {
  const tmp = makeTempBriefs();
  after(() => tmp.cleanup());
  const rel = 'briefs/china-russia-aid/brief.md';

  async function issuesAfter(edit: () => void): Promise<string[]> {
    const original = tmp.read();
    edit();
    try {
      const res = await loadTopic(path.join(tmp.briefsDir, 'china-russia-aid'), tmp.root);
      assert.equal(res.brief, null, 'a brief with errors is not served');
      return res.issues.filter((i) => i.severity === 'error').map(formatIssue);
    } finally {
      tmp.write(original);
    }
  }

  it('rejects a tampered quote at its line', async () => {
    const line = tmp.lineOf('the balloon shot down by the US Air Force on February 4');
    const issues = await issuesAfter(() => tmp.replace('the balloon shot down by the US Air Force on February 4', 'the balloon shot down by the US Navy on February 4'));
    assert.ok(issues.some((i) => i.startsWith(`${rel}:${line}: quote not found in "considering-lethal-aid"`)), issues.join('\n'));
    assert.ok(issues.some((i) => i.includes('differs at "Navy"')), 'points at the first differing word');
  });

  it('accepts differences in case, whitespace, curly quotes and dashes only', async () => {
    const original = tmp.read();
    try {
      tmp.replace('the balloon shot down by the US Air Force on February 4', 'The   balloon shot down by the us air force on February 4');
      const res = await loadTopic(path.join(tmp.briefsDir, 'china-russia-aid'), tmp.root);
      assert.ok(res.brief, res.issues.map(formatIssue).join('\n'));
    } finally {
      tmp.write(original);
    }
  });

  it('rejects an unknown source id', async () => {
    const line = tmp.lineOf('[@considering-lethal-aid: the balloon shot down');
    const issues = await issuesAfter(() => tmp.replace('[@considering-lethal-aid: the balloon shot down', '[@no-such-source: the balloon shot down'));
    assert.ok(issues.some((i) => i.startsWith(`${rel}:${line}: unknown source id "no-such-source"`) && i.includes('urdupoint-2023-02-19')), issues.join('\n'));
  });

  it('rejects a bad date and an out-of-order timeline', async () => {
    const line = tmp.lineOf('- **2023-02-04:**');
    let issues = await issuesAfter(() => tmp.replace('- **2023-02-04:**', '- **2023-02-31:**'));
    assert.ok(issues.some((i) => i.startsWith(`${rel}:${line}: bad date "2023-02-31"`)), issues.join('\n'));
    issues = await issuesAfter(() => tmp.replace('- **2023-02-04:**', '- **2023-03-04:**'));
    assert.ok(issues.some((i) => /timeline out of order: 2023-02-18 comes after 2023-03-04/.test(i)), issues.join('\n'));
  });

  it('rejects a missing required field and an uncited claim', async () => {
    let issues = await issuesAfter(() => tmp.write(tmp.read().replace(/^updated:.*$/m, '')));
    assert.ok(issues.some((i) => i.includes('missing required field "updated"')), issues.join('\n'));
    const line = tmp.lineOf('## Key points') + 2;
    issues = await issuesAfter(() => tmp.replace('## Key points\n\n', '## Key points\n\n- **Someone:** An uncited claim.\n'));
    assert.ok(issues.some((i) => i.startsWith(`${rel}:${line}: claim without a citation`)), issues.join('\n'));
  });

  it('rejects a quote taken from web boilerplate', async () => {
    const issues = await issuesAfter(() => tmp.replace('[@bangkok-one-news: ', '[@bangkok-one-news: What kind of assistance does China give Russia?] [@bangkok-one-news: '));
    assert.ok(issues.some((i) => i.includes('is web boilerplate')), issues.join('\n'));
  });

  it('keeps serving other briefs when one is broken', async () => {
    const original = tmp.read();
    try {
      tmp.write(original.replace('the balloon shot down by the US Air Force on February 4', 'a tampered quote'));
      const { catalog, issues } = await loadBriefs(tmp.briefsDir, tmp.root);
      // The broken brief is not served; the topic's sources still are, with no claim at all.
      const served = catalog.get('china-russia-aid');
      assert.equal(served?.unreviewed, true);
      assert.deepEqual([served?.summary.length, served?.keyPoints.length, served?.status.citations.length], [0, 0, 0]);
      assert.equal(served?.sources.length, 5);
      assert.ok(issues.length > 0);
    } finally {
      tmp.write(original);
    }
  });
});
