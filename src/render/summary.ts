// The resume-level view: how many bullets carry a number (the guide: quantify them all), bullets per KPI
// family, weak openers, the overall score, and the few fixes that would help the most bullets.
import { DOMAINS, type BulletResult, type Domain } from '../analyze/types.ts';
import { DOMAIN_LABELS } from './labels.ts';

export interface FixFirst {
  title: string;
  why: string;
  count: number;
  /** The first bullet it applies to, to jump to. */
  bulletId: number;
}

export interface Summary {
  total: number;
  quantified: number;
  quantifiedPercent: number;
  complete: number;
  averageScore: number;
  weakOpeners: number;
  domains: { domain: Domain; label: string; count: number }[];
  noDomain: number;
  fixFirst: FixFirst[];
}

interface Gap {
  title: string;
  why: string;
  applies: (r: BulletResult) => boolean;
}

// Each gap cites the guide's own advice: "Own a metric ... document baseline, intervention, and results."
const GAPS: Gap[] = [
  { title: 'Add a number', why: 'A bullet without a metric reads as a duty. The guide: "Own a metric."',
    applies: (r) => r.components.metric.length === 0 },
  { title: 'State the result', why: 'Say what improved, fell or was achieved, not only what you were responsible for.',
    applies: (r) => r.components.result.length === 0 },
  { title: 'Say how you did it', why: 'Name the intervention: "by", "through" or "via" what you changed.',
    applies: (r) => r.components.intervention.length === 0 },
  { title: 'Give a baseline', why: 'The guide: "document baseline, intervention, and results", e.g. "from 18% to 11%".',
    applies: (r) => r.components.baseline.length === 0 },
  { title: 'Open with a strong verb', why: 'Start with what you did (Cut, Reduced, Launched), not "Responsible for" or "Helped".',
    applies: (r) => !r.actionVerb || r.actionVerb.strength === 'weak' },
];

export function summarize(items: readonly { id: number; result: BulletResult }[]): Summary {
  const results = items.map((i) => i.result);
  const total = results.length;
  const quantified = results.filter((r) => r.components.metric.length > 0).length;
  const counts = new Map<Domain, number>(DOMAINS.map((d) => [d, 0]));
  let noDomain = 0;
  for (const r of results) {
    if (r.primaryDomain) counts.set(r.primaryDomain, counts.get(r.primaryDomain)! + 1);
    else noDomain++;
  }
  const fixFirst: FixFirst[] = [];
  for (const gap of GAPS) {
    const hit = items.filter((i) => gap.applies(i.result));
    if (hit.length) fixFirst.push({ title: gap.title, why: gap.why, count: hit.length, bulletId: hit[0]!.id });
  }
  // Stable sort: among equal counts, the order of GAPS (most important first) stands.
  fixFirst.sort((a, b) => b.count - a.count);
  return {
    total,
    quantified,
    quantifiedPercent: total ? Math.round((100 * quantified) / total) : 0,
    complete: results.filter((r) => (['metric', 'baseline', 'intervention', 'result'] as const).every((k) => r.components[k].length > 0)).length,
    averageScore: total ? Math.round(results.reduce((s, r) => s + r.score, 0) / total) : 0,
    weakOpeners: results.filter((r) => !r.actionVerb || r.actionVerb.strength === 'weak').length,
    domains: DOMAINS.map((d) => ({ domain: d, label: DOMAIN_LABELS[d], count: counts.get(d)! })),
    noDomain,
    fixFirst: fixFirst.slice(0, 3),
  };
}
