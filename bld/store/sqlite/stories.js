// src/store/sqlite/stories.ts
import { StoreError } from "../types.js";
import { STORY_LIMITS } from "../stories.js";
import { requireWorkspace } from "./roles.js";
import { now, touch } from "./workspaces.js";
var toStory = (r) => ({
  id: r.id,
  title: r.title,
  text: r.text,
  promptId: r.prompt_id,
  bulletId: r.bullet_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at
});
var toRun = (r) => ({ id: r.id, storyId: r.story_id, seconds: r.seconds, rating: r.rating, hidden: r.hidden === 1, createdAt: r.created_at });
var SqliteStories = class {
  constructor(db) {
    this.db = db;
  }
  db;
  async list(workspaceId) {
    return this.db.prepare("SELECT * FROM stories WHERE workspace_id = ? ORDER BY id DESC").all(workspaceId).map(toStory);
  }
  async get(workspaceId, storyId) {
    return this.row(workspaceId, storyId);
  }
  async add(workspaceId, f) {
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      const { n } = this.db.prepare("SELECT count(*) AS n FROM stories WHERE workspace_id = ?").get(workspaceId);
      if (n >= STORY_LIMITS.storiesPerWorkspace) {
        throw new StoreError("workspace_full", `A workspace holds at most ${STORY_LIMITS.storiesPerWorkspace} stories; delete one to add another.`);
      }
      const bulletId = f.bulletId !== null && this.db.prepare("SELECT 1 FROM bullets WHERE id = ? AND workspace_id = ?").get(f.bulletId, workspaceId) ? f.bulletId : null;
      const at = now();
      const id = Number(this.db.prepare(
        "INSERT INTO stories (workspace_id, title, text, prompt_id, bullet_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
      ).run(workspaceId, f.title, f.text, f.promptId, bulletId, at, at).lastInsertRowid);
      touch(this.db, workspaceId);
      return this.row(workspaceId, id);
    })();
  }
  async update(workspaceId, storyId, f) {
    return this.db.transaction(() => {
      const changed = this.db.prepare("UPDATE stories SET title = ?, text = ?, prompt_id = ?, updated_at = ? WHERE id = ? AND workspace_id = ?").run(f.title, f.text, f.promptId, now(), storyId, workspaceId).changes;
      if (!changed) return null;
      touch(this.db, workspaceId);
      return this.row(workspaceId, storyId);
    })();
  }
  async remove(workspaceId, storyId) {
    return this.db.transaction(() => {
      const gone = this.db.prepare("DELETE FROM stories WHERE id = ? AND workspace_id = ?").run(storyId, workspaceId).changes > 0;
      if (gone) touch(this.db, workspaceId);
      return gone;
    })();
  }
  async addRun(workspaceId, storyId, run) {
    return this.db.transaction(() => {
      if (!this.row(workspaceId, storyId)) return null;
      const { n } = this.db.prepare("SELECT count(*) AS n FROM rehearsals WHERE story_id = ?").get(storyId);
      if (n >= STORY_LIMITS.runsPerStory) {
        this.db.prepare("DELETE FROM rehearsals WHERE id = (SELECT min(id) FROM rehearsals WHERE story_id = ?)").run(storyId);
      }
      const id = Number(this.db.prepare("INSERT INTO rehearsals (story_id, seconds, rating, hidden, created_at) VALUES (?, ?, ?, ?, ?)").run(storyId, run.seconds, run.rating, run.hidden ? 1 : 0, now()).lastInsertRowid);
      touch(this.db, workspaceId);
      return toRun(this.db.prepare("SELECT * FROM rehearsals WHERE id = ?").get(id));
    })();
  }
  async runs(workspaceId, storyId) {
    return this.db.prepare(
      "SELECT r.* FROM rehearsals r JOIN stories s ON s.id = r.story_id WHERE s.id = ? AND s.workspace_id = ? ORDER BY r.id"
    ).all(storyId, workspaceId).map(toRun);
  }
  row(workspaceId, storyId) {
    const r = this.db.prepare("SELECT * FROM stories WHERE id = ? AND workspace_id = ?").get(storyId, workspaceId);
    return r ? toStory(r) : null;
  }
};
export {
  SqliteStories
};
