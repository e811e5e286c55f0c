import type Database from 'better-sqlite3';
import { isWorkspaceId, newWorkspaceId } from '../ids.ts';
import type { Workspace, WorkspaceRepo, WorkspaceSnapshot } from '../types.ts';

import { toBullet, toRole, toWorkspace, type BulletRow, type RoleRow, type WorkspaceRow } from '../rows.ts';
export { toBullet, toRole, toWorkspace, type BulletRow, type RoleRow };

export const now = (): string => new Date().toISOString();

export function touch(db: Database.Database, workspaceId: string): void {
  db.prepare('UPDATE workspaces SET updated_at = ? WHERE id = ?').run(now(), workspaceId);
}

/**
 * Swaps a row's position with its neighbour's in the same group (roles of a workspace, bullets of a role);
 * false at either end. Call inside a transaction. `group` is trusted SQL from this folder, never user input.
 */
export function swapWithNeighbour(
  db: Database.Database, table: 'roles' | 'bullets', row: { id: number; position: number },
  group: { where: string; params: unknown[] }, direction: 'up' | 'down',
): boolean {
  const neighbour = db
    .prepare(direction === 'up'
      ? `SELECT id, position FROM ${table} WHERE ${group.where} AND position < ? ORDER BY position DESC LIMIT 1`
      : `SELECT id, position FROM ${table} WHERE ${group.where} AND position > ? ORDER BY position ASC LIMIT 1`)
    .get(...group.params, row.position) as { id: number; position: number } | undefined;
  if (!neighbour) return false;
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  set.run(neighbour.position, row.id);
  set.run(row.position, neighbour.id);
  return true;
}

export class SqliteWorkspaces implements WorkspaceRepo {
  constructor(private readonly db: Database.Database) {}

  async create(): Promise<Workspace> {
    const at = now();
    const row: WorkspaceRow = { id: newWorkspaceId(), created_at: at, updated_at: at };
    this.db.prepare('INSERT INTO workspaces (id, created_at, updated_at) VALUES (@id, @created_at, @updated_at)').run(row);
    return toWorkspace(row);
  }

  async get(id: string): Promise<Workspace | null> {
    if (!isWorkspaceId(id)) return null;
    const row = this.db.prepare('SELECT * FROM workspaces WHERE id = ?').get(id) as WorkspaceRow | undefined;
    return row ? toWorkspace(row) : null;
  }

  async snapshot(id: string): Promise<WorkspaceSnapshot | null> {
    if (!isWorkspaceId(id)) return null;
    return this.db.transaction(() => {
      const ws = this.db.prepare('SELECT * FROM workspaces WHERE id = ?').get(id) as WorkspaceRow | undefined;
      if (!ws) return null;
      const roles = (this.db.prepare('SELECT * FROM roles WHERE workspace_id = ? ORDER BY position, id').all(id) as RoleRow[]).map(toRole);
      const order = new Map(roles.map((r, i) => [r.id, i]));
      const bullets = (this.db.prepare('SELECT * FROM bullets WHERE workspace_id = ? ORDER BY position, id').all(id) as BulletRow[])
        .map(toBullet)
        // Unassigned bullets first, then each role's bullets in the roles' order.
        .sort((a, b) => (a.roleId === null ? -1 : order.get(a.roleId)!) - (b.roleId === null ? -1 : order.get(b.roleId)!) || a.position - b.position || a.id - b.id);
      return { workspace: toWorkspace(ws), roles, bullets };
    })();
  }

  async delete(id: string): Promise<boolean> {
    if (!isWorkspaceId(id)) return false;
    return this.db.prepare('DELETE FROM workspaces WHERE id = ?').run(id).changes > 0;
  }
}
