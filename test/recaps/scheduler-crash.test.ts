/**
 * A real process is SIGKILLed in the middle of a recap fan-out. Another replica then
 * delivers every recap the dead one did not finish: nothing is lost, nothing is doubled.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../src/bot/logger.ts';
import { Scheduler } from '../../src/recaps/scheduler.ts';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { FakeCatalog, makeBrief, RecordingTarget } from './recap-fixtures.ts';
import { subscribe } from './scheduler-harness.ts';
import { dropTestSchema, testDatabaseNames } from '../store/store-drivers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DUE = '2025-03-03T08:00:00Z';
const CHANNELS = Array.from({ length: 10 }, (_, i) => `C${i}`);

interface Spec {
  sqlitePath?: string;
  databaseUrl?: string;
  schema?: string;
}

function makeSpec(driver: 'sqlite' | 'postgres'): { spec: Spec; cleanup: () => Promise<void> } {
  if (driver === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-crash-'));
    return { spec: { sqlitePath: path.join(dir, 'briefbot.db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const databaseUrl = process.env['TEST_DATABASE_URL'] ?? '';
  const schema = `briefbot_crash_${randomBytes(5).toString('hex')}`;
  return {
    spec: { databaseUrl, schema },
    cleanup: () => dropTestSchema(databaseUrl, schema),
  };
}

function open(spec: Spec): Promise<Store> {
  return openStore({ sqlitePath: spec.sqlitePath ?? 'unused', databaseUrl: spec.databaseUrl, schema: spec.schema, logger: silentLogger });
}

for (const driver of testDatabaseNames()) {
  describe(`a replica killed with SIGKILL mid fan-out (${driver})`, () => {
    const { spec, cleanup } = makeSpec(driver);
    after(cleanup);

    it('loses nothing and doubles nothing', { timeout: 60_000 }, async () => {
      const store = await open(spec);
      try {
        for (const c of CHANNELS) await subscribe(store, c, '0 8 * * *', 'UTC', new Date('2025-03-03T00:00:00Z'));

        // The sink completes three posts, then holds the fourth: the test kills the child there.
        const completed: string[] = [];
        const held: ServerResponse[] = [];
        let onHeld: () => void = () => {};
        const heldPromise = new Promise<void>((resolve) => (onHeld = resolve));
        const sink = createServer((req, res) => {
          let body = '';
          req.on('data', (d: Buffer) => (body += d.toString()));
          req.on('end', () => {
            const { channelId } = JSON.parse(body) as { channelId: string };
            if (completed.length < 3) {
              completed.push(channelId);
              res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sink-${completed.length}` }));
            } else {
              held.push(res);
              onHeld();
            }
          });
        });
        await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
        const url = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/post`;

        const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'crash-replica.child.ts'), JSON.stringify(spec), url, DUE], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
        await Promise.race([heldPromise, exited.then(() => assert.fail(`child exited before the 4th post: ${stderr}`))]);
        child.kill('SIGKILL');
        assert.equal(await exited, 'SIGKILL');
        for (const res of held) res.destroy();
        sink.close();
        assert.equal(completed.length, 3);

        // Replica B, a minute later: takes every recap the dead child never claimed.
        const target = new RecordingTarget('slack');
        const b = new Scheduler({
          store,
          catalog: new FakeCatalog([makeBrief()]),
          targets: { slack: target },
          clock: () => new Date(DUE),
          logger: silentLogger,
          config: { graceWindowHours: 6, whenUnchanged: 'line', maxAttempts: 3 },
          replicaId: 'b',
          leaseMs: 120_000,
        });
        const r1 = await b.tick(new Date('2025-03-03T08:01:00Z'));
        assert.equal(r1.posted, 6, 'the 6 recaps the child never reached');
        // The child's in-flight claim is still leased; once the lease expires B finishes it.
        const r2 = await b.tick(new Date('2025-03-03T08:03:00Z'));
        assert.equal(r2.takenOver, 1);
        assert.equal(r2.posted, 1);

        const delivered = [...completed, ...target.posts.map((p) => p.channelId)].sort();
        assert.deepEqual(delivered, [...CHANNELS].sort(), 'every channel exactly once');
        const log = await store.listDeliveries();
        assert.equal(log.length, CHANNELS.length);
        assert.ok(log.every((d) => d.status === 'posted'));
        assert.equal((await b.tick(new Date('2025-03-03T08:10:00Z'))).started, 0, 'nothing left to post');
      } finally {
        await store.close();
      }
    });
  });
}
