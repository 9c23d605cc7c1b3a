/**
 * The Slack HTTP endpoint under hostile traffic: whatever a request's body, headers or
 * pace, the process keeps running, /healthz keeps answering and /brief keeps working.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { checkSlackBodyShape } from '../../../src/adapters/slack/body-shape.ts';
import { SLACK_BODY_LIMIT } from '../../../src/adapters/slack/http-gate.ts';
import { computeSlackSignature } from '../../../src/adapters/slack/verify.ts';
import { FORM, interactionBody, JSON_TYPE, postSigned, signedHeaders } from '../../fakes/slack/slack-requests.ts';
import { prng } from '../../helpers/prng.ts';
import { SECRET, startHarness, type Harness } from './harness.ts';

const KEYS = ['type', 'event', 'payload', 'command', 'text', 'actions', 'view', 'user', 'channel', 'team', 'ssl_check', 'response_url', 'trigger_id', 'event_id', 'container', 'message', 'state', 'values', 'callback_id', 'private_metadata', 'authorizations', 'challenge'];
const TYPES = ['event_callback', 'url_verification', 'block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action', 'app_mention', 'block_suggestion', 'app_rate_limited'];

function randomValue(rnd: () => number, depth: number): unknown {
  const pick = Math.floor(rnd() * (depth > 3 ? 5 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return Math.floor(rnd() * 1000) - 500;
    case 2:
      return TYPES[Math.floor(rnd() * TYPES.length)];
    case 3:
      return rnd() < 0.5;
    case 4:
      return 'x'.repeat(Math.floor(rnd() * 5));
    case 5:
      return Array.from({ length: Math.floor(rnd() * 3) }, () => randomValue(rnd, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 5); i > 0; i--) o[KEYS[Math.floor(rnd() * KEYS.length)] ?? 'type'] = randomValue(rnd, depth + 1);
      return o;
    }
  }
}

const FIXED: Array<[string, string]> = [
  [JSON_TYPE, 'null'],
  [JSON_TYPE, '[]'],
  [JSON_TYPE, '1'],
  [JSON_TYPE, '"x"'],
  [JSON_TYPE, 'true'],
  [JSON_TYPE, '{'],
  [JSON_TYPE, ''],
  [JSON_TYPE, '{}'],
  [JSON_TYPE, '{"type":null}'],
  [JSON_TYPE, '{"ssl_check":null}'],
  [JSON_TYPE, '{"type":"url_verification"}'],
  [JSON_TYPE, '{"type":"event_callback"}'],
  [JSON_TYPE, '{"type":"event_callback","event":null}'],
  [JSON_TYPE, '{"type":"event_callback","event":{"type":"app_mention"}}'],
  [JSON_TYPE, '{"type":"event_callback","event":{"type":"app_mention","text":null,"channel":null}}'],
  [JSON_TYPE, `${'['.repeat(5000)}${']'.repeat(5000)}`],
  [FORM, 'payload=null'],
  [FORM, 'payload=[]'],
  [FORM, 'payload=1'],
  [FORM, 'payload=%7B'],
  [FORM, 'payload={}'],
  [FORM, 'payload={"type":null}'],
  [FORM, 'payload={"type":"block_actions"}'],
  [FORM, 'payload={"type":"block_actions","actions":null}'],
  [FORM, 'payload={"type":"block_actions","actions":[null]}'],
  [FORM, 'payload={"type":"view_submission"}'],
  [FORM, 'payload={"type":"view_submission","view":null}'],
  [FORM, 'payload={"type":"view_submission","view":{"callback_id":"brief.ask.modal","state":null}}'],
  [FORM, 'payload=a&payload=b'],
  [FORM, ''],
  [FORM, '='],
  [FORM, 'command=/brief'],
  [FORM, 'command=%2Fbrief&text=&response_url=not-a-url'],
  [FORM, 'ssl_check=0'],
  ['text/plain', 'null'],
  ['application/json; charset=utf-8', 'null'],
];

describe('Slack HTTP endpoint: no body shape stops the process', { timeout: 60_000 }, () => {
  let h: Harness;
  const crashes: unknown[] = [];
  const onCrash = (err: unknown): void => {
    crashes.push(err);
  };

  before(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    h = await startHarness();
  });
  after(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await h.close();
  });

  it('refuses a signed null body (JSON and form payload) with 400', async () => {
    assert.equal((await postSigned(h.port(), '/slack/events', 'null', JSON_TYPE, { secret: SECRET })).status, 400);
    assert.equal((await postSigned(h.port(), '/slack/events', 'payload=null', FORM, { secret: SECRET })).status, 400);
  });

  it('answers every fixed and 400 random signed bodies without a 5xx, an uncaught error or a dead /healthz', async () => {
    const rnd = prng(20261201);
    const cases = [...FIXED];
    for (let i = 0; i < 400; i++) {
      const value = randomValue(rnd, 0);
      const asForm = rnd() < 0.5;
      cases.push(asForm ? [FORM, new URLSearchParams({ payload: JSON.stringify(value) }).toString()] : [JSON_TYPE, JSON.stringify(value)]);
    }
    const bad: string[] = [];
    for (const [type, body] of cases) {
      const res = await postSigned(h.port(), '/slack/events', body, type, { secret: SECRET });
      if (res.status >= 500) bad.push(`${type} ${body.slice(0, 100)} → ${res.status}`);
    }
    assert.deepEqual(bad, []);
    // Bolt's listeners run after the ack; give them a turn to fail, if they would.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(crashes, []);
    const health = await get(h.port(), '/healthz');
    assert.equal(health.status, 200);
    const res = await h.command('china-russia-aid', { responseId: 'after-fuzz' });
    assert.equal(res.status, 200);
    await h.fake.waitUntil(() => (h.fake.responses.some((r) => r.id === 'after-fuzz') ? true : undefined));
  });

  it('checkSlackBodyShape accepts what Slack sends and refuses the rest', () => {
    const ok = (type: string, body: string): boolean => checkSlackBodyShape(type, Buffer.from(body)).ok;
    assert.equal(ok(FORM, 'command=%2Fbrief&text=x&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx'), true);
    assert.equal(ok(FORM, interactionBody({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: 'a' }] })), true);
    assert.equal(ok(JSON_TYPE, '{"type":"event_callback","event":{"type":"reaction_added"}}'), true);
    assert.equal(ok(JSON_TYPE, '{"type":"url_verification","challenge":"c"}'), true);
    for (const [type, body] of [
      [JSON_TYPE, 'null'],
      [JSON_TYPE, '[1]'],
      [JSON_TYPE, '{"type":"event_callback"}'],
      [JSON_TYPE, '{"type":"event_callback","event":{"type":"app_mention","text":null,"channel":"C1","ts":"1"}}'],
      [FORM, 'payload=null'],
      [FORM, 'payload=%5B%5D'],
      [FORM, interactionBody({ type: 'block_actions', user: { id: 'U1' }, actions: null })],
      [FORM, 'command=%2Fbrief&text=x'],
      [FORM, 'command=%2Fbrief&command=%2Fbrief&text=x&user_id=U1&channel_id=C1'],
      [FORM, ''],
      ['text/plain', '7'],
    ] as const) {
      assert.equal(ok(type, body), false, `${type} ${body}`);
    }
  });
});

describe('Slack HTTP endpoint: body size and repeated headers', { timeout: 20_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it('refuses a declared body over the limit with 413 before the body is sent', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: h.port(), path: '/slack/events', method: 'POST', headers: { 'content-type': FORM, 'content-length': String(SLACK_BODY_LIMIT + 1) } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      // Only 1 kB of the announced body is ever sent: the answer must not wait for the rest.
      req.write('x'.repeat(1024));
    });
    assert.equal(res, 413);
  });

  it('refuses a chunked body as soon as it passes the limit', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: h.port(), path: '/slack/events', method: 'POST', headers: { 'content-type': FORM } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', () => undefined);
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        // Keeps sending until answered; never ends the body by itself.
        if (sent > 64 * SLACK_BODY_LIMIT) return reject(new Error('never answered'));
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once('drain', pump);
      };
      pump();
    });
    assert.equal(res, 413);
  });

  it('accepts a signed body of exactly the limit (it reaches the signature and shape checks)', async () => {
    const prefix = 'command=%2Fbrief&text=';
    const body = prefix + 'a'.repeat(SLACK_BODY_LIMIT - prefix.length);
    const res = await postSigned(h.port(), '/slack/events', body, FORM, { secret: SECRET });
    assert.notEqual(res.status, 413);
    assert.ok(res.status < 500);
  });

  it('refuses two X-Slack-Signature headers (one valid, one junk) with 400', async () => {
    const body = 'command=%2Fbrief&text=list';
    const headers = signedHeaders(body, FORM, { secret: SECRET });
    const valid = headers['x-slack-signature'] ?? '';
    const ts = headers['x-slack-request-timestamp'] ?? '';
    assert.equal(valid, computeSlackSignature(SECRET, ts, body));
    for (const pair of [[valid, 'v0=junk'], ['v0=junk', valid]]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: h.port(), path: '/slack/events', method: 'POST', headers: { ...headers, 'x-slack-signature': pair } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
      assert.equal(status, 400);
    }
  });
});

describe('Slack HTTP endpoint: idle and slow connections are closed', { timeout: 30_000 }, () => {
  let h: Harness;
  const limits = { headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 300, checkIntervalMs: 100, maxConnectionsPerAddress: 30 };
  before(async () => {
    h = await startHarness({ httpLimits: limits });
  });
  after(async () => {
    await h.close();
  });

  const open = (port: number): Promise<{ socket: Socket; closed: Promise<number> }> =>
    new Promise((resolve, reject) => {
      const t0 = Date.now();
      const socket = connect(port, '127.0.0.1', () => resolve({ socket, closed: new Promise((r) => socket.once('close', () => r(Date.now() - t0))) }));
      socket.on('error', () => undefined);
      socket.once('error', reject);
      // Read what the server says (a 408), so its close is seen.
      socket.resume();
    });

  it('closes silent, byte-by-byte-header and byte-by-byte-body clients within the timeouts while serving others', async () => {
    const silent = await Promise.all(Array.from({ length: 8 }, () => open(h.port())));
    const slowHeaders = await Promise.all(Array.from({ length: 6 }, () => open(h.port())));
    const slowBodies = await Promise.all(Array.from({ length: 6 }, () => open(h.port())));
    const head = `POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: ${FORM}\r\n`;
    for (const c of slowBodies) c.socket.write(`${head}content-length: 10000\r\n\r\n`);
    let stop = false;
    const drip = setInterval(() => {
      if (stop) return;
      for (const c of slowHeaders) if (!c.socket.destroyed) c.socket.write('x');
      for (const c of slowBodies) if (!c.socket.destroyed) c.socket.write('a');
    }, 50);
    for (const c of slowHeaders) c.socket.write(`${head}x-drip: `);
    try {
      // Normal requests are served while the slow ones are held.
      for (let i = 0; i < 5; i++) assert.equal((await get(h.port(), "/healthz")).status, 200);
      const times = await Promise.all([...silent, ...slowHeaders, ...slowBodies].map((c) => c.closed));
      const bound = limits.requestTimeoutMs + 4 * limits.checkIntervalMs + 1500;
      for (const t of times) assert.ok(t < bound, `a connection stayed open ${t} ms (bound ${bound} ms)`);
      assert.equal((await get(h.port(), '/healthz')).status, 200);
    } finally {
      stop = true;
      clearInterval(drip);
      for (const c of [...silent, ...slowHeaders, ...slowBodies]) c.socket.destroy();
    }
  });

  it('closes connections from one address beyond the cap at once, and serves again when they are gone', async () => {
    const conns = await Promise.all(Array.from({ length: limits.maxConnectionsPerAddress + 5 }, () => open(h.port())));
    // The newest beyond the cap are closed by the server without waiting for a timeout.
    const early = await Promise.race([
      Promise.all(conns.map((c) => Promise.race([c.closed.then(() => 1), new Promise<number>((r) => setTimeout(() => r(0), 200))]))),
    ]);
    assert.equal(early.reduce((a, b) => a + b, 0), 5);
    for (const c of conns) c.socket.destroy();
    await Promise.all(conns.map((c) => c.closed));
    assert.equal((await get(h.port(), '/healthz')).status, 200);
  });
});

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}
