// A hand-built analysis of the guide's bullet, so render tests do not depend on what the engine finds today.
import { emptyComponents, type BulletResult, type Span } from '../../src/analyze/types.ts';

export function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return { start, end: start + part.length, text: part };
}

export const OVERTIME = 'Cut RN overtime 22% through float pool expansion and self-scheduling; agency spend –$1.1M';

export function overtimeResult(): BulletResult {
  const t = OVERTIME;
  return {
    kind: 'bullet',
    text: t,
    score: 84,
    components: {
      ...emptyComponents(),
      metric: [span(t, '22%'), span(t, '$1.1M')],
      intervention: [span(t, 'through float pool expansion and self-scheduling')],
      result: [span(t, 'Cut RN overtime 22%'), span(t, 'agency spend –$1.1M')],
    },
    actionVerb: { start: 0, end: 3, text: 'Cut', strength: 'strong' },
    kpis: [{ id: 'overtime', label: 'Overtime', domain: 'people', ...span(t, 'RN overtime'), change: 'down', desired: 'down' }],
    primaryDomain: 'people',
    findings: [{ rule: 'bullet.has-baseline', severity: 'warning', message: "Add a baseline, e.g. 'from 18% to 11%'." }],
    rewrite: { text: 'Cut RN overtime 22% from [baseline] through float pool expansion and self-scheduling; agency spend –$1.1M', placeholders: ['baseline'] },
  };
}

export function bare(text: string, extra: Partial<BulletResult> = {}): BulletResult {
  return { kind: 'bullet', text, score: 10, components: emptyComponents(), actionVerb: null, kpis: [], primaryDomain: null, findings: [], rewrite: null, ...extra };
}
