/**
 * The whole app as `npm start` runs it: config from the environment, the SQLite store,
 * both platform adapters against fake Slack and Discord on 127.0.0.1, the scheduler, and
 * an ordered stop. A subscription made with a Slack command is delivered by the scheduler.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../src/app/config.ts';
import { startApp } from '../../src/app/start-app.ts';
import { conversationKey } from '../../src/bot/contracts.ts';
import { createLogger, silentLogger } from '../../src/app/logger.ts';
import { FakeDiscord, FAKE_TOKEN, GUILD_ID } from '../fakes/discord/fake-discord.ts';
import { FakeSlack } from '../fakes/slack/fake-slack.ts';
import { FORM, postSigned, slashCommandBody } from '../fakes/slack/slack-requests.ts';
import { repoRoot } from '../helpers/make-core.ts';

const SECRET = 'app-test-secret';

describe('startApp with Slack and Discord configured', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-app-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs both adapters and the scheduler, delivers a subscribed recap, and stops in order', { timeout: 60_000 }, async () => {
    const slack = await FakeSlack.start({ users: [{ id: 'UADMIN', name: 'admin', is_admin: true }, { id: 'UPLAIN', name: 'plain' }] });
    const discord = await FakeDiscord.start();
    let now = new Date('2026-03-02T07:00:00Z'); // a Monday
    const config = loadConfig({
      root: repoRoot,
      env: {
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_GUILD_ID: GUILD_ID,
        BRIEFBOT_SQLITE_PATH: path.join(dir, 'briefbot.db'),
      },
    });
    const app = await startApp({
      config,
      logger: process.env['APP_TEST_DEBUG'] ? createLogger({ level: 'debug' }) : silentLogger,
      stdin: new PassThrough() as unknown as NodeJS.ReadStream,
      stdout: new PassThrough() as unknown as NodeJS.WriteStream,
      clock: () => now,
    });
    try {
      assert.deepEqual(app.adapters.map((a) => a.platform), ['slack', 'discord'], 'no console when platforms are configured');
      const slackAdapter = app.adapters[0] as { port?: number };
      const port = slackAdapter.port ?? 0;
      assert.ok(port > 0);

      const command = async (text: string, user: string, id: string): Promise<void> => {
        const body = slashCommandBody({ text, user_id: user, channel_id: 'CNEWS', response_url: slack.responseUrl(id) });
        const res = await postSigned(port, '/slack/events', body, FORM, { secret: SECRET });
        assert.equal(res.status, 200);
      };
      // A user who is not an admin is refused, privately.
      await command('subscribe china-russia-aid weekdays 08:00 UTC', 'UPLAIN', 'r1');
      const [refusal] = await slack.waitForResponses(1);
      assert.match(JSON.stringify(refusal?.body), /Not allowed/);
      // An admin subscribes the channel; the confirmation is posted in the channel.
      await command('subscribe china-russia-aid weekdays 08:00 UTC', 'UADMIN', 'r2');
      const [confirmation] = await slack.waitForCalls('chat.postMessage', 1, (c) => c.args['channel'] === 'CNEWS');
      assert.match(String(confirmation?.args['text']), /weekday|08:00/i);
      assert.equal((await app.store.listSubscriptions({})).length, 1);

      // The scheduler fires at 08:00 and posts the first recap with chat.postMessage.
      now = new Date('2026-03-02T08:00:00Z');
      const report = await app.scheduler.tick(now);
      assert.equal(report.posted, 1);
      const post = (await slack.waitForCalls('chat.postMessage', 2, (c) => c.args['channel'] === 'CNEWS'))[1];
      assert.ok(post);
      assert.match(String(post.args['text']), /China and lethal aid to Russia/);
      // The recap's thread now knows its topic, for follow-up questions.
      const ts = String((post.response['ts'] as string | undefined) ?? '');
      const convo = await app.store.getConversation(conversationKey('slack', 'CNEWS', ts));
      assert.equal(convo?.topic, 'china-russia-aid');
      // The same fire is not delivered twice.
      assert.equal((await app.scheduler.tick(new Date('2026-03-02T08:00:30Z'))).posted, 0);
    } finally {
      await app.stop();
      await app.done;
      await slack.close();
      await discord.stop();
    }
  });
});
