// The analysis pipeline: parse -> KPIs -> clauses -> quantities (metric, baseline, timeframe) -> roles -> KPI
// direction -> domain, each stage adding to one ParsedBullet (see ./types.ts). `parseBullet(text)` is the entry point.
import { getRules } from '../../rules/index.ts';
import type { PatternSet, Rules } from '../../rules/compile.ts';
import { foldCase, mayMatch } from '../../rules/literals.ts';
import { allMatches, overlaps, resolveOverlaps, span } from '../spans.ts';
import type { Span } from '../types.ts';
import { splitClauses } from './clauses.ts';
import { chooseDomain } from './domain.ts';
import { findTerms, kpiDirections, type KpiTypo } from './kpi.ts';
import { detectOpening } from './opening.ts';
import { parse, type Word } from './parse.ts';
import { assignRoles } from './roles.ts';
import type { Clause, ParsedBullet, Traced } from './types.ts';

export type { Clause, ClauseHead, ClauseLink, ClauseRole, Opening, ParsedBullet, Token, Traced } from './types.ts';
export type { Word } from './parse.ts';
export type { CueHit, KpiTypo } from './kpi.ts';

/** The parsed bullet plus the words the length checks count. */
export type Signals = ParsedBullet & { words: Word[] };

export function findPatternSpans(text: string, set: PatternSet, lower = foldCase(text)): Traced[] {
  const digits = /\d/.test(text);
  const found: Traced[] = [];
  for (const p of set.patterns) {
    if ((p.needsDigit && !digits) || !mayMatch(p, text, lower)) continue;
    for (const m of allMatches(p.re, text)) {
      const s = span(text, m.index, m.index + m[0].length);
      if (s.end <= s.start) continue;
      if (set.exclude.some((re) => re.test(s.text))) continue;
      found.push({ ...s, rule: `${set.id}:${p.id}` });
    }
  }
  if (!found.length) return found;
  // Contexts that make a number something else (dates, phone numbers, codes) are looked for only when there is a match.
  const contexts: { start: number; end: number }[] = [];
  for (const c of set.excludeContexts) {
    if (!mayMatch(c, text, lower)) continue;
    for (const m of allMatches(c.re, text)) contexts.push({ start: m.index, end: m.index + m[0].length });
  }
  return resolveOverlaps(contexts.length ? found.filter((s) => !contexts.some((c) => overlaps(c, s))) : found);
}

function clauseSpan(text: string, c: Clause, from = c.start): Span {
  return span(text, from, c.end);
}

/**
 * `kpiTypos`: misspelled words with the KPI word each stands for, so the KPI stage still finds their KPI;
 * `wordTypos`: every misspelled word with its fix, so a misspelled verb ("Increaed") still reads as that verb.
 */
