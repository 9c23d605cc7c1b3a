/**
 * Opens the state store: Postgres through `pg` when a database URL is given, otherwise
 * the embedded SQLite file through better-sqlite3. Runs pending migrations first.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { BriefbotError } from '../domain/errors.ts';
import type { Logger } from '../bot/logger.ts';
import { KyselyStore, type Store } from './kysely-store.ts';
import { InCodeMigrationProvider, type Dialect } from './migrations.ts';
import type { Database } from './schema.ts';

export type { Store, StoreDriver } from './kysely-store.ts';

export interface OpenStoreOptions {
  /** postgres://… — when set, Postgres is used and `sqlitePath` is ignored. */
  databaseUrl?: string | undefined;
  /** SQLite file; its directory is created when missing. ':memory:' works for one process. */
  sqlitePath: string;
  logger: Logger;
  /** Postgres only: keep all tables in this schema (created when missing). Used by tests. */
  schema?: string | undefined;
  /** Postgres only: connection pool size (default 10). */
  poolSize?: number | undefined;
  /** SQLite only: how long a writer waits for another process's lock (default 5000 ms). */
  busyTimeoutMs?: number | undefined;
}

/**
 * The advisory lock every Briefbot process takes on a Postgres server while it migrates:
 * Kysely reads the catalog of every schema when it migrates, and another process's DDL
 * at the same moment (a replica migrating, a test dropping its schema) can fail that read.
 */
export const MIGRATION_LOCK_KEY = 'briefbot-migrate';

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const opened = opts.databaseUrl ? await openPostgres(opts, opts.databaseUrl) : openSqlite(opts);
  const { db, driver, close, sqlite } = opened;
  try {
    const run = (): Promise<void> => migrate(db, driver, opts.logger, driver === 'postgres' ? opts.schema : undefined);
    await (opened.withMigrationLock ? opened.withMigrationLock(run) : run());
  } catch (err) {
    await close();
    throw new BriefbotError('STORE', `could not migrate the ${driver} store: ${(err as Error).message}`, { cause: err });
  }
  opts.logger.info({ driver, ...(driver === 'sqlite' ? { path: opts.sqlitePath } : {}) }, 'state store open');
  return new KyselyStore(db, driver, close, sqlite);
}

interface Opened {
  db: Kysely<Database>;
  driver: Dialect;
  close: () => Promise<void>;
  sqlite: BetterSqlite3.Database | null;
  /** Postgres: runs `work` holding the server-wide migration lock. */
  withMigrationLock?: (work: () => Promise<void>) => Promise<void>;
}

function openSqlite(opts: OpenStoreOptions): Opened {
  if (opts.sqlitePath !== ':memory:') mkdirSync(path.dirname(path.resolve(opts.sqlitePath)), { recursive: true });
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(opts.sqlitePath);
    database.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
  } catch (err) {
    throw new BriefbotError('STORE', `could not open SQLite database ${opts.sqlitePath}: ${(err as Error).message}`, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  let closed = false;
  return {
    db,
    driver: 'sqlite',
    sqlite: database,
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

async function openPostgres(opts: OpenStoreOptions, databaseUrl: string): Promise<Opened> {
  const schema = opts.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new BriefbotError('STORE', `invalid Postgres schema name "${schema}"`);
  }
  // Loaded only for Postgres, so the embedded default does not pay for it at start-up.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: opts.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', (err) => opts.logger.warn({ err: err.message }, 'idle Postgres connection failed'));
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists "${schema}"`);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    // The message of a pg connection error never contains the password; the URL is not logged.
    throw new BriefbotError('STORE', `could not connect to Postgres: ${(err as Error).message}`, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    driver: 'postgres',
    sqlite: null,
    withMigrationLock: async (work) => {
      // Its own connection, outside the pool, so the migration can use the whole pool.
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK_KEY]);
        await work();
      } finally {
        await client.end(); // ending the session releases the lock
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

async function migrate(db: Kysely<Database>, dialect: Dialect, logger: Logger, schema: string | undefined): Promise<void> {
  // Two processes opening one fresh SQLite file at once may race on the first migration
  // (Kysely takes no migration lock on SQLite); the loser retries and finds it applied.
  // On Postgres, catalog reads can race another client's DROP SCHEMA; those retry too.
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateOnce(db, dialect, logger, schema);
      return;
    } catch (err) {
      const message = (err as Error).message;
      // Postgres: Kysely's introspection reads the catalog of every schema, and a schema
      // dropped meanwhile by another client (tests drop theirs) fails that read; retry.
      const raced = dialect === 'sqlite' ? /SQLITE_BUSY|database is locked|already exists/i.test(message) : /schema "[^"]+" does not exist|could not find|concurrent/i.test(message);
      if (attempt >= 5 || !raced) throw err;
      logger.warn({ attempt, err: message }, 'store migration raced another process; retrying');
    }
  }
}

async function migrateOnce(db: Kysely<Database>, dialect: Dialect, logger: Logger, schema: string | undefined): Promise<void> {
  // With a schema, Kysely must look for its own migration tables there, not in any schema.
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Success') logger.info({ migration: r.migrationName }, 'store migration applied');
    else if (r.status === 'Error') logger.error({ migration: r.migrationName }, 'store migration failed');
  }
  if (error) throw error instanceof Error ? error : new Error(String(error));
  if (dialect === 'sqlite') await sql`pragma optimize`.execute(db);
}
