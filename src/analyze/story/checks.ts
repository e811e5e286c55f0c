// Runs the story checks of rules/story/checks/*.yml over an analysed story; one small function per check kind.
import type { Components, Finding, KpiMention, Span, StarPart } from '../types.ts';
import type { CheckRule } from './rules.ts';
import { compilePattern } from './rules.ts';
import { governedResultKpis } from './kpi-direction.ts';
import type { Clause } from './parts.ts';

export interface StoryFacts {
  text: string;
  clauses: Clause[];
  sentences: Span[];
  parts: Record<StarPart, Span[]>;
  words: number;
  speakingSeconds: number;
  quantifiedResult: boolean;
  metrics: Span[];
  components: Components;
  kpis: KpiMention[];
  lists: Record<string, string[]>;
  /** Bracketed placeholders still to fill in. */
  placeholders: Span[];
}

type Vars = Record<string, string | number>;
const fill = (message: string, vars: Vars) => message.replace(/\{(\w+)\}/g, (w, k: string) => (k in vars ? String(vars[k]) : w));

function finding(rule: CheckRule, vars: Vars = {}, span?: { start: number; end: number }, message = rule.message, penalty = rule.penalty): Finding {
  return {
    rule: rule.id, severity: rule.level, message: fill(message, vars), source: rule.source, penalty,
    ...(span ? { start: span.start, end: span.end } : {}),
  };
}

const patternCache = new Map<string, RegExp[]>();
function patterns(rule: CheckRule & { patterns: string[] }, lists: Record<string, string[]>): RegExp[] {
  let res = patternCache.get(rule.id);
  if (!res) {
    res = rule.patterns.map((p) => compilePattern(p, lists, [], rule.file));
    patternCache.set(rule.id, res);
  }
  return res;
}
function matchesAny(res: RegExp[], text: string): boolean {
  return res.some((re) => { re.lastIndex = 0; return re.test(text); });
}
const inside = (s: Span, spans: Span[]) => spans.some((p) => p.start < s.end && s.start < p.end);
const wordsIn = (f: StoryFacts, part: StarPart) => f.clauses.filter((c) => c.part === part).reduce((n, c) => n + c.words, 0);

/** The KPI mentions inside the story's result, one per KPI, with the direction the change verb governing it gives. */
export function resultKpis(f: Pick<StoryFacts, 'text' | 'kpis' | 'parts'>): KpiMention[] {
  const inResult = governedResultKpis(f.text, f.kpis, f.parts.result);
  const out: KpiMention[] = [];
  for (const k of inResult) {
    const i = out.findIndex((o) => o.id === k.id);
    if (i < 0) out.push(k);
    else if (!out[i]!.change && k.change) out[i] = k;
  }
  return out;
}

export function runCheck(rule: CheckRule, f: StoryFacts): Finding[] {
  switch (rule.kind) {
    case 'empty':
      return f.text.trim() === '' ? [finding(rule)] : [];
    case 'part-missing':
      return f.parts[rule.part].length === 0 ? [finding(rule, { part: rule.part })] : [];
    case 'result-unquantified':
      return f.parts.result.length > 0 && !f.quantifiedResult ? [finding(rule, {}, f.parts.result[0])] : [];
    case 'result-no-baseline': {
      if (!f.quantifiedResult) return [];
      const situationNumber = f.metrics.some((m) => inside(m, f.parts.situation));
      const stated = f.components.baseline.length > 0 || matchesAny(patterns(rule, f.lists), f.text);
      return situationNumber || stated ? [] : [finding(rule, {}, f.parts.result[0])];
    }
    case 'no-sustained-window':
      return f.parts.result.length > 0 && !matchesAny(patterns(rule, f.lists), f.text) ? [finding(rule, {}, f.parts.result[0])] : [];
    case 'we-without-i': {
      const scope = f.parts.action.length ? f.parts.action.map((s) => s.text).join(' ') : f.text;
      const we = /\b(?:we|our team|the team|us)\b/i.test(scope);
      const i = /\b(?:I|me|my|myself)\b|\bI['’](?:d|ve|m)\b/.test(scope) || /(?:^|[\s(])i\s/.test(scope);
      return we && !i ? [finding(rule, {}, f.parts.action[0])] : [];
    }
    case 'phrase': {
      const out: Finding[] = [];
      for (const re of patterns(rule, f.lists)) {
        re.lastIndex = 0;
        for (const m of f.text.matchAll(re)) {
          if (out.length >= rule.maxFindings) break;
          if (!m[0]) continue;
          out.push(finding(rule, { match: m[0] }, { start: m.index, end: m.index + m[0].length }));
        }
      }
      return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    }
    case 'part-share': {
      if (f.words < 20 || f.parts[rule.part].length === 0) return [];
      const share = wordsIn(f, rule.part) / Math.max(1, f.words);
      return share < rule.min ? [finding(rule, { part: rule.part, share: Math.round(share * 100), min: Math.round(rule.min * 100) })] : [];
    }
    case 'speaking-time': {
      if (f.words === 0) return [];
      const vars = { seconds: f.speakingSeconds, words: f.words, aimMin: rule.aimMin, aimMax: rule.aimMax };
      if (f.speakingSeconds > rule.tooLong) return [finding(rule, vars)];
      if (f.speakingSeconds < rule.tooShort) return [finding(rule, vars, undefined, rule.shortMessage)];
      if (f.speakingSeconds < rule.aimMin || f.speakingSeconds > rule.aimMax) {
        return [{ ...finding(rule, vars, undefined, rule.nearMessage, 0), severity: 'info' }];
      }
      return [];
    }
    case 'run-on':
      return f.sentences
        .filter((s) => s.text.split(/\s+/).length > rule.maxWords)
        .slice(0, 3)
        .map((s) => finding(rule, { words: s.text.split(/\s+/).length, max: rule.maxWords }, s));
    case 'signal-limit':
      return f.text.length > rule.maxChars
        ? [finding(rule, { words: f.words, minutes: Math.round(f.speakingSeconds / 60), checkedWords: Math.round((rule.maxChars / f.text.length) * f.words) })]
        : [];
    case 'placeholder':
      return f.placeholders.slice(0, rule.maxFindings).map((p) => finding(rule, { match: p.text, count: f.placeholders.length }, p));
    case 'kpi-direction':
      // Only a result says which way a KPI moved: a rise told in the situation is the problem, not the outcome.
      return resultKpis(f)
        .filter((k) => k.change && k.desired && k.change !== k.desired)
        .map((k) => finding(rule, { kpi: k.label, change: k.change ?? '', desired: k.desired ?? '' }, k));
  }
}
