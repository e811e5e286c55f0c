// Builds analyzer-shaped inputs by hand, so the rewriter can be tested apart from the analyzer's own judgement.
import type { Analysed } from '../../src/analyze/suggest/index.ts';
import { emptyComponents, type ComponentName, type Direction, type Domain, type Severity, type Span } from '../../src/analyze/types.ts';

export function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return { start, end: start + part.length, text: part };
}

export interface Synthetic {
  components?: Partial<Record<ComponentName, string[]>>;
  missing?: ComponentName[];
  advised?: ComponentName[];
  kpis?: { text: string; label?: string; domain?: Domain; change?: Direction | null; desired?: Direction | null }[];
  verb?: { text: string; strength: 'strong' | 'weak' };
  domain?: Domain | null;
}

/** An Analysed for `text`; parts listed in `missing` get the analyzer's has-<part> finding at warning level. */
export function synthetic(text: string, s: Synthetic = {}): Analysed {
  const components = emptyComponents();
  for (const [k, list] of Object.entries(s.components ?? {}) as [ComponentName, string[]][]) {
    components[k] = list.map((p) => spanOf(text, p));
  }
  const finding = (part: ComponentName, severity: Severity) => ({ rule: `has-${part}`, severity, message: `add the ${part}` });
  return {
    kind: 'bullet', text, components,
    actionVerb: s.verb ? { ...spanOf(text, s.verb.text), strength: s.verb.strength } : null,
    kpis: (s.kpis ?? []).map((k) => ({
      id: (k.label ?? k.text).toLowerCase().replace(/\W+/g, '-'), label: k.label ?? k.text, domain: k.domain ?? 'access',
      ...spanOf(text, k.text), change: k.change ?? null, desired: k.desired ?? null,
    })),
    primaryDomain: s.domain ?? (s.kpis?.[0]?.domain ?? null),
    findings: [...(s.missing ?? []).map((p) => finding(p, 'warning')), ...(s.advised ?? []).map((p) => finding(p, 'info'))],
  };
}

/** No spans, no findings: only the wording rules can change it. */
export function wordingOnly(text: string): Analysed {
  return synthetic(text);
}
