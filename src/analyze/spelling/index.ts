// The spelling check: misspelled words with their fixes, before the pipeline reads the text, so that the KPI stage
// can read a typo in a KPI word as that KPI ("readmisions"); then the findings, which say when that happened.
import type { KpiTypo } from '../pipeline/index.ts';
import type { Finding, KpiMention } from '../types.ts';
import { findMisspellings, type Misspelling, type SpellingOptions } from './check.ts';
import { spellingRules } from './rules.ts';
import { dictionary } from './dictionary.ts';

export type { SpellingOptions, Misspelling };
export { findMisspellings };
export { dictionary, dictionaryLoaded } from './dictionary.ts';
export { withUserWords } from './user-words.ts';

export type SpellingFinding = Finding & { suggestions: string[] };

/** The misspellings that stand for a KPI word, for the KPI stage ("readmisions" is still the readmissions KPI). */
export function kpiTypos(misspellings: readonly Misspelling[]): KpiTypo[] {
  const { kpiWords } = dictionary();
  return misspellings
    .filter((m) => !m.confusion && m.fixes[0]!.toLowerCase().split('-').some((w) => kpiWords.has(w)))
    .map((m) => ({ start: m.start, end: m.end, fix: m.fixes[0]! }));
}

/** Every misspelling with its first fix, for the stages that read a typo as the word it stands for ("Increaed"). */
export function wordTypos(misspellings: readonly Misspelling[]): KpiTypo[] {
  return misspellings.filter((m) => !m.confusion && m.fixes.length > 0).map((m) => ({ start: m.start, end: m.end, fix: m.fixes[0]! }));
}

/** Findings in the contract's shape; a typo the KPI stage read as a KPI says which. */
export function toFindings(misspellings: readonly Misspelling[], kpis: readonly KpiMention[] = []): SpellingFinding[] {
  const { check } = spellingRules();
  const typos = kpiTypos(misspellings);
  return misspellings.map((m) => {
    const kpi = typos.some((t) => t.start === m.start) ? kpis.find((k) => k.start <= m.start && m.end <= k.end) : undefined;
    return {
      rule: 'spelling', severity: check.level, start: m.start, end: m.end, suggestions: m.fixes,
      message: kpi ? m.message + check.messages.kpi.replace('{kpi}', kpi.label) : m.message,
      source: check.source, penalty: check.penalty,
    };
  });
}
