// The STAR bars from issue 5, measured in-process on labelled stories: the shared dev set and our own held-out set.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/analyze/story.ts';
import { sharedFile } from '../../../scripts/shared-data.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SETS = {
  'team-written held-out stories': join(root, 'tests', 'fixtures', 'stories-heldout.jsonl'),
  'shared dev stories': sharedFile('eval/dev-stories.jsonl', 'the STAR bars on the shared dev stories') ?? '',
};
const LABELS = ['situation', 'task', 'action', 'result', 'quantified_result'] as const;
const BAR: Record<(typeof LABELS)[number], number> = { situation: 0.85, task: 0.85, action: 0.85, result: 0.85, quantified_result: 0.9 };

function f1s(file: string): Record<string, number> {
  const gold = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; labels: Record<string, boolean> });
  const results = gold.map((g) => analyzeStory(g.text.replace(/\s*\n\s*/g, ' ').trim()));
  const out: Record<string, number> = {};
  for (const label of LABELS) {
    let tp = 0, fp = 0, fn = 0;
    for (const [i, g] of gold.entries()) {
      const r = results[i]!;
      const yhat = label === 'quantified_result' ? r.quantifiedResult : r.parts[label].length > 0;
      const y = !!g.labels[label];
      if (y && yhat) tp++; else if (yhat) fp++; else if (y) fn++;
    }
    const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
    out[label] = (2 * p * r) / Math.max(1e-9, p + r);
  }
  return out;
}

describe('STAR bars', () => {
  for (const [name, file] of Object.entries(SETS)) {
    it.skipIf(!existsSync(file))(`${name}: F1 >= 0.85 per part, >= 0.90 quantified result`, () => {
      const scores = f1s(file);
      for (const label of LABELS) expect(scores[label], label).toBeGreaterThanOrEqual(BAR[label]);
    });
  }
});
