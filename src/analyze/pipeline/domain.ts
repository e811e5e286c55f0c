// Stage: the bullet's main KPI domain, in order of evidence: the KPI a result moved, then any KPI (outside the
// intervention first), then the kind of quantity ($ -> financial), then cue words and verb priors from rules/kpis.
import type { Rules } from '../../rules/compile.ts';
import type { Domain } from '../../rules/domains.ts';
import { allMatches } from '../spans.ts';
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
  const hits: { domain: Domain; start: number }[] = [];
  for (const c of rules.cues) for (const m of allMatches(c.re, text)) hits.push({ domain: c.domain, start: m.index });
  hits.sort((a, b) => a.start - b.start);
  hits.forEach((h, i) => add(h.domain, i === 0 ? 1.25 : 1));
  for (const q of rules.qualifiers) if (allMatches(q.re, text).length) add(q.domain, q.weight / 2);
  // The opening verb leans hardest; later verbs a little.
  let firstVerb = true;
  for (const t of tokens) {
    if (!t.verb) continue;
    const d = rules.verbPriors.get(t.verb.lemma);
    if (d) add(d, firstVerb ? 1.5 : 0.75);
    firstVerb = false;
  }
  let best: Domain | null = null;
  let bestScore = 0;
  for (const [d, n] of score) if (n > bestScore) [best, bestScore] = [d, n];
  if (best) return { domain: best, rule: 'cues' };
  if (metric.some((m) => /\$/.test(m.text))) return { domain: 'financial', rule: 'quantity:$' };
  return { domain: null, rule: null };
}
