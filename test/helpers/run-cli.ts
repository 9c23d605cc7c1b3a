/** Runs the real `briefbot` command as a child process. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './make-core.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string | undefined>; command?: string[] } = {}): Promise<CliResult> {
  const command = options.command ?? [process.execPath, path.join(repoRoot, 'bin', 'briefbot.js')];
  const [bin = process.execPath, ...pre] = command;
  // No platform credentials leak in from the developer's environment.
  // Each run gets its own state database, so concurrent test files never share a file.
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-cli-'));
  const sqlite = path.join(stateDir, 'briefbot.db');
  const env: Record<string, string | undefined> = { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', DATABASE_URL: '', NODE_OPTIONS: '', BRIEFBOT_SQLITE_PATH: sqlite, ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...pre, ...args], { cwd: options.cwd ?? repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(stateDir, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
