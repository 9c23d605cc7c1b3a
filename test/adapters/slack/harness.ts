/** Starts a fake Slack and the real SlackAdapter (real Bolt) over the real core, on 127.0.0.1. */
import { SlackAdapter, type SlackAdapterDeps } from '../../../src/adapters/slack/slack-adapter.ts';
import type { BriefbotCore } from '../../../src/bot/briefbot-core.ts';
import type { InboundEventLog } from '../../../src/bot/contracts.ts';
import { createLogger, silentLogger } from '../../../src/app/logger.ts';
import { FakeSlack, type FakeUser } from '../../fakes/slack/fake-slack.ts';
import { buttonPayload, FORM, interactionBody, JSON_TYPE, postSigned, slashCommandBody, type PostResult, type SignOptions } from '../../fakes/slack/slack-requests.ts';
import { makeTestCore, type TestCore } from '../../helpers/make-core.ts';

export const SECRET = 'test-signing-secret';

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  core: BriefbotCore;
  events: InboundEventLog;
  testCore: TestCore;
  /** Sleeps the adapter asked for (continuation retries); resolved immediately. */
  sleeps: number[];
  port(): number;
  command(text: string, opts?: Partial<SignOptions> & { responseId?: string; channel?: string; user?: string }): Promise<PostResult>;
  button(actionId: string, value: string, opts?: { responseId?: string; channel?: string; threadTs?: string; user?: string }): Promise<PostResult>;
  interaction(payload: Record<string, unknown>): Promise<PostResult>;
  event(body: Record<string, unknown>, opts?: Partial<SignOptions>): Promise<PostResult>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  socket?: boolean;
  users?: FakeUser[];
  briefsDir?: string;
  /** Wraps the real core (to observe calls). */
  wrapCore?: (core: BriefbotCore, notify: () => void) => BriefbotCore;
  now?: () => number;
  httpLimits?: SlackAdapterDeps['httpLimits'];
  eventsHealth?: SlackAdapterDeps['eventsHealth'];
  logger?: SlackAdapterDeps['logger'];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeSlack.start({ users: options.users ?? [{ id: 'U1', name: 'alice' }] });
  const testCore = await makeTestCore(options.briefsDir ? { briefsDir: options.briefsDir } : {});
  const core = options.wrapCore ? options.wrapCore(testCore.core, () => fake.emit('activity')) : testCore.core;
  const sleeps: number[] = [];
  const deps: SlackAdapterDeps = {
    config: { botToken: fake.botToken, signingSecret: SECRET, appToken: options.socket ? fake.appToken : undefined, apiUrl: fake.apiUrl, port: 0 },
    core,
    events: testCore.events,
    logger: options.logger ?? (process.env['SLACK_TEST_LOG'] ? createLogger({ level: process.env['SLACK_TEST_LOG'] }) : silentLogger),
    host: '127.0.0.1',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    // Short enough that a reconnect (its delay is this times the failures) stays quick, long
    // enough that a busy machine (the whole suite at once) never misses a pong and drops the
    // connection while an envelope is on its way.
    socketPingTimeoutMs: 1500,
    ...(options.now ? { now: options.now } : {}),
    ...(options.httpLimits ? { httpLimits: options.httpLimits } : {}),
    ...(options.eventsHealth ? { eventsHealth: options.eventsHealth } : {}),
  };
  const adapter = new SlackAdapter(deps);
  await adapter.start();
  const port = (): number => adapter.port ?? 0;
  const sign = (o: Partial<SignOptions> = {}): SignOptions => ({ secret: SECRET, ...o });
  return {
    fake,
    adapter,
    core,
    events: testCore.events,
    testCore,
    sleeps,
    port,
    command: (text, opts = {}) =>
      postSigned(
        port(),
        '/slack/events',
        slashCommandBody({ text, response_url: fake.responseUrl(opts.responseId ?? 'cmd'), ...(opts.channel ? { channel_id: opts.channel } : {}), ...(opts.user ? { user_id: opts.user } : {}) }),
        FORM,
        sign(opts),
      ),
    button: (actionId, value, opts = {}) =>
      postSigned(
        port(),
        '/slack/events',
        interactionBody(buttonPayload({ actionId, value, responseUrl: fake.responseUrl(opts.responseId ?? 'btn'), ...opts })),
        FORM,
        sign(),
      ),
    interaction: (payload) => postSigned(port(), '/slack/events', interactionBody(payload), FORM, sign()),
    event: (body, opts = {}) => postSigned(port(), '/slack/events', JSON.stringify(body), JSON_TYPE, sign(opts)),
    close: async () => {
      await adapter.stop();
      await testCore.close();
      await fake.close();
    },
  };
}
