/** The preview's web server: loopback only, its own Host only, GET and HEAD of / only, no script allowed, a short error page. */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startPreviewServer, type PreviewServer } from '../../src/preview/preview-server.ts';

function get(url: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  let server: PreviewServer;
  let renders = 0;
  let fail = false;
  const refreshes: Array<number | null> = [];
  before(async () => {
    server = await startPreviewServer({
      port: 0,
      render: async (refresh) => {
        renders++;
        refreshes.push(refresh);
        if (fail) throw new Error('brief.md could not be read');
        return `<!doctype html><p>render ${renders}</p>`;
      },
    });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 and makes the page afresh on every request, with a policy that allows no script', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const a = await get(server.url);
    const b = await get(server.url);
    assert.equal(a.status, 200);
    assert.match(a.headers['content-type'] as string, /^text\/html; charset=utf-8/);
    assert.match(a.headers['content-security-policy'] as string, /default-src 'none'/);
    assert.ok(!/script-src/.test(a.headers['content-security-policy'] as string), 'no script source is allowed');
    assert.equal(a.headers['x-content-type-options'], 'nosniff');
    assert.notEqual(a.body, b.body, 'each reload renders again');
    const head = await get(server.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
  });

  it('passes on a reload interval asked for with ?refresh=N, within 1..3600 s', async () => {
    refreshes.length = 0;
    for (const q of ['?refresh=3', '?refresh=abc', '?refresh=99999', '?refresh=0', '']) await get(`${server.url}${q}`);
    assert.deepEqual(refreshes, [3, null, null, null, null]);
  });

  it('refuses another Host (DNS rebinding), other methods and other paths', async () => {
    const port = new URL(server.url).port;
    assert.equal((await get(server.url, { host: `evil.example:${port}` })).status, 421);
    assert.equal((await get(server.url, { host: `localhost:${port}` })).status, 200, 'localhost is this server too');
    const post = await get(server.url, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers['allow'], 'GET, HEAD');
    assert.equal((await get(`${server.url}secrets`)).status, 404);
  });

  it('a page that cannot be made is a short error, not a stack trace, and the server keeps serving', async () => {
    fail = true;
    const bad = await get(server.url);
    assert.equal(bad.status, 500);
    assert.match(bad.body, /^The preview could not be made: brief\.md could not be read\n$/);
    fail = false;
    assert.equal((await get(server.url)).status, 200);
  });
});
