// The SQLite store: one file under DATA_DIR, WAL, foreign keys, fully synchronous commits so that an
// acknowledged write survives a crash, and secure_delete so a deleted workspace leaves no readable trace.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../types.ts';
import { migrate } from './migrate.ts';
import { SqliteWorkspaces } from './workspaces.ts';
import { SqliteRoles } from './roles.ts';
import { SqliteBullets } from './bullets.ts';
import { SqliteStories } from './stories.ts';
import { SqlitePostings } from './postings.ts';
import { SqliteResume } from './resume.ts';
import { SqliteDictionary } from './dictionary.ts';
import { SqliteAnalyses } from './analyses.ts';

export const DB_FILE = 'resume-vitals.sqlite';

export interface SqliteStore extends Store {
  db: Database.Database;
}

/** `dir` is created when missing; ':memory:' gives a throwaway database for tests. */
export function openSqliteStore(dir: string): SqliteStore {
  let file = ':memory:';
  if (dir !== ':memory:') {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    file = join(dir, DB_FILE);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return {
    db,
    workspaces: new SqliteWorkspaces(db),
    roles: new SqliteRoles(db),
    bullets: new SqliteBullets(db),
    stories: new SqliteStories(db),
    postings: new SqlitePostings(db),
    resume: new SqliteResume(db),
    dictionary: new SqliteDictionary(db),
    analyses: new SqliteAnalyses(db),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      db.close();
    },
  };
}
