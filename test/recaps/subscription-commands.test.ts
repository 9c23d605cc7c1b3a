import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CommandContext } from '../../src/bot/contracts.ts';
import { ConfigError } from '../../src/domain/errors.ts';
import { createSubscriptionCommands, syncConfigSubscriptions } from '../../src/recaps/subscription-commands.ts';
import type { AnyRouterCommand } from '../../src/bot/router-types.ts';
import type { Reply } from '../../src/domain/messages/message-model.ts';
import { parseCommand, type Command } from '../../src/domain/command.ts';
import type { Store } from '../../src/store/open-store.ts';
import { createTestDatabase, type TestDatabase } from '../store/store-drivers.ts';
import { FakeCatalog, makeBrief, messageText } from './recap-fixtures.ts';

function ctx(userId: string, manager = false, channelId = 'C1'): CommandContext {
  return { platform: 'slack', user: { id: userId }, channelId, isChannelManager: () => Promise.resolve(manager) };
}

describe('subscription commands', () => {
  let db: TestDatabase;
  let store: Store;
  let commands: Map<string, AnyRouterCommand>;
  const now = new Date('2025-03-03T06:00:00Z');

  before(async () => {
    db = createTestDatabase('sqlite');
    store = await db.open();
    const catalog = new FakeCatalog([makeBrief(), makeBrief({ slug: 'sudan-war', title: 'War in Sudan' })]);
    commands = new Map(createSubscriptionCommands({ store, catalog, allow: ['slack:UALLOWED'], defaultTimezone: 'Europe/Berlin', clock: () => now }).map((c) => [c.kind, c as AnyRouterCommand]));
  });
  after(async () => db.cleanup());

  const run = async (name: string, args: string, c: CommandContext) => {
    const cmd = commands.get(name);
    assert.ok(cmd, name);
    const reply = await (cmd.handle as (command: Command, c: CommandContext) => Promise<Reply>)(parseCommand(`${name} ${args}`), c);
    const m = reply.messages[0];
    assert.ok(m);
    return { reply, message: m, text: messageText(m) };
  };

  it('refuses users who are neither channel managers nor on the allow-list', async () => {
    for (const [name, args] of [['subscribe', 'grain-deal daily 08:00'], ['unsubscribe', 'grain-deal']] as const) {
      const r = await run(name, args, ctx('URANDOM'));
      assert.equal(r.message.kind, 'error');
      assert.equal(r.reply.ephemeral, true);
      assert.match(r.text, /Only channel managers .* or people on the Briefbot allow-list can/);
    }
    assert.deepEqual(await store.listSubscriptions(), []);
  });

  it('lets a channel manager subscribe with the default time zone and shows the next recap', async () => {
    const r = await run('subscribe', 'grain-deal weekdays 08:00', ctx('UADMIN', true));
    assert.equal(r.message.kind, 'notice');
    assert.equal(r.reply.ephemeral, false);
    assert.match(r.text, /^Subscribed\nThis channel gets a recap of Black Sea grain deal every weekday \(Mon–Fri\) at 08:00, Europe\/Berlin time\. Next recap: Mon, 3 Mar 2025, 08:00 \(Europe\/Berlin\)\./);
    const [sub] = await store.listSubscriptions({ channelId: 'C1' });
    assert.equal(sub?.cron, '0 8 * * 1-5');
    assert.equal(sub?.timezone, 'Europe/Berlin');
    assert.equal(sub?.createdBy, 'slack:UADMIN');
    assert.equal(sub?.source, 'command');
  });

  it('lets an allow-listed user change the schedule, with a time zone and a multi-word topic title', async () => {
    const r = await run('subscribe', 'black sea grain deal weekly mon 09:00 America/New_York', ctx('UALLOWED'));
    assert.match(r.text, /^Schedule updated\n.*every Monday at 09:00, America\/New_York time/);
    const subs = await store.listSubscriptions({ channelId: 'C1' });
    assert.equal(subs.length, 1);
    assert.equal(subs[0]?.timezone, 'America/New_York');
  });

  it('explains typos in topics and schedules', async () => {
    assert.match((await run('subscribe', 'grain-dael daily 08:00', ctx('UALLOWED'))).text, /I don't have a brief called "grain-dael"\. Did you mean grain-deal\?/);
    assert.match((await run('subscribe', 'nothing-like-it daily 08:00', ctx('UALLOWED'))).text, /Topics: grain-deal, sudan-war/);
    assert.match((await run('subscribe', 'grain-deal daily 25:00', ctx('UALLOWED'))).text, /Invalid schedule\n"25:00" is not a valid time of day/);
    assert.match((await run('subscribe', 'grain-deal daily 08:00 Europe/Berln', ctx('UALLOWED'))).text, /Did you mean Europe\/Berlin\?/);
    assert.match((await run('subscribe', 'grain-deal', ctx('UALLOWED'))).text, /Usage: \/brief subscribe <topic> daily 08:00/);
  });

  it('lists the subscriptions of this channel only', async () => {
    await run('subscribe', 'sudan-war 0 7 * * 1-5 UTC', ctx('UALLOWED', false, 'C2'));
    const r = await run('subscriptions', '', ctx('ANYONE', false, 'C2'));
    assert.equal(r.message.kind, 'list');
    assert.match(r.text, /War in Sudan: on cron schedule "0 7 \* \* 1-5", UTC time; next recap Mon, 3 Mar 2025, 07:00 \(UTC\)/);
    assert.doesNotMatch(r.text, /grain/);
    assert.match((await run('subscriptions', '', ctx('ANYONE', false, 'C9'))).text, /no recap subscriptions/);
  });

  it('unsubscribes, and says so when the channel was not subscribed', async () => {
    const r = await run('unsubscribe', 'Black Sea grain deal', ctx('UADMIN', true));
    assert.match(r.text, /^Unsubscribed\nThis channel will no longer get recaps of Black Sea grain deal\./);
    assert.deepEqual(await store.listSubscriptions({ channelId: 'C1' }), []);
    assert.match((await run('unsubscribe', 'grain-deal', ctx('UADMIN', true))).text, /not subscribed to "grain-deal"/);
  });

  it('syncs config subscriptions idempotently and protects them from chat commands', async () => {
    const subs = [
      { platform: 'slack' as const, channel: 'C3', topic: 'grain-deal', schedule: 'daily 07:30' },
      { platform: 'discord' as const, channel: '42', topic: 'sudan-war', schedule: 'weekly fri 16:00', timezone: 'Africa/Khartoum' },
    ];
    assert.deepEqual(await syncConfigSubscriptions(store, subs, 'UTC', now), { created: 2, updated: 0, removed: 0 });
    assert.deepEqual(await syncConfigSubscriptions(store, subs, 'UTC', now), { created: 0, updated: 0, removed: 0 });
    const khartoum = await store.findSubscription('discord', '42', 'sudan-war');
    assert.equal(khartoum?.timezone, 'Africa/Khartoum');
    assert.equal(khartoum?.source, 'config');
    assert.match((await run('unsubscribe', 'grain-deal', ctx('UADMIN', true, 'C3'))).text, /declared in the Briefbot config file/);
    assert.match((await run('subscribe', 'grain-deal daily 09:00', ctx('UADMIN', true, 'C3'))).text, /declared in the Briefbot config file/);
    assert.deepEqual(await syncConfigSubscriptions(store, [{ ...subs[0]!, schedule: 'daily 08:00' }], 'UTC', now), { created: 0, updated: 1, removed: 1 });
    await assert.rejects(syncConfigSubscriptions(store, [{ ...subs[0]!, schedule: 'sometimes' }], 'UTC', now), (err: unknown) => err instanceof ConfigError && /subscriptions\[0\]\.schedule/.test(err.issues[0]?.message ?? ''));
  });
});
