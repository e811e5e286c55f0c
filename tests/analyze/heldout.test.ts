// Bullets written by the team (not the shared dev set), labelled by hand with ../shared/eval/README.md's definitions.
// They guard generalisation: a rule fitted to one dev line tends to break one of these.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBullet } from '../../src/analyze/index.ts';

interface Row { text: string; labels: { metric: boolean; baseline: boolean; intervention: boolean; result: boolean; action_verb: boolean; kpi_domain: string } }
const rows: Row[] = readFileSync(new URL('../fixtures/heldout-bullets.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('held-out bullets', () => {
  const predicted = rows.map((r) => analyzeBullet(r.text, { rewrite: false }));
  for (const label of ['metric', 'baseline', 'intervention', 'result', 'action_verb'] as const) {
    it(`${label}: F1 >= 0.9`, () => {
      let tp = 0, fp = 0, fn = 0;
      const wrong: string[] = [];
      rows.forEach((row, i) => {
        const p = predicted[i]!;
        const yhat = label === 'action_verb' ? p.actionVerb?.strength === 'strong' : p.components[label].length > 0;
        const y = row.labels[label];
        if (y && yhat) tp++;
        else if (yhat) { fp++; wrong.push(`FP ${row.text}`); }
        else if (y) { fn++; wrong.push(`FN ${row.text}`); }
      });
      const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
      expect(f1, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  }
  it('KPI domain accuracy >= 0.85', () => {
    const scored = rows.map((r, i) => [r, predicted[i]!] as const).filter(([r]) => r.labels.kpi_domain !== 'other');
    const ok = scored.filter(([r, p]) => p.primaryDomain === r.labels.kpi_domain).length;
    expect(ok / scored.length).toBeGreaterThanOrEqual(0.85);
  });
});
