import pg from 'pg';

/** The Postgres to benchmark against (BENCH_DATABASE_URL, TEST_DATABASE_URL or the local one), or null when unreachable. */
export async function pgUrl(): Promise<string | null> {
  const url = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return url;
  } catch {
    return null;
  }
}
