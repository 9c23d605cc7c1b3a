/** `briefbot draft` on the command line: printing, --json, --write, and mistakes in one line. */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../helpers/make-core.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

describe('briefbot draft (CLI)', () => {
  const tmp = makeTempBriefs();
  after(() => tmp.cleanup());
  const cli = (args: string[]): ReturnType<typeof runCli> => runCli([...args, '--root', tmp.root]);
  const topicDir = path.join(tmp.briefsDir, 'fresh');
  mkdirSync(topicDir, { recursive: true });
  cpSync(path.join(repoRoot, 'briefs', 'china-russia-aid', 'sources'), path.join(topicDir, 'sources'), { recursive: true });

  it('prints a draft, or its claims as JSON within --summary-bytes, writing nothing', async () => {
    const printed = await cli(['draft', 'fresh']);
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /^---\ntitle: fresh\ndraft: true\n/);
    assert.match(printed.stderr, /would write briefs\/fresh\/brief\.md \(use --write\)/);
    const json = await cli(['draft', 'fresh', '--json', '--summary-bytes', '400']);
    assert.equal(json.code, 0, json.stderr);
    const d = JSON.parse(json.stdout) as { topic: string; summary: { text: string; citations: { source: string; quote: string }[] }[]; timeline: { date: string }[]; whosWho: { name: string; description: string }[]; differences: unknown[]; keyPoints: unknown[] };
    assert.equal(d.topic, 'fresh');
    assert.ok(Buffer.byteLength(d.summary.map((s) => s.text).join(' ')) <= 400);
    for (const s of d.summary) assert.equal(s.citations[0]?.quote, s.text);
    assert.ok(d.timeline.length > 0 && d.whosWho.length > 0);
    assert.ok(!existsSync(path.join(topicDir, 'brief.md')));
  });

  it('--write writes brief.md, which check accepts; a second --write goes beside it', async () => {
    const w = await cli(['draft', 'fresh', '--write']);
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stderr, /wrote briefs\/fresh\/brief\.md: a draft brief for fresh/);
    const check = await cli(['check']);
    assert.equal(check.code, 0, check.stdout);
    const first = readFileSync(path.join(topicDir, 'brief.md'), 'utf8');
    const again = await cli(['draft', 'fresh', '--write']);
    assert.match(again.stderr, /wrote briefs\/fresh\/brief\.draft\.md/);
    assert.equal(readFileSync(path.join(topicDir, 'brief.md'), 'utf8'), first);
    const brief = await cli(['brief', 'fresh']);
    assert.match(brief.stdout, /Draft, not yet reviewed by a curator/);
    const json = JSON.parse((await cli(['brief', 'fresh', '--json'])).stdout) as { reviewed: boolean; draft: boolean };
    assert.deepEqual([json.reviewed, json.draft], [false, true]);
    rmSync(path.join(topicDir, 'brief.draft.md'));
  });

  it('mistakes are one line: no topic, an unknown topic, a bad --summary-bytes', async () => {
    assert.equal((await cli(['draft'])).code, 2);
    const typo = await cli(['draft', 'fresch']);
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /no topic "fresch"\nDid you mean "fresh"\?/);
    const bad = await cli(['draft', 'fresh', '--summary-bytes', 'lots']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--summary-bytes must be a whole number from 50 to 100000, not "lots"/);
  });
});
