// Scores the analyzer in-process against a labelled JSONL set (labels defined in eval/README.md): per-label
// precision, recall and F1, KPI-domain accuracy, and every error grouped by the pipeline stage that decides it.
import { readFileSync } from 'node:fs';
import { analyzeBullet } from '../src/analyze/index.ts';
import { analyzeStory } from '../src/analyze/story.ts';
import { splitItems } from '../src/analyze/split.ts';
import { parseBullet } from '../src/analyze/pipeline/index.ts';

export interface Gold { text: string; labels: Record<string, boolean | string | null> }
export interface LabelScore { label: string; stage: string; tp: number; fp: number; fn: number; tn: number; p: number; r: number; f1: number }
export interface SetScore {
  items: number;
  labels: LabelScore[];
  domain: { accuracy: number; over: number } | null;
  spanErrors: number;
  /** stage -> one line per error */
  errors: Map<string, string[]>;
}

export function readGold(file: string): Gold[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
}

const nonEmpty = (a: unknown[] | undefined) => Array.isArray(a) && a.length > 0;
const oneLine = (t: string) => t.replace(/\s*\n\s*/g, ' ').trim();

/** Which stage of the pipeline decides each label, so an error is read where it can be fixed. */
const BULLET_LABELS: { label: string; stage: string; predict: (r: ReturnType<typeof analyzeBullet>) => boolean }[] = [
  { label: 'metric', stage: 'quantities (rules/signals/metric.yml)', predict: (r) => nonEmpty(r.components.metric) },
  { label: 'baseline', stage: 'baseline (rules/signals/baseline.yml)', predict: (r) => nonEmpty(r.components.baseline) },
  { label: 'intervention', stage: 'roles: intervention (rules/signals/roles.yml, clauses.yml)', predict: (r) => nonEmpty(r.components.intervention) },
  { label: 'result', stage: 'roles: result (rules/signals/roles.yml, clauses.yml)', predict: (r) => nonEmpty(r.components.result) },
  { label: 'action_verb', stage: 'opening (rules/lexicons/verbs.yml)', predict: (r) => !!r.actionVerb && r.actionVerb.strength !== 'weak' },
];

function f1Of(label: string, stage: string, tp: number, fp: number, fn: number, tn: number): LabelScore {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { label, stage, tp, fp, fn, tn, p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

/** Why the pipeline decided as it did, in one line: clauses with their link and role rules, and the domain rule. */
export function why(text: string): string {
  const b = parseBullet(text);
  const clauses = b.clauses.map((c) => `[${c.link}/${c.role}:${c.roleRule}${c.head ? ` ${c.head.lemma}` : ''}] ${c.text}`).join(' | ');
  return `${clauses} || domain ${b.domainRule ?? '-'}`;
}

export function scoreBullets(gold: Gold[], opts: { explain?: boolean } = {}): SetScore {
  const texts = gold.map((g) => splitItems(oneLine(g.text), 'bullet')[0] ?? '');
  const results = texts.map((t) => analyzeBullet(t, { rewrite: false }));
  const errors = new Map<string, string[]>();
  const err = (stage: string, line: string) => errors.set(stage, [...(errors.get(stage) ?? []), line]);
  const labels = BULLET_LABELS.map(({ label, stage, predict }) => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    gold.forEach((g, i) => {
      const y = !!g.labels[label];
      const yhat = predict(results[i]!);
      if (y && yhat) tp++;
      else if (!y && yhat) { fp++; err(stage, `FP ${label}: ${texts[i]}${opts.explain ? `\n      ${why(texts[i]!)}` : ''}`); }
      else if (y && !yhat) { fn++; err(stage, `FN ${label}: ${texts[i]}${opts.explain ? `\n      ${why(texts[i]!)}` : ''}`); }
      else tn++;
    });
    return f1Of(label, stage, tp, fp, fn, tn);
  });
  const scored = gold.map((g, i) => [g, results[i]!] as const).filter(([g]) => typeof g.labels.kpi_domain === 'string' && !['other', 'none'].includes(g.labels.kpi_domain));
  let ok = 0;
  scored.forEach(([g, r], i) => {
    if (r.primaryDomain === g.labels.kpi_domain) ok++;
    else err('domain (rules/kpis/*.yml)', `DOMAIN want ${String(g.labels.kpi_domain)} got ${r.primaryDomain}: ${r.text}${opts.explain ? `\n      ${why(r.text)}` : ''}`);
    void i;
  });
  const spanErrors = results.filter((r) => Object.values(r.components).flat().some((s) => r.text.slice(s.start, s.end) !== s.text)).length;
  return { items: gold.length, labels, domain: scored.length ? { accuracy: ok / scored.length, over: scored.length } : null, spanErrors, errors };
}

export function scoreStories(gold: Gold[]): SetScore {
  const results = gold.map((g) => analyzeStory(g.text.trim()));
  const errors = new Map<string, string[]>();
  const predict: Record<string, (r: ReturnType<typeof analyzeStory>) => boolean> = {
    situation: (r) => nonEmpty(r.parts.situation), task: (r) => nonEmpty(r.parts.task), action: (r) => nonEmpty(r.parts.action),
    result: (r) => nonEmpty(r.parts.result), quantified_result: (r) => r.quantifiedResult,
  };
  const labels = Object.entries(predict).map(([label, f]) => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    gold.forEach((g, i) => {
      const y = !!g.labels[label];
      const yhat = f(results[i]!);
      if (y && yhat) tp++;
      else if (!y && yhat) { fp++; errors.set('story parts', [...(errors.get('story parts') ?? []), `FP ${label}: ${g.text.slice(0, 80)}…`]); }
      else if (y && !yhat) { fn++; errors.set('story parts', [...(errors.get('story parts') ?? []), `FN ${label}: ${g.text.slice(0, 80)}…`]); }
      else tn++;
    });
    return f1Of(label, 'story parts', tp, fp, fn, tn);
  });
  return { items: gold.length, labels, domain: null, spanErrors: 0, errors };
}

export function table(name: string, s: SetScore): string {
  const rows = [`${name} (${s.items} items)`, '| label | precision | recall | F1 | tp | fp | fn |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const l of s.labels) rows.push(`| ${l.label} | ${l.p.toFixed(2)} | ${l.r.toFixed(2)} | ${l.f1.toFixed(2)} | ${l.tp} | ${l.fp} | ${l.fn} |`);
  if (s.domain) rows.push(`| KPI domain (accuracy over ${s.domain.over}) | | | ${s.domain.accuracy.toFixed(2)} | | | |`);
  rows.push(`span errors: ${s.spanErrors}`);
  return rows.join('\n');
}
