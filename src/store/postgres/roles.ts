import type pg from 'pg';
import { LIMITS, StoreError, type Direction, type Role, type RoleFields, type RoleRepo } from '../types.ts';
import { lockWorkspace, one, requireWorkspace, swapWithNeighbour, toRole, touch, tx, type Db, type RoleRow } from './db.ts';

export class PostgresRoles implements RoleRepo {
  constructor(private readonly pool: pg.Pool) {}

  async add(workspaceId: string, f: RoleFields): Promise<Role> {
    return tx(this.pool, async (c) => {
      await requireWorkspace(c, workspaceId);
      const { n, last } = (await one<{ n: number; last: number }>(c,
        'SELECT count(*) AS n, coalesce(max(position), 0) AS last FROM roles WHERE workspace_id = $1', [workspaceId]))!;
      if (n >= LIMITS.rolesPerWorkspace) {
        throw new StoreError('workspace_full', `A workspace holds at most ${LIMITS.rolesPerWorkspace} roles.`);
      }
      const row = await one<RoleRow>(c, `INSERT INTO roles (workspace_id, position, title, employer, location, start_date, end_date)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`, [workspaceId, last + 1, f.title, f.employer, f.location, f.startDate, f.endDate]);
      await touch(c, workspaceId);
      return toRole(row!);
    });
  }

  async update(workspaceId: string, roleId: number, f: RoleFields): Promise<Role | null> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return null;
      const row = await one<RoleRow>(c, `UPDATE roles SET title = $1, employer = $2, location = $3, start_date = $4, end_date = $5
        WHERE id = $6 AND workspace_id = $7 RETURNING *`, [f.title, f.employer, f.location, f.startDate, f.endDate, roleId, workspaceId]);
      if (!row) return null;
      await touch(c, workspaceId);
      return toRole(row);
    });
  }

  async remove(workspaceId: string, roleId: number): Promise<boolean> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId)) || !(await roleRow(c, workspaceId, roleId))) return false;
      // Its bullets join the end of the unassigned group, in their order, before the role goes.
      await c.query(`UPDATE bullets SET role_id = NULL, position = position + (
          SELECT coalesce(max(position), 0) FROM bullets WHERE workspace_id = $1 AND role_id IS NULL)
        WHERE workspace_id = $1 AND role_id = $2`, [workspaceId, roleId]);
      await c.query('DELETE FROM roles WHERE id = $1 AND workspace_id = $2', [roleId, workspaceId]);
      await touch(c, workspaceId);
      return true;
    });
  }

  async move(workspaceId: string, roleId: number, direction: Direction): Promise<boolean> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return false;
      const role = await roleRow(c, workspaceId, roleId);
      if (!role) return false;
      if (!(await swapWithNeighbour(c, 'roles', { id: role.id, position: role.position, workspaceId }, direction))) return false;
      await touch(c, workspaceId);
      return true;
    });
  }
}

export async function roleRow(db: Db, workspaceId: string, roleId: number): Promise<RoleRow | null> {
  return one<RoleRow>(db, 'SELECT * FROM roles WHERE id = $1 AND workspace_id = $2', [roleId, workspaceId]);
}
