// The PostgreSQL store, for several app instances behind a load balancer: one pool per instance, migrations under
// an advisory lock, every write that SQLite runs in a transaction run in one here too, serialised per workspace by
// a row lock. Deleting a workspace cascades to every row it owns.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Store } from '../types.ts';
import { PostgresAnalyses } from './analyses.ts';
import { PostgresBullets } from './bullets.ts';
import { createPool, type PoolOptions } from './db.ts';
import { migratePostgres } from './migrate.ts';
import { PostgresRateLimitStore } from './rate-limit.ts';
import { PostgresResume } from './resume.ts';
import { PostgresDictionary } from './dictionary.ts';
import { PostgresRoles } from './roles.ts';
import { PostgresStories } from './stories.ts';
import { PostgresPostings } from './postings.ts';
import { PostgresWorkspaces } from './workspaces.ts';

export interface PostgresStore extends Store {
  pool: pg.Pool;
  /** A counter store for one express-rate-limit limiter, shared by every instance on this database. */
  rateLimitStore(prefix: string): PostgresRateLimitStore;
  /** A secret made once per database (the first instance to ask creates it), for what every instance must sign alike. */
  sharedSecret(name: string): Promise<string>;
}

export async function openPostgresStore(url: string, options: PoolOptions & { onError?: (err: Error) => void } = {}): Promise<PostgresStore> {
  const pool = createPool(url, options);
  // An idle connection the server drops (restart, failover) must not take the process down; the next query reconnects.
  pool.on('error', options.onError ?? (() => {}));
  try {
    await migratePostgres(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  const limiters: PostgresRateLimitStore[] = [];
  return {
    pool,
    workspaces: new PostgresWorkspaces(pool),
    roles: new PostgresRoles(pool),
    bullets: new PostgresBullets(pool),
    stories: new PostgresStories(pool),
    postings: new PostgresPostings(pool),
    resume: new PostgresResume(pool),
    dictionary: new PostgresDictionary(pool),
    analyses: new PostgresAnalyses(pool),
    ping: async () => {
      await pool.query('SELECT 1');
    },
    rateLimitStore: (prefix) => {
      const store = new PostgresRateLimitStore(pool, prefix);
      limiters.push(store);
      return store;
    },
    sharedSecret: async (name) => {
      await pool.query('INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
        [name, randomBytes(32).toString('base64url')]);
      return (await pool.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [name])).rows[0]!.value;
    },
    close: async () => {
      for (const l of limiters) l.shutdown();
      await pool.end();
    },
  };
}
