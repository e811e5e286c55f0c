import type pg from 'pg';
import { StoreError } from '../types.ts';
import { STORY_LIMITS, type Rehearsal, type RehearsalFields, type Story, type StoryFields, type StoryRepo } from '../stories.ts';
import { all, lockWorkspace, now, one, requireWorkspace, touch, tx, type Db } from './db.ts';

interface StoryRow { id: number; title: string; text: string; prompt_id: string | null; bullet_id: number | null; created_at: string; updated_at: string }
interface RunRow { id: number; story_id: number; seconds: number; rating: number | null; hidden: boolean; created_at: string }

const toStory = (r: StoryRow): Story => ({
  id: r.id, title: r.title, text: r.text, promptId: r.prompt_id, bulletId: r.bullet_id, createdAt: r.created_at, updatedAt: r.updated_at,
});
const toRun = (r: RunRow): Rehearsal => ({ id: r.id, storyId: r.story_id, seconds: r.seconds, rating: r.rating, hidden: r.hidden, createdAt: r.created_at });

export class PostgresStories implements StoryRepo {
  constructor(private readonly pool: pg.Pool) {}

  async list(workspaceId: string): Promise<Story[]> {
    return (await all<StoryRow>(this.pool, 'SELECT * FROM stories WHERE workspace_id = $1 ORDER BY id DESC', [workspaceId])).map(toStory);
  }

  async get(workspaceId: string, storyId: number): Promise<Story | null> {
    return storyRow(this.pool, workspaceId, storyId);
  }

  async add(workspaceId: string, f: StoryFields): Promise<Story> {
    return tx(this.pool, async (c) => {
      await requireWorkspace(c, workspaceId);
      const { n } = (await one<{ n: number }>(c, 'SELECT count(*) AS n FROM stories WHERE workspace_id = $1', [workspaceId]))!;
      if (n >= STORY_LIMITS.storiesPerWorkspace) {
        throw new StoreError('workspace_full', `A workspace holds at most ${STORY_LIMITS.storiesPerWorkspace} stories; delete one to add another.`);
      }
      // A bullet from another workspace is never linked.
      const bulletId = f.bulletId !== null && (await one(c, 'SELECT 1 FROM bullets WHERE id = $1 AND workspace_id = $2', [f.bulletId, workspaceId]))
        ? f.bulletId : null;
      const at = now();
      const row = await one<StoryRow>(c, `INSERT INTO stories (workspace_id, title, text, prompt_id, bullet_id, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING *`, [workspaceId, f.title, f.text, f.promptId, bulletId, at]);
      await touch(c, workspaceId);
      return toStory(row!);
    });
  }

  async update(workspaceId: string, storyId: number, f: Omit<StoryFields, 'bulletId'>): Promise<Story | null> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return null;
      const row = await one<StoryRow>(c, `UPDATE stories SET title = $1, text = $2, prompt_id = $3, updated_at = $4
        WHERE id = $5 AND workspace_id = $6 RETURNING *`, [f.title, f.text, f.promptId, now(), storyId, workspaceId]);
      if (!row) return null;
      await touch(c, workspaceId);
      return toStory(row);
    });
  }

  async remove(workspaceId: string, storyId: number): Promise<boolean> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return false;
      const gone = ((await c.query('DELETE FROM stories WHERE id = $1 AND workspace_id = $2', [storyId, workspaceId])).rowCount ?? 0) > 0;
      if (gone) await touch(c, workspaceId);
      return gone;
    });
  }

  async addRun(workspaceId: string, storyId: number, run: RehearsalFields): Promise<Rehearsal | null> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId)) || !(await storyRow(c, workspaceId, storyId))) return null;
      const { n } = (await one<{ n: number }>(c, 'SELECT count(*) AS n FROM rehearsals WHERE story_id = $1', [storyId]))!;
      if (n >= STORY_LIMITS.runsPerStory) {
        // Keep the history bounded: the oldest run makes room for the newest.
        await c.query('DELETE FROM rehearsals WHERE id = (SELECT min(id) FROM rehearsals WHERE story_id = $1)', [storyId]);
      }
      const row = await one<RunRow>(c, 'INSERT INTO rehearsals (story_id, seconds, rating, hidden, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [storyId, run.seconds, run.rating, run.hidden, now()]);
      await touch(c, workspaceId);
      return toRun(row!);
    });
  }

  async runs(workspaceId: string, storyId: number): Promise<Rehearsal[]> {
    return (await all<RunRow>(this.pool,
      'SELECT r.* FROM rehearsals r JOIN stories s ON s.id = r.story_id WHERE s.id = $1 AND s.workspace_id = $2 ORDER BY r.id',
      [storyId, workspaceId])).map(toRun);
  }
}

async function storyRow(db: Db, workspaceId: string, storyId: number): Promise<Story | null> {
  const r = await one<StoryRow>(db, 'SELECT * FROM stories WHERE id = $1 AND workspace_id = $2', [storyId, workspaceId]);
  return r ? toStory(r) : null;
}
