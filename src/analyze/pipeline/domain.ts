// Stage: the bullet's main KPI domain, in order of evidence: the KPI a result moved, then any KPI (outside the
// intervention first), then the kind of quantity ($ -> financial), then cue words and verb priors from rules/kpis.
import type { Rules } from '../../rules/compile.ts';
import type { Domain } from '../../rules/domains.ts';
import { resolveOverlaps } from '../spans.ts';
import type { KpiMention } from '../types.ts';
import { governed, type CueHit } from './kpi.ts';
import type { Clause } from './types.ts';

export function chooseDomain(text: string, clauses: readonly Clause[], kpis: readonly KpiMention[], cues: readonly CueHit[], counts: readonly Domain[], metric: readonly { text: string }[], rules: Rules): { domain: Domain | null; rule: string | null } {
  const inRole = (k: KpiMention, role: Clause['role']) => clauses.some((c) => c.role === role && k.start >= c.start && k.start < c.end);
  // Equity qualifiers ("for Medicaid patients") name who a KPI is measured for and outweigh it.
  // Whether a pattern occurs at all (the first match is enough).
  const occurs = (re: RegExp) => {
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    return found;
  };
  const qualified = rules.qualifiers.filter((q) => occurs(q.re));
  const qualifier = qualified.find((q) => q.weight >= 3);
  for (const c of clauses) {
    if (c.role !== 'result') continue;
    const k = governed(text, c, kpis, rules.roles)[0];
    if (k) return qualifier ? { domain: qualifier.domain, rule: 'qualifier' } : { domain: k.domain, rule: `kpi:result:${k.id}` };
  }
  const outside = kpis.find((k) => !inRole(k, 'intervention'));
  if (outside && qualifier) return { domain: qualifier.domain, rule: 'qualifier' };

  // No KPI moved by a result: weigh the words. A cue inside a result clause speaks for the outcome and decides
  // first; otherwise the first clause (what the bullet is about) counts more than the rest, a purpose least.
  const hits = resolveOverlaps([
    // A KPI named outside a result is a strong cue, not the answer on its own (listed first: it wins a tie).
    ...kpis.map((k) => ({ domain: k.domain, weight: inRole(k, 'intervention') ? 1 : 2, start: k.start, end: k.end })),
    ...cues,
  ]);
  const clauseAt = (at: number) => clauses.find((c) => at >= c.start && at < c.end);
  const resultScore = new Map<Domain, number>();
  const score = new Map<Domain, number>();
  const add = (m: Map<Domain, number>, d: Domain, n: number) => m.set(d, (m.get(d) ?? 0) + n);
  hits.forEach((h, i) => {
    const c = clauseAt(h.start);
    if (c?.role === 'result') add(resultScore, h.domain, h.weight);
    // A purpose that names a change ("to increase patient satisfaction") states the aim and counts like the first clause.
    const aim = c?.role === 'purpose' && (c.head?.roles ?? []).some((r) => r === 'up' || r === 'down' || r === 'better' || r === 'achieve');
    const where = !c ? 1 : c === clauses[0] || aim ? 1.5 : c.role === 'purpose' || c.link === 'consequence' ? 0.5 : 0.75;
    add(score, h.domain, h.weight * (i === 0 ? 1.25 : 1) * where);
  });
  const top = (m: Map<Domain, number>): Domain | null => {
    let best: Domain | null = null;
    let bestScore = 0;
    for (const [d, n] of m) if (n > bestScore) [best, bestScore] = [d, n];
    return best;
  };
  const fromResult = top(resultScore);
  // As with a KPI moved: "improving access for limited-English patients" is measured for them.
  if (fromResult) return qualifier ? { domain: qualifier.domain, rule: 'qualifier' } : { domain: fromResult, rule: 'cues:result' };
  // "a team of 16", "24 employees", "40 patients a day": what a number counts says where the bullet sits.
  for (const d of counts) add(score, d, 1.5);
  for (const q of qualified) add(score, q.domain, q.weight / 2);
  // Money points to finance; each clause's verb leans a little ("Scheduled ...", "Reconciled ...") unless a cue
  // already counted that word.
  add(score, 'financial', Math.min(2, metric.filter((m) => /\$/.test(m.text)).length));
  for (const c of clauses) {
    const d = c.head && rules.verbPriors.get(c.head.lemma);
    if (d && !hits.some((h) => h.start <= c.head!.start && c.head!.start < h.end)) add(score, d, c.link === 'start' ? 1 : 0.5);
  }
  const best = top(score);
  return best ? { domain: best, rule: 'cues' } : { domain: null, rule: null };
}
