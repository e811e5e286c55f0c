// What one bullet card shows: the bullet with its parts marked, the four-part checklist, score, KPIs,
// findings and the rewrite. Pure data + pre-escaped HTML strings; the templates only lay it out.
import { rewriteQuestions } from '../analyze/suggest/index.ts';
import type { BulletResult, Finding, Severity } from '../analyze/types.ts';
import { highlight, highlightPlaceholders, placeholdersIn, type Mark } from './highlight.ts';
import { DOMAIN_LABELS, MARK_LABELS, MISSING_HINTS } from './labels.ts';

export const CHECKLIST = ['metric', 'baseline', 'intervention', 'result'] as const;

export interface ChecklistItem {
  key: (typeof CHECKLIST)[number];
  label: string;
  present: boolean;
  /** What the analyzer found, or what to add. */
  detail: string;
}

export interface KpiView {
  label: string;
  domain: string;
  text: string;
  /** 'good': moved the way it should; 'bad': the wrong way; 'unknown': no direction stated or none desired. */
  verdict: 'good' | 'bad' | 'unknown';
  verdictText: string;
}

export interface FindingView {
  rule: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  excerpt: string | null;
  source: string | null;
  /** Points this finding took off the score, when the engine says. */
  penalty: number | null;
  /** A spelling finding: the word as written, where it is, and its fixes (best first), for the one-click Fix form. */
  spelling: { word: string; start: number; end: number; fix: string; others: string[] } | null;
}

/** The finding's view, shared by bullet cards and story pages. */
export function spellingView(text: string, f: Finding): FindingView['spelling'] {
  if (f.rule !== 'spelling' || f.start === undefined || f.end === undefined || !f.suggestions?.length) return null;
  return { word: text.slice(f.start, f.end), start: f.start, end: f.end, fix: f.suggestions[0]!, others: f.suggestions.slice(1) };
}

export interface BulletView {
  score: number;
  band: 'strong' | 'fair' | 'weak';
  bandLabel: string;
  /** The bullet, escaped, with its parts marked. */
  html: string;
  checklist: ChecklistItem[];
  complete: boolean;
  timeframe: string[];
  kpis: KpiView[];
  findings: FindingView[];
  /** `questions`: one per placeholder, answered in a form that rebuilds the rewrite with the user's words. */
  /** `questions`: one per placeholder (with it), then gaps asked beside the text (without). */
  rewrite: { text: string; html: string; placeholders: string[]; questions: { part: string; question: string; placeholder?: string }[] } | null;
  /** Placeholders such as [baseline] still in the bullet after "Use this". */
  unfilled: string[];
  weakOpener: boolean;
}

const SEVERITY_LABELS: Record<Severity, string> = { error: 'Fix', warning: 'Improve', info: 'Tip' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function marksOf(r: BulletResult): Mark[] {
  const marks: Mark[] = [];
  for (const kind of ['metric', 'baseline', 'intervention', 'result', 'timeframe'] as const) {
    for (const s of r.components[kind]) marks.push({ start: s.start, end: s.end, kind });
  }
  for (const k of r.kpis) marks.push({ start: k.start, end: k.end, kind: 'kpi', title: `${k.label} (${DOMAIN_LABELS[k.domain]})` });
  for (const f of r.findings) {
    const s = spellingView(r.text, f);
    if (s) marks.push({ start: s.start, end: s.end, kind: 'spelling', title: `Did you mean “${s.fix}”?` });
  }
  return marks;
}

export function bulletView(r: BulletResult): BulletView {
  const checklist = CHECKLIST.map((key): ChecklistItem => {
    const spans = r.components[key];
    return {
      key,
      label: MARK_LABELS[key],
      present: spans.length > 0,
      detail: spans.length ? spans.map((s) => s.text).join(' · ') : MISSING_HINTS[key],
    };
  });
  const band = r.score >= 80 ? 'strong' : r.score >= 50 ? 'fair' : 'weak';
  return {
    score: r.score,
    band,
    bandLabel: band === 'strong' ? 'Strong' : band === 'fair' ? 'Fair' : 'Needs work',
    html: highlight(r.text, marksOf(r)),
    checklist,
    complete: checklist.every((c) => c.present),
    timeframe: r.components.timeframe.map((s) => s.text),
    kpis: r.kpis.map((k): KpiView => {
      const verdict = k.change && k.desired ? (k.change === k.desired ? 'good' : 'bad') : 'unknown';
      return {
        label: k.label,
        domain: DOMAIN_LABELS[k.domain],
        text: k.text,
        verdict,
        verdictText: verdict === 'good'
          ? `${k.change === 'up' ? 'up' : 'down'}, the right way`
          : verdict === 'bad'
            ? `${k.change === 'up' ? 'up' : 'down'}: this measure should go ${k.desired}`
            : k.change ? `moved ${k.change}` : 'direction not stated',
      };
    }),
    // Most important first: what to fix, then what to improve, then tips; the engine's order within each.
    findings: [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      severityLabel: SEVERITY_LABELS[f.severity],
      message: f.message,
      excerpt: f.start !== undefined && f.end !== undefined && f.end > f.start ? r.text.slice(f.start, f.end) : null,
      source: f.source ?? null,
      penalty: f.penalty ? Math.round(f.penalty) : null,
      spelling: spellingView(r.text, f),
    })),
    rewrite: r.rewrite && r.rewrite.text.trim() && r.rewrite.text !== r.text
      ? { text: r.rewrite.text, html: highlightPlaceholders(r.rewrite.text), placeholders: r.rewrite.placeholders, questions: r.rewrite.questions ?? rewriteQuestions(r, r.rewrite) }
      : null,
    unfilled: placeholdersIn(r.text),
    weakOpener: !r.actionVerb || r.actionVerb.strength === 'weak',
  };
}
