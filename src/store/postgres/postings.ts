import type pg from 'pg';
import { ResumeSchema, type Resume } from '../../resume/schema.ts';
import { POSTING_LIMITS, type Posting, type PostingFields, type PostingRepo, type TailoredFields, type TailoredVersion } from '../postings.ts';
import { StoreError } from '../types.ts';
import { all, lockWorkspace, now, one, requireWorkspace, touch, tx } from './db.ts';

interface PostingRow { id: number; title: string; text: string; source: Posting['source']; created_at: string }
interface VersionRow { id: number; posting_id: number; resume: Resume; bullets: number; left_out: number; created_at: string }

const toPosting = (r: PostingRow): Posting => ({ id: r.id, title: r.title, text: r.text, source: r.source, createdAt: r.created_at });
const toVersion = (r: VersionRow): TailoredVersion => ({
  id: r.id, postingId: r.posting_id, resume: ResumeSchema.parse(r.resume), bullets: r.bullets, leftOut: r.left_out, createdAt: r.created_at,
});

export class PostgresPostings implements PostingRepo {
  constructor(private readonly pool: pg.Pool) {}

  async list(workspaceId: string): Promise<Posting[]> {
    return (await all<PostingRow>(this.pool, 'SELECT * FROM postings WHERE workspace_id = $1 ORDER BY id DESC', [workspaceId])).map(toPosting);
  }

  async get(workspaceId: string, postingId: number): Promise<Posting | null> {
    const row = await one<PostingRow>(this.pool, 'SELECT * FROM postings WHERE id = $1 AND workspace_id = $2', [postingId, workspaceId]);
    return row ? toPosting(row) : null;
  }

  async add(workspaceId: string, f: PostingFields): Promise<Posting> {
    if (f.text.length > POSTING_LIMITS.postingChars) throw new StoreError('invalid', `A posting can be at most ${POSTING_LIMITS.postingChars.toLocaleString('en-US')} characters.`);
    return tx(this.pool, async (c) => {
      await requireWorkspace(c, workspaceId);
      const { n } = (await one<{ n: number }>(c, 'SELECT count(*) AS n FROM postings WHERE workspace_id = $1', [workspaceId]))!;
      if (n >= POSTING_LIMITS.postingsPerWorkspace) {
        throw new StoreError('workspace_full', `A workspace keeps at most ${POSTING_LIMITS.postingsPerWorkspace} postings; delete one to add another.`);
      }
      const row = await one<PostingRow>(c, 'INSERT INTO postings (workspace_id, title, text, source, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [workspaceId, f.title.slice(0, POSTING_LIMITS.titleChars), f.text, f.source, now()]);
      await touch(c, workspaceId);
      return toPosting(row!);
    });
  }

  async remove(workspaceId: string, postingId: number): Promise<boolean> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return false;
      const gone = ((await c.query('DELETE FROM postings WHERE id = $1 AND workspace_id = $2', [postingId, workspaceId])).rowCount ?? 0) > 0;
      if (gone) await touch(c, workspaceId);
      return gone;
    });
  }

  async saveVersion(workspaceId: string, postingId: number, f: TailoredFields): Promise<TailoredVersion | null> {
    const resume = ResumeSchema.parse(f.resume);
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return null;
      if (!(await one(c, 'SELECT 1 FROM postings WHERE id = $1 AND workspace_id = $2', [postingId, workspaceId]))) return null;
      const { n } = (await one<{ n: number }>(c, 'SELECT count(*) AS n FROM tailored_versions WHERE posting_id = $1', [postingId]))!;
      if (n >= POSTING_LIMITS.versionsPerPosting) {
        throw new StoreError('workspace_full', `A posting keeps at most ${POSTING_LIMITS.versionsPerPosting} tailored versions; delete the posting to start again.`);
      }
      const row = await one<VersionRow>(c, `INSERT INTO tailored_versions (posting_id, resume, bullets, left_out, created_at)
        VALUES ($1, $2, $3, $4, $5) RETURNING *`, [postingId, JSON.stringify(resume), f.bullets, f.leftOut, now()]);
      await touch(c, workspaceId);
      return toVersion(row!);
    });
  }

  async versions(workspaceId: string, postingId: number): Promise<TailoredVersion[]> {
    return (await all<VersionRow>(this.pool, `SELECT v.* FROM tailored_versions v JOIN postings p ON p.id = v.posting_id
      WHERE v.posting_id = $1 AND p.workspace_id = $2 ORDER BY v.id DESC`, [postingId, workspaceId])).map(toVersion);
  }

  async version(workspaceId: string, postingId: number, versionId: number): Promise<TailoredVersion | null> {
    const row = await one<VersionRow>(this.pool, `SELECT v.* FROM tailored_versions v JOIN postings p ON p.id = v.posting_id
      WHERE v.id = $1 AND v.posting_id = $2 AND p.workspace_id = $3`, [versionId, postingId, workspaceId]);
    return row ? toVersion(row) : null;
  }
}
