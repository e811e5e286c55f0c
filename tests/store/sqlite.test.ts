import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.ts';
import { migrate, readMigrations } from '../../src/store/sqlite/migrate.ts';
import { LIMITS, StoreError } from '../../src/store/types.ts';

const role = (title: string) => ({ title, employer: 'Mercy General', location: 'Tulsa, OK', startDate: '2021', endDate: 'Present' });

describe('SQLite store', () => {
  let store: SqliteStore;
  beforeEach(() => { store = openSqliteStore(':memory:'); });
  afterEach(() => store.close());

  it('creates workspaces with unguessable 128-bit ids and no way to list them', async () => {
    const a = await store.workspaces.create();
    const b = await store.workspaces.create();
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.id).not.toBe(b.id);
    expect(await store.workspaces.get(a.id)).toEqual(a);
    expect(await store.workspaces.get('0'.repeat(32))).toBeNull();
    expect(await store.workspaces.get("' OR 1=1 --")).toBeNull();
    expect(Object.keys(store.workspaces)).not.toContain('list');
  });

  it('keeps bullets in order, grouped under roles in the roles’ order', async () => {
    const ws = (await store.workspaces.create()).id;
    const r1 = await store.roles.add(ws, role('Practice Manager'));
    const r2 = await store.roles.add(ws, role('Clinic Coordinator'));
    await store.bullets.add(ws, ['a1', 'a2'], r1.id);
    await store.bullets.add(ws, ['b1'], r2.id);
    await store.bullets.add(ws, ['loose']);
    const snap = (await store.workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => r.title)).toEqual(['Practice Manager', 'Clinic Coordinator']);
    expect(snap.bullets.map((b) => b.text)).toEqual(['loose', 'a1', 'a2', 'b1']);

    expect(await store.roles.move(ws, r2.id, 'up')).toBe(true);
    expect(await store.roles.move(ws, r2.id, 'up')).toBe(false);
    const again = (await store.workspaces.snapshot(ws))!;
    expect(again.bullets.map((b) => b.text)).toEqual(['loose', 'b1', 'a1', 'a2']);
  });

  it('moves a bullet within its group and to another role, last in place', async () => {
    const ws = (await store.workspaces.create()).id;
    const [a, b, c] = await store.bullets.add(ws, ['a', 'b', 'c']);
    expect(await store.bullets.move(ws, c!.id, 'up')).toBe(true);
    expect(await store.bullets.move(ws, a!.id, 'up')).toBe(false);
    expect((await store.workspaces.snapshot(ws))!.bullets.map((x) => x.text)).toEqual(['a', 'c', 'b']);
    const r = await store.roles.add(ws, role('Director'));
    await store.bullets.add(ws, ['d'], r.id);
    await store.bullets.assignRole(ws, b!.id, r.id);
    expect((await store.workspaces.snapshot(ws))!.bullets.map((x) => [x.text, x.roleId])).toEqual([
      ['a', null], ['c', null], ['d', r.id], ['b', r.id],
    ]);
    // Removing a role keeps its bullets, unassigned, after the ones already there.
    expect(await store.roles.remove(ws, r.id)).toBe(true);
    expect((await store.workspaces.snapshot(ws))!.bullets.map((x) => [x.text, x.roleId])).toEqual([
      ['a', null], ['c', null], ['d', null], ['b', null],
    ]);
  });

  it('keeps every version; restoring an old one adds a version and loses nothing', async () => {
    const ws = (await store.workspaces.create()).id;
    const [b] = await store.bullets.add(ws, ['Responsible for scheduling']);
    await store.bullets.update(ws, b!.id, 'Cut no-shows 7% by SMS reminders', 'rewrite');
    await store.bullets.update(ws, b!.id, 'Cut no-shows 7% by SMS reminders'); // unchanged: no new version
    let history = await store.bullets.history(ws, b!.id);
    expect(history.map((v) => [v.reason, v.text])).toEqual([
      ['rewrite', 'Cut no-shows 7% by SMS reminders'],
      ['created', 'Responsible for scheduling'],
    ]);
    const restored = await store.bullets.restore(ws, b!.id, history[1]!.id);
    expect(restored!.text).toBe('Responsible for scheduling');
    history = await store.bullets.history(ws, b!.id);
    expect(history.map((v) => v.reason)).toEqual(['restored', 'rewrite', 'created']);
    expect((await store.bullets.histories(ws)).get(b!.id)).toEqual(history);
  });

  it('never reaches into another workspace', async () => {
    const mine = (await store.workspaces.create()).id;
    const theirs = (await store.workspaces.create()).id;
    const [b] = await store.bullets.add(theirs, ['secret']);
    const r = await store.roles.add(theirs, role('Theirs'));
    expect(await store.bullets.get(mine, b!.id)).toBeNull();
    expect(await store.bullets.update(mine, b!.id, 'hijack')).toBeNull();
    expect(await store.bullets.remove(mine, b!.id)).toBe(false);
    expect(await store.bullets.history(mine, b!.id)).toEqual([]);
    expect(await store.roles.update(mine, r.id, role('x'))).toBeNull();
    await expect(store.bullets.add(mine, ['x'], r.id)).rejects.toThrow(StoreError);
    expect((await store.bullets.get(theirs, b!.id))!.text).toBe('secret');
  });

  it('saves all or nothing when a workspace would overflow', async () => {
    const ws = (await store.workspaces.create()).id;
    await store.bullets.add(ws, Array.from({ length: LIMITS.bulletsPerWorkspace - 1 }, (_, i) => `b${i}`));
    await expect(store.bullets.add(ws, ['one', 'two'])).rejects.toMatchObject({ code: 'workspace_full' });
    expect((await store.workspaces.snapshot(ws))!.bullets).toHaveLength(LIMITS.bulletsPerWorkspace - 1);
  });

  it('deletes a workspace with every role, bullet and version', async () => {
    const ws = (await store.workspaces.create()).id;
    const r = await store.roles.add(ws, role('Manager'));
    const [b] = await store.bullets.add(ws, ['private text'], r.id);
    await store.bullets.update(ws, b!.id, 'private text 2');
    expect(await store.workspaces.delete(ws)).toBe(true);
    expect(await store.workspaces.snapshot(ws)).toBeNull();
    for (const table of ['roles', 'bullets', 'bullet_versions']) {
      expect(store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expect(await store.workspaces.delete(ws)).toBe(false);
  });
});

