// Adapter: the PostgreSQL connection pool, transactions, advisory locks, and the migration runner.
import pg from 'pg';
import { PG_MIGRATIONS } from './migrations.ts';

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;
/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

/** Connections one API node keeps: requests are short, and PostgreSQL's default limit is 100 for all nodes. */
const POOL_SIZE = 10;
/** A statement that runs longer than this is stuck (a lock never released): fail it rather than hang a request. */
const STATEMENT_TIMEOUT_MS = 30_000;
/** Advisory lock keys (one 64-bit space per database): migrations, and the start-up ingest of the corpus. */
export const LOCKS = { migrate: 7_001_001, ingest: 7_001_002 } as const;

// BIGINT counts (COUNT(*)) come back as strings by default; ours stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function openPool(url: string): PgPool {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, statement_timeout: STATEMENT_TIMEOUT_MS });
  // An idle client that loses its server (a restart) emits here; the pool replaces it on the next checkout.
  pool.on('error', () => undefined);
  return pool;
}

/** Run `fn` in one transaction on one client: COMMIT when it resolves, ROLLBACK when it throws. */
export async function withTransaction<T>(pool: PgPool, fn: (c: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Hold a session advisory lock while `fn` runs: other nodes asking for it wait until it is released. */
export async function withAdvisoryLock<T>(pool: PgPool, key: number, fn: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    client.release();
  }
}

/** Apply pending migrations, each in its own transaction, under a lock so that nodes starting together take turns. */
export async function migratePg(pool: PgPool): Promise<number[]> {
  return withTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.migrate]);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await c.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    const applied: number[] = [];
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
