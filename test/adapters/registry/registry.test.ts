/**
 * The adapter registry: platforms read their own settings, a half-configured one is one
 * clear error, unknown platform names in config are refused at their line, and a new
 * platform runs with nothing but its module added to the registry list.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { PLATFORM_ADAPTERS } from '../../../src/adapters/registry.ts';
import { loadConfig } from '../../../src/app/config.ts';
import { startApp } from '../../../src/app/start-app.ts';
import { describeRunning } from '../../../src/cli/start-command.ts';
import { ConfigError } from '../../../src/domain/errors.ts';
import { silentLogger } from '../../../src/bot/logger.ts';
import { notice } from '../../../src/domain/messages/message-model.ts';
import { makeTempBriefs } from '../../helpers/temp-briefs.ts';
import { webhookModule, type WebhookAdapter } from './loopback-webhook.ts';

describe('adapter registry', () => {
  const tmp = makeTempBriefs();
  after(() => tmp.cleanup());

  it('each platform reads its own settings; none configured means the console', () => {
    assert.deepEqual(loadConfig({ root: tmp.root, env: {} }).adapters, []);
    const both = loadConfig({ root: tmp.root, env: { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', DISCORD_TOKEN: 'd', PORT: '4000' } });
    assert.deepEqual(both.adapters.map((a) => a.module.platform), ['slack', 'discord']);
    assert.deepEqual(both.adapters[0]?.config, { botToken: 'xoxb-1', signingSecret: 's', appToken: undefined, apiUrl: undefined, port: 4000 });
    assert.deepEqual(both.platforms, ['console', ...PLATFORM_ADAPTERS.map((m) => m.platform)]);
    assert.throws(() => loadConfig({ root: tmp.root, env: { SLACK_BOT_TOKEN: 'xoxb-1' } }), (err: unknown) => err instanceof ConfigError && /SLACK_SIGNING_SECRET is not: set it \(HTTP mode\) or set SLACK_APP_TOKEN/.test(err.message));
  });

  it('a subscription or allow-list entry for a platform Briefbot does not have is refused at its line', () => {
    mkdirSync(path.join(tmp.root, 'config'), { recursive: true });
    const file = path.join(tmp.root, 'config', 'teams.yml');
    writeFileSync(file, 'subscriptions:\n  - platform: teams\n    channel: C1\n    topic: china-russia-aid\n    schedule: daily 08:00\n');
    assert.throws(
      () => loadConfig({ root: tmp.root, env: {}, configPath: file }),
      (err: unknown) => err instanceof ConfigError && err.issues.some((i) => i.line === 2 && /platform "teams", which Briefbot does not have/.test(i.message) && /console, slack, discord/.test(i.fix ?? '')),
    );
    // The same file is fine once a "teams" adapter is registered.
    const teams = { ...webhookModule, platform: 'teams', readConfig: () => undefined };
    assert.deepEqual(loadConfig({ root: tmp.root, env: {}, configPath: file, modules: [...PLATFORM_ADAPTERS, teams] }).subscriptions.map((s) => s.platform), ['teams']);
  });

  it('a new platform runs from its module alone: commands in, replies out, recaps delivered, no console', { timeout: 30_000 }, async () => {
    const recaps: string[] = [];
    const callback = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString('utf8')));
      req.on('end', () => {
        recaps.push(body);
        res.end();
      });
    });
    await new Promise<void>((r) => callback.listen(0, '127.0.0.1', r));
    const modules = [...PLATFORM_ADAPTERS, webhookModule];
    const config = loadConfig({ root: tmp.root, env: { WEBHOOK_CALLBACK_URL: `http://127.0.0.1:${(callback.address() as AddressInfo).port}/in`, BRIEFBOT_SQLITE_PATH: ':memory:' }, modules });
    assert.deepEqual(config.adapters.map((a) => a.module.platform), ['webhook']);
    const app = await startApp({ config, logger: silentLogger, stdin: new PassThrough() as unknown as NodeJS.ReadStream, stdout: new PassThrough() as unknown as NodeJS.WriteStream });
    try {
      assert.deepEqual(app.adapters.map((a) => a.platform), ['webhook']);
      const hook = app.adapters[0] as WebhookAdapter;
      assert.match(describeRunning(app, false, modules), /running the webhook on port \d+\. SIGTERM/);
      const reply = await fetch(`http://127.0.0.1:${hook.port}/`, { method: 'POST', body: JSON.stringify({ user: 'u1', channel: 'c1', text: 'china-russia-aid' }) }).then((r) => r.text());
      assert.match(reply, /China and lethal aid to Russia/);
      await hook.delivery.post('c1', [notice('Recap', 'Nothing changed since Monday.')]);
      assert.equal(recaps.length, 1);
      assert.match(recaps[0]!, /"channel":"c1"/);
      assert.match(recaps[0]!, /Nothing changed since Monday/);
    } finally {
      await app.stop();
      callback.close();
    }
  });
});
