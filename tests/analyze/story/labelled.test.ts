// The STAR bars measured in-process on labelled stories: our own held-out answers (guide-style stories, career-site
// style answers, duty lists, habits and hypotheticals), the guide-style dev stories (eval/data) and the shared real answers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/analyze/story.ts';
import { sharedFile } from '../../../scripts/shared-data.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const LABELS = ['situation', 'task', 'action', 'result', 'quantified_result'] as const;
type Label = (typeof LABELS)[number];
const SETS: { name: string; file: string | null; bar: number }[] = [
  { name: 'team-written held-out stories', file: join(root, 'tests', 'fixtures', 'stories-heldout.jsonl'), bar: 0.95 },
  { name: 'guide-style dev stories (eval/data)', file: join(root, 'eval', 'data', 'dev-stories.jsonl'), bar: 1 },
  { name: 'shared real answers', file: sharedFile('eval/real-dev-stories.jsonl', 'the STAR bars on the shared real answers'), bar: 0.9 },
];

interface Counts { tp: number; fp: number; fn: number }
function counts(file: string): Record<Label, Counts> {
  const gold = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; labels: Record<string, boolean> });
  const out = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<Label, Counts>;
  for (const g of gold) {
    const r = analyzeStory(g.text.replace(/\s*\n\s*/g, ' ').trim());
    for (const label of LABELS) {
      const yhat = label === 'quantified_result' ? r.quantifiedResult : r.parts[label].length > 0;
      const y = !!g.labels[label];
      if (y && yhat) out[label].tp++; else if (yhat) out[label].fp++; else if (y) out[label].fn++;
    }
  }
  return out;
}
/** F1, or 1 when a set has no positives for the label and none were predicted (all of them right). */
const f1 = ({ tp, fp, fn }: Counts) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

describe('STAR bars', () => {
  for (const { name, file, bar } of SETS) {
    it.skipIf(!file)(`${name}: F1 >= ${bar} on every part and on the quantified result`, () => {
      const c = counts(file!);
      for (const label of LABELS) expect(f1(c[label]), `${label} ${JSON.stringify(c[label])}`).toBeGreaterThanOrEqual(bar);
    });
  }
});
