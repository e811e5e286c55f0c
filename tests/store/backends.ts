// The store suite runs once per backend: SQLite in memory, and PostgreSQL in a throw-away cluster this test file
// starts (Debian's server binaries; skipped with one line when there are none, required under CI=true).
// `forEachStore(title, body)` gives `body` a fresh, empty store before every test.
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { createDatabase, findPostgresBin, startCluster, type Cluster } from '../../scripts/pg-cluster.ts';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.ts';
import type { Store } from '../../src/store/types.ts';

/** Tables that hold no workspace's data: what deleting every workspace may leave behind. */
export const SHARED_TABLES = new Set(['schema_migrations', 'rate_limits', 'app_secrets']);

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  available: boolean;
  setUp(): Promise<void>;
  open(): Promise<Store>;
  /** Rows in every table of the schema, by table name. */
  rowCounts(store: Store): Promise<Record<string, number>>;
}

let skipNoted = false;
/** True when a PostgreSQL server binary exists; throws under CI=true when it does not. */
export function postgresAvailable(): boolean {
  if (findPostgresBin()) return true;
  if (process.env.CI === 'true') {
    throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql/*/bin: apt-get install postgresql (required under CI=true)');
  }
  if (!skipNoted) console.log('PostgreSQL tests skipped: no server binary under /usr/lib/postgresql/*/bin; apt-get install postgresql');
  skipNoted = true;
  return false;
}

export const sqliteBackend: Backend = {
  name: 'SQLite',
  available: true,
  setUp: async () => {},
  open: async () => openSqliteStore(':memory:'),
  rowCounts: async (store) => {
    const { db } = store as SqliteStore;
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]);
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  },
};

/** One cluster and one database per test file, started by the first suite that needs it; every `open()` empties the tables. */
export class PostgresBackend implements Backend {
  readonly name = 'PostgreSQL' as const;
  readonly available = postgresAvailable();
  cluster: Cluster | undefined;
  url = '';
  private starting: Promise<void> | undefined;

  setUp(): Promise<void> {
    return (this.starting ??= (async () => {
      this.cluster = await startCluster();
      this.url = await createDatabase(this.cluster.url, 'rv_store');
    })());
  }

  async tearDown(): Promise<void> {
    await this.cluster?.stop();
  }

  async open(): Promise<PostgresStore> {
    const store = await openPostgresStore(this.url, { max: 4 });
    const tables = await this.tables(store);
    await store.pool.query(`TRUNCATE ${tables.filter((t) => t !== 'schema_migrations').map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
    return store;
  }

  async rowCounts(store: Store): Promise<Record<string, number>> {
    const { pool } = store as PostgresStore;
    const out: Record<string, number> = {};
    for (const t of await this.tables(store)) out[t] = (await pool.query<{ n: number }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]!.n;
    return out;
  }

  private async tables(store: Store): Promise<string[]> {
    return (await (store as PostgresStore).pool.query<{ tablename: string }>(
      'SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename')).rows.map((r) => r.tablename);
  }
}

let postgres: PostgresBackend | undefined;

/** The file's PostgreSQL backend; its cluster stops after the file's last test. */
export function postgresBackend(): PostgresBackend {
  if (!postgres) {
    const backend = (postgres = new PostgresBackend());
    afterAll(() => backend.tearDown());
  }
  return postgres;
}

/** Registers `body` once per backend, each with a fresh, empty store before every test (`store()`). */
export function forEachStore(title: string, body: (store: () => Store, backend: Backend) => void): void {
  for (const backend of [sqliteBackend, postgresBackend()]) {
    (backend.available ? describe : describe.skip)(`${title} (${backend.name})`, () => {
      let current: Store | undefined;
      beforeAll(() => backend.setUp());
      beforeEach(async () => { current = await backend.open(); });
      afterEach(async () => { await current?.close(); current = undefined; });
      body(() => current!, backend);
    });
  }
}
