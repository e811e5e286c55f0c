// src/store/sqlite/migrate.ts
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");
function readMigrations(dir = MIGRATIONS_DIR) {
  const seen = /* @__PURE__ */ new Map();
  const list = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
    const m = /^(\d{3})_([a-z0-9_-]+)\.sql$/.exec(file);
    if (!m) throw new Error(`${join(dir, file)}: migration files are named NNN_name.sql`);
    const version = Number(m[1]);
    const clash = seen.get(version);
    if (clash) throw new Error(`${join(dir, file)}: version ${version} is also used by ${clash}`);
    seen.set(version, file);
    list.push({ version, name: m[2], sql: readFileSync(join(dir, file), "utf8") });
  }
  return list.sort((a, b) => a.version - b.version);
}
function migrate(db, migrations = readMigrations()) {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const done = new Set(
    db.prepare("SELECT version FROM schema_migrations").all().map((r) => r.version)
  );
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  const applied = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, (/* @__PURE__ */ new Date()).toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
export {
  MIGRATIONS_DIR,
  migrate,
  readMigrations
};