export function parseBullet(original: string, rules: Rules = getRules(), kpiTypos: readonly KpiTypo[] = [], wordTypos: readonly KpiTypo[] = []): Signals {
  const p = parse(original, rules);
  for (const typo of wordTypos) {
    const t = p.tokens.find((u) => u.start === typo.start && u.end === typo.end);
    const hit = t && !t.verb && !/\s/.test(typo.fix) ? rules.verbs.at([typo.fix.toLowerCase()], 0) : null;
    if (t && hit) t.verb = hit;
  }
  const text = p.matchText;

  const { kpis, cues, counts } = findTerms(text, p.tokens, rules, kpiTypos);
  const clauses = splitClauses(p, rules, kpis);
  const lower = foldCase(text);
  const metric = findPatternSpans(text, rules.metric, lower);
  const baseline = findPatternSpans(text, rules.baseline, lower);
  const timeframe = findPatternSpans(text, rules.timeframe, lower);
  const opening = detectOpening(text, p.words, p.tokens, rules, timeframe);
  assignRoles({ text, tokens: p.tokens, clauses, metric, baseline, timeframe, kpis, dutyOpener: opening.duty === true }, rules);
  kpiDirections(text, clauses, kpis, rules.roles);
  const domain = chooseDomain(text, clauses, kpis, cues, counts, metric, rules);

  const result: Span[] = [];
  const intervention: Span[] = [];
  for (const c of clauses) {
    if (c.role === 'result') result.push(clauseSpan(text, c));
    if (c.role === 'intervention') intervention.push(clauseSpan(text, c));
  }
  const main = clauses.find((c) => c.role === 'action' || c.role === 'intervention');
  const action = main ? [clauseSpan(text, main)] : [];

  // Every span with the rule that made it, in stage order: built when asked for (`explain`, the eval), not per bullet.
  const traceOf = (): ParsedBullet['trace'] => {
    const trace: ParsedBullet['trace'] = [];
    const note = (stage: string, s: Traced) => trace.push({ stage, rule: s.rule, start: s.start, end: s.end, text: original.slice(s.start, s.end) });
    for (const c of clauses) note('clauses', { start: c.start, end: c.end, text: c.text, rule: `${c.link}:${c.linkRule}` });
    for (const s of metric) note('metric', s);
    for (const s of baseline) note('baseline', s);
    for (const s of timeframe) note('timeframe', s);
    for (const c of clauses) if (c.role !== 'other' && c.role !== 'action') note('roles', { ...clauseSpan(text, c), rule: `${c.role}:${c.roleRule}` });
    for (const k of kpis) note('kpi', { ...k, rule: `kpi:${k.id}${k.change ? `:${k.change}` : ''}` });
    if (domain.rule) trace.push({ stage: 'domain', rule: `${domain.rule} -> ${domain.domain}`, start: 0, end: 0, text: '' });
    return trace;
  };
  let trace: ParsedBullet['trace'] | undefined;

  const recut = <T extends { start: number; end: number; text: string }>(s: T): T => ({ ...s, text: original.slice(s.start, s.end) });
  const plain = (s: Span): Span => ({ start: s.start, end: s.end, text: original.slice(s.start, s.end) });
  const amountsInResult = metric.filter((m) => result.some((r) => m.start >= r.start && m.end <= r.end));
  return {
    text: original,
    matchText: text,
    tokens: p.tokens,
    words: p.words,
    clauses: clauses.map((c) => ({ ...c, text: original.slice(c.start, c.end) })),
    opening: { ...opening, verb: opening.verb && recut(opening.verb), ...(opening.adverb ? { adverb: recut(opening.adverb) } : {}) },
    components: {
      metric: metric.map(plain), baseline: baseline.map(plain), intervention: intervention.map(plain),
      result: result.map(plain), timeframe: timeframe.map(plain), action: action.map(plain),
    },
    actionVerb: opening.verb && recut(opening.verb),
    kpis: kpis.map(recut),
    primaryDomain: domain.domain,
    domainRule: domain.rule,
    relativeChange: relativeChange(text, amountsInResult, clauses),
    get trace() {
      return (trace ??= traceOf());
    },
  };
}

/** The result states a change by an amount ('29%', '1.4 pts', '–12 days', 'by half'), which carries its own baseline. */
function relativeChange(text: string, amounts: Span[], clauses: Clause[]): boolean {
  const changed = clauses.some((c) => c.role === 'result' && (c.head?.roles.some((r) => r === 'down' || r === 'up' || r === 'better') || c.slots.comparative));
  if (!changed) return false;
  // "30% fewer errors", "a 9% reduction": the comparative's own amount is a change.
  if (clauses.some((c) => c.role === 'result' && c.slots.comparative && amounts.some((m) => m.start >= c.slots.comparative!.start && m.end <= c.slots.comparative!.end))) return true;
  return amounts.some((m) => !/\b(?:to|at|of|reached|reaching|hit|above|below|under|over|from)\s+(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start))
    && !/^(?:\d{1,2}(?:st|nd|rd|th))$/.test(m.text));
}
