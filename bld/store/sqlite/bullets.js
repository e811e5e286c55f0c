// src/store/sqlite/bullets.ts
import { LIMITS, StoreError } from "../types.js";
import { requireWorkspace } from "./roles.js";
import { now, swapWithNeighbour, toBullet, touch } from "./workspaces.js";
var SqliteBullets = class {
  constructor(db) {
    this.db = db;
  }
  db;
  async add(workspaceId, texts, roleId = null) {
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      if (roleId !== null) this.requireRole(workspaceId, roleId);
      const { n } = this.db.prepare("SELECT count(*) AS n FROM bullets WHERE workspace_id = ?").get(workspaceId);
      if (n + texts.length > LIMITS.bulletsPerWorkspace) {
        throw new StoreError(
          "workspace_full",
          `A workspace holds at most ${LIMITS.bulletsPerWorkspace} bullets; it has ${n}, so ${texts.length} more will not fit.`
        );
      }
      let position = this.lastPosition(workspaceId, roleId);
      const at = now();
      const insert = this.db.prepare(
        "INSERT INTO bullets (workspace_id, role_id, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
      );
      const ids = texts.map((text) => {
        const id = Number(insert.run(workspaceId, roleId, ++position, text, at, at).lastInsertRowid);
        this.addVersion(id, text, "created", at);
        return id;
      });
      touch(this.db, workspaceId);
      return ids.map((id) => this.row(workspaceId, id));
    })();
  }
  async get(workspaceId, bulletId) {
    return this.row(workspaceId, bulletId);
  }
  async update(workspaceId, bulletId, text, reason = "edited") {
    return this.db.transaction(() => this.setText(workspaceId, bulletId, text, reason))();
  }
  async remove(workspaceId, bulletId) {
    return this.db.transaction(() => {
      const gone = this.db.prepare("DELETE FROM bullets WHERE id = ? AND workspace_id = ?").run(bulletId, workspaceId).changes > 0;
      if (gone) touch(this.db, workspaceId);
      return gone;
    })();
  }
  async move(workspaceId, bulletId, direction) {
    return this.db.transaction(() => {
      const b = this.row(workspaceId, bulletId);
      if (!b) return false;
      const group = { where: "workspace_id = ? AND role_id IS ?", params: [workspaceId, b.roleId] };
      if (!swapWithNeighbour(this.db, "bullets", b, group, direction)) return false;
      touch(this.db, workspaceId);
      return true;
    })();
  }
  async assignRole(workspaceId, bulletId, roleId) {
    return this.db.transaction(() => {
      const b = this.row(workspaceId, bulletId);
      if (!b) return null;
      if (b.roleId === roleId) return b;
      if (roleId !== null) this.requireRole(workspaceId, roleId);
      const position = this.lastPosition(workspaceId, roleId) + 1;
      this.db.prepare("UPDATE bullets SET role_id = ?, position = ? WHERE id = ?").run(roleId, position, bulletId);
      touch(this.db, workspaceId);
      return this.row(workspaceId, bulletId);
    })();
  }
  async history(workspaceId, bulletId) {
    if (!this.row(workspaceId, bulletId)) return [];
    return this.db.prepare("SELECT * FROM bullet_versions WHERE bullet_id = ? ORDER BY id DESC").all(bulletId).map((v) => ({ id: v.id, text: v.text, reason: v.reason, createdAt: v.created_at }));
  }
  async histories(workspaceId) {
    const rows = this.db.prepare(`SELECT v.*, v.bullet_id AS bullet_id FROM bullet_versions v JOIN bullets b ON b.id = v.bullet_id
                WHERE b.workspace_id = ? ORDER BY v.id DESC`).all(workspaceId);
    const out = /* @__PURE__ */ new Map();
    for (const v of rows) {
      const list = out.get(v.bullet_id) ?? [];
      list.push({ id: v.id, text: v.text, reason: v.reason, createdAt: v.created_at });
      out.set(v.bullet_id, list);
    }
    return out;
  }
  async restore(workspaceId, bulletId, versionId) {
    return this.db.transaction(() => {
      if (!this.row(workspaceId, bulletId)) return null;
      const v = this.db.prepare("SELECT * FROM bullet_versions WHERE id = ? AND bullet_id = ?").get(versionId, bulletId);
      if (!v) return null;
      return this.setText(workspaceId, bulletId, v.text, "restored");
    })();
  }
  /** Call inside a transaction. */
  setText(workspaceId, bulletId, text, reason) {
    const b = this.row(workspaceId, bulletId);
    if (!b) return null;
    if (b.text === text) return b;
    const at = now();
    this.db.prepare("UPDATE bullets SET text = ?, updated_at = ? WHERE id = ?").run(text, at, bulletId);
    this.addVersion(bulletId, text, reason, at);
    touch(this.db, workspaceId);
    return this.row(workspaceId, bulletId);
  }
  addVersion(bulletId, text, reason, at) {
    this.db.prepare("INSERT INTO bullet_versions (bullet_id, text, reason, created_at) VALUES (?, ?, ?, ?)").run(bulletId, text, reason, at);
  }
  lastPosition(workspaceId, roleId) {
    return this.db.prepare("SELECT coalesce(max(position), 0) AS last FROM bullets WHERE workspace_id = ? AND role_id IS ?").get(workspaceId, roleId).last;
  }
  requireRole(workspaceId, roleId) {
    if (!this.db.prepare("SELECT 1 FROM roles WHERE id = ? AND workspace_id = ?").get(roleId, workspaceId)) {
      throw new StoreError("not_found", "That role does not exist in this workspace.");
    }
  }
  row(workspaceId, bulletId) {
    const r = this.db.prepare("SELECT * FROM bullets WHERE id = ? AND workspace_id = ?").get(bulletId, workspaceId);
    return r ? toBullet(r) : null;
  }
};
export {
  SqliteBullets
};
