// src/store/sqlite/workspaces.ts
import { isWorkspaceId, newWorkspaceId } from "../ids.js";
var toWorkspace = (r) => ({ id: r.id, createdAt: r.created_at, updatedAt: r.updated_at });
var toRole = (r) => ({
  id: r.id,
  position: r.position,
  title: r.title,
  employer: r.employer,
  location: r.location,
  startDate: r.start_date,
  endDate: r.end_date
});
var toBullet = (r) => ({
  id: r.id,
  roleId: r.role_id,
  position: r.position,
  text: r.text,
  createdAt: r.created_at,
  updatedAt: r.updated_at
});
var now = () => (/* @__PURE__ */ new Date()).toISOString();
function touch(db, workspaceId) {
  db.prepare("UPDATE workspaces SET updated_at = ? WHERE id = ?").run(now(), workspaceId);
}
function swapWithNeighbour(db, table, row, group, direction) {
  const neighbour = db.prepare(direction === "up" ? `SELECT id, position FROM ${table} WHERE ${group.where} AND position < ? ORDER BY position DESC LIMIT 1` : `SELECT id, position FROM ${table} WHERE ${group.where} AND position > ? ORDER BY position ASC LIMIT 1`).get(...group.params, row.position);
  if (!neighbour) return false;
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  set.run(neighbour.position, row.id);
  set.run(row.position, neighbour.id);
  return true;
}
var SqliteWorkspaces = class {
  constructor(db) {
    this.db = db;
  }
  db;
  async create() {
    const at = now();
    const row = { id: newWorkspaceId(), created_at: at, updated_at: at };
    this.db.prepare("INSERT INTO workspaces (id, created_at, updated_at) VALUES (@id, @created_at, @updated_at)").run(row);
    return toWorkspace(row);
  }
  async get(id) {
    if (!isWorkspaceId(id)) return null;
    const row = this.db.prepare("SELECT * FROM workspaces WHERE id = ?").get(id);
    return row ? toWorkspace(row) : null;
  }
  async snapshot(id) {
    if (!isWorkspaceId(id)) return null;
    return this.db.transaction(() => {
      const ws = this.db.prepare("SELECT * FROM workspaces WHERE id = ?").get(id);
      if (!ws) return null;
      const roles = this.db.prepare("SELECT * FROM roles WHERE workspace_id = ? ORDER BY position, id").all(id).map(toRole);
      const order = new Map(roles.map((r, i) => [r.id, i]));
      const bullets = this.db.prepare("SELECT * FROM bullets WHERE workspace_id = ? ORDER BY position, id").all(id).map(toBullet).sort((a, b) => (a.roleId === null ? -1 : order.get(a.roleId)) - (b.roleId === null ? -1 : order.get(b.roleId)) || a.position - b.position || a.id - b.id);
      return { workspace: toWorkspace(ws), roles, bullets };
    })();
  }
  async delete(id) {
    if (!isWorkspaceId(id)) return false;
    return this.db.prepare("DELETE FROM workspaces WHERE id = ?").run(id).changes > 0;
  }
};
export {
  SqliteWorkspaces,
  now,
  swapWithNeighbour,
  toBullet,
  toRole,
  toWorkspace,
  touch
};
