import type Database from 'better-sqlite3';
import { LIMITS, StoreError, type Bullet, type BulletRepo, type BulletVersion, type Direction, type VersionReason } from '../types.ts';
import { requireWorkspace } from './roles.ts';
import { now, swapWithNeighbour, toBullet, touch, type BulletRow } from './workspaces.ts';

interface VersionRow { id: number; text: string; reason: VersionReason; created_at: string }

export class SqliteBullets implements BulletRepo {
  constructor(private readonly db: Database.Database) {}

  async add(workspaceId: string, texts: string[], roleId: number | null = null): Promise<Bullet[]> {
    return this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      if (roleId !== null) this.requireRole(workspaceId, roleId);
      const { n } = this.db.prepare('SELECT count(*) AS n FROM bullets WHERE workspace_id = ?').get(workspaceId) as { n: number };
      if (n + texts.length > LIMITS.bulletsPerWorkspace) {
        throw new StoreError('workspace_full',
          `A workspace holds at most ${LIMITS.bulletsPerWorkspace} bullets; it has ${n}, so ${texts.length} more will not fit.`);
      }
      let position = this.lastPosition(workspaceId, roleId);
      const at = now();
      const insert = this.db.prepare(
        'INSERT INTO bullets (workspace_id, role_id, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      const ids = texts.map((text) => {
        const id = Number(insert.run(workspaceId, roleId, ++position, text, at, at).lastInsertRowid);
        this.addVersion(id, text, 'created', at);
        return id;
      });
      touch(this.db, workspaceId);
      return ids.map((id) => this.row(workspaceId, id)!);
    })();
  }

  async get(workspaceId: string, bulletId: number): Promise<Bullet | null> {
    return this.row(workspaceId, bulletId);
  }

  async update(workspaceId: string, bulletId: number, text: string, reason: 'edited' | 'rewrite' = 'edited'): Promise<Bullet | null> {
    return this.db.transaction(() => this.setText(workspaceId, bulletId, text, reason))();
  }

  async remove(workspaceId: string, bulletId: number): Promise<boolean> {
    return this.db.transaction(() => {
      const gone = this.db.prepare('DELETE FROM bullets WHERE id = ? AND workspace_id = ?').run(bulletId, workspaceId).changes > 0;
      if (gone) touch(this.db, workspaceId);
      return gone;
    })();
  }

  async move(workspaceId: string, bulletId: number, direction: Direction): Promise<boolean> {
    return this.db.transaction(() => {
      const b = this.row(workspaceId, bulletId);
      if (!b) return false;
      const group = { where: 'workspace_id = ? AND role_id IS ?', params: [workspaceId, b.roleId] };
      if (!swapWithNeighbour(this.db, 'bullets', b, group, direction)) return false;
      touch(this.db, workspaceId);
      return true;
    })();
  }

  async assignRole(workspaceId: string, bulletId: number, roleId: number | null): Promise<Bullet | null> {
    return this.db.transaction(() => {
      const b = this.row(workspaceId, bulletId);
      if (!b) return null;
      if (b.roleId === roleId) return b;
      if (roleId !== null) this.requireRole(workspaceId, roleId);
      const position = this.lastPosition(workspaceId, roleId) + 1;
      this.db.prepare('UPDATE bullets SET role_id = ?, position = ? WHERE id = ?').run(roleId, position, bulletId);
      touch(this.db, workspaceId);
      return this.row(workspaceId, bulletId);
    })();
  }

  async history(workspaceId: string, bulletId: number): Promise<BulletVersion[]> {
    if (!this.row(workspaceId, bulletId)) return [];
    return (this.db.prepare('SELECT * FROM bullet_versions WHERE bullet_id = ? ORDER BY id DESC').all(bulletId) as VersionRow[])
      .map((v) => ({ id: v.id, text: v.text, reason: v.reason, createdAt: v.created_at }));
  }

  async histories(workspaceId: string): Promise<Map<number, BulletVersion[]>> {
    const rows = this.db
      .prepare(`SELECT v.*, v.bullet_id AS bullet_id FROM bullet_versions v JOIN bullets b ON b.id = v.bullet_id
                WHERE b.workspace_id = ? ORDER BY v.id DESC`)
      .all(workspaceId) as (VersionRow & { bullet_id: number })[];
    const out = new Map<number, BulletVersion[]>();
    for (const v of rows) {
      const list = out.get(v.bullet_id) ?? [];
      list.push({ id: v.id, text: v.text, reason: v.reason, createdAt: v.created_at });
      out.set(v.bullet_id, list);
    }
    return out;
  }

  async restore(workspaceId: string, bulletId: number, versionId: number): Promise<Bullet | null> {
    return this.db.transaction(() => {
      if (!this.row(workspaceId, bulletId)) return null;
      const v = this.db.prepare('SELECT * FROM bullet_versions WHERE id = ? AND bullet_id = ?').get(versionId, bulletId) as VersionRow | undefined;
      if (!v) return null;
      return this.setText(workspaceId, bulletId, v.text, 'restored');
    })();
  }

  /** Call inside a transaction. */
  private setText(workspaceId: string, bulletId: number, text: string, reason: VersionReason): Bullet | null {
    const b = this.row(workspaceId, bulletId);
    if (!b) return null;
    if (b.text === text) return b;
    const at = now();
    this.db.prepare('UPDATE bullets SET text = ?, updated_at = ? WHERE id = ?').run(text, at, bulletId);
    this.addVersion(bulletId, text, reason, at);
    touch(this.db, workspaceId);
    return this.row(workspaceId, bulletId);
  }

  private addVersion(bulletId: number, text: string, reason: VersionReason, at: string): void {
    this.db.prepare('INSERT INTO bullet_versions (bullet_id, text, reason, created_at) VALUES (?, ?, ?, ?)').run(bulletId, text, reason, at);
  }

  private lastPosition(workspaceId: string, roleId: number | null): number {
    return (this.db
      .prepare('SELECT coalesce(max(position), 0) AS last FROM bullets WHERE workspace_id = ? AND role_id IS ?')
      .get(workspaceId, roleId) as { last: number }).last;
  }

  private requireRole(workspaceId: string, roleId: number): void {
    if (!this.db.prepare('SELECT 1 FROM roles WHERE id = ? AND workspace_id = ?').get(roleId, workspaceId)) {
      throw new StoreError('not_found', 'That role does not exist in this workspace.');
    }
  }

  private row(workspaceId: string, bulletId: number): Bullet | null {
    const r = this.db.prepare('SELECT * FROM bullets WHERE id = ? AND workspace_id = ?').get(bulletId, workspaceId) as BulletRow | undefined;
    return r ? toBullet(r) : null;
  }
}
