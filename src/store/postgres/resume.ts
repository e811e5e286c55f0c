import type pg from 'pg';
import { profileAfterImport } from '../../resume/workspace.ts';
import { checkImportFits, emptyProfile, ResumeProfileSchema, type ResumeImportPlan, type ResumeProfile, type ResumeRepo } from '../resume.ts';
import { insertBullets, now, one, requireWorkspace, touch, tx, type Db } from './db.ts';

export class PostgresResume implements ResumeRepo {
  constructor(private readonly pool: pg.Pool) {}

  async profile(workspaceId: string): Promise<ResumeProfile> {
    return read(this.pool, workspaceId);
  }

  async saveProfile(workspaceId: string, profile: ResumeProfile): Promise<ResumeProfile> {
    const valid = ResumeProfileSchema.parse(profile);
    return tx(this.pool, async (c) => {
      await requireWorkspace(c, workspaceId);
      await write(c, workspaceId, valid);
      await touch(c, workspaceId);
      return valid;
    });
  }

  async importPlan(workspaceId: string, plan: ResumeImportPlan): Promise<{ roles: number; bullets: number }> {
    const incoming = { ...plan, profile: ResumeProfileSchema.parse(plan.profile) };
    return tx(this.pool, async (c) => {
      await requireWorkspace(c, workspaceId);
      if (plan.replace) {
        await c.query('DELETE FROM bullets WHERE workspace_id = $1', [workspaceId]);
        await c.query('DELETE FROM roles WHERE workspace_id = $1', [workspaceId]);
      }
      const { roles, bullets, last } = (await one<{ roles: number; bullets: number; last: number }>(c, `SELECT
          (SELECT count(*) FROM roles WHERE workspace_id = $1) AS roles,
          (SELECT count(*) FROM bullets WHERE workspace_id = $1) AS bullets,
          (SELECT coalesce(max(position), 0) FROM roles WHERE workspace_id = $1) AS last`, [workspaceId]))!;
      const newBullets = checkImportFits(plan, roles, bullets);
      const at = now();
      let rolePosition = last;
      const roleIds: number[] = [];
      for (const role of plan.roles) {
        const f = role.fields;
        const { id } = (await one<{ id: number }>(c, `INSERT INTO roles (workspace_id, position, title, employer, location, start_date, end_date)
          VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, [workspaceId, ++rolePosition, f.title, f.employer, f.location, f.startDate, f.endDate]))!;
        roleIds.push(Number(id));
        await insertBullets(c, workspaceId, id, role.bullets, at);
      }
      await insertBullets(c, workspaceId, null, plan.unassigned, at);
      await write(c, workspaceId, ResumeProfileSchema.parse(profileAfterImport(await read(c, workspaceId), incoming, roleIds)));
      await touch(c, workspaceId);
      return { roles: plan.roles.length, bullets: newBullets };
    });
  }
}

async function read(db: Db, workspaceId: string): Promise<ResumeProfile> {
  const row = await one<{ data: unknown }>(db, 'SELECT data FROM resume_profiles WHERE workspace_id = $1', [workspaceId]);
  if (!row) return emptyProfile();
  const parsed = ResumeProfileSchema.safeParse(row.data);
  // A row an older schema wrote that no longer validates reads as empty rather than breaking the page.
  return parsed.success ? parsed.data : emptyProfile();
}

async function write(c: pg.PoolClient, workspaceId: string, profile: ResumeProfile): Promise<void> {
  await c.query(`INSERT INTO resume_profiles (workspace_id, data, updated_at) VALUES ($1, $2, $3)
    ON CONFLICT (workspace_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  [workspaceId, JSON.stringify(profile), now()]);
}
