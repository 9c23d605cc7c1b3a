import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { consoleLogStream, formatConsoleLog } from '../../../src/adapters/console/console-log.ts';
import { runCli } from '../../helpers/run-cli.ts';

describe('console logs for people', () => {
  it('turns pino records into one readable line: warnings, errors and reloads only', () => {
    const lines: string[] = [];
    const out = { write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream;
    const logger = pino({ level: 'info', base: null }, consoleLogStream(out));
    logger.info('state store open');
    logger.info({ topic: 'china-russia-aid', quotes: 110, reload: true }, 'china-russia-aid reloaded: 110 quotes verified');
    logger.warn({ topic: 'x', err: new Error('boom') }, 'could not record brief versions');
    logger.error({ adapter: 'slack' }, 'slack: request failed');
    assert.deepEqual(lines, [
      'china-russia-aid reloaded: 110 quotes verified\n',
      'warning: could not record brief versions (topic: x, err: boom)\n',
      'error: slack: request failed (adapter: slack)\n',
    ]);
    assert.ok(lines.every((l) => !l.startsWith('{')), 'no JSON over the prompt');
  });

  it('passes a non-JSON line through', () => {
    assert.equal(formatConsoleLog('plain text'), 'plain text');
  });

  it('briefbot start without a terminal says what it is doing', async () => {
    const r = await runCli(['start'], { input: '' });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^briefbot: running the console, reading \/brief commands from standard input \(not a terminal\)\. It stops when the input ends\./m);
    assert.equal(r.stdout, '', 'stdout stays for replies');
  });
});
