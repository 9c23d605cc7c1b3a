import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/make-core.ts';

/** A child process that hits an unhandled rejection and an uncaught exception, then reports. */
function run(withGuard: boolean): { status: number | null; stdout: string } {
  const guard = pathToFileURL(path.join(repoRoot, 'src/app/process-guard.ts')).href;
  const logger = pathToFileURL(path.join(repoRoot, 'src/app/logger.ts')).href;
  const script = `
    const { installProcessGuard } = await import(${JSON.stringify(guard)});
    const { createLogger } = await import(${JSON.stringify(logger)});
    if (${withGuard}) installProcessGuard(createLogger({ level: 'error', destination: 2 }));
    Promise.reject(new Error('nobody awaited me'));
    setTimeout(() => { throw new TypeError("Cannot read properties of null (reading 'ssl_check')"); }, 5);
    setTimeout(() => { console.log('still serving'); process.exit(0); }, 50);
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout };
}

describe('process guard', () => {
  it('keeps the process serving after an unhandled rejection and an uncaught exception', () => {
    const r = run(true);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /still serving/);
  });

  it('is what keeps it alive: without the guard the same errors end the process', () => {
    const r = run(false);
    assert.notEqual(r.status, 0);
    assert.doesNotMatch(r.stdout, /still serving/);
  });
});
