// The text report: one block per item, its parts marked, then one linter-style line per finding.
import type { BulletResult, Result, Span, StoryResult } from '../analyze/types.ts';

const MARKS = {
  result: ['«', '»'], intervention: ['<', '>'], baseline: ['{', '}'], timeframe: ['⟦', '⟧'], metric: ['[', ']'],
} as const;
export const LEGEND = 'marks: «result» <intervention> {baseline} ⟦timeframe⟧ [metric]';

/** The text with each part bracketed in place; outer (longer) spans open first and close last. */
export function markedText(r: Result): string {
  const events: { at: number; open: boolean; mark: string; len: number; order: number }[] = [];
  (Object.keys(MARKS) as (keyof typeof MARKS)[]).forEach((name, order) => {
    for (const s of r.components[name]) {
      const len = s.end - s.start;
      events.push({ at: s.start, open: true, mark: MARKS[name][0], len, order });
      events.push({ at: s.end, open: false, mark: MARKS[name][1], len, order });
    }
  });
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open)
    || (a.open ? b.len - a.len || a.order - b.order : a.len - b.len || b.order - a.order));
  let out = '';
  let pos = 0;
  for (const e of events) {
    out += r.text.slice(pos, e.at) + e.mark;
    pos = e.at;
  }
  return out + r.text.slice(pos);
}

function parts(r: Result): string {
  const names = ['result', 'metric', 'baseline', 'intervention', 'timeframe'] as const;
  return names
    .map((n) => `${n.padEnd(12)} ${r.components[n].length ? r.components[n].map((s: Span) => JSON.stringify(s.text)).join(', ') : '—'}`)
    .join('\n    ');
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
function bySeverity<T extends { severity: keyof typeof SEVERITY_ORDER; start?: number }>(fs: T[]): T[] {
  return [...fs].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.start ?? -1) - (b.start ?? -1));
}

/** A finding that carries replacements shows the word and its fix: ` "HIPPA" -> HIPAA (or: …)`. */
function fixOf(r: Result, f: Result['findings'][number]): string {
  if (!f.suggestions?.length || f.start === undefined || f.end === undefined) return '';
  const [first, ...others] = f.suggestions;
  return ` ${JSON.stringify(r.text.slice(f.start, f.end))} -> ${first}${others.length ? ` (or: ${others.join(', ')})` : ''}`;
}

function bulletBlock(r: BulletResult, i: number): string {
  const verb = r.actionVerb ? `${JSON.stringify(r.actionVerb.text)} (${r.actionVerb.strength})` : '— (no action verb)';
  const kpis = r.kpis.length
    ? r.kpis.map((k) => `${k.label} [${k.domain}]${k.change ? ` ${k.change === 'up' ? '↑' : '↓'}` : ''}${k.desired ? ` (want ${k.desired === 'up' ? '↑' : '↓'})` : ''}`).join('; ')
    : '—';
  const lines = [
    `${i + 1}. ${r.text}`,
    `    ${markedText(r)}`,
    `    score ${r.score}/100   domain ${r.primaryDomain ?? '—'}`,
    `    verb         ${verb}`,
    `    ${parts(r)}`,
    `    kpis         ${kpis}`,
    ...bySeverity(r.findings).map((f) => `    ${f.start !== undefined ? `${1}:${f.start + 1}-${1}:${(f.end ?? f.start) + 1}` : '-'.padEnd(3)}  ${f.severity.padEnd(7)}  ${f.message}${fixOf(r, f)}  ${f.rule}`),
  ];
  if (r.rewrite) lines.push(`    rewrite      ${r.rewrite.text}`);
  return lines.join('\n');
}

function storyBlock(r: StoryResult, i: number): string {
  const p = (n: keyof StoryResult['parts']) => `${n.padEnd(10)} ${r.parts[n].length ? r.parts[n].map((s) => JSON.stringify(s.text.length > 70 ? s.text.slice(0, 67) + '...' : s.text)).join(' ') : '—'}`;
  return [
    `${i + 1}. story (${r.words} words, ~${r.speakingSeconds}s spoken)   score ${r.score}/100   quantified result: ${r.quantifiedResult ? 'yes' : 'no'}`,
    `    ${p('situation')}`, `    ${p('task')}`, `    ${p('action')}`, `    ${p('result')}`,
    ...bySeverity(r.findings).map((f) => `    ${f.severity.padEnd(7)}  ${f.message}${fixOf(r, f)}  ${f.rule}`),
  ].join('\n');
}

export function formatText(results: Result[]): string {
  if (!results.length) return 'nothing to analyse: the input has no non-empty lines\n';
  const blocks = results.map((r, i) => (r.kind === 'story' ? storyBlock(r, i) : bulletBlock(r, i)));
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  const avg = Math.round(results.reduce((n, r) => n + r.score, 0) / results.length);
  const legend = results.some((r) => r.kind === 'bullet') ? `${LEGEND}\n\n` : '';
  return `${legend}${blocks.join('\n\n')}\n\n${results.length} item(s), average score ${avg}/100, ${errors} error(s), ${warnings} warning(s)\n`;
}
