// Runs every example in rules/rewrite/*.yml: input -> the candidate the rules must give, with the rule that fired.
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../../src/analyze/suggest/candidates.ts';
import { rewriteRules } from '../../src/analyze/suggest/rules.ts';
import { wordingOnly } from './helpers.ts';

const rules = rewriteRules();
const guideOrder = (text: string) => buildCandidates(wordingOnly(text), {}).find((c) => c.strategy === 'guide-order')!;

describe.each([
  ['openings', rules.openings.rules],
  ['filler', rules.filler.rules],
] as const)('rules/rewrite/%s.yml', (file, list) => {
  for (const rule of list) {
    it.each(rule.examples.map((e) => [e.in, e.out]))(`${rule.id}: %s`, (input, output) => {
      const c = guideOrder(input);
      expect(c.text).toBe(output);
      expect(c.rules).toContain(`${file}/${rule.id}`);
    });
  }
});

describe('rules/rewrite/structure.yml', () => {
  const s = rules.structure;
  for (const cv of s.changeVerbs) {
    it.each(cv.examples.map((e) => [e.in, e.out]))(`changeVerbs.${cv.id}: %s`, (input, output) => {
      const c = guideOrder(input);
      expect(c.text).toBe(output);
      expect(c.rules).toContain(`structure/change-${cv.id}`);
    });
  }
  for (const key of ['afterToBy', 'leadingIntervention', 'toFrom', 'passive'] as const) {
    it.each(s[key].examples.map((e) => [e.in, e.out]))(`${key}: %s`, (input, output) => {
      expect(guideOrder(input).text).toBe(output);
    });
  }
});

describe('rules/rewrite/kpi-expansions.yml', () => {
  for (const rule of rules['kpi-expansions'].rules) {
    it.each(rule.examples.map((e) => [e.in, e.out]))(`${rule.id}: %s`, (input, output) => {
      const ats = buildCandidates(wordingOnly(input), {}).find((c) => c.strategy === 'ats-keywords');
      expect(ats?.text).toBe(output);
      expect(ats?.rules).toContain(`kpi-expansions/${rule.id}`);
    });
  }
});

describe('every rewrite rule carries its source and examples', () => {
  it('has a source on every rule and every file', () => {
    for (const [name, file] of Object.entries(rules)) {
      expect(file.source, name).toMatch(/\S{8,}/);
      for (const r of (file as { rules?: { source: string; examples: unknown[] }[] }).rules ?? []) {
        expect(r.source.length, `${name}: ${JSON.stringify(r).slice(0, 60)}`).toBeGreaterThan(8);
        expect(r.examples.length).toBeGreaterThan(0);
      }
    }
  });
});
