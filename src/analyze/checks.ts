// Runs the check rules (rules/checks/bullet/*.yml) over a bullet's signals. One function per kind of check.
import type { CompiledCheck, Rules } from '../rules/compile.ts';
import type { Signals } from './pipeline/index.ts';
import { foldCase, mayMatch } from '../rules/literals.ts';
import { allMatches } from './spans.ts';
import type { Finding } from './types.ts';

type Signal = 'metric' | 'baseline' | 'intervention' | 'result' | 'timeframe' | 'kpi' | 'relative-change' | 'award';

function has(signals: Signals, s: Signal): boolean {
  if (s === 'kpi') return signals.kpis.length > 0;
  if (s === 'relative-change') return signals.relativeChange;
  // An award or recognition is a whole result: it has no magnitude or baseline to ask for.
  if (s === 'award') return signals.clauses.some((c) => c.role === 'result' && c.roleRule === 'award');
  return signals.components[s].length > 0;
}

function finding(c: CompiledCheck, message: string, at?: { start: number; end: number }): Finding {
  return {
    rule: c.id, severity: c.data.level, message, source: c.data.source, penalty: c.data.penalty,
    ...(at ? { start: at.start, end: at.end } : {}),
  };
}

export function runCheck(c: CompiledCheck, signals: Signals, lower = foldCase(signals.matchText)): Finding[] {
  const d = c.data;
  const text = signals.matchText;
  switch (d.kind) {
    case 'require':
      if (d.when && !has(signals, d.when)) return [];
      if (d.unless && (Array.isArray(d.unless) ? d.unless : [d.unless]).some((u) => has(signals, u))) return [];
      return has(signals, d.requires) ? [] : [finding(c, d.message)];
    case 'existence':
      return c.tokens && mayMatch(c.tokens, text, lower) ? allMatches(c.tokens.re, text).map((m) => finding(c, d.message.replace('{match}', m[0]), { start: m.index, end: m.index + m[0].length })) : [];
    case 'length': {
      const words = signals.words.length + (text.match(/\d[\d,.]*/g)?.length ?? 0);
      if (d.max && (words > d.max.words || text.length > d.max.chars)) return [finding(c, `${d.message} (${words} words, ${text.length} characters)`)];
      if (d.min && words < d.min.words) return [finding(c, `${d.message} (${words} words)`)];
      return [];
    }
    case 'weak-opener':
      return signals.opening.kind === 'weak' && signals.opening.verb
        ? [finding(c, `${signals.opening.message ?? ''} ${d.message}`.trim(), signals.opening.verb)]
        : [];
    case 'passive-opening':
      return signals.opening.kind === 'passive' && signals.opening.verb ? [finding(c, d.message, signals.opening.verb)] : [];
    case 'no-action-verb':
      return signals.opening.kind === 'none' ? [finding(c, d.message, signals.words[0])] : [];
    case 'kpi-direction':
      return signals.kpis
        .filter((k) => k.change && k.desired && k.change !== k.desired)
        .map((k) => finding(c, d.message
          .replace('{kpi}', k.label)
          .replace('{change}', k.change === 'up' ? 'up' : 'down')
          .replace('{desired}', k.desired === 'up' ? 'up' : 'down'), k));
  }
}

export function runChecks(rules: Rules, signals: Signals): Finding[] {
  const lower = foldCase(signals.matchText);
  const out: Finding[] = [];
  for (const c of rules.checks) for (const f of runCheck(c, signals, lower)) out.push(f);
  return out;
}
