// Which store the server opens: DATABASE_URL=postgres://… selects PostgreSQL (several instances share it); without it,
// SQLite in DATA_DIR (default ./data), the two-command quick start. Also where the form-signing secret comes from.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Store as RateLimitStore } from 'express-rate-limit';
import type { Store } from './types.ts';

export interface OpenedStore {
  store: Store;
  /** Signs CSRF tokens: CSRF_SECRET, else one kept beside the data (a file in DATA_DIR, or a row in PostgreSQL). */
  secret: string;
  /** Counters every instance shares; undefined keeps express-rate-limit's in-memory counters (one instance). */
  rateLimitStore?: (prefix: string) => RateLimitStore;
  /** Where the data is, for the start-up line; never a password. */
  where: string;
}

export interface StoreEnv {
  DATABASE_URL?: string;
  DATABASE_POOL_SIZE?: string;
  DATA_DIR?: string;
  CSRF_SECRET?: string;
}

export async function openStore(env: StoreEnv = process.env, log: (message: string) => void = console.error): Promise<OpenedStore> {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const parsed = parseDatabaseUrl(url);
    const poolSize = env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : 10;
    if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 1000) {
      throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "${env.DATABASE_POOL_SIZE}"`);
    }
    const { openPostgresStore } = await import('./postgres/index.ts');
    const store = await openPostgresStore(url, {
      max: poolSize,
      onError: (err) => log(`PostgreSQL connection lost (${(err as NodeJS.ErrnoException).code ?? err.name}); reconnecting on the next query`),
    });
    return {
      store,
      secret: env.CSRF_SECRET || (await store.sharedSecret('csrf')),
      rateLimitStore: (prefix) => store.rateLimitStore(prefix),
      where: `PostgreSQL at ${parsed.hostname || 'localhost'}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`,
    };
  }
  const dataDir = resolve(env.DATA_DIR || './data');
  const { openSqliteStore } = await import('./sqlite/index.ts');
  const store = openSqliteStore(dataDir);
  return { store, secret: env.CSRF_SECRET || loadSecret(dataDir), where: `SQLite in ${dataDir}` };
}

function parseDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('DATABASE_URL is not a URL; write it as postgres://user:password@host:5432/database');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must start with postgres:// (it starts with ${parsed.protocol}//); unset it to use SQLite in DATA_DIR`);
  }
  return parsed;
}

/** The CSRF secret lives beside the database so forms opened before a restart still post after it. */
function loadSecret(dir: string): string {
  const file = join(dir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
