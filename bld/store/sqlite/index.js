// src/store/sqlite/index.ts
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { migrate } from "./migrate.js";
import { SqliteWorkspaces } from "./workspaces.js";
import { SqliteRoles } from "./roles.js";
import { SqliteBullets } from "./bullets.js";
import { SqliteStories } from "./stories.js";
import { SqliteResume } from "./resume.js";
var DB_FILE = "resume-vitals.sqlite";
function openSqliteStore(dir) {
  let file = ":memory:";
  if (dir !== ":memory:") {
    mkdirSync(dir, { recursive: true, mode: 448 });
    file = join(dir, DB_FILE);
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("secure_delete = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return {
    db,
    workspaces: new SqliteWorkspaces(db),
    roles: new SqliteRoles(db),
    bullets: new SqliteBullets(db),
    stories: new SqliteStories(db),
    resume: new SqliteResume(db),
    close: async () => {
      db.close();
    }
  };
}
export {
  DB_FILE,
  openSqliteStore
};
