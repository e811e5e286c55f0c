import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyComponents, type BulletResult, type KpiMention } from '../../src/analyze/types.ts';
import { preflight } from '../../src/resume/preflight/index.ts';
import { exampleFailures, loadPrivacyRules } from '../../src/resume/preflight/rules.ts';
import { RuleLoadError } from '../../src/rules/load.ts';
import type { Resume } from '../../src/resume/schema.ts';

/** An analyzer stand-in with every part present, so each test controls exactly what is missing. */
function complete(text: string, kpis: KpiMention[] = []): BulletResult {
  const span = { start: 0, end: 1, text: text.slice(0, 1) };
  return {
    kind: 'bullet', text, score: 90, actionVerb: null, kpis, primaryDomain: null, findings: [], rewrite: null,
    components: { metric: [span], baseline: [span], intervention: [span], result: [span], timeframe: [], action: [] },
  };
}

const resumeWith = (...highlights: string[]): Resume => ({ basics: { name: 'Dana Whitfield' }, work: [{ position: 'Practice Manager', highlights }] });

describe('pre-flight', () => {
  it('lists the parts the analyzer did not find, per bullet', () => {
    const r = preflight(resumeWith('Responsible for scheduling.'), (text) => ({ ...complete(text), components: { ...emptyComponents(), metric: [{ start: 0, end: 1, text: 'R' }] } }));
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ check: 'missing-parts', path: 'work[0].highlights[0]', where: 'Experience › Practice Manager, bullet 1' });
    expect(r.items[0]!.message).toContain('baseline, intervention and result');
  });

  it('is clean for a complete bullet', () => {
    expect(preflight(resumeWith('Cut no-shows from 18% to 11% by piloting SMS reminders.'), (t) => complete(t)).items).toEqual([]);
  });

  it('flags unanswered placeholders anywhere, with their offsets', () => {
    const text = 'Cut denials [baseline] to 4% by [intervention].';
    const r = preflight({ ...resumeWith(text), basics: { name: 'Dana', summary: 'Leader of [n] clinics.' } }, (t) => complete(t));
    const found = r.items.filter((i) => i.check === 'placeholder');
    expect(found.map((i) => i.path)).toEqual(['basics.summary', 'work[0].highlights[0]', 'work[0].highlights[0]']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('[baseline]');
    expect(r.errors).toBe(3);
  });

  it('flags a KPI that moved the wrong way', () => {
    const kpi: KpiMention = { id: 'lwbs', label: 'LWBS', domain: 'access', start: 0, end: 4, text: 'LWBS', change: 'up', desired: 'down' };
    const right: KpiMention = { ...kpi, change: 'down' };
    const r = preflight(resumeWith('LWBS rose to 4%.', 'LWBS fell to 2%.'), (t) => complete(t, t.includes('rose') ? [kpi] : [right]));
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ check: 'kpi-direction', path: 'work[0].highlights[0]', start: 0, end: 4 });
    expect(r.items[0]!.message).toMatch(/LWBS went up, but it should go down/);
  });

  it('flags patient names, record numbers and dates of service once each', () => {
    const r = preflight(resumeWith(
      'Resolved complaint from patient Mrs. Alvarez within 48 hours.',
      'Appealed the denial for DOS 03/14/2023 (MRN 00482913) and recovered $18K.',
    ), (t) => complete(t));
    const rules = r.items.filter((i) => i.check === 'private-data').map((i) => i.rule);
    expect(rules).toEqual(['patient-name', 'medical-record-number', 'date-of-service']);
  });

  it('does not scan the person’s own contact details', () => {
    const r = preflight({ basics: { name: 'Dana', phone: '614-55-1234', email: 'dana@example.com' } }, (t) => complete(t));
    expect(r.items).toEqual([]);
  });
});

describe('private-data rules', () => {
  it('every rule catches its invalid examples and passes its valid ones', () => {
    const rules = loadPrivacyRules();
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) expect(exampleFailures(rule), rule.id).toEqual([]);
  });

  it('refuses to load a rule whose example fails, naming file and rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-rules-'));
    writeFileSync(join(dir, 'bad.yml'), [
      '- id: pager', '  level: error', "  pattern: '\\bpager \\d{3}'", '  message: "Remove pager numbers."', '  source: "guide"',
      '  examples:', '    invalid: ["Call pager 12"]', '    valid: ["Cut pages 10%"]',
      '- id: Bad Id', '  level: fatal', "  pattern: 'x'", '  message: "short"', '  source: "guide"', '  examples: {invalid: [], valid: []}',
    ].join('\n'));
    try {
      loadPrivacyRules(dir);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RuleLoadError);
      const problems = (err as RuleLoadError).problems.join('\n');
      expect(problems).toMatch(/bad\.yml:9: 1\.id/);
      expect(problems).toMatch(/bad\.yml:10: 1\.level/);
    }
    writeFileSync(join(dir, 'bad.yml'), [
      '- id: pager', '  level: error', "  pattern: '\\bpager \\d{3}'", '  message: "Remove pager numbers."', '  source: "guide"',
      '  examples:', '    invalid: ["Call pager 12"]', '    valid: ["Cut pages 10%"]',
    ].join('\n'));
    expect(() => loadPrivacyRules(dir)).toThrow(/pager: invalid example not caught: "Call pager 12"/);
  });
});
