// Applies the versioned .sql files in ./migrations that this database has not seen, each in its own transaction,
// under a PostgreSQL advisory lock: when several instances start at once, one migrates and the others wait for it,
// then find nothing left to do. Versions follow the SQLite store's (same number, same change); 900-999 are tables
// only PostgreSQL needs (what several instances share).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { readMigrations, type Migration } from '../sqlite/migrate.ts';

export const PG_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Any constant works as long as nothing else in the database uses it: the first 8 bytes (signed) of sha1('resume-vitals migrate'). */
export const MIGRATION_LOCK = '6126896297857748374';

/** Returns the versions it applied. */
export async function migratePostgres(pool: pg.Pool, migrations: Migration[] = readMigrations(PG_MIGRATIONS_DIR)): Promise<number[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // Waiting for another instance's migrations, or running a long one, is not a stuck statement.
    await client.query('SET statement_timeout = 0');
    // Session-level: held across the per-migration transactions, and released by the server if this process dies.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`);
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const applied: number[] = [];
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${String(m.version).padStart(3, '0')}_${m.name}.sql failed: ${(err as Error).message}`, { cause: err });
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      await client.query('RESET statement_timeout');
    }
  } catch (err) {
    broken = err as Error;
    throw err;
  } finally {
    client.release(broken);
  }
}
