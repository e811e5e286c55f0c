// The workspace page as data: bullets grouped under their roles in order, each with its analysis and history,
// plus the resume-level summary.
import type { BulletResult } from '../analyze/types.ts';
import type { BulletVersion, Role, WorkspaceSnapshot } from '../store/types.ts';
import { bulletView, type BulletView } from './bullet-view.ts';
import { domainChart } from './domain-chart.ts';
import { summarize, type Summary } from './summary.ts';

export interface RoleView extends Role {
  heading: string;
  dates: string;
  first: boolean;
  last: boolean;
}

export interface VersionView {
  id: number;
  text: string;
  reason: string;
  when: string;
  current: boolean;
}

export interface BulletCard extends BulletView {
  id: number;
  text: string;
  roleId: number | null;
  number: number;
  first: boolean;
  last: boolean;
  history: VersionView[];
}

export interface Group {
  role: RoleView | null;
  /** The anchor and label of the group, e.g. for the "add bullets to" select. */
  key: string;
  bullets: BulletCard[];
}

export interface WorkspaceView {
  id: string;
  groups: Group[];
  roles: RoleView[];
  summary: Summary;
  chart: string;
  bulletCount: number;
  updated: string;
}

const REASONS: Record<BulletVersion['reason'], string> = {
  created: 'Added',
  edited: 'Edited',
  rewrite: 'Used the suggested rewrite',
  restored: 'Restored an earlier version',
};

export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function roleView(r: Role, i: number, all: readonly Role[]): RoleView {
  return {
    ...r,
    heading: [r.title, r.employer].filter(Boolean).join(' · '),
    dates: [r.startDate, r.endDate].filter(Boolean).join(' – ') + (r.location ? `${r.startDate || r.endDate ? ' · ' : ''}${r.location}` : ''),
    first: i === 0,
    last: i === all.length - 1,
  };
}

export function workspaceView(
  snap: WorkspaceSnapshot,
  analyse: (text: string) => BulletResult,
  histories: ReadonlyMap<number, BulletVersion[]> = new Map(),
): WorkspaceView {
  const roles = snap.roles.map(roleView);
  const analysed = snap.bullets.map((b) => ({ id: b.id, bullet: b, result: analyse(b.text) }));
  const groups: Group[] = [{ role: null, key: 'unassigned', bullets: [] }, ...roles.map((r) => ({ role: r, key: `role-${r.id}`, bullets: [] as BulletCard[] }))];
  const byRole = new Map(groups.map((g) => [g.role?.id ?? null, g]));
  let number = 0;
  for (const { bullet: b, result } of analysed) {
    const group = byRole.get(b.roleId) ?? groups[0]!;
    const versions = histories.get(b.id) ?? [];
    group.bullets.push({
      ...bulletView(result),
      id: b.id,
      text: b.text,
      roleId: b.roleId,
      number: ++number,
      first: false,
      last: false,
      history: versions.map((v, i) => ({ id: v.id, text: v.text, reason: REASONS[v.reason], when: when(v.createdAt), current: i === 0 })),
    });
  }
  for (const g of groups) {
    if (g.bullets.length) {
      g.bullets[0]!.first = true;
      g.bullets[g.bullets.length - 1]!.last = true;
    }
  }
  const summary = summarize(analysed.map((a) => ({ id: a.id, result: a.result })));
  return {
    id: snap.workspace.id,
    // The unassigned group only shows when it has bullets or there are no roles yet.
    groups: groups.filter((g) => g.role || g.bullets.length || !roles.length),
    roles,
    summary,
    chart: domainChart(summary.domains),
    bulletCount: analysed.length,
    updated: when(snap.workspace.updatedAt),
  };
}
