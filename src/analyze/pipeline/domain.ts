// Stage: the bullet's main KPI domain, in order of evidence: the KPI a result moved, then any KPI (outside the
// intervention first), then the kind of quantity ($ -> financial), then cue words and verb priors from rules/kpis.
import type { Rules } from '../../rules/compile.ts';
import type { Domain } from '../../rules/domains.ts';
import { allMatches, resolveOverlaps } from '../spans.ts';
import type { KpiMention } from '../types.ts';
import { governed } from './kpi.ts';
import type { Clause, Token } from './types.ts';

export function chooseDomain(text: string, tokens: readonly Token[], clauses: readonly Clause[], kpis: readonly KpiMention[], metric: readonly { text: string }[], rules: Rules): { domain: Domain | null; rule: string | null } {
  const inRole = (k: KpiMention, role: Clause['role']) => clauses.some((c) => c.role === role && k.start >= c.start && k.start < c.end);
  // Equity qualifiers ("for Medicaid patients") name who a KPI is measured for and outweigh it.
  const qualifier = rules.qualifiers.find((q) => allMatches(q.re, text).length > 0 && q.weight >= 3);
  for (const c of clauses) {
    if (c.role !== 'result') continue;
    const k = governed(text, c, kpis)[0];
    if (k) return qualifier ? { domain: qualifier.domain, rule: 'qualifier' } : { domain: k.domain, rule: `kpi:result:${k.id}` };
  }
  const outside = kpis.find((k) => !inRole(k, 'intervention')) ?? kpis[0];
  if (outside) return qualifier ? { domain: qualifier.domain, rule: 'qualifier' } : { domain: outside.domain, rule: `kpi:${outside.id}` };

  const score = new Map<Domain, number>();
  const add = (d: Domain, n: number) => score.set(d, (score.get(d) ?? 0) + n);
  // One vote per stretch of text: overlapping cues ("staffing" as two patterns) count once, the longest winning.
  // A cue inside a result clause speaks for the outcome and counts double.
  const hits = resolveOverlaps(rules.cues.flatMap((c) => allMatches(c.re, text).map((m) => ({ domain: c.domain, weight: c.weight, start: m.index, end: m.index + m[0].length }))));
  const inResult = (at: number) => clauses.some((c) => c.role === 'result' && at >= c.start && at < c.end);
  hits.forEach((h, i) => add(h.domain, h.weight * (i === 0 ? 1.25 : 1) * (inResult(h.start) ? 2 : 1)));
  // "a team of 16", "24 employees", "40 patients a day": what a number counts says where the bullet sits.
  for (const c of rules.countNouns) if (allMatches(c.re, text).length) add(c.domain, 2);
  for (const q of rules.qualifiers) if (allMatches(q.re, text).length) add(q.domain, q.weight / 2);
  // Each clause's verb leans the bullet a little towards its domain ("Scheduled ...", "Reconciled ...").
  for (const c of clauses) {
    const d = c.head && rules.verbPriors.get(c.head.lemma);
    if (d) add(d, c.link === 'start' ? 1 : 0.5);
  }
  void tokens;
  let best: Domain | null = null;
  let bestScore = 0;
  for (const [d, n] of score) if (n > bestScore) [best, bestScore] = [d, n];
  if (best) return { domain: best, rule: 'cues' };
  if (metric.some((m) => /\$/.test(m.text))) return { domain: 'financial', rule: 'quantity:$' };
  return { domain: null, rule: null };
}