describe('migrations', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'rv-mig-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('apply once, record their versions, and run a lower number merged later', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toContain(1);
    expect(migrate(db)).toEqual([]);
    const extra = join(dir, 'm');
    mkdirSync(extra);
    writeFileSync(join(extra, '201_stories.sql'), 'CREATE TABLE s (id INTEGER PRIMARY KEY);');
    writeFileSync(join(extra, '002_more.sql'), 'CREATE TABLE t (id INTEGER PRIMARY KEY);');
    const list = readMigrations(extra);
    expect(migrate(db, [list[1]!])).toEqual([201]);
    expect(migrate(db, list)).toEqual([2]);
  });

  it('refuses badly named or duplicate versions, naming the file', () => {
    writeFileSync(join(dir, '001_a.sql'), '');
    writeFileSync(join(dir, '001_b.sql'), '');
    expect(() => readMigrations(dir)).toThrow(/001_b\.sql.*001_a\.sql/);
    rmSync(join(dir, '001_b.sql'));
    writeFileSync(join(dir, 'stories.sql'), '');
    expect(() => readMigrations(dir)).toThrow(/stories\.sql/);
  });

  it('a failing migration leaves nothing half-applied', () => {
    const db = new Database(':memory:');
    const bad = [{ version: 5, name: 'bad', sql: 'CREATE TABLE x (id INTEGER); CREATE TABLE x (id INTEGER);' }];
    expect(() => migrate(db, bad)).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'x'").get()).toBeUndefined();
  });

  it('creates DATA_DIR and its database file on first start', async () => {
    const s = openSqliteStore(join(dir, 'nested', 'data'));
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    await s.close();
  });
});
