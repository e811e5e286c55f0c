// Rows as both stores read them (snake_case columns, ids and counts as numbers, timestamps as ISO strings) and
// the store's types made from them.
import type { Bullet, Role, Workspace } from './types.ts';

export interface WorkspaceRow { id: string; created_at: string; updated_at: string }
export interface RoleRow {
  id: number; position: number; title: string; employer: string; location: string; start_date: string; end_date: string;
}
export interface BulletRow {
  id: number; role_id: number | null; position: number; text: string; created_at: string; updated_at: string;
}

export const toWorkspace = (r: WorkspaceRow): Workspace => ({ id: r.id, createdAt: r.created_at, updatedAt: r.updated_at });
export const toRole = (r: RoleRow): Role => ({
  id: r.id, position: r.position, title: r.title, employer: r.employer, location: r.location,
  startDate: r.start_date, endDate: r.end_date,
});
export const toBullet = (r: BulletRow): Bullet => ({
  id: r.id, roleId: r.role_id, position: r.position, text: r.text, createdAt: r.created_at, updatedAt: r.updated_at,
});
