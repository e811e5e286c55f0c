// Every rule file's own examples, run as tests: a rule whose examples fail is a broken rule.
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/rules/index.ts';
import { parseBullet as detectSignals } from '../../src/analyze/pipeline/index.ts';
import { runCheck } from '../../src/analyze/checks.ts';
import type { ComponentName } from '../../src/analyze/types.ts';

const rules = getRules();

describe('check rules: each invalid example triggers the rule, each valid one does not', () => {
  for (const c of rules.checks) {
    describe(c.id, () => {
      it('has examples', () => {
        expect(c.data.examples.valid.length).toBeGreaterThan(0);
        expect(c.data.examples.invalid.length).toBeGreaterThan(0);
      });
      for (const text of c.data.examples.valid) it(`valid: ${text}`, () => expect(runCheck(c, detectSignals(text))).toEqual([]));
      for (const text of c.data.examples.invalid) it(`invalid: ${text}`, () => expect(runCheck(c, detectSignals(text)).length).toBeGreaterThan(0));
    });
  }
});

describe('signal rules: valid examples carry the signal, invalid ones do not', () => {
  for (const f of rules.files.signals) {
    const name = f.data.signal as ComponentName;
    describe(name, () => {
      for (const text of f.data.examples.valid) it(`valid: ${text}`, () => expect(detectSignals(text).components[name].map((s) => s.text)).not.toEqual([]));
      for (const text of f.data.examples.invalid) it(`invalid: ${text}`, () => expect(detectSignals(text).components[name].map((s) => s.text)).toEqual([]));
    });
  }
});

describe('clause and role rules: their own examples', () => {
  const clauses = rules.files.clauses!.data.examples;
  for (const t of clauses.valid) it(`splits: ${t}`, () => expect(detectSignals(t).clauses.length).toBeGreaterThan(1));
  for (const t of clauses.invalid) it(`one clause: ${t}`, () => expect(detectSignals(t).clauses.length).toBe(1));
  const roles = rules.files.roles!.data.examples;
  for (const t of roles.valid) it(`a result: ${t}`, () => expect(detectSignals(t).clauses.some((c) => c.role === 'result')).toBe(true));
  for (const t of roles.invalid) it(`no result: ${t}`, () => expect(detectSignals(t).clauses.some((c) => c.role === 'result')).toBe(false));
});

describe('KPI catalogue examples name their KPI', () => {
  for (const f of rules.files.kpis) {
    for (const ex of f.data.examples) {
      it(`${f.id}: ${ex.kpi} in "${ex.text}"`, () => {
        expect(f.data.kpis.some((k) => k.id === ex.kpi)).toBe(true);
        expect(detectSignals(ex.text).kpis.map((k) => k.id)).toContain(ex.kpi);
      });
    }
  }
});

describe('verb lexicon examples', () => {
  const ex = rules.files.verbs!.data.examples;
  for (const t of ex.strong) it(`strong: ${t}`, () => expect(detectSignals(t).actionVerb?.strength).toBe('strong'));
  for (const t of ex.weak) it(`weak: ${t}`, () => expect(detectSignals(t).actionVerb?.strength).toBe('weak'));
  for (const t of ex.none) it(`no strong verb: ${t}`, () => expect(detectSignals(t).actionVerb?.strength ?? null).not.toBe('strong'));
});

describe('rule data invariants', () => {
  it('every rule names its source in the guide', () => {
    for (const c of rules.checks) expect(c.data.source, c.id).toMatch(/guide/i);
    for (const f of rules.files.kpis) expect(f.data.source).toMatch(/guide/i);
  });
  it('KPI ids are unique and every KPI file covers a domain once', () => {
    const ids = rules.kpis.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(rules.files.kpis.map((f) => f.data.domain)).size).toBe(rules.files.kpis.length);
  });
  it('the catalogue covers every KPI the guide lists', () => {
    const guideKpis = ['Third next available appointment', 'template utilization', 'new patient lag', 'LWBS', 'boarding time', 'length of stay',
      'Readmissions', 'mortality index', 'CLABSI', 'CAUTI', 'SSI', 'HACs', 'sepsis bundle compliance', 'medication safety events',
      'HCAHPS', 'CG-CAHPS', 'complaint resolution time', 'portal adoption', 'Net revenue', 'contribution margin', 'cost per case',
      'denials', 'days in A/R', 'accounts receivable', 'payer mix', 'overtime', 'agency spend', 'supply variance', 'Turnover', 'vacancy', 'time-to-fill',
      'schedule adherence', 'competency completion', 'staff engagement', 'follow-up rates', 'social needs screening', 'community partnerships',
      'door-to-doc', 'no-shows', 'referral leakage', 'RVUs', 'falls', 'prior auth turnaround'];
    const missing = guideKpis.filter((k) => detectSignals(`Improved ${k} 10%.`).kpis.length === 0);
    expect(missing).toEqual([]);
  });
});
