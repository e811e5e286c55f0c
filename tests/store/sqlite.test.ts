// SQLite only: its migration runner and its pragmas. What every store promises is in contract.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { migrate, readMigrations } from '../../src/store/sqlite/migrate.ts';

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
