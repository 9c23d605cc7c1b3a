/** `briefbot ask <topic>` at a terminal with the question left out says what it is waiting for. */
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { repoRoot } from '../helpers/make-core.ts';

function io(stdin: Readable & { isTTY?: boolean }): { io: Parameters<typeof main>[1]; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  return { io: { stdout, stderr, stdin, env: { LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', DATABASE_URL: '' } }, out: () => out, err: () => err };
}

describe('briefbot ask without a question', () => {
  it('at a terminal, says it reads questions from standard input and how to ask one', async () => {
    const stdin = Object.assign(Readable.from(['When was the balloon shot down?\n']), { isTTY: true });
    const t = io(stdin);
    const code = await main(['ask', 'china-russia-aid', '--root', repoRoot], t.io);
    assert.equal(code, 0, t.err());
    assert.match(t.err(), /no question given; reading questions about china-russia-aid from standard input/);
    assert.match(t.err(), /briefbot ask china-russia-aid "<question>"/);
    assert.match(t.out(), /"question": ?"When was the balloon shot down\?"/);
  });

  it('from a pipe, answers the lines and says nothing else', async () => {
    const t = io(Readable.from(['When was the balloon shot down?\n']));
    assert.equal(await main(['ask', 'china-russia-aid', '--root', repoRoot], t.io), 0);
    assert.equal(t.err(), '');
    assert.equal(t.out().trim().split('\n').length, 1);
  });
});
