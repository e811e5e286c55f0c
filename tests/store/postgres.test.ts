// PostgreSQL only: migrations when several instances start together, rate limits that instances share, the shared
// form secret, and how DATABASE_URL selects the store. What every store promises is in contract.test.ts.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, freePort } from '../../scripts/pg-cluster.ts';
import { openStore } from '../../src/store/open.ts';
import { createPool } from '../../src/store/postgres/db.ts';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.ts';
import { migratePostgres, PG_MIGRATIONS_DIR } from '../../src/store/postgres/migrate.ts';
import { MIGRATIONS_DIR, readMigrations } from '../../src/store/sqlite/migrate.ts';
import { createApp } from '../../src/web/app.ts';
import { silentLogger } from '../../src/web/logging.ts';
import { postgresBackend } from './backends.ts';

const pg = postgresBackend();
let n = 0;
const freshDatabase = () => createDatabase(pg.cluster!.url, `rv_test_${++n}`);

describe('migrations', () => {
  it('every SQLite migration has its PostgreSQL counterpart, same version and name', () => {
    const sqlite = readMigrations(MIGRATIONS_DIR).map((m) => `${m.version} ${m.name}`);
    const postgres = readMigrations(PG_MIGRATIONS_DIR).map((m) => `${m.version} ${m.name}`);
    expect(postgres).toEqual(expect.arrayContaining(sqlite));
    // Versions 900-999 are what only several instances need (shared rate limits and secret).
    expect(postgres.filter((m) => !sqlite.includes(m)).every((m) => Number(m.split(' ')[0]) >= 900)).toBe(true);
  });
});

