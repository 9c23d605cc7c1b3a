/**
 * The preview's web server: one page on the loopback interface, made afresh on every
 * request so an edit to the topic's files shows on reload. It answers GET and HEAD of `/`
 * only, refuses a Host header that is not this server's own (a page elsewhere cannot reach
 * it by DNS rebinding), and sends the page with a Content-Security-Policy that allows no
 * script, frame or form, so nothing in a document can run.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PreviewServerOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /**
   * Makes the page; `refresh` is the seconds asked for with `/?refresh=N` (1–3600), for a page
   * that reloads itself while the curator edits. A failure is shown as a short error page,
   * never a stack trace.
   */
  render(refresh: number | null): Promise<string>;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

const HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', head = false): void {
  res.writeHead(status, { ...HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  let port = options.port;
  const allowedHosts = (): Set<string> => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts().has((req.headers.host ?? '').toLowerCase())) return send(res, 421, 'This preview answers only at its own address.\n');
    const [pathname, query = ''] = (req.url ?? '/').split('?');
    const asked = Number(new URLSearchParams(query).get('refresh'));
    const refresh = Number.isInteger(asked) && asked >= 1 && asked <= 3600 ? asked : null;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'Only GET and HEAD.\n');
    }
    if (pathname !== '/') return send(res, 404, 'Not found: the preview is at /.\n', undefined, req.method === 'HEAD');
    options.render(refresh).then(
      (html) => send(res, 200, html, 'text/html; charset=utf-8', req.method === 'HEAD'),
      (err: unknown) => send(res, 500, `The preview could not be made: ${err instanceof Error ? err.message : String(err)}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
