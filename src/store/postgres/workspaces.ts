import type pg from 'pg';
import { isWorkspaceId, newWorkspaceId } from '../ids.ts';
import type { Workspace, WorkspaceRepo, WorkspaceSnapshot } from '../types.ts';
import { all, now, one, READ_SNAPSHOT, toBullet, toRole, toWorkspace, tx, type BulletRow, type RoleRow } from './db.ts';

export class PostgresWorkspaces implements WorkspaceRepo {
  constructor(private readonly pool: pg.Pool) {}

  async create(): Promise<Workspace> {
    const at = now();
    const row = { id: newWorkspaceId(), created_at: at, updated_at: at };
    await this.pool.query('INSERT INTO workspaces (id, created_at, updated_at) VALUES ($1, $2, $3)', [row.id, at, at]);
    return toWorkspace(row);
  }

  async get(id: string): Promise<Workspace | null> {
    if (!isWorkspaceId(id)) return null;
    const row = await one<Parameters<typeof toWorkspace>[0]>(this.pool, 'SELECT * FROM workspaces WHERE id = $1', [id]);
    return row ? toWorkspace(row) : null;
  }

  async snapshot(id: string): Promise<WorkspaceSnapshot | null> {
    if (!isWorkspaceId(id)) return null;
    return tx(this.pool, async (c) => {
      const ws = await one<Parameters<typeof toWorkspace>[0]>(c, 'SELECT * FROM workspaces WHERE id = $1', [id]);
      if (!ws) return null;
      const roles = (await all<RoleRow>(c, 'SELECT * FROM roles WHERE workspace_id = $1 ORDER BY position, id', [id])).map(toRole);
      const order = new Map(roles.map((r, i) => [r.id, i]));
      const bullets = (await all<BulletRow>(c, 'SELECT * FROM bullets WHERE workspace_id = $1 ORDER BY position, id', [id]))
        .map(toBullet)
        // Unassigned bullets first, then each role's bullets in the roles' order.
        .sort((a, b) => (a.roleId === null ? -1 : order.get(a.roleId)!) - (b.roleId === null ? -1 : order.get(b.roleId)!) || a.position - b.position || a.id - b.id);
      return { workspace: toWorkspace(ws), roles, bullets };
    }, READ_SNAPSHOT);
  }

  /** One statement: the foreign keys cascade to every row the workspace owns. */
  async delete(id: string): Promise<boolean> {
    if (!isWorkspaceId(id)) return false;
    return ((await this.pool.query('DELETE FROM workspaces WHERE id = $1', [id])).rowCount ?? 0) > 0;
  }
}