(pg.available ? describe : describe.skip)('PostgreSQL', () => {
  beforeAll(() => pg.setUp());

  describe('migrations', () => {
    it('run once when several instances start at the same moment', async () => {
      const url = await freshDatabase();
      const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore(url, { max: 2 })));
      try {
        const { rows } = await stores[0]!.pool.query<{ version: number; n: number }>(
          'SELECT version, count(*) AS n FROM schema_migrations GROUP BY version ORDER BY version');
        expect(rows.map((r) => r.version)).toEqual(readMigrations(PG_MIGRATIONS_DIR).map((m) => m.version));
        expect(rows.every((r) => r.n === 1)).toBe(true);
        // Every instance works on the one schema.
        const ws = await stores[3]!.workspaces.create();
        await stores[5]!.bullets.add(ws.id, ['Cut denials 32%']);
        expect((await stores[1]!.workspaces.snapshot(ws.id))!.bullets.map((b) => b.text)).toEqual(['Cut denials 32%']);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it('a failing migration leaves nothing half-applied, releases the lock, and names the file', async () => {
      const url = await freshDatabase();
      const pool = createPool(url, { max: 2 });
      try {
        const bad = [{ version: 5, name: 'bad', sql: 'CREATE TABLE x (id integer); CREATE TABLE x (id integer);' }];
        await expect(migratePostgres(pool, bad)).rejects.toThrow(/005_bad\.sql/);
        expect((await pool.query("SELECT to_regclass('x') AS t")).rows[0].t).toBeNull();
        const good = [{ version: 5, name: 'good', sql: 'CREATE TABLE x (id integer);' }];
        expect(await migratePostgres(pool, good)).toEqual([5]);
        expect(await migratePostgres(pool, good)).toEqual([]);
      } finally {
        await pool.end();
      }
    });
  });

  describe('shared between instances', () => {
    let url: string;
    let a: PostgresStore;
    let b: PostgresStore;
    beforeAll(async () => {
      url = await freshDatabase();
      [a, b] = [await openPostgresStore(url, { max: 3 }), await openPostgresStore(url, { max: 3 })];
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    it('counts one client’s hits across instances, per limit, and starts a new window when one ends', async () => {
      const [la, lb, other] = [a.rateLimitStore('api:'), b.rateLimitStore('api:'), b.rateLimitStore('forms:')];
      for (const l of [la, lb, other]) l.init({ windowMs: 60_000 } as Parameters<typeof la.init>[0]);
      expect((await la.increment('203.0.113.7')).totalHits).toBe(1);
      expect((await lb.increment('203.0.113.7')).totalHits).toBe(2);
      const third = await la.increment('203.0.113.7');
      expect(third.totalHits).toBe(3);
      expect(third.resetTime!.getTime()).toBeGreaterThan(Date.now() + 50_000);
      expect((await lb.increment('198.51.100.2')).totalHits).toBe(1);
      expect((await other.increment('203.0.113.7')).totalHits).toBe(1);
      await lb.decrement('203.0.113.7');
      expect((await la.get('203.0.113.7'))!.totalHits).toBe(2);
      await la.resetKey('203.0.113.7');
      expect(await lb.get('203.0.113.7')).toBeUndefined();
      // The table keeps no client address.
      const keys = (await a.pool.query<{ key: string }>('SELECT key FROM rate_limits')).rows.map((r) => r.key);
      expect(keys.join(' ')).not.toMatch(/203\.0|198\.51/);
      // A window that has ended starts again at 1, and the sweep removes ended windows.
      await a.pool.query("UPDATE rate_limits SET reset_at = now() - interval '1 second'");
      expect((await lb.increment('198.51.100.2')).totalHits).toBe(1);
      expect(await la.sweep()).toBe(1); // the forms: counter; the api: one was just renewed
      for (const l of [la, lb, other]) l.shutdown();
    });

    it('two apps on one database enforce one limit together, not one each', async () => {
      const apps = [a, b].map((store) => createApp({
        store, secret: 'x', log: silentLogger, rateLimits: { apiPerMinute: 3 }, rateLimitStore: (p) => store.rateLimitStore(`t1-${p}`),
      }));
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await request(apps[i % 2]!).post('/api/v1/analyze').send({ kind: 'bullet', items: ['Cut denials 32% in 2023'] });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    });

    it('make one form secret for every instance', async () => {
      const [sa, sb] = await Promise.all([a.sharedSecret('csrf-test'), b.sharedSecret('csrf-test')]);
      expect(sa).toMatch(/^[\w-]{43}$/);
      expect(sb).toBe(sa);
      expect(await a.sharedSecret('other')).not.toBe(sa);
    });
  });

  describe('when the database goes away', () => {
    it('the health check says 503 and requests fail cleanly; both recover when it is back, without a restart', async () => {
      const url = await freshDatabase();
      const name = new URL(url).pathname.slice(1);
      const store = await openPostgresStore(url, { max: 2 });
      const admin = createPool(pg.cluster!.url, { max: 1 });
      const app = createApp({ store, secret: 'x', log: silentLogger, rateLimitStore: (p) => store.rateLimitStore(p) });
      try {
        const ws = (await request(app).post('/api/v1/workspaces').send({ items: ['Cut denials 32%'] })).body.workspace.id as string;
        expect((await request(app).get('/healthz')).status).toBe(200);
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
        const down = await request(app).get('/healthz');
        expect(down.status).toBe(503);
        expect(down.body.status).toBe('unavailable');
        const failed = await request(app).get(`/api/v1/workspaces/${ws}`);
        expect(failed.status).toBe(500);
        expect(failed.text).not.toMatch(/ALLOW_CONNECTIONS|terminat|rv_test/);
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        expect((await request(app).get('/healthz')).status).toBe(200);
        expect((await request(app).get(`/api/v1/workspaces/${ws}`)).body.workspace.bullets[0].text).toBe('Cut denials 32%');
      } finally {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        await admin.end();
        await store.close();
      }
    });
  });

  describe('choosing the store', () => {
    it('DATABASE_URL selects PostgreSQL, with the shared secret and rate-limit counters; the start-up line has no password', async () => {
      const url = new URL(await freshDatabase());
      url.password = 'not-checked-by-trust-auth';
      const opened = await openStore({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '2' });
      try {
        expect(opened.where).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\/rv_test_\d+$/);
        expect(opened.secret).toBe(await (opened.store as PostgresStore).sharedSecret('csrf'));
        expect(opened.rateLimitStore).toBeTypeOf('function');
        await opened.store.ping();
      } finally {
        await opened.store.close();
      }
    });

    it('refuses a pool size that is not a number', async () => {
      await expect(openStore({ DATABASE_URL: pg.url, DATABASE_POOL_SIZE: 'ten' })).rejects.toThrow(/DATABASE_POOL_SIZE/);
    });
  });
});

describe('choosing the store without PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rv-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('unset DATABASE_URL keeps SQLite in DATA_DIR, with its secret file and per-process counters', async () => {
    const opened = await openStore({ DATA_DIR: dir });
    try {
      expect(opened.where).toBe(`SQLite in ${dir}`);
      expect(opened.rateLimitStore).toBeUndefined();
      expect(readdirSync(dir).sort()).toEqual(expect.arrayContaining(['resume-vitals.sqlite', 'secret']));
    } finally {
      await opened.store.close();
    }
  });

  it('does not start when PostgreSQL cannot be reached, and says why', async () => {
    const port = await freePort();
    await expect(openStore({ DATABASE_URL: `postgres://rv:hunter2@127.0.0.1:${port}/rv` })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('names what is wrong with a DATABASE_URL that is not a postgres:// URL', async () => {
    await expect(openStore({ DATABASE_URL: 'mysql://db/x' })).rejects.toThrow(/must start with postgres:\/\//);
    await expect(openStore({ DATABASE_URL: 'not a url' })).rejects.toThrow(/not a URL/);
  });
});
