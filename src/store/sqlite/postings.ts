import type Database from 'better-sqlite3';
import { ResumeSchema } from '../../resume/schema.ts';
import { POSTING_LIMITS, type Posting, type PostingFields, type PostingRepo, type TailoredFields, type TailoredVersion } from '../postings.ts';
import { StoreError } from '../types.ts';
import { requireWorkspace } from './roles.ts';
import { now, touch } from './workspaces.ts';

interface PostingRow { id: number; title: string; text: string; source: Posting['source']; created_at: string }
interface VersionRow { id: number; posting_id: number; resume: string; bullets: number; left_out: number; created_at: string }

const toPosting = (r: PostingRow): Posting => ({ id: r.id, title: r.title, text: r.text, source: r.source, createdAt: r.created_at });
const toVersion = (r: VersionRow): TailoredVersion => ({
  id: r.id, postingId: r.posting_id, resume: ResumeSchema.parse(JSON.parse(r.resume)), bullets: r.bullets, leftOut: r.left_out, createdAt: r.created_at,
});

export class SqlitePostings implements PostingRepo {
  constructor(private readonly db: Database.Database) {}

  async list(workspaceId: string): Promise<Posting[]> {
    return (this.db.prepare('SELECT * FROM postings WHERE workspace_id = ? ORDER BY id DESC').all(workspaceId) as PostingRow[]).map(toPosting);
  }

  async get(workspaceId: string, postingId: number): Promise<Posting | null> {
    const row = this.db.prepare('SELECT * FROM postings WHERE id = ? AND workspace_id = ?').get(postingId, workspaceId) as PostingRow | undefined;
    return row ? toPosting(row) : null;
  }

  async add(workspaceId: string, f: PostingFields): Promise<Posting> {
    if (f.text.length > POSTING_LIMITS.postingChars) throw new StoreError('invalid', `A posting can be at most ${POSTING_LIMITS.postingChars.toLocaleString('en-US')} characters.`);
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      const { n } = this.db.prepare('SELECT count(*) AS n FROM postings WHERE workspace_id = ?').get(workspaceId) as { n: number };
      if (n >= POSTING_LIMITS.postingsPerWorkspace) {
        throw new StoreError('workspace_full', `A workspace keeps at most ${POSTING_LIMITS.postingsPerWorkspace} postings; delete one to add another.`);
      }
      const id = Number(this.db.prepare('INSERT INTO postings (workspace_id, title, text, source, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(workspaceId, f.title.slice(0, POSTING_LIMITS.titleChars), f.text, f.source, now()).lastInsertRowid);
      touch(this.db, workspaceId);
      return toPosting(this.db.prepare('SELECT * FROM postings WHERE id = ?').get(id) as PostingRow);
    })();
  }

  async remove(workspaceId: string, postingId: number): Promise<boolean> {
    return this.db.transaction(() => {
      const gone = this.db.prepare('DELETE FROM postings WHERE id = ? AND workspace_id = ?').run(postingId, workspaceId).changes > 0;
      if (gone) touch(this.db, workspaceId);
      return gone;
    })();
  }

  async saveVersion(workspaceId: string, postingId: number, f: TailoredFields): Promise<TailoredVersion | null> {
    const resume = JSON.stringify(ResumeSchema.parse(f.resume));
    return this.db.transaction(() => {
      if (!this.db.prepare('SELECT 1 FROM postings WHERE id = ? AND workspace_id = ?').get(postingId, workspaceId)) return null;
      const { n } = this.db.prepare('SELECT count(*) AS n FROM tailored_versions WHERE posting_id = ?').get(postingId) as { n: number };
      if (n >= POSTING_LIMITS.versionsPerPosting) {
        throw new StoreError('workspace_full', `A posting keeps at most ${POSTING_LIMITS.versionsPerPosting} tailored versions; delete the posting to start again.`);
      }
      const id = Number(this.db.prepare('INSERT INTO tailored_versions (posting_id, resume, bullets, left_out, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(postingId, resume, f.bullets, f.leftOut, now()).lastInsertRowid);
      touch(this.db, workspaceId);
      return toVersion(this.db.prepare('SELECT * FROM tailored_versions WHERE id = ?').get(id) as VersionRow);
    })();
  }

  async versions(workspaceId: string, postingId: number): Promise<TailoredVersion[]> {
    return (this.db.prepare(`SELECT v.* FROM tailored_versions v JOIN postings p ON p.id = v.posting_id
      WHERE v.posting_id = ? AND p.workspace_id = ? ORDER BY v.id DESC`).all(postingId, workspaceId) as VersionRow[]).map(toVersion);
  }

  async version(workspaceId: string, postingId: number, versionId: number): Promise<TailoredVersion | null> {
    const row = this.db.prepare(`SELECT v.* FROM tailored_versions v JOIN postings p ON p.id = v.posting_id
      WHERE v.id = ? AND v.posting_id = ? AND p.workspace_id = ?`).get(versionId, postingId, workspaceId) as VersionRow | undefined;
    return row ? toVersion(row) : null;
  }
}
