import type pg from 'pg';
import { LIMITS, StoreError, type Bullet, type BulletRepo, type BulletVersion, type Direction, type VersionReason } from '../types.ts';
import { all, insertBullets, lockWorkspace, now, one, requireWorkspace, swapWithNeighbour, toBullet, touch, tx, type BulletRow, type Db } from './db.ts';
import { roleRow } from './roles.ts';

interface VersionRow { id: number; text: string; reason: VersionReason; created_at: string }
const toVersion = (v: VersionRow): BulletVersion => ({ id: v.id, text: v.text, reason: v.reason, createdAt: v.created_at });

export class PostgresBullets implements BulletRepo {
  constructor(private readonly pool: pg.Pool) {}

  async add(workspaceId: string, texts: string[], roleId: number | null = null): Promise<Bullet[]> {
    return tx(this.pool, async (c) => {
      await requireWorkspace(c, workspaceId);
      if (roleId !== null) await requireRole(c, workspaceId, roleId);
      const { n } = (await one<{ n: number }>(c, 'SELECT count(*) AS n FROM bullets WHERE workspace_id = $1', [workspaceId]))!;
      if (n + texts.length > LIMITS.bulletsPerWorkspace) {
        throw new StoreError('workspace_full',
          `A workspace holds at most ${LIMITS.bulletsPerWorkspace} bullets; it has ${n}, so ${texts.length} more will not fit.`);
      }
      const added = await insertBullets(c, workspaceId, roleId, texts);
      await touch(c, workspaceId);
      return added;
    });
  }

  async get(workspaceId: string, bulletId: number): Promise<Bullet | null> {
    return bulletRow(this.pool, workspaceId, bulletId);
  }

  async update(workspaceId: string, bulletId: number, text: string, reason: 'edited' | 'rewrite' = 'edited'): Promise<Bullet | null> {
    return tx(this.pool, async (c) => (await lockWorkspace(c, workspaceId)) ? setText(c, workspaceId, bulletId, text, reason) : null);
  }

  async remove(workspaceId: string, bulletId: number): Promise<boolean> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return false;
      const gone = ((await c.query('DELETE FROM bullets WHERE id = $1 AND workspace_id = $2', [bulletId, workspaceId])).rowCount ?? 0) > 0;
      if (gone) await touch(c, workspaceId);
      return gone;
    });
  }

  async move(workspaceId: string, bulletId: number, direction: Direction): Promise<boolean> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return false;
      const b = await bulletRow(c, workspaceId, bulletId);
      if (!b) return false;
      if (!(await swapWithNeighbour(c, 'bullets', { id: b.id, position: b.position, workspaceId, roleId: b.roleId }, direction))) return false;
      await touch(c, workspaceId);
      return true;
    });
  }

  async assignRole(workspaceId: string, bulletId: number, roleId: number | null): Promise<Bullet | null> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId))) return null;
      const b = await bulletRow(c, workspaceId, bulletId);
      if (!b) return null;
      if (b.roleId === roleId) return b;
      if (roleId !== null) await requireRole(c, workspaceId, roleId);
      const row = await one<BulletRow>(c, `UPDATE bullets SET role_id = $2, position = 1 + (
          SELECT coalesce(max(position), 0) FROM bullets WHERE workspace_id = $3 AND role_id IS NOT DISTINCT FROM $2::bigint)
        WHERE id = $1 RETURNING *`, [bulletId, roleId, workspaceId]);
      await touch(c, workspaceId);
      return toBullet(row!);
    });
  }

  async history(workspaceId: string, bulletId: number): Promise<BulletVersion[]> {
    return (await all<VersionRow>(this.pool, `SELECT v.* FROM bullet_versions v JOIN bullets b ON b.id = v.bullet_id
      WHERE v.bullet_id = $1 AND b.workspace_id = $2 ORDER BY v.id DESC`, [bulletId, workspaceId])).map(toVersion);
  }

  async histories(workspaceId: string): Promise<Map<number, BulletVersion[]>> {
    const rows = await all<VersionRow & { bullet_id: number }>(this.pool, `SELECT v.* FROM bullet_versions v JOIN bullets b ON b.id = v.bullet_id
      WHERE b.workspace_id = $1 ORDER BY v.id DESC`, [workspaceId]);
    const out = new Map<number, BulletVersion[]>();
    for (const v of rows) {
      const list = out.get(v.bullet_id) ?? [];
      list.push(toVersion(v));
      out.set(v.bullet_id, list);
    }
    return out;
  }

  async restore(workspaceId: string, bulletId: number, versionId: number): Promise<Bullet | null> {
    return tx(this.pool, async (c) => {
      if (!(await lockWorkspace(c, workspaceId)) || !(await bulletRow(c, workspaceId, bulletId))) return null;
      const v = await one<VersionRow>(c, 'SELECT * FROM bullet_versions WHERE id = $1 AND bullet_id = $2', [versionId, bulletId]);
      if (!v) return null;
      return setText(c, workspaceId, bulletId, v.text, 'restored');
    });
  }
}

/** Call inside a transaction holding the workspace lock. */
async function setText(c: pg.PoolClient, workspaceId: string, bulletId: number, text: string, reason: VersionReason): Promise<Bullet | null> {
  const b = await bulletRow(c, workspaceId, bulletId);
  if (!b) return null;
  if (b.text === text) return b;
  const at = now();
  const row = await one<BulletRow>(c, 'UPDATE bullets SET text = $2, updated_at = $3 WHERE id = $1 RETURNING *', [bulletId, text, at]);
  await c.query('INSERT INTO bullet_versions (bullet_id, text, reason, created_at) VALUES ($1, $2, $3, $4)', [bulletId, text, reason, at]);
  await touch(c, workspaceId);
  return toBullet(row!);
}

async function requireRole(c: pg.PoolClient, workspaceId: string, roleId: number): Promise<void> {
  if (!(await roleRow(c, workspaceId, roleId))) throw new StoreError('not_found', 'That role does not exist in this workspace.');
}

async function bulletRow(db: Db, workspaceId: string, bulletId: number): Promise<Bullet | null> {
  const r = await one<BulletRow>(db, 'SELECT * FROM bullets WHERE id = $1 AND workspace_id = $2', [bulletId, workspaceId]);
  return r ? toBullet(r) : null;
}
