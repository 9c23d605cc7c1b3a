/**
 * Is a (signed) request body shaped like something Slack sends, and something this bot
 * listens for? Pure; no Bolt, no I/O.
 *
 * Slack sends events as a JSON object, and slash commands and interactions as a form
 * whose `payload` field (interactions) is a JSON object. Bolt assumes that shape: a signed
 * `null` crashed the process (reading `ssl_check` of null), and a payload that no listener
 * matches holds the request for Bolt's 3 s unhandled-request timeout. So:
 * - `invalid`: not a Slack payload at all, or missing the fields our listeners read → 400;
 * - `ignored`: a well-formed Slack payload of a kind we do not listen for → 200 at once;
 * - `forward`: hand it to Bolt.
 */
import { z } from 'zod';

/** What a well-formed body is: an Events API callback, a slash command or an interaction. */
export type BodyKind = 'event' | 'command' | 'interaction';

export type BodyShape = { ok: true; route: 'forward' | 'ignored'; kind: BodyKind } | { ok: false; reason: string };

const id = z.string().min(1).max(256);
const user = z.object({ id }).passthrough();

const slashCommand = z
  .object({ command: z.string().startsWith('/'), text: z.string().optional(), user_id: id, channel_id: id, response_url: z.string().url().optional() })
  .passthrough();

const blockActions = z
  .object({
    type: z.literal('block_actions'),
    user,
    actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() }).passthrough()).min(1),
    container: z.record(z.unknown()).optional(),
    channel: z.object({ id }).passthrough().optional(),
    message: z.record(z.unknown()).optional(),
    response_url: z.string().url().optional(),
    trigger_id: z.string().optional(),
  })
  .passthrough();

const viewSubmission = z
  .object({
    type: z.literal('view_submission'),
    user,
    view: z.object({ callback_id: z.string(), private_metadata: z.string().optional(), state: z.object({ values: z.record(z.record(z.record(z.unknown()))) }).passthrough() }).passthrough(),
  })
  .passthrough();

const HANDLED_INTERACTIONS = new Set(['block_actions', 'view_submission']);

const urlVerification = z.object({ type: z.literal('url_verification'), challenge: z.string() }).passthrough();
const eventCallback = z.object({ type: z.literal('event_callback'), event_id: z.string().optional(), event: z.object({ type: z.string() }).passthrough() }).passthrough();
const appMention = z.object({ type: z.literal('app_mention'), text: z.string(), channel: id, ts: z.string(), user: z.string().optional(), thread_ts: z.string().optional(), bot_id: z.string().optional() }).passthrough();

function parseJsonObject(text: string, what: string): { ok: true; value: Record<string, unknown> } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${what} is not valid JSON` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: `${what} is not a JSON object` };
  return { ok: true, value: parsed as Record<string, unknown> };
}

function check(schema: z.ZodTypeAny, value: unknown, what: string, kind: BodyKind): BodyShape {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, route: 'forward', kind };
  const issue = r.error.issues[0];
  return { ok: false, reason: `${what}: ${issue ? `${issue.path.join('.') || '(root)'} ${issue.message}` : 'bad shape'}` };
}

function checkInteraction(payload: Record<string, unknown>): BodyShape {
  const type = payload['type'];
  if (typeof type !== 'string') return { ok: false, reason: 'the payload has no type' };
  if (!HANDLED_INTERACTIONS.has(type)) return { ok: true, route: 'ignored', kind: 'interaction' };
  return check(type === 'block_actions' ? blockActions : viewSubmission, payload, type, 'interaction');
}

function checkEvent(body: Record<string, unknown>): BodyShape {
  const type = body['type'];
  if (type === 'url_verification') return check(urlVerification, body, type, 'event');
  if (type !== 'event_callback') return typeof type === 'string' ? { ok: true, route: 'ignored', kind: 'event' } : { ok: false, reason: 'the body has no type' };
  const envelope = check(eventCallback, body, type, 'event');
  if (!envelope.ok) return envelope;
  const event = body['event'] as Record<string, unknown>;
  if (event['type'] !== 'app_mention') return { ok: true, route: 'ignored', kind: 'event' };
  return check(appMention, event, 'app_mention', 'event');
}

/**
 * `type` is the lower-cased media type without parameters. Like Bolt, a form is read as a
 * form and anything else as JSON.
 */
export function checkSlackBodyShape(type: string, body: Buffer): BodyShape {
  const text = body.toString('utf8');
  if (type !== 'application/x-www-form-urlencoded') {
    const parsed = parseJsonObject(text, 'the body');
    return parsed.ok ? checkEvent(parsed.value) : parsed;
  }
  const form = new URLSearchParams(text);
  const payloads = form.getAll('payload');
  if (payloads.length > 1) return { ok: false, reason: 'the form has more than one payload' };
  const payload = payloads[0];
  if (payload !== undefined) {
    const parsed = parseJsonObject(payload, 'the payload field');
    return parsed.ok ? checkInteraction(parsed.value) : parsed;
  }
  for (const key of new Set(form.keys())) if (form.getAll(key).length > 1) return { ok: false, reason: `the form repeats "${key}"` };
  return check(slashCommand, Object.fromEntries(form), 'slash command', 'command');
}
