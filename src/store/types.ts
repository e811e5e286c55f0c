import type { DictionaryRepo } from './dictionary.ts';
import type { AnalysisRepo } from './analyses.ts';
import type { ResumeRepo } from './resume.ts';
import type { StoryRepo } from './stories.ts';
import type { PostingRepo } from './postings.ts';

// The workspace as the app and the exporters see it: roles group bullets in order; every bullet keeps its versions.
// The store is async so that a PostgreSQL implementation can replace SQLite without touching the routes.

export interface Workspace {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface RoleFields {
  title: string;
  employer: string;
  location: string;
  /** Free text as the user writes it on a resume ("Mar 2021", "2019"); not parsed. */
  startDate: string;
  endDate: string;
}

export interface Role extends RoleFields {
  id: number;
  position: number;
}

export interface Bullet {
  id: number;
  /** null: not yet placed under a role. */
  roleId: number | null;
  position: number;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export const VERSION_REASONS = ['created', 'edited', 'rewrite', 'restored'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export interface BulletVersion {
  id: number;
  text: string;
  reason: VersionReason;
  createdAt: string;
}

/** Everything a page needs, in display order: roles by position, then bullets by role and position. */
export interface WorkspaceSnapshot {
  workspace: Workspace;
  roles: Role[];
  bullets: Bullet[];
}

export type Direction = 'up' | 'down';

export interface WorkspaceRepo {
  create(): Promise<Workspace>;
  get(id: string): Promise<Workspace | null>;
  snapshot(id: string): Promise<WorkspaceSnapshot | null>;
  /** Removes the workspace and everything in it; false when there was nothing to remove. */
  delete(id: string): Promise<boolean>;
}

export interface RoleRepo {
  add(workspaceId: string, fields: RoleFields): Promise<Role>;
  update(workspaceId: string, roleId: number, fields: RoleFields): Promise<Role | null>;
  /** The role's bullets stay, unassigned. */
  remove(workspaceId: string, roleId: number): Promise<boolean>;
  move(workspaceId: string, roleId: number, direction: Direction): Promise<boolean>;
}

export interface BulletRepo {
  /** All or nothing: either every text is saved, in order, or none is. */
  add(workspaceId: string, texts: string[], roleId?: number | null): Promise<Bullet[]>;
  get(workspaceId: string, bulletId: number): Promise<Bullet | null>;
  /** Saves a new version when the text changed; the old one stays in the history. */
  update(workspaceId: string, bulletId: number, text: string, reason?: Extract<VersionReason, 'edited' | 'rewrite'>): Promise<Bullet | null>;
  remove(workspaceId: string, bulletId: number): Promise<boolean>;
  /** Swaps with the neighbour in the same group; false at either end. */
  move(workspaceId: string, bulletId: number, direction: Direction): Promise<boolean>;
  /** Places the bullet last under the role (null: unassigned). */
  assignRole(workspaceId: string, bulletId: number, roleId: number | null): Promise<Bullet | null>;
  /** Newest first. */
  history(workspaceId: string, bulletId: number): Promise<BulletVersion[]>;
  /** Every bullet's history at once (newest first), for pages that show them all. */
  histories(workspaceId: string): Promise<Map<number, BulletVersion[]>>;
  restore(workspaceId: string, bulletId: number, versionId: number): Promise<Bullet | null>;
}

export interface Store {
  workspaces: WorkspaceRepo;
  stories: StoryRepo;
  postings: PostingRepo;
  resume: ResumeRepo;
  dictionary: DictionaryRepo;
  roles: RoleRepo;
  bullets: BulletRepo;
  /** Saved analyses, so a text is analysed again only when it or the rules change. */
  analyses: AnalysisRepo;
  /** Resolves when the database answers a trivial query, rejects otherwise (what a load balancer's probe asks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const LIMITS = {
  /** Bullets one request may add. */
  bulletsPerRequest: 200,
  /** Bullets one workspace may hold. */
  bulletsPerWorkspace: 500,
  rolesPerWorkspace: 50,
  bulletChars: 1000,
  roleFieldChars: 120,
} as const;

export type StoreErrorCode = 'not_found' | 'workspace_full' | 'invalid';

/** A problem the person caused (unknown role, full workspace), told in words they can act on. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
