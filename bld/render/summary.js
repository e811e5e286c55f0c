// src/render/summary.ts
import { DOMAINS } from "../analyze/types.js";
import { DOMAIN_LABELS } from "./labels.js";
var GAPS = [
  {
    title: "Add a number",
    why: 'A bullet without a metric reads as a duty. The guide: "Own a metric."',
    applies: (r) => r.components.metric.length === 0
  },
  {
    title: "State the result",
    why: "Say what improved, fell or was achieved, not only what you were responsible for.",
    applies: (r) => r.components.result.length === 0
  },
  {
    title: "Say how you did it",
    why: 'Name the intervention: "by", "through" or "via" what you changed.',
    applies: (r) => r.components.intervention.length === 0
  },
  {
    title: "Give a baseline",
    why: 'The guide: "document baseline, intervention, and results", e.g. "from 18% to 11%".',
    applies: (r) => r.components.baseline.length === 0
  },
  {
    title: "Open with a strong verb",
    why: 'Start with what you did (Cut, Reduced, Launched), not "Responsible for" or "Helped".',
    applies: (r) => !r.actionVerb || r.actionVerb.strength === "weak"
  }
];
function summarize(items) {
  const results = items.map((i) => i.result);
  const total = results.length;
  const quantified = results.filter((r) => r.components.metric.length > 0).length;
  const counts = new Map(DOMAINS.map((d) => [d, 0]));
  let noDomain = 0;
  for (const r of results) {
    if (r.primaryDomain) counts.set(r.primaryDomain, counts.get(r.primaryDomain) + 1);
    else noDomain++;
  }
  const fixFirst = [];
  for (const gap of GAPS) {
    const hit = items.filter((i) => gap.applies(i.result));
    if (hit.length) fixFirst.push({ title: gap.title, why: gap.why, count: hit.length, bulletId: hit[0].id });
  }
  fixFirst.sort((a, b) => b.count - a.count);
  return {
    total,
    quantified,
    quantifiedPercent: total ? Math.round(100 * quantified / total) : 0,
    complete: results.filter((r) => ["metric", "baseline", "intervention", "result"].every((k) => r.components[k].length > 0)).length,
    averageScore: total ? Math.round(results.reduce((s, r) => s + r.score, 0) / total) : 0,
    weakOpeners: results.filter((r) => !r.actionVerb || r.actionVerb.strength === "weak").length,
    domains: DOMAINS.map((d) => ({ domain: d, label: DOMAIN_LABELS[d], count: counts.get(d) })),
    noDomain,
    fixFirst: fixFirst.slice(0, 3)
  };
}
export {
  summarize
};
