// Every rule file under rules/match/ runs its own examples: a list whose examples fail is a broken list.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../src/match/extract.ts';
import { compileMatchRules, getMatchRules } from '../../src/match/rules.ts';
import { RULES_DIR, RuleLoadError } from '../../src/rules/index.ts';

const rules = getMatchRules();
const ids = (text: string) => extractRequirements(text).map((r) => r.id);

describe('dictionary examples', () => {
  for (const f of rules.files.dictionaries) {
    describe(f.id, () => {
      for (const ex of f.data.examples.valid) {
        it(`finds ${ex.ids.join(', ')} in "${ex.text}"`, () => {
          expect(ids(ex.text)).toEqual(expect.arrayContaining(ex.ids.map((i) => `${f.data.kind}:${i}`)));
        });
      }
      for (const ex of f.data.examples.invalid) {
        it(`does not find ${ex.ids.join(', ')} in "${ex.text}"`, () => {
          const found = ids(ex.text);
          for (const i of ex.ids) expect(found).not.toContain(`${f.data.kind}:${i}`);
        });
      }
    });
  }
});

describe('importance examples', () => {
  const ex = rules.files.importance!.data.examples;
  for (const level of ['required', 'preferred', 'mentioned'] as const) {
    for (const text of ex[level]) {
      it(`${level}: "${text}"`, () => {
        const found = extractRequirements(text);
        expect(found.length).toBeGreaterThan(0);
        for (const r of found) expect(r.importance, r.id).toBe(level);
      });
    }
  }
});

describe('experience examples', () => {
  const ex = rules.files.experience!.data.examples;
  for (const v of ex.valid) {
    it(`${v.years} years in "${v.text}"`, () => {
      expect(extractRequirements(v.text).filter((r) => r.kind === 'experience').map((r) => r.years)).toEqual([v.years]);
    });
  }
  for (const text of ex.invalid) it(`no years in "${text}"`, () => expect(extractRequirements(text).filter((r) => r.kind === 'experience')).toEqual([]));
});

describe('KPI context examples', () => {
  const ex = rules.files.kpis!.data.examples;
  for (const v of ex.valid) it(`${v.kpi} in "${v.text}"`, () => expect(ids(v.text)).toContain(`kpi:${v.kpi}`));
  for (const v of ex.invalid) it(`no ${v.kpi} in "${v.text}"`, () => expect(ids(v.text)).not.toContain(`kpi:${v.kpi}`));
});

describe('rule data invariants', () => {
  it('every list names its source in the guide', () => {
    for (const f of rules.files.dictionaries) expect(f.data.source).toMatch(/guide/i);
    expect(rules.files.importance!.data.source).toMatch(/guide/i);
    expect(rules.files.experience!.data.source).toMatch(/guide/i);
    expect(rules.files.kpis!.data.source).toMatch(/guide/i);
  });
  it('keys are unique and no term matches the empty string', () => {
    const keys = rules.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of rules.entries) {
      e.terms.lastIndex = 0;
      expect(e.terms.exec('')).toBeNull();
    }
  });
  it('every kind the contract names is produced by some rule', () => {
    const kinds = new Set(rules.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['credential', 'degree', 'kpi', 'skill', 'system']);
    expect(rules.experience.patterns.length).toBeGreaterThan(0);
  });
  it('a broken list stops loading with its file and field named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-match-rules-'));
    try {
      cpSync(RULES_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'match', 'systems.yml'), 'kind: system\nsource: "guide, Tools"\nentries:\n  - id: Bad Id\n    label: x\n    terms: ["(unclosed"]\nexamples: {valid: [], invalid: []}\n');
      expect(() => compileMatchRules(dir)).toThrow(RuleLoadError);
      try {
        compileMatchRules(dir);
      } catch (e) {
        expect((e as RuleLoadError).problems.join('\n')).toMatch(/match\/systems\.yml:\d+: entries\.0\.id/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('terms across white space', () => {
  it('finds a phrase wrapped over two lines, and keeps optional spaces optional', async () => {
    const { flexSpaces } = await import('../../src/match/rules.ts');
    expect(flexSpaces('health(?: ?care)?')).toBe('health(?:\\s*care)?');
    expect(flexSpaces('third[- ]next')).toBe('third[-\\s]+next');
    expect(flexSpaces('[\\w ,&]{0,40}')).toBe('[\\w\\s,&]{0,40}');
    expect(ids('- Protect access: third next\n  available under 10 days.')).toContain('kpi:third-next-available');
    expect(ids('Masters in Healthcare Administration, preferred.')).toContain('degree:mha');
  });
});
