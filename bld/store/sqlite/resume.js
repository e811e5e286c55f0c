// src/store/sqlite/resume.ts
import { mergeProfile } from "../../resume/workspace.js";
import { emptyProfile, ResumeProfileSchema } from "../resume.js";
import { LIMITS, StoreError } from "../types.js";
import { requireWorkspace } from "./roles.js";
import { now, touch } from "./workspaces.js";
var SqliteResume = class {
  constructor(db) {
    this.db = db;
  }
  db;
  async profile(workspaceId) {
    return this.read(workspaceId);
  }
  async saveProfile(workspaceId, profile) {
    const valid = ResumeProfileSchema.parse(profile);
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      this.write(workspaceId, valid);
      touch(this.db, workspaceId);
      return valid;
    })();
  }
  async importPlan(workspaceId, plan) {
    const incoming = ResumeProfileSchema.parse(plan.profile);
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      const count = (sql) => this.db.prepare(sql).get(workspaceId).n;
      const roles = count("SELECT count(*) AS n FROM roles WHERE workspace_id = ?");
      const bullets = count("SELECT count(*) AS n FROM bullets WHERE workspace_id = ?");
      const newBullets = plan.roles.reduce((n, r) => n + r.bullets.length, plan.unassigned.length);
      if (roles + plan.roles.length > LIMITS.rolesPerWorkspace) {
        throw new StoreError("workspace_full", `This resume has ${plan.roles.length} roles; with the ${roles} already here that is more than the ${LIMITS.rolesPerWorkspace} a workspace holds. Nothing was imported.`);
      }
      if (bullets + newBullets > LIMITS.bulletsPerWorkspace) {
        throw new StoreError("workspace_full", `This resume has ${newBullets} bullets; with the ${bullets} already here that is more than the ${LIMITS.bulletsPerWorkspace} a workspace holds. Nothing was imported.`);
      }
      const tooLong = [...plan.unassigned, ...plan.roles.flatMap((r) => r.bullets)].find((b) => b.length > LIMITS.bulletChars);
      if (tooLong !== void 0) {
        throw new StoreError("invalid", `A bullet is ${tooLong.length} characters; a bullet can be at most ${LIMITS.bulletChars}. Nothing was imported.`);
      }
      const at = now();
      let rolePosition = this.db.prepare("SELECT coalesce(max(position), 0) AS n FROM roles WHERE workspace_id = ?").get(workspaceId).n;
      const insertRole = this.db.prepare(`INSERT INTO roles (workspace_id, position, title, employer, location, start_date, end_date)
        VALUES (?, ?, ?, ?, ?, ?, ?)`);
      const insertBullet = this.db.prepare("INSERT INTO bullets (workspace_id, role_id, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
      const insertVersion = this.db.prepare("INSERT INTO bullet_versions (bullet_id, text, reason, created_at) VALUES (?, ?, 'created', ?)");
      const addBullets = (roleId, texts) => {
        let position = this.db.prepare(`SELECT coalesce(max(position), 0) AS n FROM bullets WHERE workspace_id = ? AND role_id ${roleId === null ? "IS NULL" : "= ?"}`).get(...roleId === null ? [workspaceId] : [workspaceId, roleId]).n;
        for (const text of texts) {
          const id = Number(insertBullet.run(workspaceId, roleId, ++position, text, at, at).lastInsertRowid);
          insertVersion.run(id, text, at);
        }
      };
      for (const role of plan.roles) {
        const f = role.fields;
        const roleId = Number(insertRole.run(workspaceId, ++rolePosition, f.title, f.employer, f.location, f.startDate, f.endDate).lastInsertRowid);
        addBullets(roleId, role.bullets);
      }
      addBullets(null, plan.unassigned);
      this.write(workspaceId, ResumeProfileSchema.parse(mergeProfile(this.read(workspaceId), incoming)));
      touch(this.db, workspaceId);
      return { roles: plan.roles.length, bullets: newBullets };
    })();
  }
  read(workspaceId) {
    const row = this.db.prepare("SELECT data FROM resume_profiles WHERE workspace_id = ?").get(workspaceId);
    if (!row) return emptyProfile();
    const parsed = ResumeProfileSchema.safeParse(JSON.parse(row.data));
    return parsed.success ? parsed.data : emptyProfile();
  }
  write(workspaceId, profile) {
    this.db.prepare(`INSERT INTO resume_profiles (workspace_id, data, updated_at) VALUES (?, ?, ?)
      ON CONFLICT(workspace_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`).run(workspaceId, JSON.stringify(profile), now());
  }
};
export {
  SqliteResume
};
