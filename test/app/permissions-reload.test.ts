import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PermissionsReload } from '../../src/app/permissions-reload.ts';
import { captureLogger } from '../recaps/scheduler-harness.ts';

describe('permissions.allow reloads without a restart', () => {
  it('picks up an edit of the config file (also a save that replaces it), and keeps the old list when the file is broken', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-perm-'));
    const file = path.join(dir, 'briefbot.yml');
    writeFileSync(file, 'permissions:\n  allow: ["slack:U1"]\n');
    const { logger, logs } = captureLogger();
    const p = new PermissionsReload(['slack:U1'], file, logger, 10);
    p.start();
    const until = async (check: () => boolean): Promise<void> => {
      const deadline = Date.now() + 5000;
      while (!check()) {
        if (Date.now() > deadline) assert.fail(`timed out; allow-list is ${JSON.stringify(p.current())}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    try {
      writeFileSync(file, 'permissions:\n  allow: ["slack:U1", "slack:U2"]\n');
      await until(() => p.current().includes('slack:U2'));
      assert.ok(logs.some((l) => l['msg'] === 'permissions reloaded: 2 allow-list entries'));
      // An editor's atomic save.
      writeFileSync(path.join(dir, '.tmp'), 'permissions:\n  allow: ["discord:42"]\n');
      renameSync(path.join(dir, '.tmp'), file);
      await until(() => p.current().includes('discord:42'));
      // A broken edit: reported, and the last good list stays.
      writeFileSync(file, 'permissions:\n  allow: ["nobody"]\n');
      await until(() => logs.some((l) => l['msg'] === 'config file has errors; permissions not reloaded, the previous allow-list stays in force'));
      assert.deepEqual(p.current(), ['discord:42']);
      // SIGHUP reloads too.
      writeFileSync(file, 'permissions:\n  allow: ["slack:U9"]\n');
      assert.equal(p.reload('SIGHUP'), true);
      assert.deepEqual(p.current(), ['slack:U9']);
    } finally {
      p.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
