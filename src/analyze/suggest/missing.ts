// Which parts the analyzer found missing (read from the `requires` field of the checks that fired, so the rewrite
// asks for exactly those), and which KPIs moved the wrong way. Pure functions over the analyzer's result.
import { getRules } from '../../rules/index.ts';
import type { KpiMention } from '../types.ts';
import type { Analysed } from './index.ts';
import { PARTS, type Part } from './rules.ts';

let requiresById: Map<string, Part> | undefined;
/** The part a check asks for, from its rule file's `requires` field (undefined for checks about wording). */
export function partRequiredBy(rule: string): Part | undefined {
  if (!requiresById) {
    requiresById = new Map();
    for (const c of getRules().checks) {
      if (c.data.kind === 'require' && (PARTS as readonly string[]).includes(c.data.requires)) requiresById.set(c.id, c.data.requires as Part);
    }
  }
  return requiresById.get(rule);
}

/** Parts the analyzer reported missing (an error or warning from a check that requires the part, and no span). */
export function missingParts(analysed: Analysed): Set<Part> {
  return flaggedParts(analysed).missing;
}

/** Parts the analyzer only mentions as advice (info): asked as optional questions, never put in the text unasked. */
export function optionalParts(analysed: Analysed, required: Set<Part> = missingParts(analysed)): Set<Part> {
  const optional = new Set<Part>();
  for (const f of analysed.findings) {
    const part = f.severity === 'info' ? partRequiredBy(f.rule) : undefined;
    if (part && analysed.components[part].length === 0 && !required.has(part)) optional.add(part);
  }
  return optional;
}

/** Both at once, in one pass over the findings: missing (error or warning) and optional (info only). */
export function flaggedParts(analysed: Analysed): { missing: Set<Part>; optional: Set<Part> } {
  const missing = new Set<Part>();
  const optional = new Set<Part>();
  for (const f of analysed.findings) {
    const part = partRequiredBy(f.rule);
    if (!part || spansOf(analysed.components, part).length !== 0) continue;
    (f.severity === 'info' ? optional : missing).add(part);
  }
  for (const p of missing) optional.delete(p);
  return { missing, optional };
}

/** The analysis's spans for a part, read by name (one property per part, not a lookup by a varying key). */
export function spansOf(c: Analysed['components'], part: Part): Analysed['components'][Part] {
  switch (part) {
    case 'result': return c.result;
    case 'metric': return c.metric;
    case 'baseline': return c.baseline;
    case 'timeframe': return c.timeframe;
    case 'intervention': return c.intervention;
  }
}

/** KPIs whose change runs against the direction the guide counts as good ("Increased denials 12%"). */
export function wrongWayKpis(analysed: Analysed): KpiMention[] {
  return analysed.kpis.filter((k) => k.change && k.desired && k.change !== k.desired);
}
