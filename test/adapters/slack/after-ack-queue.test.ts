import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AfterAckQueue } from '../../../src/adapters/slack/after-ack-queue.ts';
import { silentLogger } from '../../../src/bot/logger.ts';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('AfterAckQueue', () => {
  it('runs every job, in order, at most `concurrency` at once, and survives a failing job', async () => {
    const q = new AfterAckQueue(silentLogger, 2);
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    for (let i = 0; i < 10; i++) {
      q.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await turn();
        await turn();
        running--;
        if (i === 3) throw new Error('boom');
        done.push(i);
      });
    }
    assert.equal(await q.drain(5_000), true);
    assert.deepEqual(done, [0, 1, 2, 4, 5, 6, 7, 8, 9]);
    assert.equal(peak, 2);
    assert.equal(q.size, 0);
  });

  it('starts at most one new job per turn of the event loop, after I/O already waiting', async () => {
    const q = new AfterAckQueue(silentLogger, 4);
    const log: string[] = [];
    for (let i = 0; i < 3; i++) q.run(async () => void log.push(`job ${i}`));
    // Something that arrived meanwhile (as a request would): it runs before the jobs are all started.
    setImmediate(() => log.push('other'));
    await q.drain();
    assert.equal(log.indexOf('job 0'), 0);
    assert.ok(log.indexOf('other') < log.indexOf('job 2'), log.join(', '));
  });

  it('drain resolves false after its timeout when a job hangs', async () => {
    const q = new AfterAckQueue(silentLogger, 1);
    q.run(() => new Promise(() => undefined));
    assert.equal(await q.drain(20), false);
  });
});
