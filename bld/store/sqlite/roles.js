// src/store/sqlite/roles.ts
import { LIMITS, StoreError } from "../types.js";
import { isWorkspaceId } from "../ids.js";
import { swapWithNeighbour, toRole, touch } from "./workspaces.js";
var SqliteRoles = class {
  constructor(db) {
    this.db = db;
  }
  db;
  async add(workspaceId, f) {
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      const { n, last } = this.db.prepare("SELECT count(*) AS n, coalesce(max(position), 0) AS last FROM roles WHERE workspace_id = ?").get(workspaceId);
      if (n >= LIMITS.rolesPerWorkspace) {
        throw new StoreError("workspace_full", `A workspace holds at most ${LIMITS.rolesPerWorkspace} roles.`);
      }
      const info = this.db.prepare(`INSERT INTO roles (workspace_id, position, title, employer, location, start_date, end_date)
                  VALUES (?, ?, ?, ?, ?, ?, ?)`).run(workspaceId, last + 1, f.title, f.employer, f.location, f.startDate, f.endDate);
      touch(this.db, workspaceId);
      return this.row(workspaceId, Number(info.lastInsertRowid));
    })();
  }
  async update(workspaceId, roleId, f) {
    return this.db.transaction(() => {
      const changed = this.db.prepare(`UPDATE roles SET title = ?, employer = ?, location = ?, start_date = ?, end_date = ?
                  WHERE id = ? AND workspace_id = ?`).run(f.title, f.employer, f.location, f.startDate, f.endDate, roleId, workspaceId).changes;
      if (!changed) return null;
      touch(this.db, workspaceId);
      return this.row(workspaceId, roleId);
    })();
  }
  async remove(workspaceId, roleId) {
    return this.db.transaction(() => {
      if (!this.row(workspaceId, roleId)) return false;
      const { last } = this.db.prepare("SELECT coalesce(max(position), 0) AS last FROM bullets WHERE workspace_id = ? AND role_id IS NULL").get(workspaceId);
      this.db.prepare("UPDATE bullets SET role_id = NULL, position = position + ? WHERE workspace_id = ? AND role_id = ?").run(last, workspaceId, roleId);
      this.db.prepare("DELETE FROM roles WHERE id = ? AND workspace_id = ?").run(roleId, workspaceId);
      touch(this.db, workspaceId);
      return true;
    })();
  }
  async move(workspaceId, roleId, direction) {
    return this.db.transaction(() => {
      const role = this.row(workspaceId, roleId);
      if (!role) return false;
      if (!swapWithNeighbour(this.db, "roles", role, { where: "workspace_id = ?", params: [workspaceId] }, direction)) return false;
      touch(this.db, workspaceId);
      return true;
    })();
  }
  row(workspaceId, roleId) {
    const r = this.db.prepare("SELECT * FROM roles WHERE id = ? AND workspace_id = ?").get(roleId, workspaceId);
    return r ? toRole(r) : null;
  }
};
function requireWorkspace(db, workspaceId) {
  if (!isWorkspaceId(workspaceId) || !db.prepare("SELECT 1 FROM workspaces WHERE id = ?").get(workspaceId)) {
    throw new StoreError("not_found", "That workspace does not exist (it may have been deleted).");
  }
}
export {
  SqliteRoles,
  requireWorkspace
};
