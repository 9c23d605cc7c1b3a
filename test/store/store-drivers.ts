/**
 * The store drivers tests run against: SQLite (a temp file) always, Postgres when
 * TEST_DATABASE_URL is set. Each Postgres run gets its own random schema, dropped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { silentLogger } from '../../src/bot/logger.ts';
import { MIGRATION_LOCK_KEY, openStore, type Store } from '../../src/store/open-store.ts';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** Opens another store on the same database (another "process" or replica). */
  open(): Promise<Store>;
  /** Closes every store opened and deletes the database. */
  cleanup(): Promise<void>;
}

export function testDatabaseNames(): ('sqlite' | 'postgres')[] {
  return process.env['TEST_DATABASE_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];
}

export function createTestDatabase(name: 'sqlite' | 'postgres'): TestDatabase {
  const opened: Store[] = [];
  if (name === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-store-'));
    const sqlitePath = path.join(dir, 'nested', 'briefbot.db');
    return {
      name,
      async open() {
        const s = await openStore({ sqlitePath, logger: silentLogger });
        opened.push(s);
        return s;
      },
      async cleanup() {
        for (const s of opened) await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `briefbot_test_${randomBytes(6).toString('hex')}`;
  return {
    name,
    async open() {
      const s = await openStore({ databaseUrl: url, sqlitePath: 'unused', logger: silentLogger, schema, poolSize: 4 });
      opened.push(s);
      return s;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      await dropTestSchema(url, schema);
    },
  };
}

/** Drops a test's Postgres schema under the migration lock, so another file's migration never reads a half-dropped catalog. */
export async function dropTestSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK_KEY]);
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/**
 * For a describe block: returns a function that makes a fresh database of `name` for each
 * test, and removes every one of them after the block.
 */
export function freshDatabases(name: 'sqlite' | 'postgres'): () => TestDatabase {
  const dbs: TestDatabase[] = [];
  // A failed clean-up (Postgres gone, or refusing the login) fails the file, but must not throw
  // from the hook: node:test then skips the block's later hooks, and a test server they would
  // have stopped keeps the file running for ever.
  after(async () => {
    for (const db of dbs) {
      try {
        await db.cleanup();
      } catch (err) {
        console.error(`could not clean up the ${db.name} test database: ${(err as Error).message}`);
        process.exitCode = 1;
      }
    }
  });
  return () => {
    const db = createTestDatabase(name);
    dbs.push(db);
    return db;
  };
}
