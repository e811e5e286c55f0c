// Stage: KPI mentions from the catalogue (rules/kpis), and the direction each moved. A change verb moves the KPI it
// governs: the first KPI of its clause that is not a modifier of another ("Patient experience scores for wait time
// rose": the scores rose, not the wait time).
import type { Rules } from '../../rules/compile.ts';
import { allMatches, resolveOverlaps, span } from '../spans.ts';
import type { Direction, KpiMention } from '../types.ts';
import type { Clause } from './types.ts';

/** A word the spelling check found misspelled, with the KPI word it stands for ("readmisions" -> readmissions). */
export interface KpiTypo { start: number; end: number; fix: string }

export function findKpis(text: string, rules: Rules, typos: readonly KpiTypo[] = []): KpiMention[] {
  const found: KpiMention[] = [];
  for (const k of rules.kpis) {
    for (const re of k.re) {
      for (const m of allMatches(re, text)) {
        const s = span(text, m.index, m.index + m[0].length);
        if (s.end > s.start) found.push({ id: k.id, label: k.label, domain: k.domain, start: s.start, end: s.end, text: s.text, change: null, desired: k.desired });
      }
    }
  }
  if (typos.length) found.push(...kpisThroughTypos(text, rules, typos, found));
  return resolveOverlaps(found);
}

/**
 * One typo in a KPI word does not hide the KPI: the catalogue is matched again over a copy with each typo fixed, and
 * a KPI found over a fixed word, where the text as written had none, is kept at the written word's offsets.
 */
function kpisThroughTypos(text: string, rules: Rules, typos: readonly KpiTypo[], found: readonly KpiMention[]): KpiMention[] {
  let fixed = '';
  let pos = 0;
  const moved: { start: number; end: number; fixedStart: number; fixedEnd: number }[] = [];
  for (const t of [...typos].sort((a, b) => a.start - b.start)) {
    if (t.start < pos) continue;
    fixed += text.slice(pos, t.start);
    const fixedStart = fixed.length;
    fixed += t.fix;
    moved.push({ start: t.start, end: t.end, fixedStart, fixedEnd: fixed.length });
    pos = t.end;
  }
  fixed += text.slice(pos);
  // An offset in the fixed copy, back in the text as written; inside a fixed word, to that word's edge.
  const back = (p: number, isEnd: boolean): number => {
    let shift = 0;
    for (const m of moved) {
      if (p <= m.fixedStart) return p + shift;
      if (p < m.fixedEnd) return isEnd ? m.end : m.start;
      if (p === m.fixedEnd) return m.end;
      shift = m.end - m.fixedEnd;
    }
    return p + shift;
  };
  const out: KpiMention[] = [];
  for (const k of findKpis(fixed, rules)) {
    if (!moved.some((m) => k.start < m.fixedEnd && m.fixedStart < k.end)) continue;
    const start = back(k.start, false);
    const end = back(k.end, true);
    if (found.some((f) => f.start < end && start < f.end) || out.some((f) => f.start < end && start < f.end)) continue;
    out.push({ ...k, start, end, text: text.slice(start, end) });
  }
  return out;
}

const MODIFIER = /^\s*(?:for|of|on|in|at|among|across|per|about|regarding)\s+(?:the\s+|our\s+|a\s+)?(?:[\w/-]+\s+){0,2}$/i;

/** The KPIs of a clause its verb governs: each KPI that does not modify the KPI before it. */
export function governed(text: string, c: Clause, kpis: readonly KpiMention[]): KpiMention[] {
  const inClause = kpis.filter((k) => k.start >= c.start && k.start < c.end);
  return inClause.filter((k, i) => {
    const before = inClause[i - 1];
    return !(before && MODIFIER.test(text.slice(before.end, k.start)));
  });
}

function directionOf(c: Clause, k: KpiMention, text: string): Direction | 'better' | null {
  const roles = c.head?.roles ?? [];
  if (roles.includes('down')) return 'down';
  if (roles.includes('up')) return 'up';
  if (roles.includes('better')) return 'better';
  const after = text.slice(k.end, c.end);
  const sign = /^\s*(?:\([^)]*\)\s*)?(?:(?:rate|rates|score|scores|time|times)\s+)?(?:by\s+)?([+\-–−])\s?\$?\.?\d/.exec(after);
  if (sign) return sign[1] === '+' ? 'up' : 'down';
  const cmp = c.slots.comparative?.text.toLowerCase() ?? '';
  if (/\b(?:fewer|less|lower|shorter|faster|quicker|reduction|decrease|decline|drop|cheaper)\b/.test(cmp)) return 'down';
  if (/\b(?:more|higher|greater|additional|increase|growth|gain|rise|lift|incremental)\b/.test(cmp)) return 'up';
  return fromToDirection(c);
}

function fromToDirection(c: Clause): Direction | null {
  for (const b of c.slots.baseline) {
    const nums = [...b.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((x) => Number(x[0].replace(/,/g, '')));
    if (nums.length < 2) continue;
    const [a, z] = /\bto\b[^]*\bfrom\b/i.test(b.text) ? [nums[1]!, nums[0]!] : [nums[0]!, nums[1]!];
    if (a !== z) return z < a ? 'down' : 'up';
  }
  return null;
}

/** Sets `change` on each KPI its result clause moved; KPIs in an intervention, a purpose or a duty stay null. */
export function kpiDirections(text: string, clauses: readonly Clause[], kpis: KpiMention[]): void {
  for (const c of clauses) {
    if (c.role !== 'result') continue;
    const gov = governed(text, c, kpis);
    c.slots.kpi = kpis.filter((k) => k.start >= c.start && k.start < c.end);
    // A steady level ("while keeping overtime flat") moves nothing.
    if (/\b(?:flat|steady|stable|unchanged|constant)\b/i.test(c.text) && !(c.head?.roles ?? []).some((r) => r === 'down' || r === 'up')) continue;
    for (const k of gov) {
      const d = directionOf(c, k, text);
      k.change = d === 'better' ? k.desired : d;
    }
  }
}
