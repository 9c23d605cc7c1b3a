/** `briefbot preview` on the command line: --out, the served page following edits, and mistakes. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../helpers/make-core.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs } from '../helpers/temp-briefs.ts';

describe('briefbot preview (CLI)', () => {
  const tmp = makeTempBriefs();
  after(() => tmp.cleanup());

  it('--out writes the page: both platforms, every view, the check findings', async () => {
    const out = path.join(tmp.root, 'preview.html');
    const r = await runCli(['preview', 'china-russia-aid', '--out', out, '--root', tmp.root]);
    assert.equal(r.code, 0, r.stderr);
    const page = readFileSync(out, 'utf8');
    assert.match(page, /<h1>China and lethal aid to Russia/);
    for (const view of ['/brief china-russia-aid<', '/brief full china-russia-aid', '/brief timeline china-russia-aid', '/brief sources china-russia-aid']) assert.ok(page.includes(view), view);
    assert.match(page, /briefbot check: no errors, no warnings/);
    assert.ok(!/<script/i.test(page));
  });

  it('serves the page on 127.0.0.1 and shows an edit on reload; Ctrl-C stops it', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'briefbot.js'), 'preview', 'china-russia-aid', '--port', '0', '--root', tmp.root], { env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m) resolve(m[0]);
        });
        child.on('close', () => reject(new Error(`preview ended: ${out}`)));
      });
      const first = await (await fetch(url)).text();
      assert.match(first, /<h1>China and lethal aid to Russia/);
      tmp.write(tmp.read().replace(/^title: .*$/m, 'title: China, Russia and lethal aid (edited)'));
      const second = await (await fetch(url)).text();
      assert.match(second, /<h1>China, Russia and lethal aid \(edited\)/);
      // A broken quote shows as a check finding with its file and line.
      tmp.write(tmp.read().replace(/\[@([a-z0-9-]+): ([^\]]{10})/, '[@$1: XYZZY $2'));
      const third = await (await fetch(url)).text();
      assert.match(third, /briefs\/china-russia-aid\/brief\.md:\d+: [^<]*XYZZY/);
    } finally {
      const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      child.kill('SIGINT');
      assert.equal(await closed, 0, 'stops cleanly on Ctrl-C');
    }
  });

  it('--draft shows the proposal beside a reviewed brief (brief.draft.md), and says when there is none', async () => {
    const none = await runCli(['preview', 'china-russia-aid', '--draft', '--out', path.join(tmp.root, 'p.html'), '--root', tmp.root]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /china-russia-aid has no brief\.draft\.md\n"briefbot draft china-russia-aid --write" writes one/);
    writeFileSync(path.join(tmp.briefsDir, 'china-russia-aid', 'brief.draft.md'), tmp.read().replace(/^title: .*$/m, 'title: The proposed brief'));
    const out = path.join(tmp.root, 'proposal.html');
    const r = await runCli(['preview', 'china-russia-aid', '--draft', '--out', out, '--root', tmp.root]);
    assert.equal(r.code, 0, r.stderr);
    const page = readFileSync(out, 'utf8');
    assert.match(page, /<h1>The proposed brief/);
    assert.match(page, /brief\.draft\.md, the proposed brief/);
    const served = await runCli(['preview', 'china-russia-aid', '--out', out, '--root', tmp.root]);
    assert.equal(served.code, 0, served.stderr);
    assert.ok(!readFileSync(out, 'utf8').includes('The proposed brief'), 'without --draft, brief.md');
  });

  it('an unknown topic, a bad port or a missing topic is a one-line usage error', async () => {
    const typo = await runCli(['preview', 'china-rusia-aid', '--root', tmp.root]);
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /no topic "china-rusia-aid"\nDid you mean "china-russia-aid"\?/);
    const port = await runCli(['preview', 'china-russia-aid', '--port', 'http', '--root', tmp.root]);
    assert.equal(port.code, 2);
    assert.match(port.stderr, /--port must be a port number/);
    const none = await runCli(['preview', '--root', tmp.root]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /usage: briefbot preview <topic>/);
  });
});
