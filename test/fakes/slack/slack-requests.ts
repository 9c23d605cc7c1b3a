/** Builds and sends signed Slack requests (slash commands, interactions, events) for tests and benches. */
import { request, type Agent } from 'node:http';
import { computeSlackSignature } from '../../../src/adapters/slack/verify.ts';

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Replace the computed signature (forgery tests). */
  signature?: string;
  /** Leave out the signature headers entirely. */
  unsigned?: boolean;
  extraHeaders?: Record<string, string>;
}

export interface PostResult {
  status: number;
  body: string;
}

export function signedHeaders(body: string, contentType: string, options: SignOptions): Record<string, string> {
  const ts = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)), ...options.extraHeaders };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = ts;
    headers['x-slack-signature'] = options.signature ?? computeSlackSignature(options.secret, ts, body);
  }
  return headers;
}

/** POSTs to 127.0.0.1:port/path with Slack's headers (keep-alive agent off by default). */
export function postSigned(port: number, path: string, body: string, contentType: string, options: SignOptions, agent?: Agent): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: signedHeaders(body, contentType, options), ...(agent ? { agent } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export interface SlashCommand {
  text: string;
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  response_url: string;
  trigger_id?: string;
}

export function slashCommandBody(cmd: SlashCommand): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'fake',
    channel_id: cmd.channel_id ?? 'C1',
    channel_name: 'general',
    user_id: cmd.user_id ?? 'U1',
    user_name: cmd.user_name ?? 'alice',
    command: '/brief',
    text: cmd.text,
    api_app_id: 'A1',
    response_url: cmd.response_url,
    trigger_id: cmd.trigger_id ?? 'trigger-1',
  }).toString();
}

/** block_actions payload for one button press. */
export function buttonPayload(opts: { actionId: string; value: string; responseUrl: string; channel?: string; user?: string; threadTs?: string; ephemeral?: boolean }): Record<string, unknown> {
  const channel = opts.channel ?? 'C1';
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'fake' },
    user: { id: opts.user ?? 'U1', username: 'alice', name: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: opts.ephemeral ?? true, ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}) },
    trigger_id: 'trigger-2',
    channel: { id: channel, name: 'general' },
    response_url: opts.responseUrl,
    actions: [{ type: 'button', action_id: opts.actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value: opts.value, action_ts: '1700000001.000200' }],
  };
}

export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Events API callback for an app_mention. */
export function mentionEvent(opts: { eventId: string; text: string; channel?: string; user?: string; ts: string; threadTs?: string }): Record<string, unknown> {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: opts.eventId,
    event_time: 1700000000,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: {
      type: 'app_mention',
      user: opts.user ?? 'U1',
      text: opts.text,
      ts: opts.ts,
      channel: opts.channel ?? 'C1',
      event_ts: opts.ts,
      ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
    },
  };
}
