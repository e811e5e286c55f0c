// Applies the versioned .sql files in ./migrations that this database has not seen, each in its own transaction.
// Numbering bands (workspace 001-099, stories 200-299, resume 300-399, postings 400-499, the user's dictionary
// 500-599) keep parallel work from colliding; a version is applied whenever it is missing, so a lower number merged later still runs.
import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const seen = new Map<number, string>();
  const list: Migration[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    const m = /^(\d{3})_([a-z0-9_-]+)\.sql$/.exec(file);
    if (!m) throw new Error(`${join(dir, file)}: migration files are named NNN_name.sql`);
    const version = Number(m[1]);
    const clash = seen.get(version);
    if (clash) throw new Error(`${join(dir, file)}: version ${version} is also used by ${clash}`);
    seen.set(version, file);
    list.push({ version, name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') });
  }
  return list.sort((a, b) => a.version - b.version);
}

/** Returns the versions it applied. */
export function migrate(db: Database.Database, migrations = readMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
