// src/render/workspace-view.ts
import { bulletView } from "./bullet-view.js";
import { domainChart } from "./domain-chart.js";
import { summarize } from "./summary.js";
var REASONS = {
  created: "Added",
  edited: "Edited",
  rewrite: "Used the suggested rewrite",
  restored: "Restored an earlier version"
};
function when(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}
function roleView(r, i, all) {
  return {
    ...r,
    heading: [r.title, r.employer].filter(Boolean).join(" \xB7 "),
    dates: [r.startDate, r.endDate].filter(Boolean).join(" \u2013 ") + (r.location ? `${r.startDate || r.endDate ? " \xB7 " : ""}${r.location}` : ""),
    first: i === 0,
    last: i === all.length - 1
  };
}
function workspaceView(snap, analyse, histories = /* @__PURE__ */ new Map()) {
  const roles = snap.roles.map(roleView);
  const analysed = snap.bullets.map((b) => ({ id: b.id, bullet: b, result: analyse(b.text) }));
  const groups = [{ role: null, key: "unassigned", bullets: [] }, ...roles.map((r) => ({ role: r, key: `role-${r.id}`, bullets: [] }))];
  const byRole = new Map(groups.map((g) => [g.role?.id ?? null, g]));
  let number = 0;
  for (const { bullet: b, result } of analysed) {
    const group = byRole.get(b.roleId) ?? groups[0];
    const versions = histories.get(b.id) ?? [];
    group.bullets.push({
      ...bulletView(result),
      id: b.id,
      text: b.text,
      roleId: b.roleId,
      number: ++number,
      first: false,
      last: false,
      history: versions.map((v, i) => ({ id: v.id, text: v.text, reason: REASONS[v.reason], when: when(v.createdAt), current: i === 0 }))
    });
  }
  for (const g of groups) {
    if (g.bullets.length) {
      g.bullets[0].first = true;
      g.bullets[g.bullets.length - 1].last = true;
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
    updated: when(snap.workspace.updatedAt)
  };
}
export {
  roleView,
  when,
  workspaceView
};
