import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../helpers/run-cli.ts';

describe('console adapter, end to end as a spawned process', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-console-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = { BRIEFBOT_SQLITE_PATH: path.join(dataDir, 'db.sqlite') };

  it('prints the short brief for a piped /brief command, and the full one on request, and exits 0', async () => {
    const r = await runCli(['start'], { input: '/brief china-russia-aid\n/brief china-russia-aid full\n', env });
    assert.equal(r.code, 0, r.stderr);
    const [card = '', full = ''] = r.stdout.split(/(?=^China and lethal aid to Russia$)/m);
    assert.match(card, /^China and lethal aid to Russia/m);
    assert.match(card, /Updated \d{4}-\d{2}-\d{2}/);
    assert.match(card, /STATUS/);
    const words = card.split(/\s+/).filter((w) => w !== '').length;
    assert.ok(words < 260, `the card fits a chat window (${words} words)`);
    assert.match(card, /More: \/brief timeline china-russia-aid · \/brief whoswho china-russia-aid/, 'the console lists the commands the buttons stand for');
    assert.match(card, /SOURCES\n\[1\] beijing-assurances \(outlet unknown, date unknown\)\n/);
    assert.match(full, /QUOTES BY SOURCE/);
    assert.match(full, /\n {2}\[1\] “/, 'the full brief shows every quote, under its source');
    assert.equal(full.split('date unknown').length - 1, 4, '"date unknown" once per undated source (4 of the 5), not once per quote');
    assert.doesNotMatch(r.stderr, /Error|at .*\.ts/);
  });

  it('handles several lines in order, including bad input, without crashing', async () => {
    const input = ['/brief list', '/brief china-rusia-aid', '/brief sources china-russia-aid', '/nonsense', '\u0007\u001b[2J', '/brief ' + 'y'.repeat(100_000), '/brief help', ''].join('\n');
    const r = await runCli(['start'], { input, env });
    assert.equal(r.code, 0, r.stderr);
    const order = ['Topics', 'Did you mean china-russia-aid?', 'Sources: China and lethal aid', 'Unknown command', 'limited to 4,000', 'Briefbot help'].map((s) => r.stdout.indexOf(s));
    assert.ok(order.every((i) => i >= 0), r.stdout.slice(0, 2000));
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'replies come in input order');
    assert.doesNotMatch(r.stdout, /\u001b/, 'no terminal escapes echoed');
  });

  it('answers a plain question before any brief, routed to the best topic, and follow-ups after a brief', async () => {
    const r = await runCli(['start'], { input: 'When did Blinken meet Xi?\n/brief china-russia-aid\nWhat did Wang Yi call the US reaction to the balloon?\n', env });
    assert.equal(r.code, 0, r.stderr);
    const [first = '', rest = ''] = r.stdout.split('China and lethal aid to Russia\nTopic:');
    assert.match(first, /^When did Blinken meet Xi\?\nJune 19 \[1\]\n> .*Xi Jinping on June 19/m);
    assert.match(rest, /hysterical|farce/);
  });

  it('takes a subcommand typed without /brief as a command after a brief, hints at /brief for /ask, and leaves on a bare quit', async () => {
    const input = ['/brief china-russia-aid', 'timeline china-russia-aid', "ask china-russia-aid Who is Ukraine's president?", '/ask china-russia-aid When did Blinken meet Xi?', 'quit', '/brief list', ''].join('\n');
    const r = await runCli(['start'], { input, env });
    assert.equal(r.code, 0, r.stderr);
    const [, afterCard = ''] = r.stdout.split(/^More: .*$/m);
    assert.match(afterCard, /^Timeline: China and lethal aid to Russia/m, 'timeline <topic> shows the timeline, not an answer to "timeline"');
    assert.match(afterCard, /The documents on “China and lethal aid to Russia” don't answer that/, 'ask <topic> <question> asks the question alone');
    assert.match(afterCard, /Unknown command\. Did you mean \/brief ask china-russia-aid When did Blinken meet Xi\?/);
    assert.doesNotMatch(afterCard, /Xi\?\?/, 'the suggested question keeps one question mark');
    assert.doesNotMatch(afterCard, /^Topics$/m, 'nothing after quit is read');
  });

  it('exits 0 on empty input', async () => {
    const r = await runCli(['start'], { input: '', env });
    assert.equal(r.code, 0, r.stderr);
  });
});
