// Which parts the analyzer found missing (read from its findings, so the rewrite asks for exactly those),
// and which KPIs moved the wrong way. Pure functions over the analyzer's result: no second detector.
import type { Finding, KpiMention } from '../types.ts';
import type { Analysed } from './index.ts';
import { PARTS, type Part } from './rules.ts';

// How a part is named inside a finding's rule id ("missing-baseline", "bullet/has-intervention", "no-metric").
const PART_NAMES: Record<Part, RegExp> = {
  metric: /\b(metric|magnitude|quantified|number)\b/,
  baseline: /\bbaseline\b/,
  intervention: /\b(intervention|how)\b/,
  result: /\b(result|outcome)\b/,
  timeframe: /\b(timeframe|time frame|period|sustained)\b/,
};
const MISSING = /\b(missing|no|has|needs?|requires?|lacks?|without|add)\b/;

/** Parts the analyzer reported missing (an error or warning naming the part, and the component empty). */
export function missingParts(analysed: Analysed): Set<Part> {
  return partsFlagged(analysed, (s) => s !== 'info');
}

/** Parts the analyzer only mentions as advice (info): asked as optional questions, never put in the text unasked. */
export function optionalParts(analysed: Analysed): Set<Part> {
  const required = missingParts(analysed);
  return new Set([...partsFlagged(analysed, (s) => s === 'info')].filter((p) => !required.has(p)));
}

function partsFlagged(analysed: Analysed, severity: (s: Finding['severity']) => boolean): Set<Part> {
  const missing = new Set<Part>();
  for (const f of analysed.findings) {
    if (!severity(f.severity)) continue;
    const id = f.rule.toLowerCase().replace(/[^a-z]+/g, ' ');
    if (!MISSING.test(id)) continue;
    for (const part of PARTS) {
      if (PART_NAMES[part].test(id) && analysed.components[part].length === 0) missing.add(part);
    }
  }
  return missing;
}

/** KPIs whose change runs against the direction the guide counts as good ("Increased denials 12%"). */
export function wrongWayKpis(analysed: Analysed): KpiMention[] {
  return analysed.kpis.filter((k) => k.change && k.desired && k.change !== k.desired);
}
