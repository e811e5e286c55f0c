import type Database from 'better-sqlite3';
import { profileAfterImport } from '../../resume/workspace.ts';
import { checkImportFits, emptyProfile, ResumeProfileSchema, type ResumeImportPlan, type ResumeProfile, type ResumeRepo } from '../resume.ts';
import { requireWorkspace } from './roles.ts';
import { now, touch } from './workspaces.ts';

export class SqliteResume implements ResumeRepo {
  constructor(private readonly db: Database.Database) {}

  async profile(workspaceId: string): Promise<ResumeProfile> {
    return this.read(workspaceId);
  }

  async saveProfile(workspaceId: string, profile: ResumeProfile): Promise<ResumeProfile> {
    const valid = ResumeProfileSchema.parse(profile);
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      this.write(workspaceId, valid);
      touch(this.db, workspaceId);
      return valid;
    })();
  }

  async importPlan(workspaceId: string, plan: ResumeImportPlan): Promise<{ roles: number; bullets: number }> {
    const incoming = { ...plan, profile: ResumeProfileSchema.parse(plan.profile) };
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      if (plan.replace) {
        this.db.prepare('DELETE FROM bullets WHERE workspace_id = ?').run(workspaceId);
        this.db.prepare('DELETE FROM roles WHERE workspace_id = ?').run(workspaceId);
      }
      const count = (sql: string) => (this.db.prepare(sql).get(workspaceId) as { n: number }).n;
      const roles = count('SELECT count(*) AS n FROM roles WHERE workspace_id = ?');
      const bullets = count('SELECT count(*) AS n FROM bullets WHERE workspace_id = ?');
      const newBullets = checkImportFits(plan, roles, bullets);
      const at = now();
      let rolePosition = (this.db.prepare('SELECT coalesce(max(position), 0) AS n FROM roles WHERE workspace_id = ?').get(workspaceId) as { n: number }).n;
      const insertRole = this.db.prepare(`INSERT INTO roles (workspace_id, position, title, employer, location, start_date, end_date)
        VALUES (?, ?, ?, ?, ?, ?, ?)`);
      const insertBullet = this.db.prepare('INSERT INTO bullets (workspace_id, role_id, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      const insertVersion = this.db.prepare("INSERT INTO bullet_versions (bullet_id, text, reason, created_at) VALUES (?, ?, 'created', ?)");
      const addBullets = (roleId: number | null, texts: string[]) => {
        let position = (this.db.prepare(`SELECT coalesce(max(position), 0) AS n FROM bullets WHERE workspace_id = ? AND role_id ${roleId === null ? 'IS NULL' : '= ?'}`)
          .get(...(roleId === null ? [workspaceId] : [workspaceId, roleId])) as { n: number }).n;
        for (const text of texts) {
          const id = Number(insertBullet.run(workspaceId, roleId, ++position, text, at, at).lastInsertRowid);
          insertVersion.run(id, text, at);
        }
      };
      const roleIds: number[] = [];
      for (const role of plan.roles) {
        const f = role.fields;
        const roleId = Number(insertRole.run(workspaceId, ++rolePosition, f.title, f.employer, f.location, f.startDate, f.endDate).lastInsertRowid);
        roleIds.push(roleId);
        addBullets(roleId, role.bullets);
      }
      addBullets(null, plan.unassigned);
      this.write(workspaceId, ResumeProfileSchema.parse(profileAfterImport(this.read(workspaceId), incoming, roleIds)));
      touch(this.db, workspaceId);
      return { roles: plan.roles.length, bullets: newBullets };
    })();
  }

  private read(workspaceId: string): ResumeProfile {
    const row = this.db.prepare('SELECT data FROM resume_profiles WHERE workspace_id = ?').get(workspaceId) as { data: string } | undefined;
    if (!row) return emptyProfile();
    const parsed = ResumeProfileSchema.safeParse(JSON.parse(row.data));
    // A row an older schema wrote that no longer validates reads as empty rather than breaking the page.
    return parsed.success ? parsed.data : emptyProfile();
  }

  private write(workspaceId: string, profile: ResumeProfile): void {
    this.db.prepare(`INSERT INTO resume_profiles (workspace_id, data, updated_at) VALUES (?, ?, ?)
      ON CONFLICT(workspace_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`)
      .run(workspaceId, JSON.stringify(profile), now());
  }
}
