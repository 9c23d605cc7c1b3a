import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BRIEF_COMMAND } from '../../../src/adapters/discord/commands-definition.ts';
import { APP_ID, GUILD_ID } from '../../fakes/discord/fake-discord.ts';
import { StubCore } from '../../fakes/discord/stub-core.ts';
import { startHarness } from './harness.ts';

const puts = (paths: string[]): number => paths.filter((p) => p.startsWith('PUT ')).length;

test('registers /brief to the guild once; a second start changes nothing', { timeout: 10_000 }, async () => {
  const h = await startHarness(new StubCore());
  try {
    const route = `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`;
    const first = h.fake.requests.filter((r) => r.path === route).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(first, [`GET ${route}`, `PUT ${route}`]);
    assert.equal(h.adapter.registration?.changed, true);
    const stored = h.fake.commands.get(GUILD_ID) ?? [];
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.['name'], 'brief');
    const subs = (stored[0]?.['options'] as { name: string }[]).map((o) => o.name);
    assert.deepEqual(subs, ['show', 'full', 'list', 'sources', 'timeline', 'whoswho', 'differences', 'ask', 'subscribe', 'unsubscribe', 'add', 'subscriptions', 'help']);

    const before = h.fake.requests.length;
    const again = await h.restart();
    const second = h.fake.requests.slice(before).filter((r) => r.path === route).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(second, [`GET ${route}`]);
    assert.equal(puts(second), 0);
    assert.equal(again.registration?.changed, false);
  } finally {
    await h.close();
  }
});

test('registers globally without a guild id and updates a changed definition, keeping other commands', { timeout: 10_000 }, async () => {
  const h = await startHarness(new StubCore(), { guild: false });
  try {
    const route = `/api/v10/applications/${APP_ID}/commands`;
    assert.equal(h.fake.commands.get('global')?.length, 1);
    // Someone else's command, and an outdated /brief.
    const outdated = { ...(h.fake.commands.get('global')?.[0] ?? {}), description: 'old text' };
    h.fake.commands.set('global', [{ id: '42', name: 'other', description: 'x', type: 1 }, outdated]);
    const before = h.fake.requests.length;
    await h.restart();
    const put = h.fake.requests.slice(before).find((r) => r.method === 'PUT' && r.path === route);
    assert.ok(put, 'expected a PUT for the changed definition');
    const names = (put.body as { name: string; id?: string }[]).map((c) => `${c.name}:${c.id ?? ''}`);
    assert.deepEqual(names, ['other:42', 'brief:']);
    assert.equal((h.fake.commands.get('global') ?? []).find((c) => c['name'] === 'brief')?.['description'], BRIEF_COMMAND.description);
  } finally {
    await h.close();
  }
});
