import type Database from 'better-sqlite3';
import { LIMITS, StoreError, type Direction, type Role, type RoleFields, type RoleRepo } from '../types.ts';
import { isWorkspaceId } from '../ids.ts';
import { swapWithNeighbour, toRole, touch, type RoleRow } from './workspaces.ts';

export class SqliteRoles implements RoleRepo {
  constructor(private readonly db: Database.Database) {}

  async add(workspaceId: string, f: RoleFields): Promise<Role> {
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      const { n, last } = this.db
        .prepare('SELECT count(*) AS n, coalesce(max(position), 0) AS last FROM roles WHERE workspace_id = ?')
        .get(workspaceId) as { n: number; last: number };
      if (n >= LIMITS.rolesPerWorkspace) {
        throw new StoreError('workspace_full', `A workspace holds at most ${LIMITS.rolesPerWorkspace} roles.`);
      }
      const info = this.db
        .prepare(`INSERT INTO roles (workspace_id, position, title, employer, location, start_date, end_date)
                  VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(workspaceId, last + 1, f.title, f.employer, f.location, f.startDate, f.endDate);
      touch(this.db, workspaceId);
      return this.row(workspaceId, Number(info.lastInsertRowid))!;
    })();
  }

  async update(workspaceId: string, roleId: number, f: RoleFields): Promise<Role | null> {
    return this.db.transaction(() => {
      const changed = this.db
        .prepare(`UPDATE roles SET title = ?, employer = ?, location = ?, start_date = ?, end_date = ?
                  WHERE id = ? AND workspace_id = ?`)
        .run(f.title, f.employer, f.location, f.startDate, f.endDate, roleId, workspaceId).changes;
      if (!changed) return null;
      touch(this.db, workspaceId);
      return this.row(workspaceId, roleId);
    })();
  }

  async remove(workspaceId: string, roleId: number): Promise<boolean> {
    return this.db.transaction(() => {
      if (!this.row(workspaceId, roleId)) return false;
      // Its bullets join the end of the unassigned group, in their order, before the role goes.
      const { last } = this.db
        .prepare('SELECT coalesce(max(position), 0) AS last FROM bullets WHERE workspace_id = ? AND role_id IS NULL')
        .get(workspaceId) as { last: number };
      this.db
        .prepare('UPDATE bullets SET role_id = NULL, position = position + ? WHERE workspace_id = ? AND role_id = ?')
        .run(last, workspaceId, roleId);
      this.db.prepare('DELETE FROM roles WHERE id = ? AND workspace_id = ?').run(roleId, workspaceId);
      touch(this.db, workspaceId);
      return true;
    })();
  }

  async move(workspaceId: string, roleId: number, direction: Direction): Promise<boolean> {
    return this.db.transaction(() => {
      const role = this.row(workspaceId, roleId);
      if (!role) return false;
      if (!swapWithNeighbour(this.db, 'roles', role, { where: 'workspace_id = ?', params: [workspaceId] }, direction)) return false;
      touch(this.db, workspaceId);
      return true;
    })();
  }

  private row(workspaceId: string, roleId: number): Role | null {
    const r = this.db.prepare('SELECT * FROM roles WHERE id = ? AND workspace_id = ?').get(roleId, workspaceId) as RoleRow | undefined;
    return r ? toRole(r) : null;
  }
}

export function requireWorkspace(db: Database.Database, workspaceId: string): void {
  if (!isWorkspaceId(workspaceId) || !db.prepare('SELECT 1 FROM workspaces WHERE id = ?').get(workspaceId)) {
    throw new StoreError('not_found', 'That workspace does not exist (it may have been deleted).');
  }
}
