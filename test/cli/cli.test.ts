import assert from 'node:assert/strict';
import { describe, it, after } from 'node:test';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

describe('briefbot CLI', () => {
  it('brief --json prints the documented shape', async () => {
    const r = await runCli(['brief', 'china-russia-aid', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as Record<string, unknown> & { sections: Array<{ id: string; items: Array<{ citations: Array<Record<string, string>> }> }>; sources: Array<Record<string, unknown>> };
    assert.equal(j['slug'], 'china-russia-aid');
    for (const k of ['title', 'updated', 'summary']) assert.equal(typeof j[k], 'string', k);
    assert.deepEqual(j.sections.map((s) => s.id), ['summary', 'key-points', 'timeline', 'whos-who', 'where-sources-differ']);
    for (const s of j.sections) {
      for (const item of s.items) {
        assert.ok(item.citations.length > 0);
        for (const c of item.citations) assert.deepEqual(Object.keys(c).sort(), ['quote', 'source']);
      }
    }
    assert.equal(j.sources.length, 5);
    for (const s of j.sources) {
      assert.deepEqual(Object.keys(s).sort(), ['id', 'outlet', 'path', 'published', 'title', 'url']);
      assert.match(String(s['path']), /^briefs\/china-russia-aid\/sources\/.+\.txt$/);
    }
  });

  it('brief with a typo exits 1 with a suggestion', async () => {
    const r = await runCli(['brief', 'china-rusia-aid']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Did you mean china-russia-aid\?/);
  });

  it('list --json lists topics', async () => {
    const r = await runCli(['list', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ slug: string }>;
    assert.deepEqual(rows.map((x) => x.slug), ['china-russia-aid']);
  });

  describe('check', () => {
    const tmp = makeTempBriefs();
    after(() => tmp.cleanup());

    it('passes on the shipped briefs', async () => {
      const r = await runCli(['check']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /1 ok, 0 with errors; \d+ quotes verified; 0 errors/);
    });

    it('fails with path:line on a tampered quote', async () => {
      const line = tmp.lineOf('the balloon shot down by the US Air Force on February 4');
      tmp.replace('the balloon shot down by the US Air Force on February 4', 'the balloon shot down by the US Air Force on February 5');
      const r = await runCli(['check', tmp.briefsDir], { cwd: tmp.root });
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`briefs/china-russia-aid/brief\\.md:${line}: quote not found in "considering-lethal-aid"`));
    });
  });

  it('rejects unknown commands and options with usage', async () => {
    let r = await runCli(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "frobnicate"/);
    r = await runCli(['list', '--bogus']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Run "briefbot --help"/);
  });

  it('reports a broken config file with its line', async () => {
    const tmp = makeTempBriefs();
    try {
      const { writeFileSync, mkdirSync } = await import('node:fs');
      mkdirSync(`${tmp.root}/config`, { recursive: true });
      writeFileSync(
        `${tmp.root}/config/briefbot.yml`,
        'timezone: Mars/Olympus\nrecaps:\n  graceWindowHours: lots\nsubscriptions:\n  - platform: slack\n    channel: C1\n    topic: china-russia-aid\n    schedule: fortnightly at noon\n',
      );
      const r = await runCli(['list', '--root', tmp.root]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /config\/briefbot\.yml:1: timezone: unknown IANA time zone/);
      assert.match(r.stderr, /config\/briefbot\.yml:3: recaps\.graceWindowHours: Expected number/);
      assert.match(r.stderr, /config\/briefbot\.yml:8: subscriptions\.0\.schedule: /);
    } finally {
      tmp.cleanup();
    }
  });
});
