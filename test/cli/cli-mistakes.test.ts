/** Mistakes on the command line are one clear line and a non-zero exit, never silence or a stack trace. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

describe('briefbot CLI: mistakes never pass silently', () => {
  const tmp = makeTempBriefs();
  after(() => tmp.cleanup());

  it('a --config or BRIEFBOT_CONFIG that does not exist is an error, not the defaults', async () => {
    let r = await runCli(['list', '--root', tmp.root, '--config', 'config/nope.yml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /config file .*config\/nope\.yml \(from --config\) does not exist/);
    r = await runCli(['list', '--root', tmp.root], { env: { BRIEFBOT_CONFIG: path.join(tmp.root, 'missing.yml') } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.yml \(from BRIEFBOT_CONFIG\) does not exist/);
    // The default path may be absent.
    r = await runCli(['list', '--root', tmp.root]);
    assert.equal(r.code, 0, r.stderr);
  });

  it('--root that does not exist, and a missing briefs folder, are one line and exit 2', async () => {
    let r = await runCli(['list', '--root', '/nonexistent/briefbot']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^briefbot: --root \/nonexistent\/briefbot: no such folder\n/);
    const empty = mkdtempSync(path.join(os.tmpdir(), 'briefbot-empty-'));
    try {
      r = await runCli(['brief', 'x', '--root', empty]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^briefbot: no briefs folder at .*briefs\n/);
      assert.doesNotMatch(r.stderr, /ENOENT|\n\s+at /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('--json prints errors as {"error": {code, message}} on stdout with the same exit code', async () => {
    let r = await runCli(['brief', 'china-rusia-aid', '--json']);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout), { error: { code: 'unknown_topic', message: 'briefbot: no brief called "china-rusia-aid". Did you mean china-russia-aid?' } });
    r = await runCli(['list', '--bogus', '--json']);
    assert.equal(r.code, 2);
    assert.equal((JSON.parse(r.stdout) as { error: { code: string } }).error.code, 'usage');
    r = await runCli(['ask', 'nothing-like-it', 'why?', '--json']);
    assert.equal(r.code, 1);
    const e = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    assert.equal(e.error.code, 'unknown_topic');
    assert.match(e.error.message, /Topics: china-russia-aid\. Run "briefbot list"/);
    r = await runCli(['list', '--json', '--config', 'nope.yml']);
    assert.equal(r.code, 2);
    assert.equal((JSON.parse(r.stdout) as { error: { code: string } }).error.code, 'config');
  });

  it('an empty question ("", blanks) is a usage error, not batch mode reading standard input', async () => {
    // Piped input shows the difference: batch mode would answer it as JSON lines with exit 0.
    for (const empty of ['', '   ']) {
      const r = await runCli(['ask', 'china-russia-aid', empty], { input: 'When was the balloon shot down?\n' });
      assert.equal(r.code, 2, r.stdout);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^briefbot ask: the question is empty\. Ask one: briefbot ask china-russia-aid "<question>"/);
    }
    // No question at all still reads them from standard input.
    const r = await runCli(['ask', 'china-russia-aid'], { input: 'When was the balloon shot down?\n' });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^\{"topic":"china-russia-aid"|"quote"/);
  });

  it('points CLI users at briefbot commands, not chat ones, and suggests a mistyped command', async () => {
    let r = await runCli(['brief', 'zzz']);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stderr, /\/brief help/);
    assert.match(r.stderr, /briefbot list/);
    r = await runCli(['lsit']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "lsit"\nDid you mean "briefbot list"\?/);
  });

  it('a subscription in config for a topic that does not exist is reported by check with file:line', async () => {
    mkdirSync(path.join(tmp.root, 'config'), { recursive: true });
    writeFileSync(
      path.join(tmp.root, 'config', 'briefbot.yml'),
      'subscriptions:\n  - platform: slack\n    channel: C1\n    topic: china-russia-aid\n    schedule: daily 08:00\n  - platform: slack\n    channel: C2\n    topic: china-rusia-aid\n    schedule: daily 09:00\n',
    );
    try {
      const r = await runCli(['check', '--root', tmp.root]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^config\/briefbot\.yml:6: subscription for slack:C2 names topic "china-rusia-aid", which does not exist \(use one of: china-russia-aid/m);
      assert.doesNotMatch(r.stdout, /slack:C1/);
    } finally {
      rmSync(path.join(tmp.root, 'config'), { recursive: true, force: true });
    }
  });
});

describe('briefbot recap --since a date older than any recorded version', () => {
  it('reports what the sources and timeline show after the date (the June 2023 assurance), not "no changes"', async () => {
    const r = await runCli(['recap', 'china-russia-aid', '--since', '2023-03-01', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { baseline: unknown; changes: { timelineAdded: Array<{ date: string; text: string }>; empty: boolean } | null };
    assert.equal(j.baseline, null);
    assert.ok(j.changes && !j.changes.empty);
    const dates = j.changes.timelineAdded.map((t) => t.date);
    assert.ok(dates.includes('2023-06-19'), dates.join(', '));
    assert.ok(dates.every((d) => d > '2023-03-01'), 'only entries after the date');
    assert.ok(j.changes.timelineAdded.some((t) => /assurances/.test(t.text)));
  });
});
