import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slashCommand } from '../../fakes/discord/interaction-payloads.ts';
import { StubCore } from '../../fakes/discord/stub-core.ts';
import { startHarness } from './harness.ts';

test('after the gateway closes the connection, the client resumes and still answers', { timeout: 15_000 }, async () => {
  const core = new StubCore();
  const h = await startHarness(core);
  try {
    const before = h.fake.gateway.stats.connections;
    const resumed = h.fake.gateway.next('resumed');
    h.fake.gateway.closeClient(4000);
    // Dispatched while the client is away: replayed on RESUME, not lost.
    const missed = h.fake.interact(slashCommand('show', { topic: 'china-russia-aid' }));
    await resumed;
    assert.equal(h.fake.gateway.stats.connections, before + 1);
    assert.equal(h.fake.gateway.stats.identifies, 1, 'resumed, not re-identified');
    await h.fake.waitForInteraction(missed);
    const state = h.fake.interact(slashCommand('list'));
    await h.fake.waitForInteraction(state);
    assert.equal(state.callbackType, 4);
    assert.deepEqual(core.calls.filter((c) => c.kind === 'command').map((c) => c.text), ['china-russia-aid', 'list']);
  } finally {
    await h.close();
  }
});

test('when the session cannot be resumed, the client identifies again and still answers', { timeout: 30_000 }, async () => {
  const core = new StubCore();
  const h = await startHarness(core);
  try {
    const identified = h.fake.gateway.next('identified');
    // 4009 Session timed out: discord.js must start a new session.
    h.fake.gateway.closeClient(4009);
    await identified;
    const state = h.fake.interact(slashCommand('help'));
    await h.fake.waitForInteraction(state);
    assert.equal(state.callbackType, 4);
    assert.equal(h.fake.gateway.stats.identifies, 2);
  } finally {
    await h.close();
  }
});
