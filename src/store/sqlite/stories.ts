import type Database from 'better-sqlite3';
import { StoreError } from '../types.ts';
import { STORY_LIMITS, type Rehearsal, type RehearsalFields, type Story, type StoryFields, type StoryRepo } from '../stories.ts';
import { requireWorkspace } from './roles.ts';
import { now, touch } from './workspaces.ts';

interface StoryRow { id: number; title: string; text: string; prompt_id: string | null; bullet_id: number | null; created_at: string; updated_at: string }
interface RunRow { id: number; story_id: number; seconds: number; rating: number | null; hidden: number; created_at: string }

const toStory = (r: StoryRow): Story => ({
  id: r.id, title: r.title, text: r.text, promptId: r.prompt_id, bulletId: r.bullet_id, createdAt: r.created_at, updatedAt: r.updated_at,
});
const toRun = (r: RunRow): Rehearsal => ({ id: r.id, storyId: r.story_id, seconds: r.seconds, rating: r.rating, hidden: r.hidden === 1, createdAt: r.created_at });

export class SqliteStories implements StoryRepo {
  constructor(private readonly db: Database.Database) {}

  async list(workspaceId: string): Promise<Story[]> {
    return (this.db.prepare('SELECT * FROM stories WHERE workspace_id = ? ORDER BY id DESC').all(workspaceId) as StoryRow[]).map(toStory);
  }

  async get(workspaceId: string, storyId: number): Promise<Story | null> {
    return this.row(workspaceId, storyId);
  }

  async add(workspaceId: string, f: StoryFields): Promise<Story> {
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      const { n } = this.db.prepare('SELECT count(*) AS n FROM stories WHERE workspace_id = ?').get(workspaceId) as { n: number };
      if (n >= STORY_LIMITS.storiesPerWorkspace) {
        throw new StoreError('workspace_full', `A workspace holds at most ${STORY_LIMITS.storiesPerWorkspace} stories; delete one to add another.`);
      }
      // A bullet from another workspace is never linked.
      const bulletId = f.bulletId !== null && this.db.prepare('SELECT 1 FROM bullets WHERE id = ? AND workspace_id = ?').get(f.bulletId, workspaceId) ? f.bulletId : null;
      const at = now();
      const id = Number(this.db.prepare(
        'INSERT INTO stories (workspace_id, title, text, prompt_id, bullet_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(workspaceId, f.title, f.text, f.promptId, bulletId, at, at).lastInsertRowid);
      touch(this.db, workspaceId);
      return this.row(workspaceId, id)!;
    })();
  }

  async update(workspaceId: string, storyId: number, f: Omit<StoryFields, 'bulletId'>): Promise<Story | null> {
    return this.db.transaction(() => {
      const changed = this.db.prepare('UPDATE stories SET title = ?, text = ?, prompt_id = ?, updated_at = ? WHERE id = ? AND workspace_id = ?')
        .run(f.title, f.text, f.promptId, now(), storyId, workspaceId).changes;
      if (!changed) return null;
      touch(this.db, workspaceId);
      return this.row(workspaceId, storyId);
    })();
  }

  async remove(workspaceId: string, storyId: number): Promise<boolean> {
    return this.db.transaction(() => {
      const gone = this.db.prepare('DELETE FROM stories WHERE id = ? AND workspace_id = ?').run(storyId, workspaceId).changes > 0;
      if (gone) touch(this.db, workspaceId);
      return gone;
    })();
  }

  async addRun(workspaceId: string, storyId: number, run: RehearsalFields): Promise<Rehearsal | null> {
    return this.db.transaction(() => {
      if (!this.row(workspaceId, storyId)) return null;
      const { n } = this.db.prepare('SELECT count(*) AS n FROM rehearsals WHERE story_id = ?').get(storyId) as { n: number };
      if (n >= STORY_LIMITS.runsPerStory) {
        // Keep the history bounded: the oldest run makes room for the newest.
        this.db.prepare('DELETE FROM rehearsals WHERE id = (SELECT min(id) FROM rehearsals WHERE story_id = ?)').run(storyId);
      }
      const id = Number(this.db.prepare('INSERT INTO rehearsals (story_id, seconds, rating, hidden, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(storyId, run.seconds, run.rating, run.hidden ? 1 : 0, now()).lastInsertRowid);
      touch(this.db, workspaceId);
      return toRun(this.db.prepare('SELECT * FROM rehearsals WHERE id = ?').get(id) as RunRow);
    })();
  }

  async runs(workspaceId: string, storyId: number): Promise<Rehearsal[]> {
    return (this.db.prepare(
      'SELECT r.* FROM rehearsals r JOIN stories s ON s.id = r.story_id WHERE s.id = ? AND s.workspace_id = ? ORDER BY r.id',
    ).all(storyId, workspaceId) as RunRow[]).map(toRun);
  }

  private row(workspaceId: string, storyId: number): Story | null {
    const r = this.db.prepare('SELECT * FROM stories WHERE id = ? AND workspace_id = ?').get(storyId, workspaceId) as StoryRow | undefined;
    return r ? toStory(r) : null;
  }
}
