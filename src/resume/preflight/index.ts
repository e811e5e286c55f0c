// The pre-flight list shown before export: bullets still missing parts (the analyzer's own components), visible
// [placeholders] never answered, a KPI moved the wrong way, and private data that must not be on a resume.
import { analyzeBullet } from '../../analyze/index.ts';
import type { BulletResult, ComponentName } from '../../analyze/types.ts';
import type { Resume } from '../schema.ts';
import { privacyMatches } from './rules.ts';
import { findMisspellings } from '../../analyze/spelling/index.ts';

export type PreflightCheck = 'missing-parts' | 'placeholder' | 'kpi-direction' | 'private-data' | 'spelling';

export interface PreflightItem {
  check: PreflightCheck;
  /** The privacy rule id for private data, else the check. */
  rule: string;
  severity: 'error' | 'warning';
  /** JSON path of the field, e.g. `work[0].highlights[2]`. */
  path: string;
  /** Where, in the user's words: "Experience › Practice Manager, bullet 3". */
  where: string;
  text: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Preflight {
  items: PreflightItem[];
  errors: number;
  warnings: number;
}

/** The four parts the guide asks every bullet to carry: "baselines, interventions, and sustained results". */
export const REQUIRED_PARTS: ComponentName[] = ['metric', 'baseline', 'intervention', 'result'];

export const PLACEHOLDER = /\[[^[\]\n]{1,80}\]/g;


interface Field {
  path: string;
  where: string;
  text: string;
  bullet?: boolean;
}

/** Every free-text field a reader sees, with a path and a human label; contact details are the person's own and skipped. */
export function resumeFields(resume: Resume): Field[] {
  const fields: Field[] = [];
  const b = resume.basics;
  if (b?.name) fields.push({ path: 'basics.name', where: 'Header › name', text: b.name });
  if (b?.label) fields.push({ path: 'basics.label', where: 'Header › headline', text: b.label });
  if (b?.summary) fields.push({ path: 'basics.summary', where: 'Summary', text: b.summary });
  (resume.work ?? []).forEach((w, i) => {
    const role = w.position || w.name || `role ${i + 1}`;
    if (w.position) fields.push({ path: `work[${i}].position`, where: `Experience › ${role}`, text: w.position });
    if (w.name) fields.push({ path: `work[${i}].name`, where: `Experience › ${role}, organization`, text: w.name });
    if (w.summary) fields.push({ path: `work[${i}].summary`, where: `Experience › ${role}, summary`, text: w.summary });
    (w.highlights ?? []).forEach((h, j) =>
      fields.push({ path: `work[${i}].highlights[${j}]`, where: `Experience › ${role}, bullet ${j + 1}`, text: h, bullet: true }),
    );
  });
  (resume.education ?? []).forEach((e, i) => {
    for (const key of ['studyType', 'area', 'institution'] as const) {
      const v = e[key];
      if (v) fields.push({ path: `education[${i}].${key}`, where: `Education › ${e.institution || `entry ${i + 1}`}`, text: v });
    }
  });
  (resume.certificates ?? []).forEach((c, i) => {
    const where = `Certifications › ${c.name ?? c.issuer ?? i + 1}`;
    if (c.name) fields.push({ path: `certificates[${i}].name`, where, text: c.name });
    if (c.issuer) fields.push({ path: `certificates[${i}].issuer`, where, text: c.issuer });
  });
  (resume.skills ?? []).forEach((s, i) => {
    const where = `Skills › ${s.name ?? i + 1}`;
    if (s.name) fields.push({ path: `skills[${i}].name`, where, text: s.name });
    (s.keywords ?? []).forEach((k, j) => fields.push({ path: `skills[${i}].keywords[${j}]`, where, text: k }));
  });
  return fields;
}

function missingParts(field: Field, result: BulletResult): PreflightItem | null {
  const missing = REQUIRED_PARTS.filter((part) => result.components[part].length === 0);
  if (!missing.length) return null;
  return {
    check: 'missing-parts', rule: 'missing-parts', severity: 'warning', path: field.path, where: field.where, text: field.text,
    message: `Missing ${listOf(missing)}: the guide asks for a metric with its baseline, the intervention and the result.`,
  };
}

function wrongWayKpis(field: Field, result: BulletResult): PreflightItem[] {
  return result.kpis
    .filter((k) => k.change && k.desired && k.change !== k.desired)
    .map((k) => ({
      check: 'kpi-direction' as const, rule: 'kpi-direction', severity: 'warning' as const,
      path: field.path, where: field.where, text: field.text, start: k.start, end: k.end,
      message: `${k.label} went ${k.change}, but it should go ${k.desired}: say what improved, or check the direction word.`,
    }));
}

function placeholders(field: Field): PreflightItem[] {
  return [...field.text.matchAll(PLACEHOLDER)].map((m) => ({
    check: 'placeholder' as const, rule: 'placeholder', severity: 'error' as const,
    path: field.path, where: field.where, text: field.text, start: m.index, end: m.index + m[0].length,
    message: `Fill in ${m[0]} with your own figure or remove it; it would print as is.`,
  }));
}

function privateData(field: Field): PreflightItem[] {
  return privacyMatches(field.text).map(({ rule, start, end }) => ({
    check: 'private-data' as const, rule: rule.id, severity: rule.level,
    path: field.path, where: field.where, text: field.text, start, end, message: rule.message,
  }));
}

/** Fields that hold names (the person's, an employer's, a school's, an issuer's) are not spell-checked. */
const NAME_FIELD = /^(?:basics\.name|work\[\d+\]\.name|education\[\d+\]\.institution|certificates\[\d+\]\.issuer)$/;

function spelling(field: Field, userWords?: ReadonlySet<string>): PreflightItem[] {
  if (NAME_FIELD.test(field.path)) return [];
  return findMisspellings(field.text, { userWords }).map((m) => ({
    check: 'spelling' as const, rule: 'spelling', severity: 'warning' as const,
    path: field.path, where: field.where, text: field.text, start: m.start, end: m.end,
    message: `${m.message} (fix: ${m.fixes[0]})`,
  }));
}

function listOf(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function preflight(
  resume: Resume, analyse: (text: string) => BulletResult = analyzeBullet, options: { userWords?: ReadonlySet<string> } = {},
): Preflight {
  const items: PreflightItem[] = [];
  for (const field of resumeFields(resume)) {
    items.push(...placeholders(field), ...privateData(field), ...spelling(field, options.userWords));
    if (field.bullet && field.text.trim()) {
      const result = analyse(field.text.trim());
      const missing = missingParts(field, result);
      if (missing) items.push(missing);
      items.push(...wrongWayKpis(field, result));
    }
  }
  return {
    items,
    errors: items.filter((i) => i.severity === 'error').length,
    warnings: items.filter((i) => i.severity === 'warning').length,
  };
}
