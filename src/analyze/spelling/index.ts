// The spelling stage: takes a text's signals, returns its spelling findings and the signals with any KPI a typo hid
// ("readmisions" is still the readmissions KPI, and its finding says so).
import { parseBullet as detectSignals, type Signals } from '../pipeline/index.ts';
import type { Rules } from '../../rules/compile.ts';
import type { Finding, KpiMention } from '../types.ts';
import { findMisspellings, type Misspelling, type SpellingOptions } from './check.ts';
import { spellingRules } from './rules.ts';
import { dictionary } from './dictionary.ts';

export type { SpellingOptions, Misspelling };
export { findMisspellings };
export { dictionary, dictionaryLoaded } from './dictionary.ts';
export { withUserWords } from './user-words.ts';

export type SpellingFinding = Finding & { suggestions: string[] };

export interface SpellingStage {
  signals: Signals;
  findings: SpellingFinding[];
}

export function spellingStage(text: string, signals: Signals, rules: Rules, options: SpellingOptions = {}): SpellingStage {
  const misspellings = findMisspellings(text, options);
  if (!misspellings.length) return { signals, findings: [] };
  const recovered = kpisBehindTypos(text, signals.kpis, misspellings, rules);
  const kpis = [...signals.kpis, ...recovered.map((r) => r.kpi)].sort((a, b) => a.start - b.start);
  const primaryDomain = signals.primaryDomain ?? recovered[0]?.domain ?? null;
  const findings = toFindings(misspellings, recovered);
  return { signals: recovered.length ? { ...signals, kpis, primaryDomain } : signals, findings };
}

export function toFindings(misspellings: Misspelling[], recovered: RecoveredKpi[] = []): SpellingFinding[] {
  const { check } = spellingRules();
  return misspellings.map((m) => {
    const kpi = recovered.find((r) => r.kpi.start < m.end && m.start < r.kpi.end)?.kpi;
    return {
      rule: 'spelling', severity: check.level, start: m.start, end: m.end, suggestions: m.fixes,
      message: kpi ? m.message + check.messages.kpi.replace('{kpi}', kpi.label) : m.message,
      source: check.source, penalty: check.penalty,
    };
  });
}

export interface RecoveredKpi { kpi: KpiMention; domain: Signals['primaryDomain'] }

/**
 * KPIs the text names through a one-word typo: the text is read again with each typo's first fix, and a KPI found
 * over a fixed word, where the text as written had none, is kept at the written word's offsets.
 */
export function kpisBehindTypos(text: string, found: readonly KpiMention[], misspellings: readonly Misspelling[], rules: Rules): RecoveredKpi[] {
  // Only a fix that is a word of some KPI can reveal one; the rest need no second reading.
  const { kpiWords } = dictionary();
  const fixes = misspellings.filter((m) => !m.confusion && m.fixes[0]!.toLowerCase().split('-').some((w) => kpiWords.has(w)));
  if (!fixes.length) return [];
  let corrected = '';
  let pos = 0;
  const moved: { start: number; end: number; fixedStart: number; fixedEnd: number }[] = [];
  for (const m of fixes) {
    corrected += text.slice(pos, m.start);
    const fixedStart = corrected.length;
    corrected += m.fixes[0]!;
    moved.push({ start: m.start, end: m.end, fixedStart, fixedEnd: corrected.length });
    pos = m.end;
  }
  corrected += text.slice(pos);
  // An offset in the corrected text, back in the text as written; inside a fixed word, to that word's edge.
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
  const again = detectSignals(corrected, rules);
  const out: RecoveredKpi[] = [];
  for (const k of again.kpis) {
    if (!moved.some((m) => k.start < m.fixedEnd && m.fixedStart < k.end)) continue;
    const start = back(k.start, false);
    const end = back(k.end, true);
    if (found.some((f) => f.start < end && start < f.end)) continue;
    out.push({ kpi: { ...k, start, end, text: text.slice(start, end) }, domain: again.primaryDomain });
  }
  return out;
}
