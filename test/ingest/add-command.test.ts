/** /brief add <topic> <url> in chat: for channel managers and the allow-list, one-line refusals. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseCommand, type Command } from '../../src/domain/command.ts';
import { createAddCommand } from '../../src/ingest/add-command.ts';
import { fetchPage } from '../../src/ingest/safe-fetch.ts';
import { renderText } from '../../src/domain/messages/render-text.ts';
import { testContext } from '../helpers/context.ts';
import { makeTestCore, type TestCore } from '../helpers/make-core.ts';
import { makeTempBriefs, type TempBriefs } from '../helpers/temp-briefs.ts';

const PAGE = '<html><head><meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2026-11-21"><title>Talks to resume</title></head><body><article><h1>Talks to resume</h1><p>Port and union negotiators will meet again on Thursday, the labour ministry said in a statement on Friday evening.</p><p>The strike has idled three terminals for eleven days.</p></article></body></html>';

describe('/brief add in chat', () => {
  let tmp: TempBriefs;
  let tc: TestCore;
  let server: Server;
  let url = '';
  before(async () => {
    tmp = makeTempBriefs();
    mkdirSync(path.join(tmp.briefsDir, 'port-strike', 'sources'), { recursive: true });
    writeFileSync(path.join(tmp.briefsDir, 'port-strike', 'sources', 'sources.yml'), '[]\n');
    tc = await makeTestCore({ briefsDir: tmp.briefsDir });
    server = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/talks`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await tc.close();
    tmp.cleanup();
  });

  const command = (allow: string[], allowPrivateHosts = true) =>
    createAddCommand({
      briefsDir: tmp.briefsDir,
      catalog: tc.bundle.catalog,
      allow,
      fetch: (u) => fetchPage(u, { timeoutMs: 2000, maxBytes: 1 << 20, maxRedirects: 5, allowPrivateHosts }),
      maxFileBytes: 1 << 20,
      clock: () => new Date('2026-11-22T10:00:00Z'),
    });
  const text = async (cmd: ReturnType<typeof command>, args: string, manager = false): Promise<string> =>
    (await cmd.handle(parseCommand(`add ${args}`) as Extract<Command, { kind: 'add' }>, testContext({ manager, platform: 'slack' }))).messages.map((m) => renderText(m)).join('\n');

  it('refuses people who may not manage the channel, saying which allow-list entry to ask for', async () => {
    const t = await text(command([]), `port-strike ${url}`);
    assert.match(t, /Only channel managers .* can add sources to a topic/);
    assert.match(t, /add "slack:U1" to permissions\.allow/);
    assert.ok(!existsSync(path.join(tmp.briefsDir, 'port-strike', 'sources', 'harbour-times-2026-11-21-talks-to-resume.txt')));
  });

  it('adds the page for a channel manager and says what was added; a second time it says why not', async () => {
    const cmd = command([]);
    const t = await text(cmd, `port-strike ${url}`, true);
    assert.match(t, /Added to port-strike as harbour-times-2026-11-21-talks-to-resume: Talks to resume · Harbour Times · 2026-11-21/);
    assert.ok(existsSync(path.join(tmp.briefsDir, 'port-strike', 'sources', 'harbour-times-2026-11-21-talks-to-resume.txt')));
    assert.match(await text(cmd, `port-strike ${url}`, true), /Not added\n.*is already in this topic/);
  });

  it('explains its usage, and refuses what it cannot fetch in one line', async () => {
    assert.match(await text(command(['slack:U1']), 'port-strike'), /Usage: \/brief add <topic> <https:\/\/…>/);
    // Refused from the URL alone, before any connection (private addresses not allowed here).
    const t = await text(command(['slack:U1'], false), 'port-strike http://10.1.2.3/x');
    assert.match(t, /Not added\n.*10\.1\.2\.3 is a private or reserved address; refused/);
  });
});
